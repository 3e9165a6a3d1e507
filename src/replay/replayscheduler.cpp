#include "replay/replayscheduler.h"

#include <cmath>

ReplayTarget::~ReplayTarget() = default;

ReplayScheduler::ReplayScheduler(const EventStore &recording, const ReplayOptions &options)
    : m_options(options)
{
    // Offsets count from the recording's open; without one, from its first message.
    qint64 origin = -1;
    for (qsizetype i = 0; i < recording.size() && origin < 0; ++i) {
        const EventStore::Row &row = recording.row(i);
        if (row.kind == EventKind::Open || row.kind == EventKind::Text
            || row.kind == EventKind::Binary)
            origin = row.timeMs;
    }
    for (qsizetype i = 0; i < recording.size(); ++i) {
        const EventStore::Row &row = recording.row(i);
        if (row.kind != EventKind::Text && row.kind != EventKind::Binary)
            continue;
        if (row.direction == Direction::Out)
            m_outgoing.push_back({qMax<qint64>(0, row.timeMs - origin), recording.at(i)});
        else
            ++m_recordedIncoming;
    }
}

void ReplayScheduler::start(qint64 nowMs)
{
    m_started = true;
    m_anchorNow = nowMs;
    m_anchorOffset = 0;
    m_lastActivity = nowMs;
    m_lastSend = nowMs;
}

bool ReplayScheduler::waitSatisfied() const
{
    const bool byMatch =
        m_options.waitForMatch.isValid() && !m_options.waitForMatch.pattern().isEmpty();
    if (byMatch && m_matchedSinceSend)
        return true;
    if (m_options.waitForCount > 0 && m_receivedSinceSend >= m_options.waitForCount)
        return true;
    return !byMatch && m_options.waitForCount <= 0;
}

qint64 ReplayScheduler::poll(qint64 nowMs, ReplayTarget &target)
{
    if (!m_started || m_finished)
        return m_finished ? 0 : WaitForEvent;
    while (m_next < total()) {
        // Hold the next message until the replies to the previous one came.
        if (m_next > 0 && !waitSatisfied()) {
            if (m_waitingSince < 0)
                m_waitingSince = nowMs;
            const qint64 left = m_waitingSince + m_options.waitTimeoutMs - nowMs;
            if (left > 0)
                return left;
            ++m_waitTimeouts;
        }
        if (m_waitingSince >= 0) {
            // The recorded gap counts from the moment the wait ended.
            m_anchorNow = nowMs;
            m_anchorOffset = m_outgoing[size_t(m_next - 1)].offsetMs;
            m_waitingSince = -1;
        }
        const Outgoing &out = m_outgoing[size_t(m_next)];
        if (m_options.step) {
            if (m_stepsAllowed <= 0)
                return WaitForEvent;
        } else if (m_options.speed > 0) {
            const qint64 due =
                m_anchorNow
                + qint64(std::llround(double(out.offsetMs - m_anchorOffset) / m_options.speed));
            if (due > nowMs)
                return due - nowMs;
        } else if (target.bufferedAmount() >= m_options.bufferedThreshold) {
            return 5; // as fast as the peer reads, no faster
        }
        if (m_options.step)
            --m_stepsAllowed;
        target.sendMessage(out.event);
        ++m_next;
        m_receivedSinceSend = 0;
        m_matchedSinceSend = false;
        m_lastActivity = nowMs;
        m_lastSend = nowMs;
    }
    // Everything sent: wait for as many replies as the recording had, then finish.
    if (m_received >= m_recordedIncoming) {
        m_finished = true;
        return 0;
    }
    const qint64 deadline =
        qMax(m_lastSend + m_options.waitTimeoutMs, m_lastActivity + m_options.lingerMs);
    const qint64 left = deadline - nowMs;
    if (left <= 0) {
        m_finished = true;
        return 0;
    }
    return left;
}

void ReplayScheduler::incoming(const Event &message, qint64 nowMs)
{
    if (!message.isMessage() || message.direction != Direction::In)
        return;
    ++m_received;
    ++m_receivedSinceSend;
    m_lastActivity = nowMs;
    if (!m_matchedSinceSend && m_options.waitForMatch.isValid()
        && !m_options.waitForMatch.pattern().isEmpty()) {
        const QString text = message.kind == EventKind::Text
                                 ? QString::fromUtf8(message.payload)
                                 : QString::fromLatin1(message.payload.toHex());
        m_matchedSinceSend = m_options.waitForMatch.match(text).hasMatch();
    }
}
