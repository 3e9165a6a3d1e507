#pragma once

#include <memory>

#include "relay/framedleg.h"

class ServerEngine;

/// The relay's leg to the real client: the server-side engine of a client the listener
/// accepted. Its upgrade is answered only once the upstream has answered (answer()), so the
/// client gets the subprotocol the server chose, or the server's own refusal. Pings are not
/// answered by the engine but passed upstream, and the server's pong comes back.
class ClientLeg final : public FramedLeg
{
public:
    ClientLeg(std::unique_ptr<ServerEngine> engine, RelayLegListener *listener);
    ~ClientLeg() override;
    /// Legs alive in this process (each holds an engine and its socket).
    static int liveInstances();

    ServerEngine *engine() const { return m_serverEngine; }
    /// Starts reading the client's request; it is held until answer() or refuse().
    void start(const ConnectionRequest &options);
    /// Answers the held upgrade with a 101 naming this subprotocol (empty: none).
    void accept(const QString &protocol, bool deflate);
    /// Answers the held upgrade with this status, headers and body.
    void refuse(int status, const QByteArray &reasonPhrase, const HeaderList &headers,
                const QByteArray &body);
    bool isAnswered() const { return m_answered; }

    bool abort() override;

private:
    ServerEngine *m_serverEngine; ///< the leg's engine (FramedLeg holds it)
    bool m_answered = false;
    bool m_refused = false;
};
