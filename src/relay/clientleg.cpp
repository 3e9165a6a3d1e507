#include "relay/clientleg.h"

#include <atomic>

#include "protocol/server/serverengine.h"

namespace {
std::atomic<int> g_live{0};
} // namespace

int ClientLeg::liveInstances()
{
    return g_live;
}

ClientLeg::ClientLeg(std::unique_ptr<ServerEngine> engine, RelayLegListener *listener)
    : m_engine(std::move(engine))
    , m_listener(listener)
{
    ++g_live;
    m_engine->setListener(static_cast<EngineListener *>(this));
}

ClientLeg::~ClientLeg()
{
    --g_live;
    if (!m_done)
        m_engine->abort();
}

void ClientLeg::start(const ConnectionRequest &options)
{
    ConnectionRequest r = options;
    r.autoPong = false; // the server answers the client's pings, through the relay
    m_showFrames = r.reportFrames;
    r.reportFrames = true;
    if (!m_showFrames)
        r.framePayloadBytes = 0;
    m_engine->setAnswerHeld(true);
    m_engine->setCloseAnswerHeld(true);         // the server answers the client's Close, and back
    m_engine->setBufferedCountsHeldBytes(true); // empty messages weigh in back-pressure too
    m_engine->open(r);
}

void ClientLeg::accept(const QString &protocol, bool deflate)
{
    if (m_answered)
        return;
    m_answered = true;
    ServerConfig policy = m_engine->config();
    policy.subprotocolPolicy = protocol.isEmpty() ? ServerConfig::SubprotocolPolicy::None
                                                  : ServerConfig::SubprotocolPolicy::Preference;
    policy.subprotocols = protocol.isEmpty() ? QStringList() : QStringList{protocol};
    policy.deflateEnabled = policy.deflateEnabled && deflate;
    m_engine->answer(policy);
}

void ClientLeg::refuse(int status, const QByteArray &reasonPhrase, const HeaderList &headers,
                       const QByteArray &body)
{
    if (m_answered)
        return;
    m_answered = true;
    m_refused = true;
    ServerConfig policy = m_engine->config();
    policy.faults.refuse.status = status;
    policy.faults.refuse.reasonPhrase = reasonPhrase;
    policy.faults.refuse.headers = headers;
    policy.faults.refuse.body = body;
    m_engine->answer(policy);
}

qint64 ClientLeg::sendMessage(const QByteArray &payload, bool isText)
{
    return isText ? m_engine->sendText(payload) : m_engine->sendBinary(payload);
}

RelayLeg::FramesResult ClientLeg::sendFragments(const QByteArray &payload,
                                                const RelayFragments &fragments)
{
    if (m_deflate)
        return FramesResult::NotKept;
    const QList<RawFrame> frames = RelayFrameShapes::rawFrames(payload, fragments, false);
    if (frames.isEmpty())
        return FramesResult::NotKept;
    // All frames are checked before any is written: a message is never cut short by a bad one.
    if (const QString problem = m_engine->sendRawFrames(frames); !problem.isEmpty())
        return failWrite(problem);
    return FramesResult::Sent;
}

RelayLeg::FramesResult ClientLeg::failWrite(const QString &problem)
{
    if (m_done)
        return FramesResult::Failed;
    m_done = true;
    m_listener->legError(RelaySide::Client,
                         tr("The message could not be passed on in its frames: %1").arg(problem));
    m_engine->abort();
    // Not from inside the conversation's write: it hears the end as it would from the engine.
    // The engine is the context: if the leg goes first, so does this call.
    QMetaObject::invokeMethod(
        m_engine.get(),
        [this] { m_listener->legClosed(RelaySide::Client, 1006, QByteArray(), false); },
        Qt::QueuedConnection);
    return FramesResult::Failed;
}

void ClientLeg::sendPing(const QByteArray &payload)
{
    m_engine->ping(payload);
}

void ClientLeg::sendPong(const QByteArray &payload)
{
    m_engine->pong(payload);
}

void ClientLeg::close(int code, const QByteArray &reason)
{
    // A Close without a status code is reported as 1005 and passed on as one without.
    if (code == 1005)
        m_engine->close(-1, QString());
    else
        m_engine->close(code, QString::fromUtf8(reason));
}

bool ClientLeg::abort()
{
    // A refusal is on its way out: the engine ends the connection once it is written.
    if (m_refused && !m_done)
        return false;
    m_done = true;
    m_engine->flushWritten(); // what was passed on before the drop goes first
    m_engine->abort();
    return true;
}

qint64 ClientLeg::bufferedAmount() const
{
    return m_engine->bufferedAmount();
}

void ClientLeg::setReadingPaused(bool paused)
{
    m_engine->setReadingPaused(paused);
}

void ClientLeg::engineHandshakeFinished(const HandshakeRecord &record)
{
    m_listener->legHandshake(RelaySide::Client, record);
}

void ClientLeg::engineOpened(const QString &protocol, const QString &extensions)
{
    m_deflate = extensions.contains(QLatin1String("permessage-deflate"));
    m_listener->legOpened(RelaySide::Client, protocol, extensions);
}

void ClientLeg::engineMessage(const QByteArray &payload, bool isText, qint64 wireSize)
{
    m_listener->legMessage(RelaySide::Client, payload, isText, wireSize, m_shapes.take());
}

void ClientLeg::enginePing(const QByteArray &payload)
{
    m_listener->legPing(RelaySide::Client, payload);
}

void ClientLeg::enginePong(qint64, const QByteArray &payload)
{
    m_listener->legPong(RelaySide::Client, payload);
}

void ClientLeg::engineFrame(const FrameInfo &frame)
{
    m_shapes.arrived(frame);
    if (m_showFrames)
        m_listener->legFrame(RelaySide::Client, frame);
}

void ClientLeg::engineClosing()
{
    // The engine holds the peer's Close: the other peer's answer is this one's (close()).
    if (m_engine->closeReceived())
        m_listener->legCloseReceived(RelaySide::Client, m_engine->receivedCloseCode(),
                                     m_engine->receivedCloseReason());
}

void ClientLeg::engineFailed(const QString &message)
{
    m_listener->legError(RelaySide::Client, message);
}

void ClientLeg::engineClosed(int code, const QString &reason, bool wasClean)
{
    m_done = true;
    m_listener->legClosed(RelaySide::Client, code, reason.toUtf8(), wasClean);
}

void ClientLeg::engineBufferedAmountChanged(qint64 bytes)
{
    m_listener->legBufferedAmountChanged(RelaySide::Client, bytes);
}
