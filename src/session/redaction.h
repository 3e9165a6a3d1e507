#pragma once

#include <QUrl>

#include "connection/event.h"
#include "protocol/connectionrequest.h"

/// Removes credentials from what is exported or shared: the values of Authorization, Cookie,
/// Set-Cookie and Proxy-Authorization headers, URL query parameters named like a secret, and
/// passwords in URLs. The live journal keeps everything; exports call these unless the user
/// chose to keep secrets.
namespace Redaction {

QByteArray placeholder();
bool isSecretHeader(QByteArrayView name);
/// "token", "key", "secret", "password", "auth" anywhere in the name, in any case.
bool isSecretParameter(QStringView name);

QUrl redactUrl(const QUrl &url);
/// A request target or request line: "GET /chat?token=abc HTTP/1.1".
QByteArray redactRequestLine(const QByteArray &line);
void redactHeaders(HeaderList *headers);
/// Also forgets the key passphrase and the proxy's password.
ConnectionRequest redactRequest(ConnectionRequest request);
/// Handshake events get a redacted copy of their record; other events are returned as they are.
Event redactEvent(const Event &event);

} // namespace Redaction
