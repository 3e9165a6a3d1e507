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
#include "script/scriptinbox.h"
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
///
/// What happens reaches the script through a queue (ScriptInbox), in the order it happened,
/// in batches of at most turnBudgetMs() of JavaScript per turn of the event loop, so that a
/// flood cannot keep the loop (the log, the window) from running; a message becomes a
/// JavaScript object only when a hook, a handler or an assertion reads it. When the script
/// falls more than queueLimit() messages behind, the connection's reading is held
/// (ConnectionWorkbench::holdReading) until it has caught up half of that: nothing is dropped
/// and the queue stays bounded.
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

    /// The JavaScript time one turn of the event loop may spend delivering queued events
    /// (at least one batch runs per turn, however long it takes).
    void setTurnBudgetMs(int ms) { m_turnBudgetMs = qMax(1, ms); }
    int turnBudgetMs() const { return m_turnBudgetMs; }
    static constexpr int DefaultTurnBudgetMs = 10;
    /// How far (in messages, or bytes of payload) the script may fall behind before the
    /// connection's reading is held; it goes on once half of that is left.
    void setQueueLimit(qint64 messages, qint64 bytes = DefaultQueueBytes);
    qint64 queueLimit() const { return m_queueLimit; }
    static constexpr qint64 DefaultQueueMessages = 4096;
    static constexpr qint64 DefaultQueueBytes = 16 * 1024 * 1024;
    /// Messages and events queued for the script now, and the most there were in this run.
    qint64 queuedMessages() const { return m_inbox.queuedMessages(); }
    qint64 peakQueuedMessages() const { return m_peakQueued; }
    /// Messages made into JavaScript objects in this run (for a hook, a handler or an
    /// assertion that read them); a script that reads none makes none.
    qint64 messagesBuilt() const { return m_messagesBuilt; }
    /// Calls into JavaScript that delivered queued events in this run.
    qint64 batchesDelivered() const { return m_batches; }

signals:
    void logged(const QString &text);
    void checked(const ScriptCheck &check);
    void finished(const ScriptOutcome &outcome);

private:
    friend class ScriptHost;

    void onEvent(const Event &event);
    /// Delivers queued events for at most one turn's budget; posts itself again for what is
    /// left, so the event loop runs in between.
    void drain();
    void postDrain();
    /// Lets reading go on once the queue is down to half its limit.
    void releaseHoldWhenCaughtUp();
    /// An open, close, error, ping or pong as the prelude's __event takes it.
    QJSValue eventValue(const Event &event);
    /// Messages from … to-1 (those still kept) for the prelude: [data, isText, out, time, seq]
    /// for each, flattened.
    QJSValue messageValues(qint64 from, qint64 to);
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

    ScriptInbox m_inbox;
    QJSValue m_eventsFn; ///< the prelude's __events, held so that a script cannot replace it
    int m_turnBudgetMs = DefaultTurnBudgetMs;
    qint64 m_queueLimit = DefaultQueueMessages;
    qint64 m_queueBytesLimit = DefaultQueueBytes;
    bool m_drainPosted = false;
    bool m_holding = false;
    double m_nsPerEntry = 1e6; ///< what delivering one message or event cost lately
    qint64 m_lastBatch = 0;    ///< messages and events in the last batch
    static constexpr qint64 MinBatch = 8;
    qint64 m_peakQueued = 0;
    qint64 m_messagesBuilt = 0;
    qint64 m_batches = 0;
};
