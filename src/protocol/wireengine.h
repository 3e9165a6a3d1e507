#pragma once

#include <deque>

#include <QElapsedTimer>
#include <QPointer>
#include <QSslError>
#include <QTcpSocket>
#include <QTimer>

#include "protocol/engine.h"
#include "protocol/framecodec.h"
#include "protocol/inputbuffer.h"
#include "protocol/messageassembler.h"
#include "protocol/openinghandshake.h"
#include "protocol/permessagedeflate.h"
#include "protocol/pongscheduler.h"
#include "protocol/utf8validator.h"

/// Wsprobe's own RFC 6455 client over QTcpSocket / QSslSocket. Unlike QWebSocket it keeps
/// the exact handshake bytes and every response header, reports server pings and every
/// frame, reports close codes verbatim (1005 for none, 1006 for a drop), waits for the
/// server's Close, validates UTF-8 across frames, and refuses oversized frames on the header.
class WireEngine final : public Engine
{
    Q_OBJECT
public:
    explicit WireEngine(EngineListener *listener, QObject *parent = nullptr);
    ~WireEngine() override;

    EngineKind kind() const override { return EngineKind::Wire; }
    void open(const ConnectionRequest &request) override;
    qint64 sendText(const QByteArray &utf8) override;
    qint64 sendBinary(const QByteArray &data) override;
    void ping(const QByteArray &payload) override;
    void close(int code, const QString &reason) override;
    void closeVerbatim(int code, const QByteArray &reason) override;
    QString sendRawFrames(const QList<RawFrame> &frames) override;
    void abort() override;

    /// Sends a pong with this payload (a relay passes its client's pong on; with autoPong off
    /// nothing else answers the server's pings).
    void pong(const QByteArray &payload);

    /// Input is parsed in slices of this size so a flood never holds the event loop long.
    static constexpr qint64 ReadSliceBytes = 256 * 1024;
    /// How long a refused upgrade may take to deliver its body.
    static constexpr int BodyWaitMs = 1000;

    static constexpr int NoStatusCode = -1;

private:
    /// Frames are reported when asked for; the Close the engine answers or fails with is
    /// reported always, since no other event shows it; a testing-mode Close always and with
    /// its whole payload, since it is there to be read.
    enum class Report { IfAsked, Always, AlwaysWhole };
    enum class Phase { Idle, Connecting, Handshake, Open, Closing, Done };

    void connectTo(const QUrl &url);
    void onTransportReady();
    void onReadyRead();
    void processInput();
    void processHandshakeResponse();
    void finishHandshakeBody();
    void onHandshakeOutcome(OpeningHandshake::Outcome outcome);
    /// The handshake record goes to the listener once per attempt, however it ended.
    void reportHandshake();
    void processFrames();
    void handleFrame(FrameCodec::Frame &frame);
    void handleDataFrame(FrameCodec::Frame &frame);
    void handleClose(const QByteArray &payload);
    void failConnection(int code, const QString &violation);
    /// code NoStatusCode: a Close with an empty payload.
    void sendClose(int code, const QByteArray &reason, Report report);
    void startClosingHandshake(int code, const QByteArray &reason, Report report);
    void writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                    bool rsv1 = false, Report report = Report::IfAsked);
    qint64 sendMessage(quint8 opcode, const QByteArray &payload);
    void reportFrame(const FrameInfo &info, bool always = false);
    void writeRawFrame(RawFrame frame);
    void onBytesWritten(qint64 bytes);
    void answerPing(const QByteArray &payload);
    void writePong(const QByteArray &payload);
    void flushPendingPong();
    void onDisconnected();
    void concludeDisconnect();
    void onSocketError(QAbstractSocket::SocketError error);
    void onHandshakeTimeout();
    void onCloseTimeout();
    void release() override;
    void readingResumed() override;
    void end(int code, const QString &reason, bool wasClean);
    void fail(const QString &message);
    void releaseSocket();

    struct PendingPing
    {
        QByteArray payload;
        qint64 sentAtNs;
    };

    QTcpSocket *m_socket = nullptr;
    ConnectionRequest m_request;
    QUrl m_url; ///< the URL of this attempt (differs from the request's after a redirect)
    int m_redirects = 0;
    Phase m_phase = Phase::Idle;
    OpeningHandshake m_handshake;
    bool m_handshakeReported = false;
    QStringList m_sslErrors;

    InputBuffer m_in;
    bool m_readScheduled = false;
    bool m_peerGone = false; ///< TCP is closed; what is still buffered is parsed first
    FrameCodec m_codec;
    MessageAssembler m_assembler;
    std::unique_ptr<PerMessageDeflate> m_deflate;

    bool m_closeSent = false;
    bool m_nonMinimalReported = false;
    PongScheduler m_pongs;
    bool m_closeReceived = false;
    int m_receivedCode = 1005;
    QString m_receivedReason;
    int m_failCode = 0;
    QString m_failReason;

    QTimer m_handshakeTimer;
    QTimer m_closeTimer;
    QTimer m_bodyTimer;
    QElapsedTimer m_clock;
    std::deque<PendingPing> m_pings;
};
