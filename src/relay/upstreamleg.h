#pragma once

#include <memory>

#include <QCoreApplication>

#include "protocol/engine.h"
#include "relay/relayframes.h"
#include "relay/relayleg.h"

class WireEngine;

/// The relay's leg to the real server: Wsprobe's own client engine with every client option
/// (TLS, proxy, headers, subprotocols). Server pings are not answered by the engine but
/// passed to the client, whose pong comes back through sendPong().
class UpstreamLeg final : public RelayLeg, private EngineListener
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamLeg)

public:
    explicit UpstreamLeg(RelayLegListener *listener);
    ~UpstreamLeg() override;
    /// Legs alive in this process (each holds an engine and its socket).
    static int liveInstances();

    /// autoPong is turned off whatever the request says: the client answers.
    void open(ConnectionRequest request);
    const ConnectionRequest &request() const { return m_request; }

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

    RelayLegListener *m_listener;
    ConnectionRequest m_request;
    std::unique_ptr<WireEngine> m_engine;
    bool m_done = false;
    /// The engine reports frames always (a message's shape); the user sees them only when
    /// asked for.
    bool m_showFrames = false;
    bool m_deflate = false; ///< permessage-deflate was agreed on this leg
    RelayFrameShapes m_shapes;
};
