#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include "protocol/connectionrequest.h"

/// The checks a browser makes before it lets a WebSocket start or close, each returning a
/// specific, translated reason (an empty string means the input is acceptable).
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
public:
    /// Parses what the user typed as a browser does (UrlText: a space in the query is sent as
    /// %20); on failure returns an invalid QUrl and sets *error.
    static QUrl parseUrl(const QString &text, QString *error);
    static QString checkUrl(const QUrl &url);
    /// An empty path becomes "/" and the fragment is dropped, so the request line is valid.
    static QUrl normalizedUrl(const QUrl &url);

    static QString checkSubprotocol(const QString &token);
    static QString checkSubprotocols(const QStringList &tokens);

    static QString checkHeader(const QByteArray &name, const QByteArray &value);
    static QString checkOrigin(const QString &origin);
    static QString checkRequest(const ConnectionRequest &request);
    /// Checks the proxy setting and, when valid and proxy is not null, fills it in.
    static QString parseProxy(const QString &text, const QUrl &target, QNetworkProxy *proxy);

    /// close(code, reason) rules: 1000 or 3000–4999, reason at most 123 bytes of UTF-8.
    static QString checkClose(int code, const QString &reason);
    /// The testing mode's only rules: a code fits in two bytes (0–65535), and the engine can
    /// put the reason on the wire as given (QWebSocket cuts it to 123 bytes of text).
    static QString checkCloseForTesting(int code, const QByteArray &reason, EngineKind engine);

    /// An RFC 7230 token (a header name or subprotocol): not empty, tchar only.
    static bool isToken(const QByteArray &bytes);

    static constexpr int MaxCloseReasonBytes = 123;
};
