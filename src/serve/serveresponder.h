#pragma once

#include <map>
#include <memory>
#include <set>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "serve/serverecording.h"
#include "serve/serverules.h"

class Variables;
struct MatchCaptures;

/// What the responder acts on: the serve controller's clients in the app, a fake in tests.
class ServeTarget
{
public:
    virtual ~ServeTarget();
    virtual void serveSend(int client, const QByteArray &payload, bool isText) = 0;
    virtual void serveClose(int client, int code, const QString &reason) = 0;
    /// A rule fired but could not send (its template did not build): for the client's log.
    virtual void serveProblem(int client, const QString &message) = 0;
};

/// The mock server's brain, without sockets, timers or a clock of its own: it is told of
/// clients connecting, their messages and their leaving, with the time, and poll() sends
/// what is due and says how long to wait. Rules are evaluated in order on each message (the
/// first that matches answers, unless it says to continue); when none answers, a served
/// recording does (ServeRecording::find, replies at the recorded delays ÷ speed). Message
/// faults apply to everything it sends. Tested with a ManualClock and no network.
class ServeResponder
{
    Q_DECLARE_TR_FUNCTIONS(ServeResponder)
public:
    /// variables (may be null) expand `{{name}}` and the built-ins in replies; captures of
    /// the matching rule (`{{$0}}`, `{{$1}}`, `{{$name}}`) are expanded first.
    explicit ServeResponder(Variables *variables = nullptr);
    ~ServeResponder();

    /// Replaces the rules and faults; what the old rules fired so far is forgotten.
    void setRules(const ServeRules &rules);
    const ServeRules &rules() const { return m_rules; }
    void setFaults(const MessageFaults &faults) { m_rules.faults = faults; }
    /// Serve a recording (null: none). speed 1 = the recorded delays, 2 = half of them, 0 = at
    /// once.
    void setRecording(std::shared_ptr<const ServeRecording> recording, double speed = 1.0);

    /// The server started at nowMs: interval rules to all count from here.
    void start(qint64 nowMs);
    void clientConnected(int client, qint64 nowMs);
    void clientMessage(int client, const QByteArray &payload, bool isText, qint64 nowMs);
    /// The client left: what was pending for it is dropped.
    void clientGone(int client);

    static constexpr qint64 Idle = -1;
    /// Sends what is due at nowMs; returns the ms until something else is due, or Idle.
    qint64 poll(qint64 nowMs, ServeTarget &target);

    /// How often each rule fired (index as in rules()), over all clients.
    qint64 firedCount(qsizetype rule) const;
    qint64 droppedByFaults() const { return m_dropped; }
    qint64 duplicatedByFaults() const { return m_duplicated; }
    /// Client messages no rule and no recorded exchange answered.
    qint64 unanswered() const { return m_unanswered; }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    /// `{{$0}}`, `{{$1}}`, `{{$name}}` replaced by the captures; other placeholders left for
    /// Variables. In a JSON body a capture inside a string literal is escaped for it.
    static QString expandCaptures(const QString &body, bool json, const MatchCaptures &captures);

private:
    struct Action
    {
        int client = -1;
        bool close = false;
        QByteArray payload;
        bool isText = true;
        int code = 0;
        QString reason;
    };
    /// Runs a rule for one client at nowMs (captures/echo from the message that fired it).
    void fire(qsizetype rule, int client, qint64 nowMs, const MatchCaptures *captures,
              const QByteArray *message, bool messageIsText);
    bool spent(qsizetype rule, int client) const;
    void schedule(qint64 dueMs, Action action, bool faults = true);
    void scheduleGreeting(int client, qint64 nowMs);
    void fireTicks(qint64 nowMs);

    Variables *m_variables;
    ServeRules m_rules;
    std::shared_ptr<const ServeRecording> m_recording;
    double m_speed = 1.0;
    std::set<int> m_clients;
    std::map<int, qsizetype> m_cursor;                      ///< client → next exchange
    std::map<std::pair<qsizetype, int>, int> m_firedFor;    ///< (rule, client or -1) → times
    std::map<std::pair<qsizetype, int>, qint64> m_nextTick; ///< (rule, client or -1) → due
    std::vector<qint64> m_fired;
    std::multimap<std::pair<qint64, quint64>, Action> m_pending; ///< (due, sequence)
    quint64 m_sequence = 0;
    qint64 m_sentCount = 0;
    qint64 m_dropped = 0;
    qint64 m_duplicated = 0;
    qint64 m_unanswered = 0;
    qint64 m_startMs = -1;
    std::vector<std::pair<int, QString>> m_problems;
};
