#pragma once

#include <memory>

#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include "compose/outgoingmessage.h"
#include "compose/rawframerecipe.h"
#include "compose/sendhistory.h"
#include "compose/variables.h"
#include "connection/backoff.h"
#include "connection/connection.h"
#include "connection/connectionstats.h"
#include "log/eventlog.h"
#include "protocol/connectionrequest.h"
#include "session/session.h"

class Clock;
class Journal;
class LayerDriver;
class PeriodicSender;
class Reconnector;
class ShutdownWait;
class SessionLibrary;

/// One connection tab without its widgets: the Connection and everything that keeps or acts
/// on what it does — the event log, statistics, variables, send history, reconnection,
/// periodic sending, on-open messages and the journal — with the tab's policies: a journal
/// per connection attempt, finished off the caller's thread; reopening after a close (F5);
/// what gets sent and how it is built; and the tab's settings as a map to save and restore.
/// The window's ConnectionPage lays it out; wsprobe-cli's client drives it from options.
class ConnectionWorkbench : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWorkbench(const Clock &clock, QObject *parent = nullptr);
    ~ConnectionWorkbench() override;

    Connection &connection() { return *m_connection; }
    const Connection &connection() const { return *m_connection; }
    EventLog &log() { return *m_log; }
    ConnectionStats &stats() { return m_stats; }
    Variables &variables() { return m_variables; }
    SendHistory &history() { return m_history; }
    Reconnector &reconnector() { return *m_reconnector; }
    PeriodicSender &periodicSender() { return *m_periodic; }
    /// The tab's protocol layer (Socket.IO, STOMP…): its choice is saved with the tab.
    LayerDriver &layers() { return *m_layers; }
    const Clock &clock() const { return m_clock; }

    /// Whether events are kept in log() (the console program streams them instead).
    void setLogging(bool keep);
    bool logging() const { return m_logging; }

    /// Every connection that opens journals to a new session in library (null: none). An
    /// attempt that never opens leaves no recording: its events are held until the open and
    /// dropped with its error still in log(). The sessions carry id() as their group.
    void journalTo(const SessionLibrary *library);
    /// Links the tab's recordings in the library (saved with the tab's state).
    QString id() const { return m_id; }
    /// Journals to one private file for as long as the workbench lives (wsprobe-cli record),
    /// with the values of redactNames (header names, query parameters) as "<redacted>".
    /// False with *error when the file cannot be created.
    bool journalToFile(const QString &path, QString *error, const QStringList &redactNames = {});

    /// What the next open() connects to.
    const ConnectionRequest &request() const { return m_request; }
    void setRequest(const ConnectionRequest &request) { m_request = request; }
    void setReconnect(bool enabled, const Backoff &backoff);
    bool reconnectEnabled() const;
    Backoff backoff() const;
    /// The environment this tab is pinned to ("": the window's); kept with the tab's settings.
    QString environment() const { return m_environment; }
    void setEnvironment(const QString &name) { m_environment = name; }
    /// Sent in order, variables expanded, after every open (first or again).
    void setOnOpenMessages(const QStringList &messages) { m_onOpen = messages; }
    QStringList onOpenMessages() const { return m_onOpen; }

    /// Opens request() and keeps it up if reconnecting is on. False when the request was
    /// refused (the reason is an error event, and no journal is left behind).
    bool open();
    /// F5: opens; or closes (aborts while connecting) and opens again once closed.
    void reopen();
    /// The user closes: no reconnect follows.
    void close(int code = 1000, const QString &reason = {});
    /// The user closes in testing mode (Connection::closeForTesting): any code and reason;
    /// no reconnect follows. False when refused (the reason is an error event).
    bool closeForTesting(int code, const QByteArray &reason);
    /// Testing mode (the composer's Raw frame, --send-frame): builds the recipe with the tab's
    /// variables and writes its frames as they are (Connection::sendRawFrames). A Close among
    /// them ends reconnecting, as closeForTesting does. False with *error, or with the
    /// connection's error event when the engine refused.
    bool sendRawFrames(const RawFrameRecipe &recipe, QString *error);
    /// The tab or the window goes away: stops repeating and reconnecting, then closes with
    /// 1001 Going Away (abandons an attempt still connecting).
    void shutdown(const QString &reason);
    /// Quitting: shuts every workbench down at once, then runs the event loop (without user
    /// input) until all their closing handshakes are over or limitMs has passed, whichever
    /// comes first, so that a server that never answers cannot hold the quit up. True when
    /// every connection closed in time.
    static bool shutdownAll(const QList<ConnectionWorkbench *> &workbenches, const QString &reason,
                            int limitMs = ShutdownWaitMs);
    /// Adds waiting for the connection to be closed (after shutdown(), or a tab closed before).
    void addClosingTo(ShutdownWait *wait) const;
    /// How long quitting waits for the closing handshakes.
    static constexpr int ShutdownWaitMs = 2000;

    /// Who holds the connection's reading when it falls behind a flood: reading pauses (TCP
    /// pushes back on the peer) while any of them holds it, and goes on when none does.
    enum class ReadingHold : quint8 { Journal = 1, Script = 2 };
    /// Holds or releases reading for who. Applied to the connection's current engine at
    /// every call, so a hold still in force reaches the engine of a new attempt.
    void holdReading(ReadingHold who, bool hold);
    bool readingHeld() const { return m_readingHolds != 0; }

    /// Builds message with the tab's variables and sends it; text goes into the history.
    /// False with *error (not open, unknown variable, malformed hex, unreadable file…).
    bool send(const OutgoingMessage &message, QString *error);

    /// The tab's settings (request, reconnect, variables, history, on-open messages) for a
    /// restart; the log is not part of it.
    QVariantMap saveState() const;
    /// The same with request as the one the next open() will use (the page's fields).
    QVariantMap saveState(const ConnectionRequest &request) const;
    void restoreState(const QVariantMap &state);

signals:
    /// Something the user should read that is not a connection event: a journal that could
    /// not be started or written, an on-open message that could not be built.
    void notice(const QString &message);
    /// A journal was started for a connection attempt.
    void journalStarted(const QString &path);

private:
    void startJournal();
    void openJournal();
    void finishJournal();
    /// Records into m_journal from now on; a writer behind a flood pauses the reading.
    void attachJournal();
    void detachJournal();
    void sendOnOpen();

    const Clock &m_clock;
    Connection *m_connection;
    EventLog *m_log;
    ConnectionStats m_stats;
    Variables m_variables;
    SendHistory m_history;
    Reconnector *m_reconnector;
    PeriodicSender *m_periodic;
    LayerDriver *m_layers;
    ConnectionRequest m_request;
    QStringList m_onOpen;
    QString m_environment;
    bool m_logging = true;
    bool m_reopenAfterClose = false;

    const SessionLibrary *m_library = nullptr;
    std::unique_ptr<Journal> m_journal;
    bool m_fileJournal = false;
    quint64 m_journalGeneration = 0; ///< which journal may pause reading
    quint8 m_readingHolds = 0;       ///< ReadingHold bits in force
    /// Events of an attempt that has not opened yet, and the header its journal will get.
    class PendingEvents;
    std::unique_ptr<PendingEvents> m_pending;
    SessionHeader m_pendingHeader;
    QString m_id;
};
