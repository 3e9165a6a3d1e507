#include "protocol/server/serverhandshake.h"

#include <QUrl>

#include "protocol/handshake.h"

namespace {

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RFC 9110 §5.6.2 tchar.
bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const auto u = uchar(c);
        if (u <= 32 || u >= 127 || QByteArrayView("\"(),/:;<=>?@[\\]{}").contains(c))
            return false;
    }
    return true;
}

QString printable(QByteArrayView bytes)
{
    QString s;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 60))) {
        const auto u = uchar(c);
        s += u >= 32 && u < 127 ? QString(QLatin1Char(c))
                                : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return bytes.size() > 60 ? s + QChar(0x2026) : s;
}

} // namespace

QByteArray ServerHandshake::reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    return "Status";
}

ServerHandshake::State ServerHandshake::feed(QByteArray *data)
{
    // Garbage is refused as soon as its first line shows it, not after a timeout: a TLS hello
    // on a ws:// port, a stray protocol, binary noise.
    const qsizetype firstEol = data->indexOf('\n');
    const QByteArrayView firstLine =
        QByteArrayView(*data).first(firstEol < 0 ? data->size() : firstEol);
    if (!data->isEmpty() && uchar(data->at(0)) == 0x16) {
        m_record.requestLine = data->left(32);
        refuse(400, tr("The client sent a TLS handshake to a plain ws:// port (first bytes: %1).")
                        .arg(printable(firstLine)));
        return State::Error;
    }
    for (char c : firstLine) {
        if ((uchar(c) < 32 && c != '\r' && c != '\t') || uchar(c) == 127) {
            m_record.requestLine =
                firstLine.first(std::min<qsizetype>(firstLine.size(), 200)).toByteArray();
            refuse(400, tr("The client sent bytes that are not an HTTP request: \"%1\".")
                            .arg(printable(firstLine)));
            return State::Error;
        }
    }
    qsizetype end = data->indexOf("\r\n\r\n");
    qsizetype endLength = 4;
    if (end < 0) {
        end = data->indexOf("\n\n"); // a bare LF ends lines too (RFC 9112 §2.2)
        endLength = 2;
    }
    if (end < 0 || end > MaxRequestBytes) {
        if (data->size() > MaxRequestBytes) {
            parseHead(data->left(std::max<qsizetype>(0, data->lastIndexOf('\n', MaxRequestBytes))));
            refuse(431, tr("The client's request head exceeds %1 bytes.").arg(MaxRequestBytes));
            return State::Error;
        }
        if (firstEol >= 0 && !parseHead(firstLine.toByteArray()))
            return State::Error;
        return State::NeedMore;
    }
    const QByteArray head = data->left(end);
    data->remove(0, end + endLength);
    return parseHead(head) ? State::Complete : State::Error;
}

