#include "pacedsender.h"

#include <QTcpSocket>

#include "floodsender.h"

namespace {
/// What may wait in the socket's buffer before the sender stops writing for a tick.
constexpr qint64 HighWater = 1024 * 1024;
} // namespace

PacedSender::PacedSender(qint64 messages, int payloadBytes, qint64 perSecond, QObject *parent)
    : QObject(parent)
    , m_total(messages)
    , m_perSecond(qMax<qint64>(1, perSecond))
{
    QByteArray payload;
    for (int i = 0; i < payloadBytes; ++i)
        payload.append(char('a' + i % 26));
    // One unmasked text frame: FIN+text, length, payload.
    m_frame.append(char(0x81));
    if (payloadBytes <= 125) {
        m_frame.append(char(payloadBytes));
    } else {
        m_frame.append(char(126));
        m_frame.append(char((payloadBytes >> 8) & 0xff));
        m_frame.append(char(payloadBytes & 0xff));
    }
    m_frame.append(payload);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &PacedSender::tick);
    connect(&m_server, &QTcpServer::newConnection, this, &PacedSender::onConnection);
}

bool PacedSender::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void PacedSender::onConnection()
{
    m_socket = m_server.nextPendingConnection();
    connect(m_socket, &QTcpSocket::readyRead, this, &PacedSender::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, &m_timer, &QTimer::stop);
}

void PacedSender::onReadyRead()
{
    if (m_since.isValid()) {
        m_socket->readAll(); // the client's Close, at the end
        return;
    }
    m_request += m_socket->readAll();
    if (!m_request.contains("\r\n\r\n"))
        return;
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                    + upgradeAcceptFor(m_request) + "\r\n\r\n");
    m_since.start();
    m_timer.start();
}

void PacedSender::tick()
{
    if (!m_socket || m_socket->bytesToWrite() > HighWater)
        return;
    // What the rate says should have gone by now; a late tick writes what it missed.
    const qint64 due = qMin(m_total, m_since.nsecsElapsed() * m_perSecond / 1000000000);
    const qint64 n = qMin(due - m_sent, HighWater / qMax<qint64>(1, m_frame.size()));
    if (n <= 0)
        return;
    m_socket->write(m_frame.repeated(n));
    m_sent += n;
    if (m_sent >= m_total) {
        m_timer.stop();
        m_achieved = double(m_total) / (double(m_since.nsecsElapsed()) / 1e9);
    }
}
