#include "protocol/sendqueue.h"

#include <algorithm>

bool SendQueue::push(qint64 wireBytes, qint64 appBytes)
{
    const qint64 app = m_countHeld ? wireBytes + FrameOverheadBytes : std::max<qint64>(0, appBytes);
    m_pending.push_back({wireBytes, app});
    m_buffered += app;
    return app > 0;
}

bool SendQueue::written(qint64 bytes)
{
    const qint64 before = m_buffered;
    while (bytes > 0 && !m_pending.empty()) {
        Pending &front = m_pending.front();
        const qint64 take = std::min(bytes, front.wireLeft);
        front.wireLeft -= take;
        bytes -= take;
        // A message counts as buffered until its last byte has gone out.
        if (front.wireLeft == 0) {
            m_buffered -= front.app;
            m_pending.pop_front();
        }
    }
    return m_buffered != before;
}

void SendQueue::clear()
{
    m_pending.clear();
    m_buffered = 0;
}