bool ServerHandshake::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    m_record.requestLine = lines.first();
    m_record.requestHeaders.clear();
    // method SP request-target SP HTTP-version (RFC 9112 §3)
    const QList<QByteArray> parts = m_record.requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()
        || !parts[2].startsWith("HTTP/")) {
        return refuse(400, tr("The client's first line is not an HTTP request line: \"%1\".")
                               .arg(printable(m_record.requestLine)));
    }
    m_method = parts[0];
    m_version = parts[2];
    QByteArray target = parts[1];
    if (!target.startsWith('/')) // absolute-form: http://host/path
        target = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toLatin1();
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    m_path = QUrl::fromPercentEncoding(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return refuse(400, tr("The client folded a header over several lines (obsolete line "
                                  "folding, which RFC 9112 §5.2 has a server reject): \"%1\".")
                                   .arg(printable(line)));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return refuse(
                400, tr("The client sent a malformed header line: \"%1\".").arg(printable(line)));
        m_record.requestHeaders.append(
            HeaderField{line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QString ServerHandshake::check(const ServerConfig &config, int *status, HeaderList *extra)
{
    const HeaderList &h = m_record.requestHeaders;
    *status = 400;
    if (m_method != "GET") {
        *status = 405;
        extra->append(HeaderField{"Allow", "GET"});
        return tr("The client used the method %1; a WebSocket upgrade must be a GET.")
            .arg(QString::fromLatin1(m_method));
    }
    if (m_version != "HTTP/1.1") {
        *status = m_version.startsWith("HTTP/1.") ? 400 : 505;
        return tr("The client spoke %1; a WebSocket upgrade needs HTTP/1.1.")
            .arg(QString::fromLatin1(m_version));
    }
    if (!config.paths.isEmpty() && !config.paths.contains(m_path)) {
        *status = 404;
        return tr("The client asked for the path %1, which this server does not serve (it serves "
                  "%2).")
            .arg(m_path, config.paths.join(QStringLiteral(", ")));
    }
    if (Handshake::headerValues(h, "Host").size() != 1)
        return tr("The client's request has %1 Host headers; HTTP/1.1 requires exactly one.")
            .arg(Handshake::headerValues(h, "Host").size());
    if (!hasToken(Handshake::headerValue(h, "Upgrade"), "websocket")) {
        *status = 426;
        extra->append(HeaderField{"Upgrade", "websocket"});
        extra->append(HeaderField{"Connection", "Upgrade"});
        return tr("The client's request has no \"Upgrade: websocket\" header (it is %1): a plain "
                  "HTTP request, not a WebSocket upgrade.")
            .arg(Handshake::headerValue(h, "Upgrade").isEmpty()
                     ? tr("missing")
                     : QStringLiteral("\"%1\"").arg(
                         QString::fromLatin1(Handshake::headerValue(h, "Upgrade"))));
    }
    if (!hasToken(Handshake::headerValue(h, "Connection"), "upgrade"))
        return tr("The client's Connection header is \"%1\"; it must contain \"Upgrade\".")
            .arg(QString::fromLatin1(Handshake::headerValue(h, "Connection")));
    const QList<QByteArray> keys = Handshake::headerValues(h, "Sec-WebSocket-Key");
    if (keys.size() != 1)
        return keys.isEmpty()
                   ? tr("The client's request has no Sec-WebSocket-Key header.")
                   : tr("The client's request has %1 Sec-WebSocket-Key headers.").arg(keys.size());
    const auto decoded = QByteArray::fromBase64Encoding(keys.first().trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return tr("The client's Sec-WebSocket-Key \"%1\" is not 16 bytes in base64 (RFC 6455 "
                  "§4.1).")
            .arg(printable(keys.first()));
    const QByteArray version = Handshake::headerValue(h, "Sec-WebSocket-Version").trimmed();
    if (version != "13") {
        *status = 426;
        extra->append(HeaderField{"Sec-WebSocket-Version", "13"});
        return version.isEmpty()
                   ? tr("The client's request has no Sec-WebSocket-Version header.")
                   : tr("The client asked for WebSocket version %1; this server speaks 13.")
                         .arg(printable(version));
    }
    return {};
}

bool ServerHandshake::decide(const ServerConfig &config)
{
    int status = 400;
    HeaderList extra;
    if (const QString problem = check(config, &status, &extra); !problem.isEmpty())
        return refuse(status, problem, extra);
    const UpgradeRefusal &refusal = config.faults.refuse;
    if (refusal.status > 0) {
        m_error =
            tr("Refused the upgrade with HTTP %1, as this server is set to.").arg(refusal.status);
        HeaderList headers = refusal.headers;
        if (Handshake::headerValue(headers, "Content-Length").isEmpty())
            headers.append(HeaderField{"Content-Length", QByteArray::number(refusal.body.size())});
        respond(refusal.status,
                refusal.reasonPhrase.isEmpty() ? reasonPhrase(refusal.status)
                                               : refusal.reasonPhrase,
                headers, refusal.body);
        return false;
    }
    negotiate(config);
    HeaderList headers;
    headers.append(HeaderField{"Upgrade", "websocket"});
    headers.append(HeaderField{"Connection", "Upgrade"});
    headers.append(HeaderField{
        "Sec-WebSocket-Accept",
        Handshake::acceptFor(
            Handshake::headerValue(m_record.requestHeaders, "Sec-WebSocket-Key").trimmed())});
    if (!m_protocol.isEmpty())
        headers.append(HeaderField{"Sec-WebSocket-Protocol", m_protocol.toUtf8()});
    if (!m_extensions.isEmpty())
        headers.append(HeaderField{"Sec-WebSocket-Extensions", m_extensions.toLatin1()});
    headers.append(config.extraResponseHeaders);
    respond(101, reasonPhrase(101), headers, {});
    m_error.clear();
    return true;
}

void ServerHandshake::negotiate(const ServerConfig &config)
{
    QStringList offered;
    for (const QByteArray &value :
         Handshake::headerValues(m_record.requestHeaders, "Sec-WebSocket-Protocol")) {
        for (const QByteArray &p : value.split(',')) {
            if (!p.trimmed().isEmpty())
                offered << QString::fromLatin1(p.trimmed());
        }
    }
    m_protocol.clear();
    switch (config.subprotocolPolicy) {
    case ServerConfig::SubprotocolPolicy::None:
        break;
    case ServerConfig::SubprotocolPolicy::FirstOffered:
        m_protocol = offered.value(0);
        break;
    case ServerConfig::SubprotocolPolicy::Preference:
        for (const QString &wanted : config.subprotocols) {
            if (offered.contains(wanted)) {
                m_protocol = wanted;
                break;
            }
        }
        break;
    }

    m_extensions.clear();
    m_deflate.reset();
    if (!config.deflateEnabled)
        return;
    // Offers in order of the client's preference; the first one the server can honour wins,
    // the rest (and any other extension) are declined by not being named.
    for (const QByteArray &value :
         Handshake::headerValues(m_record.requestHeaders, "Sec-WebSocket-Extensions")) {
        for (const QByteArray &element : value.split(',')) {
            if (element.split(';').first().trimmed() != "permessage-deflate")
                continue;
            PerMessageDeflate::Offer offer;
            PerMessageDeflate::Params agreed;
            QByteArray response;
            QString ignored;
            if (PerMessageDeflate::parseOffer(element.trimmed(), &offer, &ignored)
                && PerMessageDeflate::answerOffer(offer, config.deflate, &agreed, &response)) {
                m_deflate = agreed;
                m_extensions = QString::fromLatin1(response);
                return;
            }
        }
    }
}

bool ServerHandshake::refuse(int status, const QString &error, const HeaderList &extra)
{
    m_error = error;
    HeaderList headers = extra;
    const QByteArray body = error.toUtf8() + '\n';
    headers.append(HeaderField{"Content-Type", "text/plain; charset=utf-8"});
    headers.append(HeaderField{"Content-Length", QByteArray::number(body.size())});
    if (Handshake::headerValue(headers, "Connection").isEmpty())
        headers.append(HeaderField{"Connection", "close"});
    respond(status, reasonPhrase(status), headers, body);
    return false;
}

void ServerHandshake::respond(int status, const QByteArray &phrase, const HeaderList &headers,
                              const QByteArray &body)
{
    m_record.status = status;
    m_record.statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase;
    m_record.responseHeaders = headers;
    m_record.body = body;
    m_record.responseSeen = true;
}

QByteArray ServerHandshake::answer() const
{
    QByteArray bytes = m_record.statusLine + "\r\n";
    for (const HeaderField &f : m_record.responseHeaders)
        bytes += f.name + ": " + f.value + "\r\n";
    return bytes + "\r\n" + m_record.body;
}
