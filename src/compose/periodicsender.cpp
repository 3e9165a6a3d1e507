#include "compose/periodicsender.h"

#include "connection/connection.h"

PeriodicSender::PeriodicSender(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setInterval(1000);
    // Precise: a 10 ms interval asked for is a 10 ms interval measured.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicSender::tick);
    connect(&connection, &Connection::closed, this, [this] {
        if (isRunning())
            finish(StopReason::Closed);
    });
}

bool PeriodicSender::start(QString *error)
{
    if (m_connection.readyState() != ReadyState::Open) {
        if (error)
            *error = tr("Not connected: connect before starting the periodic sender.");
        return false;
    }
    m_sent = m_skipped = 0;
    emit countsChanged(0, 0);
    m_timer.start();
    tick(); // the first message goes now, not one interval later
    return true;
}

void PeriodicSender::stop()
{
    if (isRunning())
        finish(StopReason::Requested);
}

void PeriodicSender::finish(StopReason reason, const QString &detail)
{
    m_timer.stop();
    emit stopped(reason, detail);
}

void PeriodicSender::tick()
{
    if (m_connection.readyState() != ReadyState::Open) {
        finish(StopReason::Closed);
        return;
    }
    if (m_connection.bufferedAmount() >= m_threshold) {
        ++m_skipped;
        emit countsChanged(m_sent, m_skipped);
        return;
    }
    OutgoingMessage::Payload payload;
    QString error;
    if (!m_message.build(m_variables, &payload, &error)) {
        finish(StopReason::Failed, error);
        return;
    }
    const bool sent = payload.isText ? m_connection.sendText(payload.bytes)
                                     : m_connection.sendBinary(payload.bytes);
    if (!sent) {
        finish(StopReason::Failed, tr("The connection refused the message."));
        return;
    }
    ++m_sent;
    emit countsChanged(m_sent, m_skipped);
    if (m_limit > 0 && m_sent >= m_limit)
        finish(StopReason::LimitReached);
}
