#include "script/scriptruntime.h"

#include <climits>

#include <QDir>
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

namespace {

} // namespace

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
    m_received.clear();
    m_hookFailed = false;
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

    const QJSValue p = m_engine->evaluate(preludeSource(QStringLiteral("prelude.js")),
                                          QStringLiteral("prelude.js"));
    if (p.isError()) {
        handleError(p);
        return true;
    }
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

void ScriptRuntime::onEvent(const Event &event)
{
    if (!isRunning())
        return;
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
    case EventKind::Text:
    case EventKind::Binary:
        if (event.direction == Direction::In) {
            if (m_received.size() >= MaxReceived)
                m_received.removeFirst();
            m_received.append(event);
        }
        set("kind", QStringLiteral("message"));
        // Where the log holds it, so that a check can name the message it matched. The log
        // is a sink of the connection: it has stored the event before this signal.
        set("seq", m_workbench.logging() ? double(m_workbench.log().lastEventNumber()) : -1.0);
        set("isText", event.kind == EventKind::Text);
        set("data", event.kind == EventKind::Text ? QJSValue(QString::fromUtf8(event.payload))
                                                  : m_engine->toScriptValue(event.payload));
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
    case EventKind::Handshake:
    case EventKind::Frame:
    case EventKind::Check:
        return;
    }
    call("__event", {e});
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
    while (isRunning() && !m_timers.empty() && m_timers.begin()->first <= now) {
        const int id = m_timers.begin()->second;
        m_timers.erase(m_timers.begin());
        call("__timer", {id});
    }
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
