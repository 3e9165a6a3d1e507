#pragma once

#include <deque>
#include <optional>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include "protocol/engine.h"
#include "protocol/framecodec.h"
#include "protocol/inputbuffer.h"
#include "protocol/messageassembler.h"
#include "protocol/permessagedeflate.h"
#include "protocol/pongscheduler.h"
#include "protocol/rawframe.h"
#include "protocol/server/serverconfig.h"
#include "protocol/server/serverhandshake.h"

/// The server's end of one WebSocket connection, over a socket a WebSocketListener accepted.
/// It reports through EngineListener exactly as the client engines do (so Connection, the log
/// and the journal take it unchanged): the handshake record (the client's request line and
/// headers in wire order, the response sent), frames, messages, pings, close codes verbatim
/// (1005 for none, 1006 for a drop) and every violation by name. It reads masked frames (an
/// unmasked one fails the connection with 1002), writes unmasked ones, answers a client's
/// Close and then closes TCP itself, as RFC 6455 §7.1.1 has a server do. Its fault methods
/// make it misbehave on purpose, to test clients.
class ServerEngine final : public Engine
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

    qint64 sendText(const QByteArray &utf8) override;
    qint64 sendBinary(const QByteArray &data) override;
    void ping(const QByteArray &payload) override;
    void close(int code, const QString &reason) override;
    void closeVerbatim(int code, const QByteArray &reason) override;
    void abort() override;

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

    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    /// "127.0.0.1:51234" ("[::1]:51234"), how messages name the client.
    QString peerName() const;
    /// The path the client asked for, once its request has been read.
    QString path() const { return m_handshake.path(); }
    const HandshakeRecord &handshakeRecord() const { return m_handshake.record(); }
    bool isEncrypted() const { return m_tls; }

    /// Input is parsed in slices of this size so a flood never holds the event loop long.
    static constexpr qint64 ReadSliceBytes = 256 * 1024;

private:
    enum class Report { IfAsked, Always, AlwaysWhole };
    enum class Phase { Idle, Tls, Request, Answering, Open, Closing, Done };

    void onEncrypted();
    void onReadyRead();
    void processInput();
    void processRequest();
    void answerRequest();
    void refuseRequest(const QString &error);
    void reportHandshake();
    void processFrames();
    void handleFrame(FrameCodec::Frame &frame);
    void handleClose(const QByteArray &payload);
    void failConnection(int code, const QString &violation);
    void sendClose(int code, const QByteArray &reason, Report report);
    void startClosingHandshake(int code, const QByteArray &reason, Report report);
    void writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                    bool rsv1 = false, Report report = Report::IfAsked);
    qint64 sendMessage(quint8 opcode, const QByteArray &payload);
    void reportFrame(const FrameInfo &info, bool always = false);
    void onBytesWritten(qint64 bytes);
    void writePong(const QByteArray &payload);
    void onDisconnected();
    void concludeDisconnect();
    void onSocketError(QAbstractSocket::SocketError error);
    void onHandshakeTimeout();
    void onCloseTimeout();
    void readingResumed() override;
    void release() override;
    void end(int code, const QString &reason, bool wasClean);
    void fail(const QString &message);
    void releaseSocket();

    QTcpSocket *m_socket;
    ServerConfig m_config;
    ConnectionRequest m_request;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_tls = false;
    Phase m_phase = Phase::Idle;
    ServerHandshake m_handshake;
    bool m_handshakeReported = false;

    InputBuffer m_in;
    bool m_readScheduled = false;
    bool m_peerGone = false;
    FrameCodec m_codec;
    MessageAssembler m_assembler;
    std::unique_ptr<PerMessageDeflate> m_deflate;

    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_nonMinimalReported = false;
    int m_receivedCode = 1005;
    QString m_receivedReason;
    int m_failCode = 0;
    QString m_failReason;
    PongScheduler m_pongs;

    QTimer m_handshakeTimer;
    QTimer m_closeTimer;
    QTimer m_answerTimer;
    QElapsedTimer m_clock;
    struct PendingPing
    {
        QByteArray payload;
        qint64 sentAtNs;
    };
    std::deque<PendingPing> m_pings;
};
