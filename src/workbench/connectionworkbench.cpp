#include "workbench/connectionworkbench.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include "compose/encodedmessage.h"
#include "compose/periodicsender.h"
#include "connection/clock.h"
#include "connection/reconnector.h"
#include "connection/shutdownwait.h"
#include "session/eventjson.h"
#include "session/journal.h"
#include "session/session.h"
#include "session/sessionlibrary.h"
#include "workbench/layerdriver.h"

/// Holds what an attempt reports until it opens: the journal is written only for a
/// connection that opened, with everything that led to the open.
class ConnectionWorkbench::PendingEvents final : public EventSink
{
public:
    void record(const Event &event) override
    {
        // A handshake's few events; an attempt is not a place for a flood.
        if (events.size() < MaxEvents)
            events.append(event);
    }
    static constexpr qsizetype MaxEvents = 1000;
    QList<Event> events;
};

ConnectionWorkbench::ConnectionWorkbench(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connection(new Connection(clock, this))
    , m_log(new EventLog(this))
    , m_variables(clock)
    , m_reconnector(new Reconnector(*m_connection, clock, this))
    , m_periodic(new PeriodicSender(*m_connection, this))
    , m_layers(new LayerDriver(*m_connection, m_log, this))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_periodic->setVariables(&m_variables);
    m_connection->addSink(m_log);
    m_connection->addSink(&m_stats);
    // The open event has reached the sinks (the pending ones too) when this is emitted.
    connect(m_connection, &Connection::opened, this, &ConnectionWorkbench::openJournal);
    connect(m_connection, &Connection::opened, this, &ConnectionWorkbench::sendOnOpen);
    // Queued: the journal must see the close event, which the sinks get after this signal.
    connect(m_connection, &Connection::closed, this, &ConnectionWorkbench::finishJournal,
            Qt::QueuedConnection);
    connect(m_connection, &Connection::closed, this, [this] {
        if (!m_reopenAfterClose)
            return;
        m_reopenAfterClose = false;
        // After the close has been fully handled (journal, readyState listeners).
        QTimer::singleShot(0, this, &ConnectionWorkbench::open);
    });
    connect(m_reconnector, &Reconnector::attempting, this, &ConnectionWorkbench::startJournal);
}

ConnectionWorkbench::~ConnectionWorkbench()
{
    m_connection->removeSink(m_log);
    m_connection->removeSink(&m_stats);
    if (m_pending)
        m_connection->removeSink(m_pending.get());
    if (m_journal) {
        detachJournal();
        m_journal->finish();
    }
}

void ConnectionWorkbench::setLogging(bool keep)
{
    if (keep == m_logging)
        return;
    m_logging = keep;
    if (keep)
        m_connection->addSink(m_log);
    else
        m_connection->removeSink(m_log);
}

void ConnectionWorkbench::journalTo(const SessionLibrary *library)
{
    m_library = library;
}

bool ConnectionWorkbench::journalToFile(const QString &path, QString *error,
                                        const QStringList &redactNames)
{
    SessionHeader header;
    header.createdMs = m_clock.nowMs();
    header.request = m_request;
    header.source = QStringLiteral("record");
    Journal::Options options;
    options.privateFile = true; // it keeps Authorization and cookies
    options.redactNames = redactNames;
    auto journal = std::make_unique<Journal>();
    if (!journal->open(path, header, options, error))
        return false;
    m_library = nullptr;
    m_fileJournal = true;
    m_journal = std::move(journal);
    attachJournal();
    return true;
}

void ConnectionWorkbench::setReconnect(bool enabled, const Backoff &backoff)
{
    m_reconnector->setEnabled(enabled);
    m_reconnector->setBackoff(backoff);
}

bool ConnectionWorkbench::reconnectEnabled() const
{
    return m_reconnector->isEnabled();
}

Backoff ConnectionWorkbench::backoff() const
{
    return m_reconnector->backoff();
}

void ConnectionWorkbench::startJournal()
{
    if (m_fileJournal)
        return; // one file for the whole run
    finishJournal();
    if (!m_library)
        return;
    SessionHeader header;
    header.createdMs = m_clock.nowMs();
    header.request = m_request;
    header.source = QStringLiteral("record");
    header.group = m_id;
    m_pendingHeader = header;
    if (m_pending)
        m_connection->removeSink(m_pending.get());
    m_pending = std::make_unique<PendingEvents>();
    m_connection->addSink(m_pending.get());
}

void ConnectionWorkbench::openJournal()
{
    if (!m_pending)
        return;
    m_connection->removeSink(m_pending.get());
    const std::unique_ptr<PendingEvents> pending = std::move(m_pending);
    if (!m_library)
        return;
    QString error;
    m_journal = m_library->startJournal(m_pendingHeader, &error);
    if (!m_journal) {
        emit notice(tr("Not recording this connection: %1").arg(error));
        return;
    }
    for (const Event &event : std::as_const(pending->events))
        m_journal->record(event);
    attachJournal();
    emit journalStarted(m_journal->path());
}

