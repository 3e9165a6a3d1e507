#include "protocol/requestvalidator.h"

#include <string_view>

#include "protocol/frame/utf8validator.h"
#include "protocol/urltext.h"

namespace {

bool isTokenChar(char c)
{
    // RFC 7230 §3.2.6 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

bool RequestValidator::isToken(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QUrl RequestValidator::parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter a URL, for example ws://127.0.0.1:8080/echo.");
        return {};
    }
    const QUrl url = UrlText::toUrl(trimmed);
    *error = checkUrl(url);
    return error->isEmpty() ? url : QUrl();
}

QString RequestValidator::checkUrl(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Enter a URL, for example ws://127.0.0.1:8080/echo.");
    const QString scheme = url.scheme().toLower();
    // "localhost:8080/x" parses as scheme "localhost"; "127.0.0.1:80/x" as a bad relative URL.
    if (scheme.isEmpty()
        || (url.host().isEmpty() && scheme != QLatin1String("ws") && scheme != QLatin1String("wss")
            && !scheme.startsWith(QLatin1String("http"))))
        return tr("The URL has no scheme: start it with ws:// or wss://, for example "
                  "ws://localhost:8080/.");
    if (!url.isValid())
        return UrlText::whyInvalid(url);
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        const QString suggested =
            scheme == QLatin1String("http") ? QStringLiteral("ws") : QStringLiteral("wss");
        return tr("\"%1://\" is an HTTP URL; WebSocket URLs use %2:// (try %3).")
            .arg(scheme, suggested, QString(url.toString()).replace(0, scheme.size(), suggested));
    }
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("Unsupported scheme \"%1\": WebSocket URLs start with ws:// or wss://.")
            .arg(scheme);
    if (url.host().isEmpty())
        return tr("The URL has no host name.");
    if (url.hasFragment())
        return tr("WebSocket URLs cannot contain a fragment (the part after \"#\").");
    return {};
}

QUrl RequestValidator::normalizedUrl(const QUrl &url)
{
    QUrl out = url;
    out.setScheme(url.scheme().toLower());
    if (out.path().isEmpty())
        out.setPath(QStringLiteral("/"));
    out.setFragment(QString());
    return out;
}

QString RequestValidator::checkSubprotocol(const QString &token)
{
    if (token.isEmpty())
        return tr("A subprotocol name cannot be empty.");
    const QByteArray bytes = token.toUtf8();
    if (!isToken(bytes)) {
        for (const QChar c : token) {
            if (c.unicode() > 0x7e || !isTokenChar(char(c.unicode())))
                return tr("The subprotocol \"%1\" contains \"%2\", which is not allowed in a "
                          "token (RFC 7230: letters, digits and !#$%&'*+-.^_`|~ only).")
                    .arg(token, c.isSpace() ? tr("a space") : QString(c));
        }
    }
    return {};
}

QString RequestValidator::checkSubprotocols(const QStringList &tokens)
{
    QStringList seen;
    for (const QString &t : tokens) {
        QString error = checkSubprotocol(t);
        if (!error.isEmpty())
            return error;
        if (seen.contains(t))
            return tr("The subprotocol \"%1\" is listed twice.").arg(t);
        seen.append(t);
    }
    return {};
}

QString RequestValidator::checkHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return tr("A header name cannot be empty.");
    if (!isToken(name))
        return tr("\"%1\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ "
                  "only, no spaces or colons).")
            .arg(QString::fromUtf8(name));
    const QByteArray lower = name.toLower();
    // Each handshake header says where its setting lives instead, and names itself.
    const QString shown = QString::fromUtf8(name);
    if (lower == "sec-websocket-protocol")
        return tr("The header \"%1\" is set by Wsprobe from the subprotocol list; add the "
                  "subprotocols there instead.")
            .arg(shown);
    if (lower == "sec-websocket-extensions")
        return tr("The header \"%1\" is set by Wsprobe; use the option \"Offer "
                  "permessage-deflate\" instead.")
            .arg(shown);
    if (lower.startsWith("sec-websocket-"))
        return tr("The header \"%1\" is part of the WebSocket handshake, which Wsprobe writes "
                  "itself: remove it from the headers.")
            .arg(shown);
    if (lower == "upgrade" || lower == "connection")
        return tr("The header \"%1\" is fixed by the WebSocket handshake and cannot be changed.")
            .arg(QString::fromUtf8(name));
    if (lower == "host")
        return tr("The Host header is taken from the URL; change the URL instead.");
    if (lower == "origin")
        return tr("Set the Origin in its own field rather than as a custom header.");
    for (char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return tr("The value of header \"%1\" contains a line break or NUL character.")
                .arg(QString::fromUtf8(name));
    }
    return {};
}

