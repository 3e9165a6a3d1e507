#include "common/rawpeer.h"

#include <memory>
#include <sys/socket.h>

#include <QCryptographicHash>
#include <QTimer>
#include <QtEndian>

RawPeer::RawPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawPeer::onConnection);
}

bool RawPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl RawPeer::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(path));
}

void RawPeer::respondWith(const QByteArray &response, bool closeAfter)
{
    m_script = Script::Respond;
    m_response = response;
    m_closeAfter = closeAfter;
}

void RawPeer::acceptUpgrade(const QByteArray &after, bool dropAfter, const QByteArray &protocol,
                            const QByteArray &extraHeaders)
{
    m_script = Script::Upgrade;
    m_response = after;
    m_closeAfter = dropAfter;
    m_protocol = protocol;
    m_extraHeaders = extraHeaders;
}

void RawPeer::answerClose(const QByteArray &reply, bool dropAfter)
{
    m_answerClose = true;
    m_closeReply = reply;
    m_dropAfterCloseReply = dropAfter;
}

void RawPeer::answerCloseIfDue()
{
    if (!m_answerClose || !m_socket)
        return;
    const QList<ClientFrame> frames = clientFrames();
    for (const ClientFrame &f : frames) {
        if (f.opcode != 0x8)
            continue;
        m_answerClose = false;
        m_socket->write(m_closeReply);
        if (m_dropAfterCloseReply) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        }
        return;
    }
}

void RawPeer::send(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void RawPeer::shutdownWrite()
{
    if (!m_socket)
        return;
    m_socket->flush();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void RawPeer::dropClient()
{
    if (m_socket)
        m_socket->abort();
}

QList<RawPeer::ClientFrame> RawPeer::clientFrames() const
{
    QList<ClientFrame> frames;
    const QByteArray &b = m_afterHandshake;
    qsizetype at = 0;
    while (b.size() - at >= 2) {
        const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
        ClientFrame f;
        f.fin = p[0] & 0x80;
        f.opcode = p[0] & 0x0f;
        f.masked = p[1] & 0x80;
        quint64 len = p[1] & 0x7f;
        qsizetype header = 2;
        if (len == 126) {
            if (b.size() - at < 4)
                break;
            len = qFromBigEndian<quint16>(p + 2);
            header = 4;
        } else if (len == 127) {
            if (b.size() - at < 10)
                break;
            len = qFromBigEndian<quint64>(p + 2);
            header = 10;
        }
        const qsizetype maskAt = header;
        if (f.masked)
            header += 4;
        if (quint64(b.size() - at - header) < len)
            break;
        f.payload = b.mid(at + header, qsizetype(len));
        if (f.masked) {
            for (qsizetype i = 0; i < f.payload.size(); ++i)
                f.payload[i] = char(f.payload[i] ^ p[maskAt + (i % 4)]);
        }
        frames.append(f);
        at += header + qsizetype(len);
    }
    return frames;
}

RawPeer::ClientFrame RawPeer::clientClose() const
{
    for (const ClientFrame &f : clientFrames()) {
        if (f.opcode == 0x8)
            return f;
    }
    return {0, false, false, {}};
}

int RawPeer::closeCode(const ClientFrame &close)
{
    return close.payload.size() >= 2 ? qFromBigEndian<quint16>(close.payload.constData()) : -1;
}

void RawPeer::echoCloseIfDue()
{
    if (!m_echoClose || m_closeAnswered || !m_socket)
        return;
    const ClientFrame close = clientClose();
    if (close.opcode != 0x8)
        return;
    m_closeAnswered = true;
    // A code that may not be sent earns 1002 Protocol error, as RFC 6455 §7.4 expects.
    const int code = closeCode(close);
    const bool valid = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
                       || (code >= 3000 && code <= 4999);
    m_socket->write(code < 0 ? frame(0x8, {}) : closeFrame(valid ? quint16(code) : 1002, {}));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

QByteArray RawPeer::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray RawPeer::bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int b : values)
        out.append(char(b));
    return out;
}

QByteArray RawPeer::frame(quint8 opcode, const QByteArray &payload, bool fin)
{
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | (opcode & 0x0f)));
    const qsizetype n = payload.size();
    if (n <= 125) {
        f.append(char(n));
    } else if (n <= 0xffff) {
        f.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(n), len);
        f.append(len, 2);
    } else {
        f.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(n), len);
        f.append(len, 8);
    }
    return f + payload;
}

QByteArray RawPeer::closeFrame(quint16 code, const QByteArray &reason)
{
    char c[2];
    qToBigEndian<quint16>(code, c);
    return frame(0x8, QByteArray(c, 2) + reason);
}

QByteArray RawPeer::burst(int count, int size)
{
    QByteArray out;
    out.reserve(qsizetype(count) * (size + 10));
    QByteArray payload(size, 'x');
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(8, '0') + ':';
        payload.replace(0, n.size(), n);
        out += frame(0x1, payload);
    }
    return out;
}

int RawPeer::sequenceNumber(QByteArrayView payload)
{
    if (payload.size() < 9 || payload[8] != ':')
        return -1;
    bool ok = false;
    const int n = payload.first(8).toInt(&ok);
    return ok ? n : -1;
}

void RawPeer::onConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        if (m_socket) {
            s->abort(); // one client at a time
            s->deleteLater();
            continue;
        }
        m_socket = s;
        m_request.clear();
        m_afterHandshake.clear();
        m_handshakeDone = false;
        m_clientGone = false;
        m_closeAnswered = false;
        connect(s, &QTcpSocket::readyRead, this, &RawPeer::onReadyRead);
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_clientGone = true;
            emit disconnected();
            s->deleteLater();
        });
    }
}

void RawPeer::stopReading()
{
    m_stopped = true;
    if (m_socket) {
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        m_socket->setReadBufferSize(1);
    }
}

void RawPeer::onReadyRead()
{
    if (m_stopped)
        return;
    if (m_handshakeDone) {
        m_afterHandshake += m_socket->readAll();
        echoCloseIfDue();
        answerCloseIfDue();
        return;
    }
    m_request += m_socket->readAll();
    const qsizetype end = m_request.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    m_handshakeDone = true;
    m_afterHandshake = m_request.mid(end + 4);
    m_request.truncate(end + 4);
    emit requestReceived();

    if (m_script == Script::Respond) {
        m_socket->write(m_response);
    } else {
        QByteArray key;
        for (const QByteArray &line : m_request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                              + acceptKey(key) + "\r\n";
        if (!m_protocol.isEmpty())
            response += "Sec-WebSocket-Protocol: " + m_protocol + "\r\n";
        response += m_extraHeaders;
        if (m_dribble) {
            m_socket->write(response + "\r\n");
            auto *timer = new QTimer(m_socket);
            auto left = std::make_shared<QByteArray>(m_response);
            connect(timer, &QTimer::timeout, m_socket, [this, timer, left] {
                if (left->isEmpty()) {
                    timer->stop();
                    return;
                }
                m_socket->write(left->left(1));
                left->remove(0, 1);
            });
            timer->start(1);
            return;
        }
        m_socket->write(response + "\r\n" + m_response);
    }
    if (m_closeAfter) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}
