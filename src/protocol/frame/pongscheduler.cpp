#include "protocol/frame/pongscheduler.h"

#include <algorithm>
#include <climits>

std::optional<QByteArray> PongScheduler::ping(const QByteArray &payload, qint64 backlog)
{
    if (m_waiting == 0 && backlog <= BacklogBytes)
        return payload;
    m_latest = payload;
    ++m_waiting;
    return std::nullopt;
}

std::optional<QByteArray> PongScheduler::drained(qint64 backlog)
{
    if (m_waiting == 0 || backlog > BacklogBytes)
        return std::nullopt;
    return m_latest;
}

QString PongScheduler::takeUnansweredNote(bool answered, Endpoint role)
{
    const qint64 skipped = answered ? m_waiting - 1 : m_waiting;
    m_waiting = 0;
    m_latest.clear();
    if (skipped <= 0)
        return {};
    const int n = int(std::min<qint64>(skipped, INT_MAX));
    if (role == Endpoint::Server)
        return answered ? tr("%n client ping(s) went unanswered: while the client was not "
                             "reading, Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 "
                             "allows.",
                             nullptr, n)
                        : tr("%n client ping(s) went unanswered: the client stopped reading, so "
                             "its pongs could not be written.",
                             nullptr, n);
    return answered ? tr("%n server ping(s) went unanswered: while the server was not reading, "
                         "Wsprobe answered only the latest ping, as RFC 6455 §5.5.3 allows.",
                         nullptr, n)
                    : tr("%n server ping(s) went unanswered: the server stopped reading, so its "
                         "pongs could not be written.",
                         nullptr, n);
}
