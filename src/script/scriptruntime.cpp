#include "script/scriptruntime.h"

#include <climits>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QNetworkAccessManager>

#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/event.h"
#include "log/checkrecord.h"
#include "script/asynctranspiler.h"
#include "script/scriptcommon.h"
#include "script/scripthost.h"
#include "workbench/connectionworkbench.h"

int ScriptOutcome::failedChecks() const
{
    return int(qMin<qint64>(failedCount, INT_MAX));
}

void ScriptOutcome::addCheck(const ScriptCheck &check)
{
    ++checkCount;
    failedCount += check.passed ? 0 : 1;
    if (!check.passed && keptFailures >= MaxKeptFailures)
        return;
    if (checks.size() >= MaxKeptChecks) {
        // Drop a quarter of the limit of the oldest passed checks in one pass, so the cost per
        // check stays constant. At most half the kept are failures, so there are enough.
        qsizetype drop = MaxKeptChecks / 4;
        checks.removeIf([&drop](const ScriptCheck &c) {
            if (drop > 0 && c.passed) {
                --drop;
                return true;
            }
            return false;
        });
    }
    checks.append(check);
    keptFailures += check.passed ? 0 : 1;
}

int ScriptOutcome::exitStatus() const
{
    switch (status) {
    case Status::Passed:
        return failedChecks() ? 3 : 0;
    case Status::ConnectionFailed:
        return 1;
    case Status::ScriptError:
        return 2;
    case Status::AssertionFailed:
    case Status::Stopped:
        return 3;
    }
    return 2;
}

ScriptRuntime::ScriptRuntime(ConnectionWorkbench &workbench, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScriptRuntime::poll);
    m_beat.setInterval(20);
    connect(&m_beat, &QTimer::timeout, this, &ScriptRuntime::onBeat);
}

ScriptRuntime::~ScriptRuntime()
{
    if (isRunning())
        stop();
}

bool ScriptRuntime::start(const QString &source, const QString &fileName)
{
    if (isRunning())
        return false;
    m_outcome = ScriptOutcome();
    m_fileName = fileName;
    m_timers.clear();
    m_matchers.clear();
    m_hookFailed = false;
    m_inbox.clear();
    m_drainPosted = false;
    m_holding = false;
    m_peakQueued = 0;
    m_messagesBuilt = 0;
    m_batches = 0;
    m_lastBatch = 0;
    m_nsPerEntry = 1e6;
    m_startedMs = m_clock.nowMs();
    m_engine = new QJSEngine(this);
    m_host = new ScriptHost(*this);
    m_network = new QNetworkAccessManager(this);
    m_engine->globalObject().setProperty(QStringLiteral("__host"), m_engine->newQObject(m_host));
    // The host belongs to the runtime, not to the engine's garbage collector.
    QJSEngine::setObjectOwnership(m_host, QJSEngine::CppOwnership);
    m_eventConnection = connect(&m_workbench.connection(), &Connection::eventOccurred, this,
                                &ScriptRuntime::onEvent);
    m_watchdog.arm(m_engine, m_busyLimitMs);
    m_beat.start();

    const QJSValue p =
        m_engine->evaluate(preludeSource(scriptPreludeFiles()), QStringLiteral("prelude.js"));
    if (p.isError()) {
        handleError(p);
        return true;
    }
    m_eventsFn = m_engine->globalObject().property(QStringLiteral("__events"));
    const QJSValue r = m_engine->evaluate(AsyncTranspiler::transpileScript(source), fileName);
    if (r.isError() && isRunning())
        handleError(r);
    if (isRunning())
        schedule();
    return true;
}

