#pragma once

#include <array>

#include "connection/event.h"
#include "connection/eventsink.h"

/// Per-connection figures for the statistics panel, fed the same events as the log: messages
/// and bytes each way, rates per second (the last minute kept for a chart), ping round trips,
/// connected time and reconnects. Time comes from the events, so a test feeds timestamps.
class ConnectionStats : public EventSink
{
public:
    static constexpr int HistorySeconds = 60;

    struct Second
    {
        qint64 messages = 0;
        qint64 bytes = 0;
    };

    ConnectionStats();
    void record(const Event &event) override;
    void reset();

    qint64 messages(Direction d) const { return d == Direction::Out ? m_msgOut : m_msgIn; }
    qint64 bytes(Direction d) const { return d == Direction::Out ? m_bytesOut : m_bytesIn; }
    /// Messages and bytes (both ways) in the last whole second before nowMs.
    Second currentRate(qint64 nowMs) const;
    /// The busiest whole second seen.
    Second peakRate() const { return m_peak; }
    /// The HistorySeconds whole seconds before nowMs, oldest first; empty seconds are zero.
    std::array<Second, HistorySeconds> history(qint64 nowMs) const;

    qint64 lastRttMs() const { return m_rttLast; }
    qint64 minRttMs() const { return m_rttCount ? m_rttMin : -1; }
    qint64 maxRttMs() const { return m_rttCount ? m_rttMax : -1; }
    double averageRttMs() const { return m_rttCount ? double(m_rttSum) / m_rttCount : -1.0; }
    qint64 rttCount() const { return m_rttCount; }

    /// Time spent open: finished opens plus the current one up to nowMs.
    qint64 connectedMs(qint64 nowMs) const;
    bool isOpen() const { return m_openSinceMs >= 0; }
    int opens() const { return m_opens; }
    int reconnects() const { return m_opens > 0 ? m_opens - 1 : 0; }

private:
    void countSecond(qint64 timeMs, qint64 bytes);
    const Second *secondAt(qint64 second) const;
    size_t slotOf(qint64 second) const;

    qint64 m_msgIn = 0, m_msgOut = 0, m_bytesIn = 0, m_bytesOut = 0;
    std::array<Second, HistorySeconds + 1> m_ring{};
    std::array<qint64, HistorySeconds + 1> m_ringSecond{}; ///< which second each slot holds
    Second m_peak;
    qint64 m_rttLast = -1, m_rttMin = 0, m_rttMax = 0, m_rttSum = 0, m_rttCount = 0;
    qint64 m_openSinceMs = -1;
    qint64 m_connectedMs = 0;
    int m_opens = 0;
};
