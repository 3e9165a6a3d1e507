#pragma once

#include "connectionrequest.h"
#include "event.h"
#include "wiretypes.h"

#include <QAbstractSocket>
#include <QObject>

#include <functional>
#include <memory>

/// Receives what an engine reports, by plain virtual calls rather than signals: at a million
/// messages a second, a signal emission per event costs more than the rest of the path.
class EngineListener
{
public:
    virtual ~EngineListener();
    virtual void engineHandshakeFinished(const HandshakeRecord &) {}
    virtual void engineOpened(const QString &protocol, const QString &extensions) = 0;
    /// wireSize: the compressed size when the message was deflated, else -1.
    virtual void engineMessage(const QByteArray &payload, bool isText, qint64 wireSize) = 0;
    virtual void enginePing(const QByteArray &payload) = 0;
    virtual void enginePong(qint64 rttMs, const QByteArray &payload) = 0;
    virtual void engineFrame(const FrameInfo &) {}
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
    virtual qint64 sendText(const QString &text) = 0;
    virtual qint64 sendBinary(const QByteArray &data) = 0;
    virtual void ping(const QByteArray &payload) = 0;
    virtual void close(int code, const QString &reason) = 0;
    /// Drops the connection at once and reports nothing more.
    virtual void abort() = 0;
    /// Application bytes queued by send() that have not yet been written to the network.
    virtual qint64 bufferedAmount() const = 0;

    /// Translated text for a socket error, given the socket's own description.
    static QString describeSocketError(QAbstractSocket::SocketError error, const QString &detail,
                                       const QUrl &url, bool handshakeDone);

protected:
    /// Null once the engine has been aborted.
    EngineListener *listener() const { return m_listener; }
    void detachListener() { m_listener = nullptr; }

private:
    EngineListener *m_listener;
};

using EngineFactory = std::function<std::unique_ptr<Engine>(EngineKind, EngineListener *)>;

/// The production engines.
std::unique_ptr<Engine> createEngine(EngineKind kind, EngineListener *listener);
