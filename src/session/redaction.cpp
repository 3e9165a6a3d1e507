#include "session/redaction.h"

#include <QUrlQuery>

namespace Redaction {

QByteArray placeholder()
{
    return QByteArrayLiteral("<redacted>");
}

bool isSecretHeader(QByteArrayView name)
{
    for (const char *secret : {"authorization", "cookie", "set-cookie", "proxy-authorization"}) {
        if (name.compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretParameter(QStringView name)
{
    for (const char *word : {"token", "key", "secret", "password", "auth"}) {
        if (name.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {

/// Redacts "a=1&token=x" pair by pair, keeping the text of every other pair byte for byte.
QString redactQuery(const QString &query)
{
    QStringList pairs = query.split(QLatin1Char('&'));
    for (QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name =
            QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).toUtf8());
        if (eq >= 0 && isSecretParameter(name))
            pair = pair.left(eq + 1) + QString::fromLatin1(placeholder());
    }
    return pairs.join(QLatin1Char('&'));
}

} // namespace

QUrl redactUrl(const QUrl &url)
{
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(QString::fromLatin1(placeholder()));
    if (out.hasQuery())
        out.setQuery(redactQuery(out.query(QUrl::FullyEncoded)), QUrl::TolerantMode);
    return out;
}

QByteArray redactRequestLine(const QByteArray &line)
{
    const qsizetype q = line.indexOf('?');
    if (q < 0)
        return line;
    qsizetype end = line.indexOf(' ', q);
    if (end < 0)
        end = line.size();
    const QString query = QString::fromUtf8(line.mid(q + 1, end - q - 1));
    return line.left(q + 1) + redactQuery(query).toUtf8() + line.mid(end);
}

void redactHeaders(HeaderList *headers)
{
    for (HeaderField &h : *headers) {
        if (isSecretHeader(h.name))
            h.value = placeholder();
    }
}

ConnectionRequest redactRequest(ConnectionRequest request)
{
    request.url = redactUrl(request.url);
    redactHeaders(&request.headers);
    request.keyPassphrase.clear();
    if (request.proxy.contains(QLatin1Char('@'))) {
        QUrl proxy(request.proxy);
        if (!proxy.password().isEmpty()) {
            proxy.setPassword(QString::fromLatin1(placeholder()));
            request.proxy = proxy.toString();
        }
    }
    return request;
}

Event redactEvent(const Event &event)
{
    if (event.kind != EventKind::Handshake || !event.handshake)
        return event;
    auto record = std::make_shared<HandshakeRecord>(*event.handshake);
    record->requestLine = redactRequestLine(record->requestLine);
    redactHeaders(&record->requestHeaders);
    redactHeaders(&record->responseHeaders);
    Event out = event;
    out.handshake = record;
    return out;
}

} // namespace Redaction
