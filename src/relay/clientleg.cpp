#include "relay/clientleg.h"

#include "protocol/server/serverengine.h"

ClientLeg::ClientLeg(std::unique_ptr<ServerEngine> engine, RelayLegListener *listener)
    : m_engine(std::move(engine))
    , m_listener(listener)
{
    m_engine->setListener(static_cast<EngineListener *>(this));
}

ClientLeg::~ClientLeg()
{
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

bool ClientLeg::sendFragments(const QByteArray &payload, const RelayFragments &fragments)
{
    if (m_deflate)
        return false;
    const QList<RawFrame> frames = RelayFrameShapes::rawFrames(payload, fragments, false);
    for (const RawFrame &frame : frames)
        m_engine->writeRawFrame(frame);
    return !frames.isEmpty();
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
