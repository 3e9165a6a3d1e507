#include "relay/upstreamleg.h"

#include <atomic>

#include "protocol/client/wireengine.h"

namespace {
std::atomic<int> g_live{0};
} // namespace

int UpstreamLeg::liveInstances()
{
    return g_live;
}

UpstreamLeg::UpstreamLeg(RelayLegListener *listener)
    : m_listener(listener)
    , m_engine(std::make_unique<WireEngine>(static_cast<EngineListener *>(this)))
{
    ++g_live;
}

UpstreamLeg::~UpstreamLeg()
{
    --g_live;
    if (m_engine && !m_done)
        m_engine->abort();
}

void UpstreamLeg::open(ConnectionRequest request)
{
    request.engine = EngineKind::Wire;
    request.autoPong = false;
    request.keepAliveMs = 0;
    m_request = request;
    m_showFrames = request.reportFrames;
    ConnectionRequest wire = request;
    wire.reportFrames = true;
    if (!m_showFrames)
        wire.framePayloadBytes = 0;
    m_engine->setCloseAnswerHeld(true);         // the client answers the server's Close, and back
    m_engine->setBufferedCountsHeldBytes(true); // empty messages weigh in back-pressure too
    m_engine->open(wire);
}

qint64 UpstreamLeg::sendMessage(const QByteArray &payload, bool isText)
{
    return isText ? m_engine->sendText(payload) : m_engine->sendBinary(payload);
}

RelayLeg::FramesResult UpstreamLeg::sendFragments(const QByteArray &payload,
                                                  const RelayFragments &fragments)
{
    if (m_deflate)
        return FramesResult::NotKept;
    const QList<RawFrame> frames = RelayFrameShapes::rawFrames(payload, fragments, true);
    if (frames.isEmpty())
        return FramesResult::NotKept;
    // All frames are checked before any is written: a message is never cut short by a bad one.
    if (const QString problem = m_engine->sendRawFrames(frames); !problem.isEmpty())
        return failWrite(problem);
    return FramesResult::Sent;
}

RelayLeg::FramesResult UpstreamLeg::failWrite(const QString &problem)
{
    if (m_done)
        return FramesResult::Failed;
    m_done = true;
    m_listener->legError(RelaySide::Server,
                         tr("The message could not be passed on in its frames: %1").arg(problem));
    m_engine->abort();
    // Not from inside the conversation's write: it hears the end as it would from the engine.
    // The engine is the context: if the leg goes first, so does this call.
    QMetaObject::invokeMethod(
        m_engine.get(),
        [this] { m_listener->legClosed(RelaySide::Server, 1006, QByteArray(), false); },
        Qt::QueuedConnection);
    return FramesResult::Failed;
}

void UpstreamLeg::sendPing(const QByteArray &payload)
{
    m_engine->ping(payload);
}

void UpstreamLeg::sendPong(const QByteArray &payload)
{
    m_engine->pong(payload);
}

void UpstreamLeg::close(int code, const QByteArray &reason)
{
    // 1005 is what a Close without a status code is called; it is never written as a code.
    if (code == 1005)
        m_engine->close(WireEngine::NoStatusCode, QString());
    else
        m_engine->close(code, QString::fromUtf8(reason));
}

bool UpstreamLeg::abort()
{
    m_done = true;
    m_engine->flushWritten(); // what was passed on before the drop goes first
    m_engine->abort();
    return true;
}

qint64 UpstreamLeg::bufferedAmount() const
{
    return m_engine->bufferedAmount();
}

void UpstreamLeg::setReadingPaused(bool paused)
{
    m_engine->setReadingPaused(paused);
}

void UpstreamLeg::engineHandshakeFinished(const HandshakeRecord &record)
{
    m_listener->legHandshake(RelaySide::Server, record);
}

void UpstreamLeg::engineOpened(const QString &protocol, const QString &extensions)
{
    m_deflate = extensions.contains(QLatin1String("permessage-deflate"));
    m_listener->legOpened(RelaySide::Server, protocol, extensions);
}

void UpstreamLeg::engineMessage(const QByteArray &payload, bool isText, qint64 wireSize)
{
    m_listener->legMessage(RelaySide::Server, payload, isText, wireSize, m_shapes.take());
}

void UpstreamLeg::enginePing(const QByteArray &payload)
{
    m_listener->legPing(RelaySide::Server, payload);
}

void UpstreamLeg::enginePong(qint64, const QByteArray &payload)
{
    m_listener->legPong(RelaySide::Server, payload);
}

void UpstreamLeg::engineFrame(const FrameInfo &frame)
{
    m_shapes.arrived(frame);
    if (m_showFrames)
        m_listener->legFrame(RelaySide::Server, frame);
}

void UpstreamLeg::engineClosing()
{
    // The engine holds the peer's Close: the other peer's answer is this one's (close()).
    if (m_engine->closeReceived())
        m_listener->legCloseReceived(RelaySide::Server, m_engine->receivedCloseCode(),
                                     m_engine->receivedCloseReason());
}

void UpstreamLeg::engineFailed(const QString &message)
{
    m_listener->legError(RelaySide::Server, message);
}

void UpstreamLeg::engineClosed(int code, const QString &reason, bool wasClean)
{
    m_done = true;
    m_listener->legClosed(RelaySide::Server, code, reason.toUtf8(), wasClean);
}

void UpstreamLeg::engineBufferedAmountChanged(qint64 bytes)
{
    m_listener->legBufferedAmountChanged(RelaySide::Server, bytes);
}
