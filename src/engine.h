#pragma once

#include "connectionrequest.h"
#include "event.h"

#include <QObject>

#include <functional>
#include <memory>

/// The opening handshake as far as an engine can see it. The Qt engine only knows what it
/// sent; a wire-level engine fills in the response line, headers (in order, duplicates kept)
/// and the body of a refused upgrade.
struct HandshakeRecord
{
    QByteArray requestLine;
    HeaderList requestHeaders;
    int status = 0;
    QByteArray statusLine;
    HeaderList responseHeaders;
    QByteArray body;
    bool responseSeen = false;
};

/// One frame as it crossed the wire, for engines that see frames.
struct FrameInfo
{
    Direction direction = Direction::None;
    quint8 opcode = 0;
    bool fin = true;
    quint8 rsv = 0;
    bool masked = false;
    quint64 payloadLength = 0;
    bool compressed = false;
};

enum class EngineKind { QtWebSockets };

/// A single connection attempt's transport. Connection drives it and keeps the browser-model
/// state; an engine only reports what happened. Contract: after open(), exactly one closed()
/// follows, unless abort() is called first; failed() may precede closed().
class Engine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Engine() override;

    virtual EngineKind kind() const = 0;
    virtual void open(const ConnectionRequest &request) = 0;
    virtual void sendText(const QString &text) = 0;
    virtual void sendBinary(const QByteArray &data) = 0;
    virtual void ping(const QByteArray &payload) = 0;
    virtual void close(int code, const QString &reason) = 0;
    /// Drops the connection at once and emits nothing more.
    virtual void abort() = 0;
    /// Application bytes queued by send() that have not yet been written to the network.
    virtual qint64 bufferedAmount() const = 0;

signals:
    void handshakeFinished(const HandshakeRecord &record);
    void opened(const QString &protocol, const QString &extensions);
    void messageReceived(const QByteArray &payload, bool isText);
    void pingReceived(const QByteArray &payload);
    void pongReceived(qint64 rttMs, const QByteArray &payload);
    void frameSeen(const FrameInfo &frame);
    void closingStarted();
    void failed(const QString &message);
    void closed(int code, const QString &reason, bool wasClean);
    void bufferedAmountChanged(qint64 bytes);
};

using EngineFactory = std::function<std::unique_ptr<Engine>(EngineKind)>;

/// The production engines.
std::unique_ptr<Engine> createEngine(EngineKind kind);
