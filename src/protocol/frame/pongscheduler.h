#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "protocol/wiretypes.h"

/// When to answer a server's ping. At once while the socket has room; while it is backed up
/// (the server pings but does not read), only the latest ping is kept and answered when the
/// socket drains — RFC 6455 §5.5.3 allows answering just the most recent one — so a server
/// that never reads cannot make the client's queue grow. It counts what went unanswered.
class PongScheduler
{
    Q_DECLARE_TR_FUNCTIONS(PongScheduler)
public:
    /// While more than this waits in the socket, a ping is not answered at once.
    static constexpr qint64 BacklogBytes = 64 * 1024;

    /// A ping arrived while `backlog` bytes wait in the socket: the payload to answer with
    /// now, or nothing (it is kept for later).
    std::optional<QByteArray> ping(const QByteArray &payload, qint64 backlog);
    /// The socket drained to `backlog`: the pong to write now, if one is waiting.
    std::optional<QByteArray> drained(qint64 backlog);
    /// What went unanswered, for the log, once a waiting pong was written (answered) or the
    /// connection ended with one still waiting; empty when nothing did. Resets the count.
    /// role: which end Wsprobe plays (the pings are the other end's).
    QString takeUnansweredNote(bool answered, Endpoint role = Endpoint::Client);
    bool isWaiting() const { return m_waiting > 0; }

private:
    QByteArray m_latest;
    qint64 m_waiting = 0; ///< pings received while backed up
};
