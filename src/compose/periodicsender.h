#pragma once

#include <QObject>
#include <QTimer>

#include "compose/outgoingmessage.h"

class Connection;
class Variables;

/// Sends a message every intervalMs, but only while the connection's bufferedAmount is below
/// a threshold: the browser's classic `if (ws.bufferedAmount < 6400) ws.send(...)` loop, made
/// a feature. A tick that finds the buffer full is skipped, not queued, so a peer that stops
/// reading costs a bounded amount of memory. Stops on close, on a count limit, or when the
/// message cannot be produced (an unknown variable, say).
class PeriodicSender : public QObject
{
    Q_OBJECT
public:
    enum class StopReason { Requested, Closed, LimitReached, Failed };

    static constexpr qint64 DefaultThreshold = 6400;

    explicit PeriodicSender(Connection &connection, QObject *parent = nullptr);

    /// Built again for every tick, so {{$counter}} and friends change each time.
    void setMessage(const OutgoingMessage &message) { m_message = message; }
    const OutgoingMessage &message() const { return m_message; }
    /// May be null: placeholders are then sent as typed.
    void setVariables(Variables *variables) { m_variables = variables; }
    void setIntervalMs(int ms) { m_timer.setInterval(std::max(1, ms)); }
    int intervalMs() const { return m_timer.interval(); }
    void setThreshold(qint64 bytes) { m_threshold = bytes; }
    qint64 threshold() const { return m_threshold; }
    /// Messages to send before stopping by itself; 0 = no limit.
    void setLimit(qint64 count) { m_limit = count; }
    qint64 limit() const { return m_limit; }

    /// False (with error) when the connection is not open or there is nothing to send.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    qint64 sentCount() const { return m_sent; }
    qint64 skippedCount() const { return m_skipped; }

signals:
    void countsChanged(qint64 sent, qint64 skipped);
    void stopped(PeriodicSender::StopReason reason, const QString &detail);

private:
    void tick();
    void finish(StopReason reason, const QString &detail = {});

    Connection &m_connection;
    OutgoingMessage m_message;
    Variables *m_variables = nullptr;
    QTimer m_timer;
    qint64 m_threshold = DefaultThreshold;
    qint64 m_limit = 0;
    qint64 m_sent = 0;
    qint64 m_skipped = 0;
};
