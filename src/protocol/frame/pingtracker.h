#pragma once

#include <deque>

#include <QByteArray>
#include <QElapsedTimer>

/// The pings this end sent, to give a matching pong its round trip. Every engine that sees
/// pongs needs it; a pong that matches no ping (unsolicited, or after many unanswered) has none.
class PingTracker
{
public:
    PingTracker();

    /// A ping with this payload went out now.
    void sent(const QByteArray &payload);
    /// A pong with this payload came: the round trip in ms to the ping it answers (that ping
    /// and any older ones are forgotten), or -1.
    qint64 answered(const QByteArray &payload);
    void clear() { m_pending.clear(); }

    /// A peer that never answers must not grow the list forever.
    static constexpr std::size_t MaxPending = 64;

private:
    struct Pending
    {
        QByteArray payload;
        qint64 sentAtNs;
    };
    QElapsedTimer m_clock;
    std::deque<Pending> m_pending;
};
