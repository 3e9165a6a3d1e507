#include "relay/relaycontroller.h"

#include <QTimer>

#include "connection/clock.h"
#include "protocol/server/serverengine.h"
#include "protocol/server/websocketlistener.h"
#include "relay/clientleg.h"
#include "relay/relayconversation.h"
#include "relay/relayrecorder.h"
#include "relay/upstreamleg.h"

struct RelayController::Slot
{
    int id = 0;
    QString peer;
    std::unique_ptr<RelayConversation> conversation;
    std::unique_ptr<ClientLeg> client;
    std::unique_ptr<UpstreamLeg> server;
    RelayRecorder recorder;
    QStringList upstreamErrors;
};

RelayController::RelayController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

RelayController::~RelayController()
{
    // Conversations first: their legs hold engines that call back into them.
    for (auto &[id, slot] : m_slots)
        slot->conversation->disconnect(this);
    m_slots.clear();
}

bool RelayController::start(const RelayConfig &config, QString *error)
{
    m_config = config;
    m_listener = std::make_unique<WebSocketListener>();
    connect(m_listener.get(), &WebSocketListener::clientPending, this,
            &RelayController::onClientPending);
    connect(m_listener.get(), &WebSocketListener::acceptError, this, &RelayController::problem);
    return m_listener->listen(config.listen, error);
}

void RelayController::stop(int code)
{
    if (m_listener)
        m_listener->close();
    for (auto &[id, slot] : m_slots)
        slot->conversation->closeBoth(code, QByteArray());
}

bool RelayController::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 RelayController::port() const
{
    return m_listener ? m_listener->port() : 0;
}

QUrl RelayController::url() const
{
    return m_listener ? m_listener->url() : QUrl();
}

QString RelayController::certificateFingerprint() const
{
    return m_listener ? m_listener->certificateFingerprint() : QString();
}

void RelayController::setBreakpoints(const RelayBreakpoints &breakpoints)
{
    m_config.breakpoints = breakpoints;
    for (auto &[id, slot] : m_slots)
        slot->conversation->setBreakpoints(breakpoints);
}

RelayConversation *RelayController::conversation(int id) const
{
    const auto it = m_slots.find(id);
    return it == m_slots.end() ? nullptr : it->second->conversation.get();
}

void RelayController::onClientPending()
{
    while (std::unique_ptr<ServerEngine> engine = m_listener->nextPendingClient()) {
        auto slot = std::make_unique<Slot>();
        Slot *s = slot.get();
        s->id = m_next++;
        s->peer = engine->peerName();
        s->conversation = std::make_unique<RelayConversation>(m_clock);
        RelayConversation *c = s->conversation.get();
        c->setBreakpoints(m_config.breakpoints);
        c->setBackPressure(m_config.highWaterBytes, m_config.lowWaterBytes);
        ServerEngine *raw = engine.get();
        s->client = std::make_unique<ClientLeg>(std::move(engine), c);
        s->server = std::make_unique<UpstreamLeg>(c);
        c->setLeg(RelaySide::Client, s->client.get());
        c->setLeg(RelaySide::Server, s->server.get());
        connect(c, &RelayConversation::legEvent, this,
                [this, s](RelaySide side, const Event &e) { onLegEvent(s, side, e); });
        const int id = s->id;
        connect(c, &RelayConversation::finished, this, [this, id] { onFinished(id); });
        connect(raw, &ServerEngine::requestReceived, this, [this, s] { onRequest(s); });
        m_slots.emplace(id, std::move(slot));
        emit conversationStarted(id, c, s->peer);
        ConnectionRequest options;
        options.reportFrames = m_config.upstream.reportFrames;
        options.framePayloadBytes = m_config.upstream.framePayloadBytes;
        options.handshakeTimeoutMs = m_config.upstream.handshakeTimeoutMs;
        options.closeTimeoutMs = m_config.upstream.closeTimeoutMs;
        s->client->start(options);
    }
}

void RelayController::onRequest(Slot *s)
{
    const HandshakeRecord &request = s->client->engine()->handshakeRecord();
    const ConnectionRequest upstream = RelayRequest::upstream(
        m_config.upstream, request.requestLine, request.requestHeaders, m_config.headers);
    if (!m_config.recordBase.isEmpty()) {
        ConnectionRequest clientView;
        clientView.url = url();
        clientView.url.setPath(QString());
        clientView =
            RelayRequest::upstream(clientView, request.requestLine, request.requestHeaders, {});
        QString error;
        if (!s->recorder.open(m_config.recordBase, s->id, upstream, clientView,
                              m_config.redactNames, m_clock.nowMs(), &error))
            emit problem(error);
    }
    s->server->open(upstream);
}

void RelayController::onLegEvent(Slot *s, RelaySide side, const Event &e)
{
    s->recorder.record(side, e);
    emit legEvent(s->id, side, e);
    if (side != RelaySide::Server || s->client->isAnswered())
        return;
    // The client's upgrade waits for the server's answer and gets the same one.
    switch (e.kind) {
    case EventKind::Open:
        s->client->accept(e.protocol, true);
        break;
    case EventKind::Handshake:
        if (e.handshake && e.handshake->responseSeen && e.handshake->status != 101) {
            HeaderList headers;
            for (const HeaderField &h : e.handshake->responseHeaders) {
                const QByteArray n = h.name.toLower();
                if (n != "content-length" && n != "transfer-encoding" && n != "connection")
                    headers << h;
            }
            const QList<QByteArray> line = e.handshake->statusLine.split(' ');
            s->client->refuse(e.handshake->status, line.mid(2).join(' '), headers,
                              e.handshake->body);
        }
        break;
    case EventKind::Error:
        s->upstreamErrors << QString::fromUtf8(e.payload);
        break;
    case EventKind::Close:
        s->client->refuse(502, "Bad Gateway", {{"Content-Type", "text/plain; charset=utf-8"}},
                          tr("Wsprobe's relay could not open %1: %2\n")
                              .arg(s->server->request().url.toString(),
                                   s->upstreamErrors.join(QStringLiteral(" ")))
                              .toUtf8());
        break;
    default:
        break;
    }
}

void RelayController::onFinished(int id)
{
    // Later: the legs may still be inside the engine call that ended the conversation.
    QTimer::singleShot(0, this, [this, id] {
        const auto it = m_slots.find(id);
        if (it == m_slots.end())
            return;
        it->second->recorder.finish();
        it->second->conversation->disconnect(this);
        m_slots.erase(it);
        emit conversationFinished(id);
    });
}
