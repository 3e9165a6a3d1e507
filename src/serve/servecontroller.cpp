#include "serve/servecontroller.h"

#include <algorithm>

#include <QFileInfo>

#include "connection/clock.h"
#include "log/eventlog.h"
#include "protocol/server/serverengine.h"
#include "protocol/server/websocketlistener.h"
#include "session/journal.h"

struct ServeController::Client
{
    ServeClientInfo info;
    std::unique_ptr<Connection> connection;
    ServerEngine *engine = nullptr; ///< owned by connection; null once it is gone
    std::unique_ptr<EventLog> log;
    std::unique_ptr<Journal> journal;
    bool journalTried = false;
};

ServeController::ServeController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_listener(std::make_unique<WebSocketListener>())
    , m_variables(clock)
    , m_responder(&m_variables)
{
    m_options.closeTimeoutMs = 3000;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServeController::schedulePoll);
    m_changeTimer.setInterval(100);
    m_changeTimer.setSingleShot(true);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        const std::set<int> changed = std::exchange(m_changed, {});
        for (int id : changed)
            emit clientChanged(id);
    });
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        for (auto &[id, c] : m_clients) {
            if (c->engine && c->info.state != ReadyState::Closed)
                c->engine->dropConnection();
        }
        finishStop();
    });
    connect(m_listener.get(), &WebSocketListener::clientPending, this, &ServeController::take);
    connect(m_listener.get(), &WebSocketListener::acceptError, this, &ServeController::problem);
    connect(&m_repeat, &ServeRepeat::changed, this, &ServeController::repeatChanged);
}

ServeController::~ServeController()
{
    for (auto &[id, c] : m_clients) {
        if (c->journal)
            c->journal->finish();
        if (c->connection)
            c->connection->abort();
    }
}

bool ServeController::listen(const ServerConfig &config, QString *error)
{
    if (!m_listener->listen(config, error))
        return false;
    m_stopping = false;
    m_responder.start(m_clock.nowMs());
    schedulePoll();
    return true;
}

bool ServeController::isListening() const
{
    return m_listener->isListening();
}

quint16 ServeController::port() const
{
    return m_listener->port();
}

QUrl ServeController::url(const QString &path) const
{
    return m_listener->url(path);
}

QString ServeController::certificateFingerprint() const
{
    return m_listener->config().tls ? m_listener->certificateFingerprint() : QString();
}

void ServeController::setServerFaults(const ServerFaults &faults)
{
    ServerConfig policy = m_listener->config();
    policy.faults = faults;
    m_listener->setPolicy(policy);
}

void ServeController::setRules(const ServeRules &rules)
{
    m_responder.setRules(rules);
    schedulePoll();
}

void ServeController::setRecording(std::shared_ptr<const ServeRecording> recording, double speed)
{
    m_responder.setRecording(std::move(recording), speed);
}

QString ServeController::numberedPath(const QString &path, int n)
{
    if (n <= 1)
        return path;
    const QFileInfo info(path);
    QString name = info.fileName();
    // The suffix a session has is two words long; keep it whole.
    qsizetype dot = name.endsWith(QLatin1String(".wsprobe.jsonl"))
                        ? name.size() - qsizetype(sizeof(".wsprobe.jsonl") - 1)
                        : name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        dot = name.size();
    name.insert(dot, QLatin1Char('-') + QString::number(n));
    return info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
               ? name
               : info.path() + QLatin1Char('/') + name;
}

