#pragma once

#include <QByteArray>
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
};
