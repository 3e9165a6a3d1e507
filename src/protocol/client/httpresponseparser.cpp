#include "protocol/client/httpresponseparser.h"

#include <algorithm>
#include <cctype>

#include "protocol/handshake.h"

HttpResponseParser::State HttpResponseParser::feed(QByteArray *data)
{
    if (m_state == State::Headers) {
        const qsizetype end = data->indexOf("\r\n\r\n");
        if (end < 0) {
            if (data->size() > MaxHeaderBytes) {
                m_error = tr("The server's response headers exceed %1 bytes.").arg(MaxHeaderBytes);
                m_state = State::Error;
                // Keep what can be shown: the status line and the headers that fit.
                const qsizetype lastLine = data->lastIndexOf("\r\n", MaxHeaderBytes);
                parseHead(data->left(lastLine > 0 ? lastLine : 0));
                m_error = tr("The server's response headers exceed %1 bytes.").arg(MaxHeaderBytes);
            }
            return m_state;
        }
        const QByteArray head = data->left(end);
        data->remove(0, end + 4);
        if (!parseHead(head)) {
            m_state = State::Error;
            return m_state;
        }
        if (m_status == 101) {
            m_state = State::Complete;
            return m_state;
        }
        // Transfer-Encoding wins over Content-Length (RFC 9112 §6.3).
        m_chunked =
            Handshake::headerValue(m_headers, "Transfer-Encoding").toLower().contains("chunked");
        const QByteArray length = Handshake::headerValue(m_headers, "Content-Length").trimmed();
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        m_bodyLeft = !m_chunked && ok && n >= 0 ? n : -1;
        m_state = m_bodyLeft == 0 ? State::Complete : State::Body;
    }
    if (m_state == State::Body) {
        const qint64 want =
            m_bodyLeft < 0 ? data->size() : std::min<qint64>(m_bodyLeft, data->size());
        appendBody(QByteArrayView(*data).first(qsizetype(want)));
        data->remove(0, qsizetype(want));
        if (m_bodyLeft > 0)
            m_bodyLeft -= want;
        if (m_bodyLeft == 0)
            m_state = State::Complete;
    }
    return m_state;
}

void HttpResponseParser::appendBody(QByteArrayView bytes)
{
    QByteArray &target = m_chunked ? m_rawBody : m_body;
    const qint64 room = MaxBodyBytes - target.size();
    target += bytes.first(qsizetype(std::min<qint64>(bytes.size(), room)));
    m_truncated = m_truncated || bytes.size() > room;
    if (m_chunked && dechunk(m_rawBody, &m_body))
        m_state = State::Complete;
    else if (target.size() >= MaxBodyBytes)
        m_state = State::Complete;
}

bool HttpResponseParser::dechunk(QByteArrayView raw, QByteArray *out, bool *malformed)
{
    out->clear();
    if (malformed)
        *malformed = false;
    qsizetype at = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", at);
        if (eol < 0) {
            // Not a size line even before its end: this body is not chunked after all.
            QByteArrayView partial = raw.sliced(at);
            if (const qsizetype semi = partial.indexOf(';'); semi >= 0)
                partial = partial.first(semi);
            const bool hex = std::all_of(partial.begin(), partial.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '\t'
                       || c == '\r';
            });
            if (malformed)
                *malformed = !hex;
            return false;
        }
        // chunk-size [ chunk-ext ] CRLF
        QByteArrayView sizeText = raw.sliced(at, eol - at);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText = sizeText.first(semi);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            if (malformed)
                *malformed = true;
            return false;
        }
        at = eol + 2;
        if (size == 0)
            return true; // trailers, if any, are not part of the body
        const qint64 available = std::min<qint64>(size, raw.size() - at);
        out->append(raw.sliced(at, qsizetype(available)));
        if (available < size)
            return false;
        at += qsizetype(size) + 2; // the chunk's CRLF
        if (at > raw.size())
            return false;
    }
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state == State::Body) {
        m_state = State::Complete;
        bool malformed = false;
        if (m_chunked && !dechunk(m_rawBody, &m_body, &malformed) && malformed)
            m_body = m_rawBody; // it said chunked but was not: show what came
    } else if (m_state == State::Headers) {
        m_error = tr("The server closed the connection before completing its response.");
        m_state = State::Error;
    }
    return m_state;
}

bool HttpResponseParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    m_statusLine = lines.first().trimmed();
    // HTTP/1.1 101 Switching Protocols
    const QList<QByteArray> parts = m_statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2 && parts[0].startsWith("HTTP/"))
        m_status = parts[1].toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        m_error = tr("The server's response does not start with an HTTP status line: \"%1\".")
                      .arg(QString::fromLatin1(m_statusLine.left(80)));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !m_headers.isEmpty()) {
            // obs-fold: the value goes on; RFC 9112 §5.2 has a user agent join it with a space.
            HeaderField &last = m_headers.last();
            const QByteArray more = line.trimmed();
            if (!more.isEmpty())
                last.value += (last.value.isEmpty() ? "" : " ") + more;
            const int index = int(m_headers.size() - 1);
            if (m_folded.isEmpty() || m_folded.last() != index)
                m_folded.append(index);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = tr("The server sent a malformed header line: \"%1\".")
                          .arg(QString::fromLatin1(line.left(80)));
            return false;
        }
        m_headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}
