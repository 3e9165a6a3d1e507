#pragma once

#include <deque>
#include <map>
#include <memory>
#include <set>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "compose/outgoingmessage.h"
#include "compose/variables.h"
#include "connection/connection.h"
#include "protocol/server/serverconfig.h"
#include "serve/servefault.h"
#include "serve/serverepeat.h"
#include "serve/serveresponder.h"

class Clock;
class EventLog;
class Journal;
class ServerEngine;
class WebSocketListener;

/// One client of a serve tab as its row shows it.
struct ServeClientInfo
{
    int id = 0;
    QString address; ///< "127.0.0.1:51234"
    QString path;
    QString protocol;
    ReadyState state = ReadyState::Connecting;
    qint64 messagesIn = 0, messagesOut = 0, bytesIn = 0, bytesOut = 0;
    qint64 connectedAtMs = 0;
    int closeCode = 0; ///< once closed
    QString journalPath;
};

/// A serve tab without its widgets (and `wsprobe-cli serve`): listens, makes each accepted
/// client a Connection over its ServerEngine with its own log and journal, answers by the
/// rules or a recording (ServeResponder on the real clock), sends to one client, a selection
/// or all, and stops by closing every client with 1001 Going Away.
class ServeController : public QObject, private ServeTarget
{
    Q_OBJECT
public:
    explicit ServeController(const Clock &clock, QObject *parent = nullptr);
    ~ServeController() override;

    /// False with a specific *error (the port in use, the TLS files).
    bool listen(const ServerConfig &config, QString *error);
    bool isListening() const;
    quint16 port() const;
    QUrl url(const QString &path = QStringLiteral("/")) const;
    /// wss: the certificate's SHA-256 fingerprint; empty for ws.
    QString certificateFingerprint() const;
    /// Faults of the handshake and the engine for clients accepted from now on.
    void setServerFaults(const ServerFaults &faults);

    /// Per-connection options for each client's engine (reportFrames, autoPong, limits).
    void setConnectionOptions(const ConnectionRequest &options) { m_options = options; }
    void setRules(const ServeRules &rules);
    /// Replaces only the message faults of the rules (the tab's Faults page).
    void setMessageFaults(const MessageFaults &faults) { m_responder.setFaults(faults); }
    const ServeRules &rules() const { return m_responder.rules(); }
    void setRecording(std::shared_ptr<const ServeRecording> recording, double speed);
    const ServeResponder &responder() const { return m_responder; }
    Variables &variables() { return m_variables; }
    /// Journal each client: the first to path, later ones beside it ("x.wsprobe.jsonl",
    /// "x-2.wsprobe.jsonl", …). Empty: none.
    void setRecordPath(const QString &path) { m_recordPath = path; }
    /// Keep an in-memory EventLog per client and a merged one (the tab; not the console).
    /// The merged one exists from here, so a view can show it before the first client.
    void setKeepLogs(bool keep);

    /// Rows of clients that have left are kept for their log and counts, the newest this many
    /// (the oldest beyond it are forgotten, clientRemoved()); their connection, engine, socket
    /// and journal are freed as soon as they close.
    static constexpr int DefaultFinishedClientsKept = 200;
    void setFinishedClientsKept(int count);
    int finishedClientsKept() const { return m_finishedKept; }
    /// Clients whose connection (engine, socket) is still held: the open ones and those that
    /// closed a moment ago, until the event loop frees them.
    int liveClientCount() const;

    QList<int> clientIds() const;
    const ServeClientInfo *client(int id) const;
    int openClientCount() const;
    EventLog *clientLog(int id) const;
    /// Every client's events in one log; mergedClient(row) says whose each row is.
    EventLog *mergedLog() const { return m_merged.get(); }
    int mergedClient(qsizetype row) const;
    /// For the tab's Faults menu (frames RFC 6455 forbids, dropping TCP); null once gone.
    ServerEngine *engine(int id) const;

