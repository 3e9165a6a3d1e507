#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

/// The far end of the flood benchmark: a minimal WebSocket server that completes the
/// handshake by hand and then writes N pre-built text frames as fast as the socket drains,
/// so that the receiver, not the sender, is what gets measured.
class FloodSender : public QObject
{
    Q_OBJECT
public:
    /// With deflate, clients that offer permessage-deflate get compressed frames.
    FloodSender(qint64 messages, int payloadBytes, bool deflate, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// The bench's sender process ends when its client leaves; a test keeps running.
    void setQuitWhenDone(bool quit) { m_quitWhenDone = quit; }
    /// Seconds from the first frame written to the client's Close frame read, or -1: the one
    /// clock that times clients the bench cannot look inside (wsprobe-cli, wscat) the same way
    /// as the ones it can.
    double secondsToClientClose() const { return m_secondsToClose; }

signals:
    void clientClosed();

private:
    void onConnection();
    void onReadyRead();
    void pump();
    void buildChunk(bool compressed);

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_chunk; ///< a run of identical frames, written over and over
    QByteArray m_payload;
    bool m_deflate = false;
    qint64 m_framesPerChunk = 0;
    qint64 m_remaining;
    bool m_upgraded = false;
    bool m_closeSent = false;
    bool m_quitWhenDone = true;
    QElapsedTimer m_sinceFirstFrame;
    double m_secondsToClose = -1;
};

/// The Sec-WebSocket-Accept value answering an upgrade request's Sec-WebSocket-Key (RFC 6455
/// §4.2.2). Written here rather than taken from Wsprobe's handshake, so the bench's senders stay
/// peers independent of the code they measure.
QByteArray upgradeAcceptFor(const QByteArray &request);