bool ScriptRuntime::fileAllowed(const QString &path, QString *error) const
{
    if (m_allowedDir.isEmpty()) {
        *error = tr("%1: scripts may read files only inside an allowed folder, and none is set "
                    "(the Script tab's Allowed folder, or --allow-dir DIR)")
                     .arg(path);
        return false;
    }
    // Both canonical: `..` and symbolic links are resolved before comparing, so neither can
    // lead out of the folder.
    const QString dir = QFileInfo(m_allowedDir).canonicalFilePath();
    const QString file = QFileInfo(path).canonicalFilePath();
    if (dir.isEmpty()) {
        *error = tr("The allowed folder %1 does not exist.").arg(m_allowedDir);
        return false;
    }
    if (file.isEmpty()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (file != dir
        && !file.startsWith(dir.endsWith(QLatin1Char('/')) ? dir
                                                           : QString(dir + QLatin1Char('/')))) {
        *error = tr("%1 is outside the allowed folder %2; scripts may read files only inside it")
                     .arg(QDir::cleanPath(path), dir);
        return false;
    }
    return true;
}

void ScriptRuntime::stop(const QString &why)
{
    if (!isRunning())
        return;
    end(ScriptOutcome::Status::Stopped, why.isEmpty() ? tr("The script was stopped.") : why);
}

void ScriptRuntime::end(ScriptOutcome::Status status, const QString &message, int line, int column)
{
    if (!isRunning())
        return;
    m_outcome.status = status;
    m_outcome.message = message;
    m_outcome.line = line;
    m_outcome.column = column;
    m_outcome.durationMs = m_clock.nowMs() - m_startedMs;
    if (status == ScriptOutcome::Status::Passed && m_outcome.failedChecks())
        m_outcome.status = ScriptOutcome::Status::AssertionFailed;
    disconnect(m_eventConnection);
    // What the script had not seen yet goes with it; the connection reads on.
    m_inbox.clear();
    if (m_holding) {
        m_holding = false;
        m_workbench.holdReading(ConnectionWorkbench::ReadingHold::Script, false);
    }
    m_eventsFn = QJSValue();
    m_watchdog.disarm();
    m_beat.stop();
    m_timer.stop();
    m_timers.clear();
    // Deleted later: end() may be called from inside the engine (finish(), a handler).
    m_engine->setInterrupted(false);
    m_engine->deleteLater();
    m_host->deleteLater();
    m_network->deleteLater();
    m_engine = nullptr;
    m_host = nullptr;
    m_network = nullptr;
    emit finished(m_outcome);
}

void ScriptRuntime::handleError(const QJSValue &error)
{
    if (m_watchdog.fired()) {
        end(ScriptOutcome::Status::ScriptError,
            tr("The script kept running for more than %1 ms without waiting and was stopped "
               "(an endless loop?).")
                .arg(m_busyLimitMs));
        return;
    }
    int line = error.property(QStringLiteral("lineNumber")).toInt();
    const QJSValue col = error.property(QStringLiteral("columnNumber"));
    int column = col.isNumber() ? col.toInt() : 0;
    if (line == 1 && column > AsyncTranspiler::firstLineOffset())
        column -= AsyncTranspiler::firstLineOffset();
    end(ScriptOutcome::Status::ScriptError, error.toString(), line, column);
}

void ScriptRuntime::call(const char *function, const QJSValueList &args)
{
    if (!isRunning())
        return;
    m_watchdog.beat();
    const QJSValue fn = m_engine->globalObject().property(QLatin1String(function));
    const QJSValue r = fn.call(args);
    if (r.isError() && isRunning())
        handleError(r);
}

void ScriptRuntime::onBeat()
{
    if (!isRunning())
        return;
    if (m_watchdog.fired()) {
        handleError(QJSValue());
        return;
    }
    m_watchdog.beat();
    if (m_runLimitMs > 0 && m_clock.nowMs() - m_startedMs > m_runLimitMs) {
        ScriptCheck check;
        check.name = tr("the script finishes");
        check.expected = tr("within %1 ms").arg(m_runLimitMs);
        check.got = tr("still running");
        report(check);
        end(ScriptOutcome::Status::AssertionFailed,
            tr("The script did not finish within %1 ms.").arg(m_runLimitMs));
    }
}

void ScriptRuntime::setQueueLimit(qint64 messages, qint64 bytes)
{
    m_queueLimit = qMax<qint64>(2, messages);
    m_queueBytesLimit = qMax<qint64>(2, bytes);
}

void ScriptRuntime::onEvent(const Event &event)
{
    if (!isRunning())
        return;
    const qint64 now = m_clock.nowMs();
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary:
        // Where the log holds it, so that a check can name the message it matched. The log
        // is a sink of the connection: it has stored the event before this signal.
        m_inbox.pushMessage(
            event, m_workbench.logging() ? double(m_workbench.log().lastEventNumber()) : -1.0, now);
        break;
    case EventKind::Handshake:
    case EventKind::Frame:
    case EventKind::Check:
        return;
    default:
        m_inbox.pushEvent(event, now);
        break;
    }
    const qint64 queued = m_inbox.queuedMessages() + m_inbox.queuedEntries();
    m_peakQueued = qMax(m_peakQueued, queued);
    // Held at every event over the limit, not once: a reconnection's new engine reads
    // unpaused until told.
    if (queued >= m_queueLimit || m_inbox.queuedBytes() >= m_queueBytesLimit) {
        m_holding = true;
        m_workbench.holdReading(ConnectionWorkbench::ReadingHold::Script, true);
    }
    postDrain();
}

