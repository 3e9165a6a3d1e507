#pragma once

#include <functional>
#include <memory>

#include "protocol/engine.h"

class ServerEngine;

/// Serves one client by echoing every message back, as the text or binary it came as, and
/// answering its Close; used by serve's --echo, the bench and the tests. Back-pressure: while
/// more than MaxBufferedBytes wait to go out (a client that sends but never reads), it stops
/// reading from the client, so memory stays bounded.
class EchoResponder : public EngineListener
{
public:
    /// Takes the engine, makes itself its listener and starts it with request's options.
    explicit EchoResponder(std::unique_ptr<ServerEngine> engine,
                           const ConnectionRequest &request = ConnectionRequest());
    ~EchoResponder() override;

    ServerEngine *engine() const { return m_engine.get(); }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    qint64 messagesEchoed() const { return m_echoed; }
    /// Called once the client is gone (from engineClosed); it may delete this responder.
    void setOnClosed(std::function<void()> onClosed) { m_onClosed = std::move(onClosed); }

    static constexpr qint64 MaxBufferedBytes = 4 * 1024 * 1024;

    void engineOpened(const QString &, const QString &) override {}
    void engineMessage(const QByteArray &payload, bool isText, qint64 wireSize) override;
    void enginePing(const QByteArray &) override {}
    void enginePong(qint64, const QByteArray &) override {}
    void engineClosing() override {}
    void engineFailed(const QString &) override {}
    void engineClosed(int code, const QString &reason, bool wasClean) override;
    void engineBufferedAmountChanged(qint64 bytes) override;

private:
    std::unique_ptr<ServerEngine> m_engine;
    bool m_closed = false;
    int m_closeCode = 0;
    qint64 m_echoed = 0;
    std::function<void()> m_onClosed;
};
