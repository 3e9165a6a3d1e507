#include "connection/connectionstats.h"

#include <algorithm>
#include <limits>

namespace {
qint64 secondOf(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
}
} // namespace

ConnectionStats::ConnectionStats()
{
    m_ringSecond.fill(std::numeric_limits<qint64>::min());
}

void ConnectionStats::reset()
{
    *this = ConnectionStats();
}

void ConnectionStats::record(const Event &event)
{
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary: {
        const qint64 size = event.payload.size();
        if (event.direction == Direction::Out) {
            ++m_msgOut;
            m_bytesOut += size;
        } else {
            ++m_msgIn;
            m_bytesIn += size;
        }
        countSecond(event.timeMs, size);
        break;
    }
    case EventKind::Pong:
        if (event.rttMs >= 0) {
            m_rttLast = event.rttMs;
            m_rttMin = m_rttCount ? std::min(m_rttMin, event.rttMs) : event.rttMs;
            m_rttMax = m_rttCount ? std::max(m_rttMax, event.rttMs) : event.rttMs;
            m_rttSum += event.rttMs;
            ++m_rttCount;
        }
        break;
    case EventKind::Open:
        ++m_opens;
        m_openSinceMs = event.timeMs;
        break;
    case EventKind::Close:
        if (m_openSinceMs >= 0)
            m_connectedMs += std::max<qint64>(0, event.timeMs - m_openSinceMs);
        m_openSinceMs = -1;
        break;
    default:
        break;
    }
}

size_t ConnectionStats::slotOf(qint64 second) const
{
    const auto n = qint64(m_ring.size());
    return size_t(((second % n) + n) % n);
}

void ConnectionStats::countSecond(qint64 timeMs, qint64 bytes)
{
    const qint64 second = secondOf(timeMs);
    const size_t slot = slotOf(second);
    if (m_ringSecond[slot] > second)
        return; // older than the window (events arrive in order; this is a clock step back)
    if (m_ringSecond[slot] != second) {
        m_ring[slot] = Second();
        m_ringSecond[slot] = second;
    }
    Second &s = m_ring[slot];
    ++s.messages;
    s.bytes += bytes;
    m_peak.messages = std::max(m_peak.messages, s.messages);
    m_peak.bytes = std::max(m_peak.bytes, s.bytes);
}

const ConnectionStats::Second *ConnectionStats::secondAt(qint64 second) const
{
    const size_t slot = slotOf(second);
    return m_ringSecond[slot] == second ? &m_ring[slot] : nullptr;
}

ConnectionStats::Second ConnectionStats::currentRate(qint64 nowMs) const
{
    const Second *s = secondAt(secondOf(nowMs) - 1);
    return s ? *s : Second();
}

std::array<ConnectionStats::Second, ConnectionStats::HistorySeconds>
ConnectionStats::history(qint64 nowMs) const
{
    std::array<Second, HistorySeconds> out{};
    const qint64 last = secondOf(nowMs) - 1;
    for (int i = 0; i < HistorySeconds; ++i) {
        if (const Second *s = secondAt(last - (HistorySeconds - 1) + i))
            out[size_t(i)] = *s;
    }
    return out;
}

qint64 ConnectionStats::connectedMs(qint64 nowMs) const
{
    return m_connectedMs + (m_openSinceMs >= 0 ? std::max<qint64>(0, nowMs - m_openSinceMs) : 0);
}