    /// Builds the message with the tab's variables and sends it. False with *error.
    bool send(int id, const OutgoingMessage &message, QString *error);
    /// To each client of ids (all open ones when ids is empty); the number it went to.
    int sendTo(const QList<int> &ids, const OutgoingMessage &message, QString *error);
    bool ping(int id, const QByteArray &payload = {});
    /// The composer's Repeat to many clients: sends message to each client of ids (all open
    /// ones when empty) every intervalMs, limit times each (0: until stopRepeat() or the
    /// client leaves), through a PeriodicSender per client, so a tick that finds that client's
    /// buffer over the threshold is skipped there, not queued. Replaces a running repeat.
    /// The number of clients it started for, or 0 with *error.
    int startRepeat(const QList<int> &ids, const OutgoingMessage &message, int intervalMs,
                    qint64 limit, QString *error);
    void stopRepeat();
    /// Clients a repeat is still sending to.
    int repeatingCount() const;
    /// Messages the current repeat has sent, over every client.
    qint64 repeatSentCount() const;
    /// Testing mode: writes the frames as they are to each client of ids (all open ones when
    /// empty); the number of clients they went to, or 0 with *error.
    int sendRawFrames(const QList<int> &ids, const QList<RawFrame> &frames, QString *error);
    /// Any code: 1000 and 3000–4999 as a browser would, 1001 going away, others (1011,
    /// invalid ones) in testing mode, written as given.
    bool close(int id, int code, const QString &reason);
    /// Drops TCP without a Close.
    void drop(int id);
    /// Does a fault to one client now (a crafted frame is logged as a frame, whole). False
    /// with *error when the client is not open or the frame cannot be written.
    bool applyFault(int id, const ServeFault &fault, QString *error = nullptr);
    /// Faults done to every client that connects from now on, each its afterMs after the
    /// client's connection opens.
    void setOpenFaults(const QList<ServeFault> &faults) { m_openFaults = faults; }
    const QList<ServeFault> &openFaults() const { return m_openFaults; }
    /// Stops listening and closes every client with 1001; stopped() follows once all are
    /// closed, or after timeoutMs (the rest dropped).
    void stop(int timeoutMs = 3000);
    /// Between stop() and stopped().
    bool isStopping() const { return m_stopping; }

    /// "x.wsprobe.jsonl" → "x-3.wsprobe.jsonl" for n = 3 (n = 1: path itself).
    static QString numberedPath(const QString &path, int n);

signals:
    void clientConnected(int id);
    /// State or counts changed (counts at most every 100 ms).
    void clientChanged(int id);
    void clientEvent(int id, const Event &event);
    void clientFinished(int id);
    /// A finished client is forgotten (beyond finishedClientsKept()): its info and log go
    /// once the signal returns.
    void clientRemoved(int id);
    /// A repeat started, sent, or stopped for a client (repeatingCount() says whether any is
    /// left).
    void repeatChanged();
    /// Something not tied to one event: an accept error, a journal that could not be opened.
    void problem(const QString &message);
    void stopped();

private:
    struct Client;
    void take();
    void onEvent(Client *client, const Event &event);
    void schedulePoll();
    void finishStop();
    void retire(int id);
    void trimFinished();
    /// The client's connection while it is open; null otherwise.
    Connection *openConnection(int id) const;
    /// ids, or every open client when ids is empty.
    QList<int> targets(const QList<int> &ids) const;
    // ServeTarget
    void serveSend(int client, const QByteArray &payload, bool isText) override;
    void serveClose(int client, int code, const QString &reason) override;
    void serveProblem(int client, const QString &message) override;

    const Clock &m_clock;
    std::unique_ptr<WebSocketListener> m_listener;
    ConnectionRequest m_options;
    Variables m_variables;
    ServeResponder m_responder;
    QTimer m_pollTimer;
    QTimer m_changeTimer;
    std::set<int> m_changed;
    std::map<int, std::unique_ptr<Client>> m_clients;
    /// Sends through the clients' connections, so it goes before them (declared after).
    ServeRepeat m_repeat;
    std::unique_ptr<EventLog> m_merged;
    std::deque<int> m_mergedClients; ///< the client of each row of m_merged
    std::deque<int> m_finished;      ///< ids of the clients that left, oldest first
    int m_finishedKept = DefaultFinishedClientsKept;
    int m_nextId = 1;
    QString m_recordPath;
    QList<ServeFault> m_openFaults;
    bool m_keepLogs = false;
    bool m_stopping = false;
    QTimer m_stopTimer;
};
