#pragma once

#include <map>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QJSValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "connection/event.h"
#include "match/messagematcher.h"
#include "script/scriptresult.h"
#include "script/scriptwatchdog.h"

class Clock;
class ConnectionWorkbench;
class QJSEngine;
class QNetworkAccessManager;
class ScriptHost;

/// Runs one script (docs/scripting.md) on a connection tab's workbench: a fresh QJSEngine
/// per run with the `ws`, `vars`, `http`, `log` and assertion API, the connection's events
/// fed in as they happen, timers on the injected Clock, a watchdog against endless loops.
/// A script without `await` still runs its handlers until it returns; the run ends when the
/// script's top level finishes, throws, is stopped, or exceeds its time limit.
///
/// Timers look at the Clock; a QTimer only decides when to look, so a test with a
/// ManualClock moves the clock and calls poll() and nothing sleeps.
class ScriptRuntime : public QObject
{
    Q_OBJECT
public:
    ScriptRuntime(ConnectionWorkbench &workbench, const Clock &clock, QObject *parent = nullptr);
    ~ScriptRuntime() override;

    /// How long the script may keep the thread without a pause before it is interrupted.
    void setBusyLimitMs(int ms) { m_busyLimitMs = ms; }
    int busyLimitMs() const { return m_busyLimitMs; }
    /// Open the tab's request (through beforeConnect) before the script's first line when
    /// the connection is not open; on by default.
    void setAutoConnect(bool on) { m_autoConnect = on; }
    bool autoConnect() const { return m_autoConnect; }

    /// Starts running source; false when a run is going on. The outcome comes with finished().
    bool start(const QString &source, const QString &fileName = QStringLiteral("script.js"));
    /// Ends the run now (Stopped); the connection stays as it is.
    void stop(const QString &why = {});
    bool isRunning() const { return m_engine != nullptr; }
    const ScriptOutcome &outcome() const { return m_outcome; }
    /// Fires the timers that are due on the clock. The timer calls it; so may tests.
    void poll();
    /// Timers (sleep, setTimeout, the limits of assertions) waiting for the clock.
    qsizetype pendingTimers() const { return qsizetype(m_timers.size()); }
    /// Ends the run as failed when it has not finished within ms of the clock (0: never).
    void setRunLimitMs(qint64 ms) { m_runLimitMs = ms; }
    /// Each check also becomes a row of the tab's log, in order with the messages (when the
    /// workbench keeps one); on by default.
    void setResultsInLog(bool on) { m_resultsInLog = on; }
    bool resultsInLog() const { return m_resultsInLog; }
    /// Where expectReplayMatches looks for a relative session path (the script's folder).
    void setBaseDir(const QString &dir) { m_baseDir = dir; }
    /// The one folder the script may read files from (expectReplayMatches); empty: none. A
    /// path outside it (through `..` or a symbolic link) is refused with a clear error.
    void setAllowedDir(const QString &dir) { m_allowedDir = dir; }
    const QString &allowedDir() const { return m_allowedDir; }
    /// Whether path (resolved, symbolic links followed) is inside the allowed folder; false
    /// with *error saying why not.
    bool fileAllowed(const QString &path, QString *error) const;

    /// The incoming messages expectReplayMatches compares; the oldest go beyond this.
    static constexpr qsizetype MaxReceived = 100000;

signals:
    void logged(const QString &text);
    void checked(const ScriptCheck &check);
    void finished(const ScriptOutcome &outcome);

private:
    friend class ScriptHost;

    void onEvent(const Event &event);
    /// Counts a check, puts it in the log and reports it.
    void report(const ScriptCheck &check);
    void call(const char *function, const QJSValueList &args);
    void handleError(const QJSValue &error);
    void end(ScriptOutcome::Status status, const QString &message, int line = 0, int column = 0);
    void schedule();
    void onBeat();

    ConnectionWorkbench &m_workbench;
    const Clock &m_clock;
    int m_busyLimitMs = 5000;
    bool m_autoConnect = true;
    bool m_resultsInLog = true;
    qint64 m_runLimitMs = 0;
    qint64 m_startedMs = 0;
    QString m_fileName;
    QString m_baseDir;
    QString m_allowedDir;
    QList<Event> m_received; ///< incoming text and binary messages of this run
    QJSEngine *m_engine = nullptr;
    ScriptHost *m_host = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QMetaObject::Connection m_eventConnection;
    ScriptOutcome m_outcome;
    ScriptWatchdog m_watchdog;
    QTimer m_timer;                      ///< when the next script timer is due
    QTimer m_beat;                       ///< the watchdog's heartbeat
    std::multimap<qint64, int> m_timers; ///< due time on the clock → timer id
    std::vector<MessageMatcher> m_matchers;
    bool m_hookFailed = false;
};