void ScriptRuntime::postDrain()
{
    if (m_drainPosted || !isRunning())
        return;
    m_drainPosted = true;
    // A posted call, not a timer: it keeps its place among the engine's own posted work
    // (promise reactions), so an error event still reaches the handlers before the
    // rejection it caused reaches the script, as when events were delivered at once.
    QMetaObject::invokeMethod(this, &ScriptRuntime::drain, Qt::QueuedConnection);
}

void ScriptRuntime::releaseHoldWhenCaughtUp()
{
    if (m_holding && m_inbox.queuedMessages() + m_inbox.queuedEntries() <= m_queueLimit / 2
        && m_inbox.queuedBytes() <= m_queueBytesLimit / 2) {
        m_holding = false;
        m_workbench.holdReading(ConnectionWorkbench::ReadingHold::Script, false);
    }
}

void ScriptRuntime::drain()
{
    m_drainPosted = false;
    if (!isRunning())
        return;
    using Kind = ScriptInbox::Entry::Kind;
    const qint64 budgetNs = qint64(m_turnBudgetMs) * 1000000;
    QElapsedTimer turn;
    turn.start();
    bool first = true;
    while (isRunning() && !m_inbox.isEmpty() && (first || turn.nsecsElapsed() < budgetNs)) {
        first = false;
        if (m_inbox.front().kind == Kind::Call) {
            const std::function<void()> fn = std::move(m_inbox.front().call);
            m_inbox.popFront();
            fn();
            continue;
        }
        // As many messages and events as the rest of the budget holds at the cost measured
        // lately: a slow hook gets small batches, a script that reads nothing one for all.
        // At most twice the last batch, so that a hook slower than the estimate costs the
        // loop one small batch rather than a budget's worth at the wrong price.
        const double left = double(qMax<qint64>(0, budgetNs - turn.nsecsElapsed()));
        qint64 room = qint64(qBound(1.0, left / qMax(1.0, m_nsPerEntry), 1e9));
        room = qMin(room, qMax<qint64>(MinBatch, 2 * m_lastBatch));
        // No more than the script may read back: first() never passes a message of the batch.
        room = qMin(room, ScriptInbox::KeptMessages);
        qint64 units = 0;
        QJSValue batch = m_engine->newArray();
        quint32 n = 0;
        while (room > 0 && !m_inbox.isEmpty() && m_inbox.front().kind != Kind::Call) {
            ScriptInbox::Entry &e = m_inbox.front();
            if (e.kind == Kind::Messages) {
                const qint64 from = m_inbox.delivered();
                const qint64 to = m_inbox.takeMessages(room);
                batch.setProperty(n++, double(to));
                room -= to - from;
                units += to - from;
                continue;
            }
            if (e.kind == Kind::Timer) {
                QJSValue t = m_engine->newObject();
                t.setProperty(QStringLiteral("kind"), QStringLiteral("timer"));
                t.setProperty(QStringLiteral("id"), e.timer);
                batch.setProperty(n++, t);
            } else {
                batch.setProperty(n++, eventValue(e.event));
            }
            m_inbox.popFront();
            --room;
            ++units;
        }
        QElapsedTimer spent;
        spent.start();
        m_watchdog.beat();
        ++m_batches;
        const QJSValue r = m_eventsFn.call({batch, double(m_inbox.first())});
        if (r.isError() && isRunning())
            handleError(r);
        // Weighted to the latest, so the batches follow a hook that slows down or speeds up.
        const double cost = double(spent.nsecsElapsed()) / double(qMax<qint64>(1, units));
        m_nsPerEntry = 0.5 * m_nsPerEntry + 0.5 * cost;
        m_lastBatch = units;
        releaseHoldWhenCaughtUp();
    }
    if (isRunning() && !m_inbox.isEmpty())
        postDrain();
}

