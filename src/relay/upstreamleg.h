#pragma once

#include "relay/framedleg.h"

/// The relay's leg to the real server: Wsprobe's own client engine with every client option
/// (TLS, proxy, headers, subprotocols). Server pings are not answered by the engine but
/// passed to the client, whose pong comes back through sendPong().
class UpstreamLeg final : public FramedLeg
{
public:
    explicit UpstreamLeg(RelayLegListener *listener);
    ~UpstreamLeg() override;
    /// Legs alive in this process (each holds an engine and its socket).
    static int liveInstances();

    /// autoPong is turned off whatever the request says: the client answers.
    void open(ConnectionRequest request);
    const ConnectionRequest &request() const { return m_request; }

private:
    ConnectionRequest m_request;
};
