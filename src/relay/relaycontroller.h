#pragma once

#include <map>
#include <memory>

#include <QObject>
#include <QUrl>

#include "connection/event.h"
#include "protocol/server/serverconfig.h"
#include "relay/relaybreakpoint.h"
#include "relay/relayleg.h"
#include "relay/relayrequest.h"

class Clock;
class RelayConversation;
class WebSocketListener;

/// What a relay is told: where to listen and the client leg's policy, the upstream URL with
/// every client option, how headers change on the way, breakpoints, and where to record.
struct RelayConfig
{
    /// A relay passes on what its peers send: the frame limit is the message limit.
    RelayConfig() { listen.maxFrameSize = upstream.maxFrameSize = upstream.maxMessageSize; }

    /// Address, port, TLS (wss://), whether the client leg accepts deflate, its limits.
    ServerConfig listen;
    /// The upstream URL and client options (TLS, proxy, deflate, limits, frames).
    ConnectionRequest upstream;
    RelayHeaderRules headers;
    RelayBreakpoints breakpoints;
    qint64 highWaterBytes = 4 * 1024 * 1024;
    qint64 lowWaterBytes = 1024 * 1024;
    /// Non-empty: journal each conversation as two sessions (RelayRecorder::pathFor).
    QString recordBase;
    QStringList redactNames;
};

/// Listens for real clients and connects each to the upstream server through its own
/// RelayConversation: the client's upgrade waits until the upstream has answered, then gets
/// the subprotocol the server chose, or the server's refusal (502 when there was no answer).
/// Conversations are numbered from 1 and forgotten once both legs are closed.
class RelayController : public QObject
{
    Q_OBJECT
public:
    explicit RelayController(const Clock &clock, QObject *parent = nullptr);
    ~RelayController() override;

    bool start(const RelayConfig &config, QString *error);
    /// Stops listening and closes every conversation's legs with this code.
    void stop(int code = 1001);
    bool isListening() const;
    quint16 port() const;
    QUrl url() const;
    /// wss: the certificate's SHA-256 fingerprint, as browsers show it.
    QString certificateFingerprint() const;
    const RelayConfig &config() const { return m_config; }

    /// Applies to the live conversations and later ones.
    void setBreakpoints(const RelayBreakpoints &breakpoints);
    RelayConversation *conversation(int id) const;
    int liveCount() const { return int(m_slots.size()); }
    int startedCount() const { return m_next - 1; }

signals:
    /// A client connected; the conversation lives until conversationFinished(id).
    void conversationStarted(int id, RelayConversation *conversation, const QString &peer);
    /// Every leg event of every conversation, for printers and logs.
    void legEvent(int id, RelaySide side, const Event &event);
    void conversationFinished(int id);
    /// Something went wrong outside any conversation (accepting, recording).
    void problem(const QString &message);

private:
    struct Slot;
    void onClientPending();
    void onRequest(Slot *slot);
    void onLegEvent(Slot *slot, RelaySide side, const Event &event);
    void onFinished(int id);

    const Clock &m_clock;
    RelayConfig m_config;
    std::unique_ptr<WebSocketListener> m_listener;
    std::map<int, std::unique_ptr<Slot>> m_slots;
    int m_next = 1;
};
