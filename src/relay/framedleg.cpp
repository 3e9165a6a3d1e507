#include "relay/framedleg.h"

#include "protocol/frame/framedengine.h"

FramedLeg::FramedLeg(RelaySide side, RelayLegListener *listener)
    : m_side(side)
    , m_listener(listener)
{
}

FramedLeg::~FramedLeg()
{
    if (m_engine && !m_done)
        m_engine->abort();
}

void FramedLeg::setEngine(std::unique_ptr<FramedEngine> engine)
{
    m_engine = std::move(engine);
}

void FramedLeg::openEngine(ConnectionRequest request)
{
    request.autoPong = false; // the other peer answers pings, through the relay
    m_showFrames = request.reportFrames;
    request.reportFrames = true;
    if (!m_showFrames)
        request.framePayloadBytes = 0;
    m_engine->setCloseAnswerHeld(true);         // the other peer answers this one's Close, and back
    m_engine->setBufferedCountsHeldBytes(true); // empty messages weigh in back-pressure too
    m_engine->open(request);
}

qint64 FramedLeg::sendMessage(const QByteArray &payload, bool isText)
{
    return isText ? m_engine->sendText(payload) : m_engine->sendBinary(payload);
}

RelayLeg::FramesResult FramedLeg::sendFragments(const QByteArray &payload,
                                                const RelayFragments &fragments)
{
    if (m_deflate)
        return FramesResult::NotKept;
    // Frames to the server are masked, as a client's must be; those to the client are not.
    const QList<RawFrame> frames =
        RelayFrameShapes::rawFrames(payload, fragments, m_side == RelaySide::Server);
    if (frames.isEmpty())
        return FramesResult::NotKept;
    // All frames are checked before any is written: a message is never cut short by a bad one.
    if (const QString problem = m_engine->sendRawFrames(frames); !problem.isEmpty())
        return failWrite(problem);
    return FramesResult::Sent;
}

RelayLeg::FramesResult FramedLeg::failWrite(const QString &problem)
{
    if (m_done)
        return FramesResult::Failed;
    m_done = true;
    m_listener->legError(m_side,
                         tr("The message could not be passed on in its frames: %1").arg(problem));
    m_engine->abort();
    // Not from inside the conversation's write: it hears the end as it would from the engine.
    // The engine is the context: if the leg goes first, so does this call.
    QMetaObject::invokeMethod(
        m_engine.get(), [this] { m_listener->legClosed(m_side, 1006, QByteArray(), false); },
        Qt::QueuedConnection);
    return FramesResult::Failed;
}

void FramedLeg::sendPing(const QByteArray &payload)
{
    m_engine->ping(payload);
}

void FramedLeg::sendPong(const QByteArray &payload)
{
    m_engine->pong(payload);
}

void FramedLeg::close(int code, const QByteArray &reason)
{
    // 1005 is what a Close without a status code is called; it is never written as a code.
    if (code == 1005)
        m_engine->close(FramedEngine::NoStatusCode, QString());
    else
        m_engine->close(code, QString::fromUtf8(reason));
}

bool FramedLeg::abort()
{
    m_done = true;
    m_engine->flushWritten(); // what was passed on before the drop goes first
    m_engine->abort();
    return true;
}

qint64 FramedLeg::bufferedAmount() const
{
    return m_engine->bufferedAmount();
}

void FramedLeg::setReadingPaused(bool paused)
{
    m_engine->setReadingPaused(paused);
}

void FramedLeg::engineHandshakeFinished(const HandshakeRecord &record)
{
    m_listener->legHandshake(m_side, record);
}

void FramedLeg::engineOpened(const QString &protocol, const QString &extensions)
{
    m_deflate = extensions.contains(QLatin1String("permessage-deflate"));
    m_listener->legOpened(m_side, protocol, extensions);
}

void FramedLeg::engineMessage(const QByteArray &payload, bool isText, qint64 wireSize)
{
    m_listener->legMessage(m_side, payload, isText, wireSize, m_shapes.take());
}

void FramedLeg::enginePing(const QByteArray &payload)
{
    m_listener->legPing(m_side, payload);
}

void FramedLeg::enginePong(qint64, const QByteArray &payload)
{
    m_listener->legPong(m_side, payload);
}

void FramedLeg::engineFrame(const FrameInfo &frame)
{
    m_shapes.arrived(frame);
    if (m_showFrames)
        m_listener->legFrame(m_side, frame);
}

void FramedLeg::engineClosing()
{
    // The engine holds the peer's Close: the other peer's answer is this one's (close()).
    if (m_engine->closeReceived())
        m_listener->legCloseReceived(m_side, m_engine->receivedCloseCode(),
                                     m_engine->receivedCloseReason());
}

void FramedLeg::engineFailed(const QString &message)
{
    m_listener->legError(m_side, message);
}

void FramedLeg::engineClosed(int code, const QString &reason, bool wasClean)
{
    m_done = true;
    m_listener->legClosed(m_side, code, reason.toUtf8(), wasClean);
}

void FramedLeg::engineBufferedAmountChanged(qint64 bytes)
{
    m_listener->legBufferedAmountChanged(m_side, bytes);
}
