#pragma once

#include <memory>

#include <QCoreApplication>

#include "protocol/engine.h"
#include "relay/relayframes.h"
#include "relay/relayleg.h"

class ServerEngine;

/// The relay's leg to the real client: the server-side engine of a client the listener
/// accepted. Its upgrade is answered only once the upstream has answered (answer()), so the
/// client gets the subprotocol the server chose, or the server's own refusal. Pings are not
/// answered by the engine but passed upstream, and the server's pong comes back.
class ClientLeg final : public RelayLeg, private EngineListener
{
    Q_DECLARE_TR_FUNCTIONS(ClientLeg)

public:
    ClientLeg(std::unique_ptr<ServerEngine> engine, RelayLegListener *listener);
    ~ClientLeg() override;
    /// Legs alive in this process (each holds an engine and its socket).
    static int liveInstances();

    ServerEngine *engine() const { return m_engine.get(); }
    /// Starts reading the client's request; it is held until answer() or refuse().
    void start(const ConnectionRequest &options);
    /// Answers the held upgrade with a 101 naming this subprotocol (empty: none).
    void accept(const QString &protocol, bool deflate);
    /// Answers the held upgrade with this status, headers and body.
    void refuse(int status, const QByteArray &reasonPhrase, const HeaderList &headers,
                const QByteArray &body);
    bool isAnswered() const { return m_answered; }

    qint64 sendMessage(const QByteArray &payload, bool isText) override;
    FramesResult sendFragments(const QByteArray &payload, const RelayFragments &fragments) override;
    void sendPing(const QByteArray &payload) override;
    void sendPong(const QByteArray &payload) override;
    void close(int code, const QByteArray &reason) override;
    bool abort() override;
    qint64 bufferedAmount() const override;
    void setReadingPaused(bool paused) override;

private:
    void engineHandshakeFinished(const HandshakeRecord &record) override;
    void engineOpened(const QString &protocol, const QString &extensions) override;
    void engineMessage(const QByteArray &payload, bool isText, qint64 wireSize) override;
    void enginePing(const QByteArray &payload) override;
    void enginePong(qint64 rttMs, const QByteArray &payload) override;
    void engineFrame(const FrameInfo &frame) override;
    void engineClosing() override;
    void engineFailed(const QString &message) override;
    void engineClosed(int code, const QString &reason, bool wasClean) override;
    void engineBufferedAmountChanged(qint64 bytes) override;
    /// A write the connection could not take: says so, drops the connection and reports the
    /// leg closed (1006) from the event loop, so the other leg ends the same way.
    FramesResult failWrite(const QString &problem);

    std::unique_ptr<ServerEngine> m_engine;
    RelayLegListener *m_listener;
    bool m_answered = false;
    bool m_refused = false;
    bool m_done = false;
    /// The engine reports frames always (a message's shape); the user sees them only when
    /// asked for.
    bool m_showFrames = false;
    bool m_deflate = false; ///< permessage-deflate was agreed on this leg
    RelayFrameShapes m_shapes;
};
