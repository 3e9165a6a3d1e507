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
    : FramedLeg(RelaySide::Client, listener)
    , m_serverEngine(engine.get())
{
    ++g_live;
    engine->setListener(engineListener());
    setEngine(std::move(engine));
}

ClientLeg::~ClientLeg()
{
    --g_live;
}

void ClientLeg::start(const ConnectionRequest &options)
{
    m_serverEngine->setAnswerHeld(true);
    openEngine(options);
}

void ClientLeg::accept(const QString &protocol, bool deflate)
{
    if (m_answered)
        return;
    m_answered = true;
    ServerConfig policy = m_serverEngine->config();
    policy.subprotocolPolicy = protocol.isEmpty() ? ServerConfig::SubprotocolPolicy::None
                                                  : ServerConfig::SubprotocolPolicy::Preference;
    policy.subprotocols = protocol.isEmpty() ? QStringList() : QStringList{protocol};
    policy.deflateEnabled = policy.deflateEnabled && deflate;
    m_serverEngine->answer(policy);
}

void ClientLeg::refuse(int status, const QByteArray &reasonPhrase, const HeaderList &headers,
                       const QByteArray &body)
{
    if (m_answered)
        return;
    m_answered = true;
    m_refused = true;
    ServerConfig policy = m_serverEngine->config();
    policy.faults.refuse.status = status;
    policy.faults.refuse.reasonPhrase = reasonPhrase;
    policy.faults.refuse.headers = headers;
    policy.faults.refuse.body = body;
    m_serverEngine->answer(policy);
}

bool ClientLeg::abort()
{
    // A refusal is on its way out: the engine ends the connection once it is written.
    if (m_refused && !isDone())
        return false;
    return FramedLeg::abort();
}