void ConnectionWorkbench::finishJournal()
{
    if (m_connection->readyState() != ReadyState::Closed)
        return;
    if (m_pending) {
        // It never opened: its error stays in the log and the tab, not in the library.
        m_connection->removeSink(m_pending.get());
        m_pending.reset();
    }
    if (!m_journal)
        return;
    detachJournal();
    if (m_fileJournal) {
        // wsprobe-cli exits next: the file is complete before it does.
        m_journal->finish();
        if (!m_journal->error().isEmpty())
            emit notice(m_journal->error());
        m_journal.reset();
        m_fileJournal = false;
        return;
    }
    // After a flood the writer may have seconds of events still to write: it finishes on a
    // pool thread, not on the caller's. The application waits for the pool before exiting.
    QPointer<ConnectionWorkbench> self(this);
    Journal *journal = m_journal.release();
    QThreadPool::globalInstance()->start([journal, self] {
        journal->finish();
        const QString error = journal->error();
        delete journal;
        if (!error.isEmpty()) {
            QMetaObject::invokeMethod(qApp, [self, error] {
                if (self)
                    emit self->notice(error);
            });
        }
    });
}

void ConnectionWorkbench::attachJournal()
{
    m_connection->addSink(m_journal.get());
    const quint64 generation = ++m_journalGeneration;
    QPointer<ConnectionWorkbench> self(this);
    QThread *home = thread();
    m_journal->setBackPressure([self, generation, home](bool hold) {
        auto apply = [self, generation, hold] {
            if (self && self->m_journalGeneration == generation)
                self->holdReading(ReadingHold::Journal, hold);
        };
        // A pause comes while recording, on our thread, and takes effect before the next
        // read; the release comes from the writer's thread and waits for ours.
        if (QThread::currentThread() == home)
            apply();
        else
            QMetaObject::invokeMethod(qApp, apply, Qt::QueuedConnection);
    });
}

void ConnectionWorkbench::holdReading(ReadingHold who, bool hold)
{
    if (hold)
        m_readingHolds |= quint8(who);
    else
        m_readingHolds &= quint8(~quint8(who));
    m_connection->setReadingPaused(m_readingHolds != 0);
}

void ConnectionWorkbench::detachJournal()
{
    m_connection->removeSink(m_journal.get());
    m_journal->setBackPressure({}); // lets reading go on if it was held
    ++m_journalGeneration;
}

bool ConnectionWorkbench::open()
{
    if (m_connection->readyState() != ReadyState::Closed)
        return false;
    // The core validates the request; a refusal comes back as an error event.
    startJournal();
    if (m_reconnector->open(m_request))
        return true;
    finishJournal();
    return false;
}

void ConnectionWorkbench::reopen()
{
    switch (m_connection->readyState()) {
    case ReadyState::Closed:
        open();
        break;
    case ReadyState::Connecting:
        m_reopenAfterClose = true;
        m_reconnector->cancel();
        m_connection->abort();
        break;
    case ReadyState::Open:
        m_reopenAfterClose = true;
        m_reconnector->closeByUser(1000, tr("Reconnecting"));
        break;
    case ReadyState::Closing:
        m_reopenAfterClose = true;
        break;
    }
}

void ConnectionWorkbench::close(int code, const QString &reason)
{
    m_reconnector->closeByUser(code, reason);
}

bool ConnectionWorkbench::closeForTesting(int code, const QByteArray &reason)
{
    if (!m_connection->closeForTesting(code, reason))
        return false;
    // The close event comes later, from the event loop: disarming now is in time.
    m_reconnector->disarm();
    return true;
}

bool ConnectionWorkbench::sendRawFrames(const RawFrameRecipe &recipe, QString *error)
{
    if (m_connection->readyState() != ReadyState::Open) {
        *error = tr("Not connected: connect before sending.");
        return false;
    }
    QList<RawFrame> frames;
    if (!recipe.build(&m_variables, &frames, error))
        return false;
    if (!m_connection->sendRawFrames(frames))
        return false;
    if (m_connection->readyState() == ReadyState::Closing)
        m_reconnector->disarm(); // the user's own Close, as with closeForTesting
    return true;
}

void ConnectionWorkbench::shutdown(const QString &reason)
{
    m_periodic->stop();
    m_reconnector->disarm();
    m_reopenAfterClose = false;
    if (m_connection->readyState() == ReadyState::Open)
        m_connection->closeGoingAway(reason);
    else if (m_connection->readyState() == ReadyState::Connecting)
        m_connection->abort();
}

bool ConnectionWorkbench::shutdownAll(const QList<ConnectionWorkbench *> &workbenches,
                                      const QString &reason, int limitMs)
{
    ShutdownWait wait;
    for (ConnectionWorkbench *w : workbenches) {
        w->shutdown(reason);
        w->addClosingTo(&wait);
    }
    return wait.exec(limitMs);
}

