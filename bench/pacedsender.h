#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

/// A minimal WebSocket server (handshake by hand, as FloodSender) that writes N text frames
/// of B bytes at a steady rate — messages per second, spread over 1 ms ticks — rather than
/// as fast as the socket drains: the load a live feed puts on a client. When the client
/// holds its reading and the socket's buffer fills, it writes no more until it drains, and
/// falls behind the rate rather than queueing without bound; achievedRate() says by how much.
class PacedSender : public QObject
{
    Q_OBJECT
public:
    PacedSender(qint64 messages, int payloadBytes, qint64 perSecond, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// Messages per second from the first frame to the last, or 0 before the last.
    double achievedRate() const { return m_achieved; }

private:
    void onConnection();
    void onReadyRead();
    void tick();

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_frame;
    qint64 m_total;
    qint64 m_sent = 0;
    qint64 m_perSecond;
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_achieved = 0;
};
