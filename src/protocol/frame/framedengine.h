#pragma once

#include <memory>

#include <QTcpSocket>
#include <QTimer>

#include "protocol/engine.h"
#include "protocol/frame/framecodec.h"
#include "protocol/frame/inputbuffer.h"
#include "protocol/frame/messageassembler.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/frame/pingtracker.h"
#include "protocol/frame/pongscheduler.h"

/// What both ends of Wsprobe's own RFC 6455 connection share once the opening handshake is
/// done: reading frames from the socket in bounded slices (FrameCodec, MessageAssembler,
/// PerMessageDeflate), sending messages, pings and pongs, the closing handshake with its
/// timer, failing the connection on a violation, and raw frames. The role decides masking:
/// a client masks what it writes and refuses masked frames, a server the opposite.
/// WireEngine (the client) and ServerEngine (one accepted client) add how the socket is
/// obtained and the opening handshake of their side.
class FramedEngine : public Engine
{
    Q_OBJECT
public:
    ~FramedEngine() override;

    qint64 sendText(const QByteArray &utf8) final;
    qint64 sendBinary(const QByteArray &data) final;
    void ping(const QByteArray &payload) final;
    void close(int code, const QString &reason) final;
    void closeVerbatim(int code, const QByteArray &reason) final;
    QString sendRawFrames(const QList<RawFrame> &frames) final;
    void abort() final;

    /// Hands what is already written to the system now, as far as it takes it: a relay that
    /// drops a leg right after passing a message on lets that message go first.
    void flushWritten()
    {
        if (m_socket)
            m_socket->flush();
    }

    /// Sends a pong with this payload (a relay passes on the other peer's; with autoPong off
    /// nothing else answers the peer's pings).
    void pong(const QByteArray &payload);

    /// For a relay: the peer's Close is not answered by the engine but reported with
    /// engineClosing() and held (data may still be sent, as RFC 6455 §5.5.1 allows) until
    /// close() answers it with the code the other peer answered with; the close timeout bounds
    /// the wait. Set before open().
    void setCloseAnswerHeld(bool held) { m_closeAnswerHeld = held; }
    /// The peer's Close has arrived: its code (1005: none) and reason bytes as sent.
    bool closeReceived() const { return m_closeReceived; }
    int receivedCloseCode() const { return m_receivedCode; }
    QByteArray receivedCloseReason() const { return m_receivedReasonBytes; }

    /// The record of the opening handshake (as far as it went).
    virtual const HandshakeRecord &handshakeRecord() const = 0;
    Endpoint role() const { return m_role; }

    /// Input is parsed in slices of this size so a flood never holds the event loop long.
    static constexpr qint64 ReadSliceBytes = 256 * 1024;
    /// The socket's own buffer when frames are read from its descriptor (startFrames): it
    /// holds only what arrives between two slices, read by the socket's notifier.
    static constexpr qint64 SocketBufferBytes = 16 * 1024;
    /// A frame's payload this large is read from the socket straight into its own buffer once
    /// the header has arrived, not through the input buffer and a copy out of it.
    static constexpr qint64 DirectPayloadBytes = ReadSliceBytes;
    /// sendClose()'s code for a Close with an empty payload.
    static constexpr int NoStatusCode = -1;
    /// A streamed frame's payload goes out in slices of this size, each once the socket's
    /// write buffer is below it (putStreamedFrame).
    static constexpr qint64 StreamSliceBytes = 64 * 1024;
    static constexpr char StreamFill = 'x';

    /// The most the socket's write buffer held while a streamed frame was written (0: none
    /// was), so a test can see a huge frame cost a slice, not its size.
    qint64 streamPeakBufferedBytes() const { return m_streamPeak; }

protected:
    /// Frames are reported when asked for; the Close the engine answers or fails with is
    /// reported always, since no other event shows it; a testing-mode Close always and with
    /// its whole payload, since it is there to be read.
    enum class Report { IfAsked, Always, AlwaysWhole };
    /// Connecting: TCP (client) or TLS (server) under way; Handshake: the client's response or
    /// the server's request being read; Answering: a server's request waits for its answer.
    enum class Phase { Idle, Connecting, Handshake, Answering, Open, Closing, Done };

    FramedEngine(Endpoint role, EngineListener *listener, QObject *parent);

    /// Takes m_socket's signals, turns Nagle's algorithm off once it is connected and bounds
    /// its read buffer, so that the socket never holds more than a slice or two ahead of the
    /// parser.
    void attachSocket();
    /// The handshake is done: frames may flow, deflated when it was negotiated.
    void startFrames(std::unique_ptr<PerMessageDeflate> deflate, qint64 maxMessageSize);

