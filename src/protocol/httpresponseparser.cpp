#include "protocol/httpresponseparser.h"

#include "protocol/handshake.h"

HttpResponseParser::State HttpResponseParser::feed(QByteArray *data)
{
    if (m_state == State::Headers) {
        const qsizetype end = data->indexOf("\r\n\r\n");
        if (end < 0) {
            if (data->size() > MaxHeaderBytes) {
                m_error = tr("The server's response headers exceed %1 bytes.").arg(MaxHeaderBytes);
                m_state = State::Error;
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
        const QByteArray length = Handshake::headerValue(m_headers, "Content-Length").trimmed();
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        m_bodyLeft = ok && n >= 0 ? n : -1;
        m_state = m_bodyLeft == 0 ? State::Complete : State::Body;
    }
    if (m_state == State::Body) {
        const qint64 want =
            m_bodyLeft < 0 ? data->size() : std::min<qint64>(m_bodyLeft, data->size());
        const qint64 room = MaxBodyBytes - m_body.size();
        m_body += data->left(qsizetype(std::min(want, room)));
        m_truncated = m_truncated || want > room;
        data->remove(0, qsizetype(want));
        if (m_bodyLeft > 0)
            m_bodyLeft -= want;
        if (m_bodyLeft == 0 || m_body.size() >= MaxBodyBytes)
            m_state = State::Complete;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state == State::Body)
        m_state = State::Complete;
    else if (m_state == State::Headers) {
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
