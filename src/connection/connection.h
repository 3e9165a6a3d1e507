#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include "connection/event.h"
#include "connection/eventsink.h"
#include "protocol/connectionrequest.h"
#include "protocol/engine.h"

class Clock;

enum class ReadyState { Connecting = 0, Open = 1, Closing = 2, Closed = 3 };

/// A WebSocket as the browser API presents it — readyState, bufferedAmount, protocol, the four
/// events, send() and close() — over an exchangeable engine. Every event, including outgoing
/// messages and refused calls, is also published through eventOccurred() for the log.
class Connection : public QObject, private EngineListener
{
    Q_OBJECT
public:
    explicit Connection(const Clock &clock, QObject *parent = nullptr);
    ~Connection() override;

    /// Tests use this to put a scripted engine under the connection.
    void setEngineFactory(EngineFactory factory);
    /// Sinks hear every event before eventOccurred() is emitted; they must outlive the
    /// connection or be removed first.
    void addSink(EventSink *sink);
    void removeSink(EventSink *sink);

    bool open(const ConnectionRequest &request);
    /// utf8 must be valid UTF-8 (a browser's send(string) cannot produce anything else).
    bool sendText(const QByteArray &utf8);
    bool sendBinary(const QByteArray &data);
    bool ping(const QByteArray &payload = {});
    /// Starts the closing handshake; while CONNECTING it abandons the attempt (close 1006).
    /// The browser's rules apply: 1000 or 3000–4999, a reason of at most 123 bytes.
    bool close(int code = 1000, const QString &reason = {});
    /// The application goes away (its tab or window closes), as a browser does when a page
    /// goes away: close() with 1001 Going Away, which close() refuses to an application. A
    /// longer reason is cut to 123 bytes.
    bool closeGoingAway(const QString &reason = {});
    /// Testing mode, to probe how a server takes a bad Close: sends a Close frame with any
    /// code from 0 to 65535 and any reason (reserved codes, over 123 bytes), bypassing the
    /// browser's rules; refused only when the engine cannot send it as given. Needs OPEN.
    /// The wire engine records the frame it wrote, whole, as a frame event.
    bool closeForTesting(int code, const QByteArray &reason);
    /// Testing mode, to probe how a server takes frames that break the rules: writes these
    /// frames exactly as they are (any opcode, RSV bits, mask, a lying length), bypassing the
    /// browser's rules and RFC 6455's. Refused when a frame cannot be written at all or the
    /// engine cannot write raw bytes (the Qt engine). Needs OPEN; a Close among them moves the
    /// connection to CLOSING. The engine records each frame, whole, as a frame event.
    bool sendRawFrames(const QList<RawFrame> &frames);
    /// Drops the connection without a closing handshake.
    void abort();
    /// Stops (true) or resumes reading from the peer, so TCP pushes back on it: what records
    /// the events (the journal) holds a flood here rather than queueing it without bound.
    /// Applies to the current engine only; the Qt engine cannot pause and ignores it.
    void setReadingPaused(bool paused);

    ReadyState readyState() const { return m_state; }
    qint64 bufferedAmount() const { return m_engine ? m_engine->bufferedAmount() : 0; }
    QString protocol() const { return m_protocol; }
    QString extensions() const { return m_extensions; }
    QUrl url() const { return m_request.url; }
    const ConnectionRequest &request() const { return m_request; }
    /// Wall-clock time of the open event, or 0 while not open.
    qint64 openedAtMs() const { return m_openedAtMs; }
    const Clock &clock() const { return m_clock; }
    /// The last opening handshake as the engine saw it (the wire engine sees all of it).
    const HandshakeRecord &handshake() const { return m_handshake; }
    /// Certificate errors ignored while opening (ConnectionRequest::ignoreTlsErrors), redirects
    /// included; also on the open event.
    QStringList tlsErrorsIgnored() const { return m_tlsErrorsIgnored; }

    static QString readyStateName(ReadyState state);
    static constexpr int MaxControlPayload = 125;

signals:
    void readyStateChanged(ReadyState state);
    void bufferedAmountChanged(qint64 bytes);
    void opened(const QString &protocol, const QString &extensions);
    void messageReceived(const QByteArray &payload, bool isText);
    void errorOccurred(const QString &message);
    void closed(int code, const QString &reason, bool wasClean);
    void pongReceived(qint64 rttMs, const QByteArray &payload);
    /// The opening handshake's request and response (also for a refused upgrade).
    void handshakeFinished(const HandshakeRecord &record);
    /// A frame crossed the wire (only with ConnectionRequest::reportFrames).
    void frameSeen(const FrameInfo &frame);
    /// Every event in order, outgoing messages included; what the log and journal record.
    void eventOccurred(const Event &event);

private:
    void setState(ReadyState state);
    void publish(const Event &event);
    void reportError(const QString &message);
    bool checkCanSend(const char *what);
    bool checkRoomFor(qint64 bytes);
    bool startClose(int code, const QString &reason);
    void dropEngine();

    // EngineListener
    void engineHandshakeFinished(const HandshakeRecord &record) override;
    void engineTlsErrorsIgnored(const QStringList &errors) override;
    void engineFrame(const FrameInfo &frame) override;
    void enginePongSent(const QByteArray &payload) override;
    void engineOpened(const QString &protocol, const QString &extensions) override;
    void engineMessage(const QByteArray &payload, bool isText, qint64 wireSize) override;
    void enginePing(const QByteArray &payload) override;
    void enginePong(qint64 rttMs, const QByteArray &payload) override;
    void engineClosing() override;
    void engineFailed(const QString &message) override;
    void engineClosed(int code, const QString &reason, bool wasClean) override;
    void engineBufferedAmountChanged(qint64 bytes) override;

    const Clock &m_clock;
    EngineFactory m_factory;
    std::unique_ptr<Engine> m_engine;
    ConnectionRequest m_request;
    ReadyState m_state = ReadyState::Closed;
    QString m_protocol;
    QString m_extensions;
    qint64 m_openedAtMs = 0;
    HandshakeRecord m_handshake;
    QStringList m_tlsErrorsIgnored;
    std::vector<EventSink *> m_sinks;
    QTimer m_keepAlive;
};
Q_DECLARE_METATYPE(ReadyState)