void ServeController::take()
{
    while (std::unique_ptr<ServerEngine> engine = m_listener->nextPendingClient()) {
        if (m_stopping) {
            engine->abort();
            continue;
        }
        auto client = std::make_unique<Client>();
        client->info.id = m_nextId++;
        client->info.address = engine->peerName();
        client->info.connectedAtMs = m_clock.nowMs();
        client->engine = engine.get();
        client->connection = std::make_unique<Connection>(m_clock);
        if (m_keepLogs) {
            client->log = std::make_unique<EventLog>();
            if (!m_merged)
                m_merged = std::make_unique<EventLog>();
        }
        // The accepted engine is handed to the connection, which opens it.
        auto held = std::make_shared<std::unique_ptr<ServerEngine>>(std::move(engine));
        client->connection->setEngineFactory(
            [held](EngineKind, EngineListener *listener) -> std::unique_ptr<Engine> {
                (*held)->setListener(listener);
                return std::move(*held);
            });
        Client *c = client.get();
        connect(c->connection.get(), &Connection::eventOccurred, this,
                [this, c](const Event &event) { onEvent(c, event); });
        connect(c->connection.get(), &Connection::readyStateChanged, this,
                [this, c](ReadyState state) {
                    c->info.state = state;
                    emit clientChanged(c->info.id);
                });
        const int id = c->info.id;
        m_clients.emplace(id, std::move(client));
        ConnectionRequest request = m_options;
        request.url = m_listener->url(QStringLiteral("/"));
        emit clientConnected(id);
        c->connection->open(request);
    }
}

void ServeController::onEvent(Client *c, const Event &event)
{
    ServeClientInfo &info = c->info;
    if (!c->journalTried && !m_recordPath.isEmpty()) {
        // Opened at the first event, when the client's request (its path) has been read.
        c->journalTried = true;
        if (c->engine)
            info.path = c->engine->path();
        SessionHeader header;
        header.createdMs = info.connectedAtMs;
        header.request = m_options;
        header.request.url = m_listener->url(info.path.isEmpty() ? QStringLiteral("/") : info.path);
        header.source = QStringLiteral("serve");
        header.title = tr("client %1 (%2)").arg(info.id).arg(info.address);
        auto journal = std::make_unique<Journal>();
        QString error;
        const QString path = numberedPath(m_recordPath, info.id);
        if (journal->open(path, header, Journal::Options(), &error)) {
            c->journal = std::move(journal);
            info.journalPath = path;
        } else {
            emit problem(error);
        }
    }
    if (c->journal)
        c->journal->record(event);
    if (c->log)
        c->log->record(event);
    if (m_merged) {
        m_merged->record(event);
        m_mergedClients.push_back(info.id);
        // Rows the log let go of for its limit take their client ids with them.
        while (qsizetype(m_mergedClients.size()) > m_merged->totalCount()
               && !m_mergedClients.empty())
            m_mergedClients.pop_front();
    }
    const bool incoming = (event.kind == EventKind::Text || event.kind == EventKind::Binary)
                          && event.direction == Direction::In;
    switch (event.kind) {
    case EventKind::Handshake:
        if (c->engine)
            info.path = c->engine->path();
        break;
    case EventKind::Open:
        info.protocol = event.protocol;
        if (c->engine)
            info.path = c->engine->path();
        break;
    case EventKind::Text:
    case EventKind::Binary:
        if (incoming) {
            ++info.messagesIn;
            info.bytesIn += event.payload.size();
        } else {
            ++info.messagesOut;
            info.bytesOut += event.payload.size();
        }
        m_changed.insert(info.id);
        if (!m_changeTimer.isActive())
            m_changeTimer.start();
        break;
    default:
        break;
    }
    // Announced before it is answered: an echo or a greeting is sent (and announced) from
    // within the responder, and would otherwise reach listeners before what caused it, out of
    // the order the journal has.
    emit clientEvent(info.id, event);
    if (event.kind == EventKind::Open) {
        m_responder.clientConnected(info.id, event.timeMs);
        schedulePoll();
        for (const ServeFault &fault : std::as_const(m_openFaults)) {
            QTimer::singleShot(int(fault.afterMs), this, [this, id = info.id, fault] {
                QString error;
                if (!applyFault(id, fault, &error) && !error.isEmpty())
                    serveProblem(id, error);
            });
        }
    } else if (incoming) {
        m_responder.clientMessage(info.id, event.payload, event.kind == EventKind::Text,
                                  event.timeMs);
        schedulePoll();
    }
    if (event.kind == EventKind::Close) {
        info.closeCode = event.code;
        info.state = ReadyState::Closed;
        m_responder.clientGone(info.id);
        if (c->journal)
            c->journal->finish();
        // The engine is gone with the close; the connection (and the engine it holds, and
        // its socket) is freed once its signal has returned.
        c->engine = nullptr;
        QMetaObject::invokeMethod(
            this, [this, id = info.id] { retire(id); }, Qt::QueuedConnection);
        emit clientChanged(info.id);
        emit clientFinished(info.id);
        if (m_stopping && openClientCount() == 0)
            finishStop();
    }
}