QJSValue ScriptRuntime::eventValue(const Event &event)
{
    QJSValue e = m_engine->newObject();
    const auto set = [&e](const char *name, const QJSValue &v) {
        e.setProperty(QLatin1String(name), v);
    };
    set("time", double(event.timeMs));
    set("direction",
        event.direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in"));
    switch (event.kind) {
    case EventKind::Open:
        set("kind", QStringLiteral("open"));
        set("protocol", event.protocol);
        set("extensions", event.extensions);
        break;
    case EventKind::Ping:
    case EventKind::Pong:
        set("kind",
            event.kind == EventKind::Ping ? QStringLiteral("ping") : QStringLiteral("pong"));
        set("data", QString::fromUtf8(event.payload));
        set("rtt", double(event.rttMs));
        break;
    case EventKind::Error:
        set("kind", QStringLiteral("error"));
        set("message", QString::fromUtf8(event.payload));
        break;
    case EventKind::Close:
        set("kind", QStringLiteral("close"));
        set("code", event.code);
        set("reason", QString::fromUtf8(event.payload));
        set("wasClean", event.wasClean);
        break;
    default:
        break;
    }
    return e;
}

QJSValue ScriptRuntime::messageValues(qint64 from, qint64 to)
{
    to = qMin(to, m_inbox.published());
    QJSValue out = m_engine->newArray(quint32(qMax<qint64>(0, to - from) * 5));
    quint32 k = 0;
    for (qint64 i = from; i < to; ++i) {
        const ScriptInbox::Message *kept = m_inbox.message(i);
        if (!kept) {
            k += 5; // gone: undefined in its place, so the rest stay where the prelude looks
            continue;
        }
        const ScriptInbox::Message &m = *kept;
        out.setProperty(k++, m.text ? QJSValue(QString::fromUtf8(m.payload))
                                    : m_engine->toScriptValue(m.payload));
        out.setProperty(k++, m.text);
        out.setProperty(k++, m.out);
        out.setProperty(k++, double(m.timeMs));
        out.setProperty(k++, m.seq);
    }
    m_messagesBuilt += qMax<qint64>(0, to - from);
    return out;
}

void ScriptRuntime::report(const ScriptCheck &check)
{
    m_outcome.addCheck(check);
    if (m_resultsInLog && m_workbench.logging())
        m_workbench.log().appendCheck(check, m_clock.nowMs());
    emit checked(check);
}

void ScriptRuntime::poll()
{
    if (!isRunning())
        return;
    const qint64 now = m_clock.nowMs();
    bool due = false;
    while (!m_timers.empty() && m_timers.begin()->first <= now) {
        // In the queue by its due time: after the messages that came before it, before
        // those that came after, however late this turn of the loop is.
        m_inbox.pushTimer(m_timers.begin()->second, m_timers.begin()->first);
        m_timers.erase(m_timers.begin());
        due = true;
    }
    if (due)
        postDrain();
    schedule();
}

void ScriptRuntime::schedule()
{
    if (!isRunning() || m_timers.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_timers.begin()->first - m_clock.nowMs());
    m_timer.start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}
