#pragma once

#include <functional>
#include <memory>

#include <QAbstractSocket>
#include <QObject>

#include "protocol/connectionrequest.h"
#include "protocol/frame/rawframe.h"
#include "protocol/sendqueue.h"
#include "protocol/wiretypes.h"

/// Receives what an engine reports, by plain virtual calls rather than signals: at a million
/// messages a second, a signal emission per event costs more than the rest of the path.
class EngineListener
{
public:
    virtual ~EngineListener();
    virtual void engineHandshakeFinished(const HandshakeRecord &) {}
    /// The request said to ignore certificate errors and these were ignored, one entry each;
    /// comes before engineOpened().
    virtual void engineTlsErrorsIgnored(const QStringList &) {}
    virtual void engineOpened(const QString &protocol, const QString &extensions) = 0;
    /// wireSize: the compressed size when the message was deflated, else -1.
    virtual void engineMessage(const QByteArray &payload, bool isText, qint64 wireSize) = 0;
    virtual void enginePing(const QByteArray &payload) = 0;
    virtual void enginePong(qint64 rttMs, const QByteArray &payload) = 0;
    virtual void engineFrame(const FrameInfo &) {}
    /// The engine answered a ping by itself with this pong.
    virtual void enginePongSent(const QByteArray &) {}
    virtual void engineClosing() = 0;
    virtual void engineFailed(const QString &message) = 0;
    virtual void engineClosed(int code, const QString &reason, bool wasClean) = 0;
    virtual void engineBufferedAmountChanged(qint64 bytes) = 0;
};

/// A single connection attempt's transport. Connection drives it and keeps the browser-model
/// state; an engine only reports what happened, to its listener. Contract: after open(),
/// exactly one engineClosed() follows unless abort() is called first; engineFailed() may
/// precede it. After abort() the listener hears nothing more.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineListener *listener, QObject *parent = nullptr);
    ~Engine() override;

    virtual EngineKind kind() const = 0;
    virtual void open(const ConnectionRequest &request) = 0;
    /// Both return the payload's size on the wire when it was compressed, else -1.
    virtual qint64 sendText(const QByteArray &utf8) = 0;
    virtual qint64 sendBinary(const QByteArray &data) = 0;
    virtual void ping(const QByteArray &payload) = 0;
    virtual void close(int code, const QString &reason) = 0;
    /// Testing mode: a Close with this code (0–65535) and these reason bytes as given, whatever
    /// RFC 6455 says. The caller has checked RequestValidator::checkCloseForTesting for this
    /// engine. The default hands it to close(), which QWebSocket writes verbatim within those
    /// limits; an engine that sees frames records this one whether frames are reported or not.
    virtual void closeVerbatim(int code, const QByteArray &reason);
    /// Testing mode: writes these frames exactly as RawFrame::encode() makes them, in order,
    /// and reports each, whole, as a frame. Returns why the engine cannot (empty when written).
    /// The default refuses: only an engine that owns the socket can write arbitrary bytes.
    virtual QString sendRawFrames(const QList<RawFrame> &frames);
    /// Drops the connection at once and reports nothing more.
    virtual void abort() = 0;
    /// Application bytes queued by send() that have not yet been written to the network.
    qint64 bufferedAmount() const { return m_queue.bufferedAmount(); }
    /// bufferedAmount() then counts the bytes really held for the peer, frame overhead
    /// included (SendQueue::setCountHeldBytes): a relay's back-pressure. Set before open().
    void setBufferedCountsHeldBytes(bool held) { m_queue.setCountHeldBytes(held); }
    /// Stops (true) or resumes reading from the peer. While paused nothing is parsed or
    /// reported and the socket's bounded read buffer fills, so TCP pushes back on the peer: a
    /// relay's back-pressure. A peer that leaves meanwhile is noticed after resuming, once what
    /// it sent is read. Engines that cannot pause (QtWebSocketEngine) ignore it.
    void setReadingPaused(bool paused);
    bool readingPaused() const { return m_readingPaused; }

    /// Translated text for a socket error, given the socket's own description.
    static QString describeSocketError(QAbstractSocket::SocketError error, const QString &detail,
                                       const QUrl &url, bool handshakeDone);

protected:
    /// Null once the engine has been aborted.
    EngineListener *listener() const { return m_listener; }
    /// For engines made before their listener is known (a server's accepted clients).
    void setListener(EngineListener *listener);
    /// setReadingPaused(false) after a pause: parse what waited.
    virtual void readingResumed() {}
    /// abort(): nothing more is reported, the engine lets go of everything.
    void abandon();
    /// Reports the end exactly once, from the event loop as a browser dispatches its close
    /// event, after release() has let the engine drop what it holds.
    void scheduleFinish(int code, const QString &reason, bool wasClean);
    /// True once the end is scheduled, reported or abandoned: report nothing more.
    bool finishScheduled() const { return m_finishScheduled; }
    /// True once the end has been reported (or abandoned).
    bool finished() const { return m_finished; }
    /// Stop timers, drop the socket.
    virtual void release() = 0;
    /// A frame of wireBytes carrying appBytes of application data was handed to the socket.
    void queueWrite(qint64 wireBytes, qint64 appBytes);
    /// The socket wrote bytes to the network.
    void networkWrote(qint64 bytes);

private:
    void finish(int code, const QString &reason, bool wasClean);

    EngineListener *m_listener;
    SendQueue m_queue;
    bool m_finishScheduled = false;
    bool m_finished = false;
    bool m_readingPaused = false;
};

using EngineFactory = std::function<std::unique_ptr<Engine>(EngineKind, EngineListener *)>;

/// The production engines.
std::unique_ptr<Engine> createEngine(EngineKind kind, EngineListener *listener);
