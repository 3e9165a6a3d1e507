#pragma once

#include <deque>
#include <functional>

#include <QList>

#include "connection/event.h"

/// What a script run has still to see, in the order it happened: the connection's events,
/// its timers as they fall due and the answers of its HTTP requests, queued as they come and
/// handed to the engine in batches (ScriptRuntime::drain), so that a flood costs the event
/// loop a bounded slice per turn instead of one call into JavaScript per message.
///
/// Messages are numbered from 0 in the order they were published and kept in a bounded
/// history the prelude reads back from by number (expectMessage reads messages that came
/// before it was called), so a message becomes a JavaScript object only when a hook, a
/// handler or an assertion looks at it. No JavaScript here: the runtime turns entries into
/// values.
class ScriptInbox
{
public:
    /// One message as the script may read it: what the event says of it, where the log
    /// holds it, and when it was queued on the runtime's clock (timers fall due between
    /// messages by this). Not the whole Event: a flood's history is copied and kept.
    struct Message
    {
        QByteArray payload;
        qint64 timeMs = 0;
        double seq = -1;
        qint64 at = 0;
        bool text = true;
        bool out = false;
    };

    /// One delivery. Consecutive messages share one entry (a run of numbers from `begin` up
    /// to `end`, exclusive): the prelude takes a run as one number.
    struct Entry
    {
        enum class Kind : quint8 { Messages, Event, Timer, Call };
        Kind kind = Kind::Event;
        qint64 at = 0;
        qint64 begin = 0;           ///< Messages: the first message's number
        qint64 end = 0;             ///< Messages: one past the last message's number
        Event event;                ///< Event: open, close, error, ping, pong
        int timer = 0;              ///< Timer: the prelude's id
        std::function<void()> call; ///< Call: runs alone (an HTTP answer)
    };

    /// Queues a message (any direction); its number.
    qint64 pushMessage(const Event &event, double seq, qint64 at);
    void pushEvent(const Event &event, qint64 at);
    /// A timer due at `due` goes after everything queued at or before that time and before
    /// what came later, so a timeout still comes after the messages that beat it.
    void pushTimer(int id, qint64 due);
    void pushCall(std::function<void()> call, qint64 at);

    bool isEmpty() const { return m_entries.empty(); }
    Entry &front() { return m_entries.front(); }
    void popFront();
    /// Takes up to n messages of the front entry (a run): the new number of messages
    /// delivered. The entry goes when its run is taken.
    qint64 takeMessages(qint64 n);

    /// Messages and other entries waiting, and the bytes of their payloads.
    qint64 queuedMessages() const { return m_published - m_delivered; }
    qsizetype queuedEntries() const { return qsizetype(m_entries.size()); }
    qint64 queuedBytes() const { return m_queuedBytes; }

    /// Messages published so far (queued or delivered): the number the next one gets.
    qint64 published() const { return m_published; }
    /// Messages handed to the script so far.
    qint64 delivered() const { return m_delivered; }
    /// The oldest message the script may still read back; older numbers are gone for it.
    qint64 first() const { return m_first; }
    /// Message number n, or null when it is gone or not published yet.
    const Message *message(qint64 n) const;
    /// The newest incoming messages delivered so far (at most RetainedMessages of all), as
    /// events: what expectReplayMatches compares.
    QList<Event> received() const;

    /// Forgets everything (a new run).
    void clear();

    /// How many delivered messages stay readable (expectMessage reads back at most these).
    static constexpr qint64 KeptMessages = 10000;
    /// How many delivered messages are kept for received().
    static constexpr qint64 RetainedMessages = 100000;

private:
    /// Moves first() on and drops delivered messages beyond RetainedMessages, in steps so
    /// that the cost per message stays constant.
    void trim();

    std::deque<Entry> m_entries;
    std::deque<Message> m_history; ///< messages m_kept … m_published - 1
    qint64 m_kept = 0;
    qint64 m_first = 0;
    qint64 m_published = 0;
    qint64 m_delivered = 0;
    qint64 m_queuedBytes = 0;
};