void ServeController::retire(int id)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end() || !it->second->connection)
        return;
    Client *c = it->second.get();
    // The repeat sends through the connection, so it goes first.
    m_repeat.clientGone(id);
    c->connection->disconnect(this);
    c->connection.reset();
    c->journal.reset();
    m_finished.push_back(id);
    trimFinished();
}

void ServeController::trimFinished()
{
    while (qsizetype(m_finished.size()) > m_finishedKept) {
        const int id = m_finished.front();
        m_finished.pop_front();
        emit clientRemoved(id);
        m_repeat.forget(id);
        m_clients.erase(id);
    }
}

void ServeController::setFinishedClientsKept(int count)
{
    m_finishedKept = std::max(0, count);
    trimFinished();
}

int ServeController::liveClientCount() const
{
    int n = 0;
    for (const auto &[id, c] : m_clients)
        n += c->connection != nullptr;
    return n;
}

void ServeController::schedulePoll()
{
    const qint64 wait = m_responder.poll(m_clock.nowMs(), *this);
    if (wait == ServeResponder::Idle)
        m_pollTimer.stop();
    else
        m_pollTimer.start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

QList<int> ServeController::clientIds() const
{
    QList<int> ids;
    for (const auto &[id, c] : m_clients)
        ids << id;
    return ids;
}

const ServeClientInfo *ServeController::client(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : &it->second->info;
}

int ServeController::openClientCount() const
{
    int n = 0;
    for (const auto &[id, c] : m_clients)
        n += c->info.state != ReadyState::Closed;
    return n;
}

EventLog *ServeController::clientLog(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second->log.get();
}

void ServeController::setKeepLogs(bool keep)
{
    m_keepLogs = keep;
    if (keep && !m_merged)
        m_merged = std::make_unique<EventLog>();
}

int ServeController::mergedClient(qsizetype row) const
{
    // Ids of rows the log has let go of since the last record are still at the front.
    if (m_merged)
        row += std::max<qsizetype>(0, qsizetype(m_mergedClients.size()) - m_merged->totalCount());
    return row >= 0 && row < qsizetype(m_mergedClients.size()) ? m_mergedClients[size_t(row)] : 0;
}

ServerEngine *ServeController::engine(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second->engine;
}

Connection *ServeController::openConnection(int id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() || it->second->info.state != ReadyState::Open
               ? nullptr
               : it->second->connection.get();
}

QList<int> ServeController::targets(const QList<int> &ids) const
{
    if (!ids.isEmpty())
        return ids;
    QList<int> open;
    for (const auto &[id, c] : m_clients) {
        if (c->info.state == ReadyState::Open)
            open << id;
    }
    return open;
}

static bool sendPayload(Connection *connection, const QByteArray &bytes, bool isText)
{
    return isText ? connection->sendText(bytes) : connection->sendBinary(bytes);
}

bool ServeController::send(int id, const OutgoingMessage &message, QString *error)
{
    Connection *connection = openConnection(id);
    if (!connection) {
        if (error)
            *error = tr("Client %1 is not connected.").arg(id);
        return false;
    }
    OutgoingMessage::Payload payload;
    if (!message.build(&m_variables, &payload, error))
        return false;
    return sendPayload(connection, payload.bytes, payload.isText);
}

int ServeController::sendTo(const QList<int> &ids, const OutgoingMessage &message, QString *error)
{
    const QList<int> targets = this->targets(ids);
    if (targets.isEmpty()) {
        if (error)
            *error = tr("No client is connected.");
        return 0;
    }
    // Built once, so that {{$counter}} and {{$uuid}} are the same for every client.
    OutgoingMessage::Payload payload;
    if (!message.build(&m_variables, &payload, error))
        return 0;
    int sent = 0;
    for (int id : targets) {
        if (Connection *connection = openConnection(id))
            sent += sendPayload(connection, payload.bytes, payload.isText);
    }
    return sent;
}

bool ServeController::ping(int id, const QByteArray &payload)
{
    const auto it = m_clients.find(id);
    return it != m_clients.end() && it->second->connection && it->second->connection->ping(payload);
}

int ServeController::startRepeat(const QList<int> &ids, const OutgoingMessage &message,
                                 int intervalMs, qint64 limit, QString *error)
{
    std::vector<ServeRepeat::Target> targets;
    for (auto &[id, c] : m_clients) {
        if ((ids.isEmpty() || ids.contains(id)) && c->connection
            && c->info.state == ReadyState::Open)
            targets.emplace_back(id, c->connection.get());
    }
    const int started = m_repeat.start(targets, &m_variables, message, intervalMs, limit, error);
    if (started == 0 && error && error->isEmpty())
        *error = tr("No client is connected.");
    return started;
}

void ServeController::stopRepeat()
{
    m_repeat.stop();
}

int ServeController::repeatingCount() const
{
    return m_repeat.runningCount();
}

qint64 ServeController::repeatSentCount() const
{
    return m_repeat.sentCount();
}

int ServeController::sendRawFrames(const QList<int> &ids, const QList<RawFrame> &frames,
                                   QString *error)
{
    int sent = 0;
    for (int id : targets(ids)) {
        bool ok = true;
        for (const RawFrame &frame : frames) {
            ServerEngine *e = engine(id);
            if (!e || client(id)->state != ReadyState::Open) {
                ok = false;
                break;
            }
            if (const QString problem = e->writeRawFrame(frame); !problem.isEmpty()) {
                if (error)
                    *error = problem;
                return sent;
            }
        }
        sent += ok;
    }
    if (sent == 0 && error && error->isEmpty())
        *error = tr("No client is connected.");
    return sent;
}

bool ServeController::close(int id, int code, const QString &reason)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end() || !it->second->connection)
        return false;
    Connection *connection = it->second->connection.get();
    if (code == 1000 || (code >= 3000 && code <= 4999))
        return connection->close(code, reason);
    if (code == 1001)
        return connection->closeGoingAway(reason);
    return connection->closeForTesting(code, reason.toUtf8());
}