void ConnectionWorkbench::addClosingTo(ShutdownWait *wait) const
{
    Connection *c = m_connection;
    wait->add(c, &Connection::closed, [c] { return c->readyState() == ReadyState::Closed; });
}

bool ConnectionWorkbench::send(const OutgoingMessage &message, QString *error)
{
    if (m_connection->readyState() != ReadyState::Open) {
        *error = tr("Not connected: connect before sending.");
        return false;
    }
    OutgoingMessage::Payload payload;
    // With "send JSON encoded" on, JSON goes through the tab's decoder pipeline backwards.
    const DecodePipeline &pipeline = m_log->decodePipeline();
    if (m_log->encodesOutgoing() && EncodedMessage::applies(message, pipeline)) {
        if (!EncodedMessage::build(message, &m_variables, pipeline, &payload, error))
            return false;
    } else if (!message.build(&m_variables, &payload, error)) {
        return false;
    }
    m_history.add(message);
    return payload.isText ? m_connection->sendText(payload.bytes)
                          : m_connection->sendBinary(payload.bytes);
}

void ConnectionWorkbench::sendOnOpen()
{
    for (const QString &text : std::as_const(m_onOpen)) {
        OutgoingMessage::Payload payload;
        QString error;
        if (!OutgoingMessage::text(text).build(&m_variables, &payload, &error)) {
            emit notice(tr("On-open message not sent: %1").arg(error));
            return;
        }
        if (!m_connection->sendText(payload.bytes))
            return;
    }
}

QVariantMap ConnectionWorkbench::saveState() const
{
    return saveState(m_request);
}

QVariantMap ConnectionWorkbench::saveState(const ConnectionRequest &request) const
{
    QVariantMap map;
    map.insert(QStringLiteral("id"), m_id);
    map.insert(QStringLiteral("request"), SessionJson::requestToJson(request).toVariantMap());
    map.insert(QStringLiteral("reconnect"), m_reconnector->isEnabled());
    const Backoff &b = m_reconnector->backoff();
    map.insert(QStringLiteral("attempts"), b.maxAttempts);
    map.insert(QStringLiteral("firstDelayMs"), b.initialMs);
    map.insert(QStringLiteral("maxDelayMs"), b.maxMs);
    map.insert(QStringLiteral("history"), m_history.toVariant());
    map.insert(QStringLiteral("onOpen"), m_onOpen);
    map.insert(QStringLiteral("environment"), m_environment);
    if (!m_log->decodePipeline().isEmpty())
        map.insert(QStringLiteral("decode"), m_log->decodePipeline().spec());
    if (m_log->encodesOutgoing())
        map.insert(QStringLiteral("encodeJson"), true);
    if (!m_layers->choice().isEmpty())
        map.insert(QStringLiteral("protocolLayer"), m_layers->choice());
    QVariantList variables;
    for (const auto &[name, value] : m_variables.table())
        variables << QVariant(QStringList{name, value});
    map.insert(QStringLiteral("variables"), variables);
    return map;
}

void ConnectionWorkbench::restoreState(const QVariantMap &map)
{
    if (const QString id = map.value(QStringLiteral("id")).toString(); !id.isEmpty())
        m_id = id;
    m_request = SessionJson::requestFromJson(
        QJsonObject::fromVariantMap(map.value(QStringLiteral("request")).toMap()));
    Backoff b;
    b.maxAttempts = map.value(QStringLiteral("attempts"), b.maxAttempts).toInt();
    b.initialMs = map.value(QStringLiteral("firstDelayMs"), b.initialMs).toInt();
    b.maxMs = map.value(QStringLiteral("maxDelayMs"), b.maxMs).toInt();
    setReconnect(map.value(QStringLiteral("reconnect")).toBool(), b);
    m_history.fromVariant(map.value(QStringLiteral("history")));
    m_onOpen = map.value(QStringLiteral("onOpen")).toStringList();
    m_environment = map.value(QStringLiteral("environment")).toString();
    // The tab's decoder pipeline; one that no longer loads (a .proto file moved) is reported
    // and left off rather than lost silently.
    DecodePipeline pipeline;
    QString decodeError;
    const QString spec = map.value(QStringLiteral("decode")).toString();
    if (!DecodePipeline::parse(spec, &pipeline, &decodeError))
        emit notice(tr("The decoder \"%1\" was not restored: %2").arg(spec, decodeError));
    m_log->setDecodePipeline(pipeline);
    m_log->setEncodesOutgoing(map.value(QStringLiteral("encodeJson")).toBool());
    m_layers->setChoice(map.value(QStringLiteral("protocolLayer")).toString());
    Variables::Table table;
    for (const QVariant &v : map.value(QStringLiteral("variables")).toList()) {
        const QStringList pair = v.toStringList();
        if (pair.size() == 2)
            table.append({pair[0], pair[1]});
    }
    m_variables.setTable(table);
}