    // What differs between the roles.
    /// Parses the opening handshake from m_in (in Phase::Handshake).
    virtual void processHandshakeInput() = 0;
    /// The peer closed TCP before the connection opened.
    virtual void concludeHandshakeDisconnect() = 0;
    virtual void onSocketError(QAbstractSocket::SocketError error) = 0;
    virtual void onHandshakeTimeout() = 0;
    /// ProtocolError: the peer broke RFC 6455 (the violation, the code we close with);
    /// PeerLeft: it closed TCP without a closing handshake; CloseTimeout: it did not answer
    /// our Close in time.
    enum class Failure { ProtocolError, PeerLeft, CloseTimeout };
    /// Each end says what went wrong in its own words, naming its peer.
    virtual QString failureText(Failure failure, int code = 0,
                                const QString &violation = {}) const = 0;
    /// Whether a ping is answered by itself when the request says autoPong.
    virtual bool answersPings() const { return true; }

    void processInput();
    void scheduleInput();
    void reportHandshake();
    void reportFrame(const FrameInfo &info, bool always = false);
    void failConnection(int code, const QString &violation);
    void sendClose(int code, const QByteArray &reason, Report report);
    /// Encodes, reports (always, whole) and writes a raw frame as it is; appBytes as queueWrite.
    void putRawFrame(RawFrame frame, qint64 appBytes);
    /// Writes header's opcode and bits, unmasked, with a payload of payloadBytes StreamFill
    /// bytes, streamed: a slice at a time from one buffer all engines share, each once the
    /// socket has sent the previous, so a fault's 1 GiB frame holds StreamSliceBytes per
    /// client instead of 1 GiB. Frames written meanwhile (a reply, a pong, a Close) wait until
    /// the payload is out, since they would otherwise land inside it. Reported (always) with
    /// the head of the payload. Call only when isStreaming() is false.
    void putStreamedFrame(RawFrame header, qint64 payloadBytes);
    bool isStreaming() const { return m_streamLeft > 0; }
    void startCloseTimer();
    void fail(const QString &message);
    void end(int code, const QString &reason, bool wasClean);
    void release() override;
    virtual void releaseSocket();

    const Endpoint m_role;
    /// A server that leaves its reading paused (a stopReading fault) still lets a client that
    /// has gone be concluded at once; a client waits until reading resumes, as Engine says.
    bool m_concludeWhilePaused = false;
    QTcpSocket *m_socket = nullptr;
    ConnectionRequest m_request;
    Phase m_phase = Phase::Idle;
    bool m_handshakeReported = false;

    InputBuffer m_in;
    bool m_readScheduled = false;
    bool m_readsDescriptor = false; ///< frames read from the descriptor too (startFrames)
    bool m_peerGone = false;        ///< TCP is closed; what is still buffered is parsed first
    FrameCodec m_codec;
    bool m_nonMinimalReported = false;
    bool m_closeReceived = false;

    QTimer m_handshakeTimer;
    QTimer m_closeTimer;

private:
    void onReadyRead();
    void readingResumed() override;
    void processFrames();
    /// Reads a slice of the large frame's payload; true once it has all arrived.
    bool readLargePayload(qintptr descriptor);
    void handleFrame(FrameCodec::Frame &frame);
    void handleDataFrame(FrameCodec::Frame &frame);
    void handlePong(const QByteArray &payload);
    void handleClose(const QByteArray &payload);
    void startClosingHandshake(int code, const QByteArray &reason, Report report);
    void writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                    bool rsv1 = false, Report report = Report::IfAsked);
    qint64 sendMessage(quint8 opcode, const QByteArray &payload);
    void sendRawFrame(const RawFrame &frame);
    void onBytesWritten(qint64 bytes);
    /// Every frame's bytes go out here: to the socket, or held while a frame is streamed.
    void writeWire(const QByteArray &bytes);
    void pumpStream();
    void answerPing(const QByteArray &payload);
    void writePong(const QByteArray &payload);
    void flushPendingPong();
    void onDisconnected();
    void concludeDisconnect();
    void onCloseTimeout();

    MessageAssembler m_assembler;
    FrameCodec::Frame m_large; ///< a large frame whose payload is being read (DirectPayloadBytes)
    qsizetype m_largeFilled = -1; ///< payload bytes of m_large read so far; -1: none
    std::unique_ptr<PerMessageDeflate> m_deflate;
    bool m_closeSent = false;
    int m_receivedCode = 1005;
    QString m_receivedReason;
    QByteArray m_receivedReasonBytes;
    bool m_closeAnswerHeld = false;
    int m_failCode = 0;
    QString m_failReason;
    PongScheduler m_pongs;
    PingTracker m_pings;
    qint64 m_streamLeft = 0; ///< payload bytes of a streamed frame still to write
    QByteArray m_streamHeld; ///< frames written while a frame was being streamed
    qint64 m_streamPeak = 0;
};