void ServeController::drop(int id)
{
    if (ServerEngine *e = engine(id))
        e->dropConnection();
}

bool ServeController::applyFault(int id, const ServeFault &fault, QString *error)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end() || it->second->info.state == ReadyState::Closed
        || !it->second->engine) {
        if (error)
            *error = tr("Client %1 is not connected.").arg(id);
        return false;
    }
    switch (fault.kind) {
    case ServeFault::Kind::Close:
        return close(id, fault.code, fault.reason);
    case ServeFault::Kind::DropTcp:
        drop(id);
        return true;
    default:
        break;
    }
    for (const RawFrame &frame : fault.frames()) {
        // The engine may go while writing (a write error); look it up for each frame.
        ServerEngine *e = engine(id);
        if (!e)
            return false;
        const QString problem = fault.streamedBytes() > 0
                                    ? e->writeStreamedFrame(frame, fault.streamedBytes())
                                    : e->writeRawFrame(frame);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    return true;
}

void ServeController::stop(int timeoutMs)
{
    m_stopping = true;
    m_listener->close();
    m_pollTimer.stop();
    for (auto &[id, c] : m_clients) {
        if (c->info.state == ReadyState::Open && c->connection)
            c->connection->closeGoingAway(tr("server stopping"));
        else if (c->info.state == ReadyState::Connecting && c->engine)
            c->engine->dropConnection();
    }
    if (openClientCount() == 0)
        QTimer::singleShot(0, this, &ServeController::finishStop);
    else
        m_stopTimer.start(timeoutMs);
}

void ServeController::finishStop()
{
    if (!m_stopping)
        return;
    m_stopTimer.stop();
    m_stopping = false;
    emit stopped();
}

void ServeController::serveSend(int id, const QByteArray &payload, bool isText)
{
    if (Connection *connection = openConnection(id))
        sendPayload(connection, payload, isText);
}

void ServeController::serveClose(int id, int code, const QString &reason)
{
    close(id, code, reason);
}

void ServeController::serveProblem(int id, const QString &message)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    // Into the client's log and journal like any error, without going through its engine.
    onEvent(it->second.get(), Event::error(m_clock.nowMs(), message));
}
