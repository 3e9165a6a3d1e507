#pragma once

#include <QUrl>

#include "connection/event.h"
#include "protocol/connectionrequest.h"

/// Removes credentials from what is exported or shared: the values of Authorization, Cookie,
/// Set-Cookie and Proxy-Authorization headers, URL query parameters named like a secret and
/// the header or parameter the request panel's Auth helper filled (an API key of any name),
/// passwords in URLs wherever a URL appears (the request, header values such as Referer or
/// Location, the title, error messages), plus the names the user adds (Preferences, --redact). The
/// live journal keeps everything but the user's names; exports apply every rule unless the user
/// chose to keep secrets, which keeps the built-in ones only.
namespace Redaction {

QByteArray placeholder();
bool isSecretHeader(QByteArrayView name);
/// "token", "key", "secret", "password", "auth" anywhere in the name, in any case.
bool isSecretParameter(QStringView name);

/// What counts as a secret: the built-in rules, and names the user gave. A user's name
/// matches a header of that name and a query parameter whose name contains it, in any case,
/// as the built-in words do.
struct Rules
{
    bool builtIn = true;
    QStringList names;

    /// The header or query parameter a request's Auth helper filled (AuthMarker): secret
    /// under the built-in rules, whatever it is called, matched whole in any case.
    QStringList authHeaders;
    QStringList authParameters;

    bool isSecretHeader(QByteArrayView name) const;
    bool isSecretParameter(QStringView name) const;
    /// These rules, with the header or parameter request.auth names added.
    Rules forRequest(const ConnectionRequest &request) const;
    /// Nothing would be redacted.
    bool isEmpty() const { return !builtIn && names.isEmpty(); }
};

/// Names as a user typed them: trimmed, empty ones and repeats (in any case) left out.
QStringList cleanNames(const QStringList &names);

/// Secret query parameters in the query and in the fragment (`#access_token=…`), and the
/// password.
QUrl redactUrl(const QUrl &url, const Rules &rules = {});
/// Free text that may hold URLs or parts of them (a title, an Origin or Referer value, an
/// error message): every `name=value` whose name is a secret parameter, and the password of
/// every `scheme://user:password@`. Anything else is kept as it is.
QString redactText(const QString &text, const Rules &rules = {});
/// A request target or request line: "GET /chat?token=abc HTTP/1.1".
QByteArray redactRequestLine(const QByteArray &line, const Rules &rules = {});
/// Secret headers lose their value; the URLs in the others (Referer, Origin, Location, …) are
/// redacted as text.
void redactHeaders(HeaderList *headers, const Rules &rules = {});
/// The built-in rules also forget the key passphrase and the proxy's password.
ConnectionRequest redactRequest(ConnectionRequest request, const Rules &rules = {});
/// Handshake events get a redacted copy of their record and errors (which may quote a URL) a
/// redacted message; other events are returned as they are.
Event redactEvent(const Event &event, const Rules &rules = {});

} // namespace Redaction
