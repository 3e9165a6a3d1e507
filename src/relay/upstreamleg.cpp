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
    : FramedLeg(RelaySide::Server, listener)
{
    ++g_live;
    setEngine(std::make_unique<WireEngine>(engineListener()));
}

UpstreamLeg::~UpstreamLeg()
{
    --g_live;
}

void UpstreamLeg::open(ConnectionRequest request)
{
    request.engine = EngineKind::Wire;
    request.autoPong = false;
    request.keepAliveMs = 0;
    m_request = request;
    openEngine(request);
}
