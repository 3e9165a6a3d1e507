#pragma once

#include <initializer_list>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/// A scripted TCP peer on 127.0.0.1 for the cases no well-behaved server produces: refused
/// handshakes, bad frames, dropped connections. It reads the client's request, then answers
/// with exactly the bytes it was given.
class RawPeer : public QObject
{
    Q_OBJECT
public:
    explicit RawPeer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    /// Answers the upgrade request with this raw HTTP response; the connection stays open
    /// unless closeAfter, so a test can see whether the client closes it.
    void respondWith(const QByteArray &response, bool closeAfter = false);
    /// Completes a valid upgrade (101 with the right Accept key, optionally a subprotocol),
    /// then writes `after` verbatim and drops the TCP connection if dropAfter.
    void acceptUpgrade(const QByteArray &after = {}, bool dropAfter = false,
                       const QByteArray &protocol = {}, const QByteArray &extraHeaders = {});
    /// Answers the client's Close frame with a Close echoing its code (1002 for a code that
    /// may not be sent), then closes TCP, as a well-behaved server does (off: the peer never
    /// answers).
    void setEchoClose(bool echo) { m_echoClose = echo; }
    /// Writes the bytes after the upgrade one at a time, 1 ms apart: a slow peer.
    void setDribble(bool dribble) { m_dribble = dribble; }
    /// Answers the client's Close frame, once it has arrived, with these bytes (the server's
    /// own Close), then drops the TCP connection if dropAfter.
    void answerClose(const QByteArray &reply, bool dropAfter = true);
    /// Writes more bytes to the client now.
    void send(const QByteArray &bytes);
    void dropClient();
    /// Ends its side with a FIN and goes on reading: a server that has left, as the client
    /// sees it; clientDisconnected() turns true once the client has closed its side too.
    void shutdownWrite();
    /// Stops reading from the client, with a small receive buffer: the client's writes back
    /// up into its own send buffer, as with a stalled server.
    void stopReading();

    /// Frames the client sent after the upgrade, unmasked.
    struct ClientFrame
    {
        quint8 opcode;
        bool fin;
        bool masked;
        QByteArray payload;
    };
    QList<ClientFrame> clientFrames() const;
    /// The client's first Close frame; opcode 0 while none has arrived.
    ClientFrame clientClose() const;
    /// The status code of a Close frame, or -1 when its payload has none.
    static int closeCode(const ClientFrame &close);

    QByteArray request() const { return m_request; }
    QByteArray receivedAfterHandshake() const { return m_afterHandshake; }
    bool clientDisconnected() const { return m_clientGone; }

    static QByteArray acceptKey(const QByteArray &key);
    /// An unmasked server frame.
    /// Bytes written out one by one, for frames no encoder would make.
    static QByteArray bytes(std::initializer_list<int> values);
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true);
    static QByteArray closeFrame(quint16 code, const QByteArray &reason);
    /// count text frames of `size` bytes each, numbered from 0 in their first bytes, so that
    /// a reader can check that it got every one, in order (see sequenceNumber).
    static QByteArray burst(int count, int size);
    /// The number a burst message starts with, or -1.
    static int sequenceNumber(QByteArrayView payload);

signals:
    void requestReceived();
    void disconnected();

private:
    void onConnection();
    void onReadyRead();
    void echoCloseIfDue();
    void answerCloseIfDue();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_request;
    QByteArray m_afterHandshake;
    bool m_handshakeDone = false;
    bool m_clientGone = false;
    enum class Script { Respond, Upgrade } m_script = Script::Respond;
    QByteArray m_response;
    bool m_closeAfter = false;
    QByteArray m_protocol;
    QByteArray m_extraHeaders;
    bool m_dribble = false;
    bool m_echoClose = false;
    bool m_closeAnswered = false;
    bool m_stopped = false;
    bool m_answerClose = false;
    QByteArray m_closeReply;
    bool m_dropAfterCloseReply = true;
};