QString RequestValidator::checkOrigin(const QString &origin)
{
    for (const QChar c : origin) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return tr("The Origin contains a line break or NUL character.");
    }
    return {};
}

QString RequestValidator::checkRequest(const ConnectionRequest &request)
{
    QString error = checkUrl(request.url);
    if (error.isEmpty())
        error = checkSubprotocols(request.subprotocols);
    for (qsizetype i = 0; error.isEmpty() && i < request.headers.size(); ++i)
        error = checkHeader(request.headers[i].name, request.headers[i].value);
    const bool apiKey = request.auth.kind == AuthMarker::Kind::ApiKeyHeader
                        || request.auth.kind == AuthMarker::Kind::ApiKeyQuery;
    if (error.isEmpty() && apiKey && request.auth.name.trimmed().isEmpty())
        error = tr("The API key has no name: enter the header or query parameter that carries "
                   "it (Auth).");
    if (error.isEmpty())
        error = checkOrigin(request.origin);
    if (error.isEmpty())
        error = parseProxy(request.proxy, request.url, nullptr);
    return error;
}

QString RequestValidator::checkClose(int code, const QString &reason)
{
    if (code != 1000 && (code < 3000 || code > 4999)) {
        return tr("Close code %1 cannot be sent by an application: use 1000 or a code from "
                  "3000 to 4999.")
            .arg(code);
    }
    const qsizetype bytes = reason.toUtf8().size();
    if (bytes > MaxCloseReasonBytes)
        return tr("The close reason is %1 bytes of UTF-8; at most %2 bytes are allowed.")
            .arg(bytes)
            .arg(MaxCloseReasonBytes);
    return {};
}

QString RequestValidator::checkCloseForTesting(int code, const QByteArray &reason,
                                               EngineKind engine)
{
    if (code < 0 || code > 0xFFFF)
        return tr("A close code is two bytes on the wire: 0 to 65535, not %1.").arg(code);
    if (engine == EngineKind::QtWebSockets) {
        // QWebSocket::close() writes any 16-bit code but takes the reason as text and cuts it
        // to 123 bytes: refuse what it would not send as given.
        if (reason.size() > MaxCloseReasonBytes)
            return tr("The QWebSocket engine cannot send a close reason over %1 bytes (Qt cuts "
                      "it short); this one is %2 bytes. Use the wire engine to send it.")
                .arg(MaxCloseReasonBytes)
                .arg(reason.size());
        if (!Utf8Validator::isValidUtf8(reason))
            return tr("The QWebSocket engine sends the close reason as text and cannot send "
                      "bytes that are not UTF-8. Use the wire engine to send them.");
    }
    return {};
}

QString RequestValidator::parseProxy(const QString &text, const QUrl &target, QNetworkProxy *proxy)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (proxy)
            *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return {};
    }
    if (t == QLatin1String("system")) {
        if (proxy) {
            const QList<QNetworkProxy> found = QNetworkProxyFactory::systemProxyForQuery(
                QNetworkProxyQuery(target, QNetworkProxyQuery::TcpSocket));
            *proxy = found.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : found.first();
        }
        return {};
    }
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::NoProxy)
        return tr("The proxy \"%1\" is not understood: use system, http://host:port or "
                  "socks5://host:port.")
            .arg(t);
    if (url.port() <= 0)
        return tr("The proxy \"%1\" has no port.").arg(t);
    if (proxy)
        *proxy =
            QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
    return {};
}
