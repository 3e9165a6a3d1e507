#include "common/rawclient.h"

#include <QTest>

#include "protocol/frame/rawframe.h"

bool RawClient::connectTo(const QUrl &url, int timeoutMs)
{
    m_socket.connectToHost(url.host(), quint16(url.port()));
    return m_socket.waitForConnected(timeoutMs);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray RawClient::upgradeRequest(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path
           + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           + extraHeaders + "\r\n";
}

QByteArray RawClient::frame(quint8 opcode, const QByteArray &payload, bool masked, bool fin,
                            quint32 key)
{
    RawFrame f;
    f.opcode = opcode;
    f.payload = payload;
    f.fin = fin;
    f.masked = masked;
    f.maskKey = key;
    return f.encode();
}

void RawClient::pump()
{
    m_received += m_socket.readAll();
}

bool RawClient::waitFor(const QByteArray &needle, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            pump();
            return m_received.contains(needle);
        },
        timeoutMs);
}

bool RawClient::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            pump();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QByteArray RawClient::afterHandshake() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}
