#pragma once

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include "protocol/frame/framedengine.h"
#include "protocol/frame/rawframe.h"
#include "protocol/server/serverconfig.h"
#include "protocol/server/serverhandshake.h"

/// The server's end of one WebSocket connection, over a socket a WebSocketListener accepted.
/// It reports through EngineListener exactly as the client engines do (so Connection, the log
/// and the journal take it unchanged): the handshake record (the client's request line and
/// headers in wire order, the response sent), frames, messages, pings, close codes verbatim
/// (1005 for none, 1006 for a drop) and every violation by name. It reads masked frames (an
/// unmasked one fails the connection with 1002), writes unmasked ones, answers a client's
/// Close and then closes TCP itself, as RFC 6455 §7.1.1 has a server do. Its fault methods
/// make it misbehave on purpose, to test clients. What it shares with the client engine
/// (frames, closing, pings) is FramedEngine.
class ServerEngine final : public FramedEngine
{
    Q_OBJECT
public:
    /// Takes the socket (a QSslSocket not yet encrypted, for wss). Nothing is read before open().
    ServerEngine(QTcpSocket *socket, const ServerConfig &config, QObject *parent = nullptr);
    ~ServerEngine() override;

    /// A server's clients are Wsprobe's own wire-level engine: every byte and frame is seen.
    EngineKind kind() const override { return EngineKind::Wire; }
    /// Starts serving the client: TLS, then its upgrade request. Of the request only these
    /// matter: reportFrames, framePayloadBytes, autoPong, handshakeTimeoutMs (for the request
    /// to arrive), closeTimeoutMs and outgoingFrameSize; the limits come from the ServerConfig.
    void open(const ConnectionRequest &request) override;
    /// open() with the default options.
    void start() { open(ConnectionRequest()); }
    /// Call before open(): the engine is made before its listener is known.
    using Engine::setListener;

    // Faults, for testing clients. Each is reported as a frame (always, whole) where it
    // writes one.
    /// Replaces the faults of the ServerConfig; call before open() for the handshake ones.
    void setFaults(const ServerFaults &faults);
    const ServerFaults &faults() const { return m_config.faults; }
    /// Drops TCP at once without a Close (after flushing what was already written as far as
    /// the system takes it); the listener hears closed(1006).
    void dropConnection();
    /// Writes any frame, the rules notwithstanding (an oversized one, invalid UTF-8, a reserved
    /// opcode, RSV bits, a masked server frame, a fragmented control frame, a length that
    /// lies); reported as a frame, whole. Returns RawFrame::problem() (nothing written) or "".
    QString writeRawFrame(RawFrame frame);
    /// writeRawFrame() for a frame too large to hold: header's opcode and bits (unmasked)
    /// with payloadBytes bytes streamed from a shared slice (FramedEngine::putStreamedFrame).
    /// Returns why it cannot be written (one is still streaming) or "".
    QString writeStreamedFrame(const RawFrame &header, qint64 payloadBytes);

    /// How many ServerEngines exist in this process: a server that frees its closed clients
    /// comes back to 0 (the tests' check that nothing is kept per client).
    static int liveCount();

    // For a relay (src/relay), which answers a client only once its own upstream has.
    /// Set before open(): a complete request is announced with requestReceived() and waits,
    /// unanswered, for answer().
    void setAnswerHeld(bool held) { m_answerHeld = held; }
    /// Answers a held request under this policy: the subprotocol to choose, deflate, or a
    /// refusal (faults.refuse).
    void answer(const ServerConfig &policy);
    const ServerConfig &config() const { return m_config; }

    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    /// "127.0.0.1:51234" ("[::1]:51234"), how messages name the client.
    QString peerName() const;
    /// The path the client asked for, once its request has been read.
    QString path() const { return m_handshake.path(); }
    const HandshakeRecord &handshakeRecord() const override { return m_handshake.record(); }
    bool isEncrypted() const { return m_tls; }

signals:
    /// The client's request is complete and held (setAnswerHeld).
    void requestReceived();

private:
    void onEncrypted();
    void processHandshakeInput() override;
    void answerRequest();
    void refuseRequest(const QString &error);
    void concludeHandshakeDisconnect() override;
    void onSocketError(QAbstractSocket::SocketError error) override;
    void onHandshakeTimeout() override;
    QString failureText(Failure failure, int code, const QString &violation) const override;
    bool answersPings() const override { return !m_config.faults.ignorePings; }
    void release() override;

    ServerConfig m_config;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_tls = false;
    bool m_answerHeld = false;
    ServerHandshake m_handshake;
    QTimer m_answerTimer;
};
