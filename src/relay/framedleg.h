#pragma once

#include <memory>

#include <QCoreApplication>

#include "protocol/engine.h"
#include "relay/relayframes.h"
#include "relay/relayleg.h"

class FramedEngine;

/// What the relay's two legs share over their FramedEngine: messages sent whole or in the
/// frames they came in, pings and pongs passed on rather than answered, the peer's Close held
/// for the other peer's answer, back-pressure, and the engine's reports handed to the
/// conversation as this leg's side. ClientLeg and UpstreamLeg add how their engine is made
/// and opened.
class FramedLeg : public RelayLeg, private EngineListener
{
    Q_DECLARE_TR_FUNCTIONS(FramedLeg)

public:
    ~FramedLeg() override;

    qint64 sendMessage(const QByteArray &payload, bool isText) override;
    FramesResult sendFragments(const QByteArray &payload, const RelayFragments &fragments) override;
    void sendPing(const QByteArray &payload) override;
    void sendPong(const QByteArray &payload) override;
    void close(int code, const QByteArray &reason) override;
    bool abort() override;
    qint64 bufferedAmount() const override;
    void setReadingPaused(bool paused) override;

protected:
    FramedLeg(RelaySide side, RelayLegListener *listener);
    /// The listener the engine reports to (this leg).
    EngineListener *engineListener() { return this; }
    /// Takes the engine, which reports to engineListener().
    void setEngine(std::unique_ptr<FramedEngine> engine);
    FramedEngine *framedEngine() const { return m_engine.get(); }
    /// Opens the engine as a relay needs it: pings and Closes left to the other peer to
    /// answer, every frame reported (a message's shape; the user sees them only when the
    /// request asks), empty messages counted in back-pressure.
    void openEngine(ConnectionRequest request);
    /// The leg has finished (closed, aborted or failed): the engine reports nothing more.
    bool isDone() const { return m_done; }

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

    const RelaySide m_side;
    RelayLegListener *m_listener;
    std::unique_ptr<FramedEngine> m_engine;
    bool m_done = false;
    bool m_showFrames = false;
    bool m_deflate = false; ///< permessage-deflate was agreed on this leg
    RelayFrameShapes m_shapes;
};
