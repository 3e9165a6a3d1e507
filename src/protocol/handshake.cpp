#include "protocol/handshake.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include "protocol/requestvalidator.h"

namespace {

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const int defaultPort = url.scheme() == QLatin1String("wss") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray Handshake::generateKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64();
}

QByteArray Handshake::acceptFor(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray Handshake::headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const HeaderField &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<QByteArray> Handshake::headerValues(const HeaderList &headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const HeaderField &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

QByteArray Handshake::buildRequest(const ConnectionRequest &request, const QByteArray &key,
                                   const QByteArray &extensionsOffer, HandshakeRecord *record)
{
    const QUrl url = RequestValidator::normalizedUrl(request.url);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    record->requestLine = "GET " + target + " HTTP/1.1";
    HeaderList &h = record->requestHeaders;
    h.clear();
    h.append(HeaderField{"Host", hostHeader(url)});
    h.append(HeaderField{"Upgrade", "websocket"});
    h.append(HeaderField{"Connection", "Upgrade"});
    h.append(HeaderField{"Sec-WebSocket-Key", key});
    h.append(HeaderField{"Sec-WebSocket-Version", "13"});
    if (!request.origin.isEmpty())
        h.append(HeaderField{"Origin", request.origin.toUtf8()});
    if (!request.subprotocols.isEmpty())
        h.append(HeaderField{"Sec-WebSocket-Protocol",
                             request.subprotocols.join(QStringLiteral(", ")).toUtf8()});
    if (!extensionsOffer.isEmpty())
        h.append(HeaderField{"Sec-WebSocket-Extensions", extensionsOffer});
    bool userAgent = false;
    for (const HeaderField &f : request.headers)
        userAgent = userAgent || f.name.compare("User-Agent", Qt::CaseInsensitive) == 0;
    if (!userAgent)
        h.append(HeaderField{"User-Agent", QByteArrayLiteral("Wsprobe/" WSPROBE_VERSION)});
    h.append(request.headers);

    QByteArray bytes = record->requestLine + "\r\n";
    for (const HeaderField &f : h)
        bytes += f.name + ": " + f.value + "\r\n";
    return bytes + "\r\n";
}

QString Handshake::validateUpgrade(const HandshakeRecord &record, const ConnectionRequest &request,
                                   const QByteArray &key, bool offeredDeflate, QString *protocol,
                                   QString *extensions)
{
    const HeaderList &h = record.responseHeaders;
    if (headerValue(h, "Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return tr("The server answered 101 but its Upgrade header is \"%1\", not \"websocket\".")
            .arg(QString::fromLatin1(headerValue(h, "Upgrade")));
    // Connection is a list header and may be split over several lines (RFC 9110 §5.3).
    const QByteArray connection = headerValues(h, "Connection").join(", ");
    if (!hasToken(connection, "upgrade"))
        return tr("The server answered 101 but its Connection header is \"%1\", not \"Upgrade\".")
            .arg(QString::fromLatin1(connection));
    // RFC 6455 §4.1 makes Sec-WebSocket-Accept single-valued: checking only the first of
    // several would let a response through that Python websockets, ws and Qt all refuse.
    if (headerValues(h, "Sec-WebSocket-Accept").size() > 1)
        return tr("The server answered 101 with more than one Sec-WebSocket-Accept header.");
    const QByteArray accept = headerValue(h, "Sec-WebSocket-Accept").trimmed();
    if (accept.isEmpty())
        return tr("The server answered 101 without a Sec-WebSocket-Accept header.");
    if (accept != acceptFor(key))
        return tr("The server's Sec-WebSocket-Accept \"%1\" does not match the key sent (expected "
                  "\"%2\").")
            .arg(QString::fromLatin1(accept), QString::fromLatin1(acceptFor(key)));

    const QList<QByteArray> protocols = headerValues(h, "Sec-WebSocket-Protocol");
    if (protocols.size() > 1 || (protocols.size() == 1 && protocols.first().contains(',')))
        return tr("The server chose more than one subprotocol.");
    if (protocols.size() == 1 && protocols.first().trimmed().isEmpty())
        return tr("The server answered 101 with an empty Sec-WebSocket-Protocol header.");
    protocol->clear();
    if (!protocols.isEmpty()) {
        const QString chosen = QString::fromLatin1(protocols.first().trimmed());
        if (!request.subprotocols.contains(chosen))
            return request.subprotocols.isEmpty()
                       ? tr("The server chose the subprotocol \"%1\" although none was offered.")
                             .arg(chosen)
                       : tr("The server chose the subprotocol \"%1\", which was not offered (%2).")
                             .arg(chosen, request.subprotocols.join(QStringLiteral(", ")));
        *protocol = chosen;
    }

    extensions->clear();
    QStringList accepted;
    for (const QByteArray &value : headerValues(h, "Sec-WebSocket-Extensions")) {
        for (const QByteArray &ext : value.split(',')) {
            const QByteArray name = ext.split(';').first().trimmed();
            if (name.isEmpty())
                continue;
            if (name != "permessage-deflate" || !offeredDeflate)
                return tr("The server accepted the extension \"%1\", which was not offered.")
                    .arg(QString::fromLatin1(name));
            if (!accepted.isEmpty())
                return tr("The server accepted permessage-deflate twice.");
            accepted << QString::fromLatin1(ext.trimmed());
        }
    }
    *extensions = accepted.join(QStringLiteral(", "));
    return {};
}
