#include "connection/reconnector.h"

#include "connection/clock.h"
#include "connection/connection.h"

namespace {
// How often the countdown is refreshed and the clock consulted.
constexpr int TickMs = 100;
} // namespace

Reconnector::Reconnector(Connection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &Reconnector::poll);
    connect(&connection, &Connection::opened, this, &Reconnector::onOpened);
    connect(&connection, &Connection::closed, this, &Reconnector::onClosed);
}

void Reconnector::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && isWaiting())
        cancel();
}

bool Reconnector::open(const ConnectionRequest &request)
{
    cancel();
    m_request = request;
    m_armed = true;
    m_everOpened = false;
    m_attempt = 0;
    m_reconnects = 0;
    m_armed = m_connection.open(request);
    return m_armed;
}

void Reconnector::closeByUser(int code, const QString &reason)
{
    const bool wasWaiting = isWaiting();
    disarm();
    if (!wasWaiting)
        m_connection.close(code, reason);
}

void Reconnector::disarm()
{
    m_armed = false;
    cancel();
}

void Reconnector::cancel()
{
    const bool wasWaiting = isWaiting();
    m_tick.stop();
    m_dueMs = -1;
    if (wasWaiting) {
        m_armed = false;
        emit cancelled();
    }
}

qint64 Reconnector::remainingMs() const
{
    return m_dueMs < 0 ? -1 : std::max<qint64>(0, m_dueMs - m_clock.nowMs());
}

void Reconnector::onOpened()
{
    if (m_everOpened && m_attempt > 0) {
        ++m_reconnects;
        emit reconnected(m_reconnects);
    }
    m_everOpened = true;
    m_openedAtMs = m_clock.nowMs();
}

void Reconnector::onClosed()
{
    // Only a connection that stayed up ends a run of failures; resetting at every open let a
    // server that accepts and drops at once be retried at the first delay forever.
    if (m_openedAtMs >= 0 && m_clock.nowMs() - m_openedAtMs >= m_backoff.stableMs)
        m_attempt = 0;
    m_openedAtMs = -1;
    if (m_enabled && m_armed)
        schedule();
}

void Reconnector::schedule()
{
    const int next = m_attempt + 1;
    if (m_backoff.exhausted(next)) {
        m_armed = false;
        emit gaveUp(m_attempt);
        return;
    }
    const qint64 delay = m_backoff.delayMs(next, m_random.generateDouble());
    m_dueMs = m_clock.nowMs() + delay;
    m_tick.start();
    emit scheduled(next, delay);
    emit countdown(delay);
}

void Reconnector::poll()
{
    if (!isWaiting())
        return;
    const qint64 left = remainingMs();
    if (left > 0) {
        emit countdown(left);
        return;
    }
    m_tick.stop();
    m_dueMs = -1;
    ++m_attempt;
    emit attempting(m_attempt);
    // The request was accepted once; refused now (say, opened by hand meanwhile), waiting
    // longer would not help.
    if (!m_connection.open(m_request)) {
        m_armed = false;
        emit gaveUp(m_attempt);
    }
}
