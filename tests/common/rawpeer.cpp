#include "rawpeer.h"

#include <QCryptographicHash>
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

void RawPeer::acceptUpgrade(const QByteArray &after, bool dropAfter, const QByteArray &protocol)
{
    m_script = Script::Upgrade;
    m_response = after;
    m_closeAfter = dropAfter;
    m_protocol = protocol;
}

QByteArray RawPeer::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
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
        connect(s, &QTcpSocket::readyRead, this, &RawPeer::onReadyRead);
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_clientGone = true;
            emit disconnected();
            s->deleteLater();
        });
    }
}

void RawPeer::onReadyRead()
{
    if (m_handshakeDone) {
        m_afterHandshake += m_socket->readAll();
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
        m_socket->write(response + "\r\n" + m_response);
    }
    if (m_closeAfter) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}
