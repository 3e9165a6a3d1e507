#pragma once

#include <vector>

#include <QRegularExpression>

#include "connection/event.h"
#include "log/eventstore.h"

/// How a recording is played back.
struct ReplayOptions
{
    /// 1 = as recorded, 2 = twice as fast; 0 = as fast as possible while bufferedAmount stays
    /// under bufferedThreshold.
    double speed = 1.0;
    qint64 bufferedThreshold = 64 * 1024;
    /// Send one message per step() instead of on a timer.
    bool step = false;
    /// Before each next send, wait for this many incoming messages since the last send…
    int waitForCount = 0;
    /// …or for an incoming message that matches (when valid and not empty).
    QRegularExpression waitForMatch;
    /// Give up waiting after this long and send anyway (counted as a timeout).
    int waitTimeoutMs = 10000;
    /// After the last send: finish once as many messages came in as were recorded. Until
    /// then wait at least waitTimeoutMs after the last send (a slow server's last reply is
    /// not "missing") and lingerMs after the last reply, whichever ends later.
    int lingerMs = 1500;
};

/// What the scheduler drives: a connection in the app, a fake in tests.
class ReplayTarget
{
public:
    virtual ~ReplayTarget();
    virtual void sendMessage(const Event &message) = 0;
    virtual qint64 bufferedAmount() const = 0;
};

/// Decides when each recorded outgoing message is sent again. No timers and no clock of its
/// own: the caller passes the time to poll() and sleeps for as long as poll() says, so tests
/// run it with a fake clock.
class ReplayScheduler
{
public:
    /// Takes the outgoing text and binary messages of the recording, and counts the incoming.
    ReplayScheduler(const EventStore &recording, const ReplayOptions &options);

    /// The connection opened at nowMs: recorded times count from here.
    void start(qint64 nowMs);
    static constexpr qint64 WaitForEvent = -1;
    /// Sends what is due. Returns how many ms to sleep before the next poll, WaitForEvent when
    /// only incoming() or step() can move things on, or 0 when finished().
    qint64 poll(qint64 nowMs, ReplayTarget &target);
    /// An incoming message arrived (counts towards waits and the end of the replay).
    void incoming(const Event &message, qint64 nowMs);
    /// Step mode: allow the next message.
    void step() { ++m_stepsAllowed; }

    bool finished() const { return m_finished; }
    qsizetype sentCount() const { return m_next; }
    qsizetype total() const { return qsizetype(m_outgoing.size()); }
    qsizetype recordedIncoming() const { return m_recordedIncoming; }
    qsizetype receivedCount() const { return m_received; }
    int waitTimeouts() const { return m_waitTimeouts; }
    /// True while a send is held back by a wait condition.
    bool waiting() const { return m_waitingSince >= 0; }

private:
    bool waitSatisfied() const;

    struct Outgoing
    {
        qint64 offsetMs; ///< since the recording's open
        Event event;
    };
    std::vector<Outgoing> m_outgoing;
    ReplayOptions m_options;
    qsizetype m_recordedIncoming = 0;
    qsizetype m_next = 0;
    qint64 m_anchorNow = 0;    ///< wall time that…
    qint64 m_anchorOffset = 0; ///< …corresponds to this recorded offset
    qint64 m_waitingSince = -1;
    qsizetype m_receivedSinceSend = 0;
    bool m_matchedSinceSend = false;
    qsizetype m_received = 0;
    qint64 m_lastActivity = 0;
    qint64 m_lastSend = 0;
    int m_stepsAllowed = 0;
    int m_waitTimeouts = 0;
    bool m_started = false;
    bool m_finished = false;
};
