#include "protocol/frame/pingtracker.h"

PingTracker::PingTracker()
{
    m_clock.start();
}

void PingTracker::sent(const QByteArray &payload)
{
    m_pending.push_back({payload, m_clock.nsecsElapsed()});
    if (m_pending.size() > MaxPending)
        m_pending.pop_front();
}

qint64 PingTracker::answered(const QByteArray &payload)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->payload == payload) {
            const qint64 rtt = (m_clock.nsecsElapsed() - it->sentAtNs) / 1000000;
            m_pending.erase(m_pending.begin(), it + 1);
            return rtt;
        }
    }
    return -1;
}
