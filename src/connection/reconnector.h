#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include "connection/backoff.h"
#include "protocol/connectionrequest.h"

class Clock;
class Connection;

/// Keeps a connection up. After a close the user did not ask for, it opens the same request
/// again on a Backoff schedule, counting down on the clock it is given. (What is sent after
/// each open is the workbench's business.)
///
/// Time comes from the Clock; the internal timer only decides when to look at it, so a test
/// with a ManualClock moves time and calls poll().
class Reconnector : public QObject
{
    Q_OBJECT
public:
    Reconnector(Connection &connection, const Clock &clock, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    const Backoff &backoff() const { return m_backoff; }
    void seed(quint32 seed) { m_random.seed(seed); }

    /// Opens the request and stays armed: later unrequested closes bring it back.
    bool open(const ConnectionRequest &request);
    /// The user closes: disarms, cancels a pending attempt, then closes the connection.
    void closeByUser(int code = 1000, const QString &reason = {});
    /// The connection is being closed on purpose by other means (going away, testing mode):
    /// no attempt follows the close, and a pending one is cancelled.
    void disarm();
    /// Stops waiting for the next attempt (the connection stays closed).
    void cancel();

    bool isWaiting() const { return m_dueMs >= 0; }
    /// Attempts made since a connection last stayed open for Backoff::stableMs.
    int attempt() const { return m_attempt; }
    /// Milliseconds until the next attempt, or -1 when none is pending.
    qint64 remainingMs() const;
    /// Successful reopens since the first open.
    int reconnectCount() const { return m_reconnects; }
    /// Looks at the clock: makes the attempt when it is due. Called by the timer, or tests.
    void poll();

signals:
    /// An attempt is scheduled in delayMs.
    void scheduled(int attempt, qint64 delayMs);
    /// Once per tick while waiting, for the countdown.
    void countdown(qint64 remainingMs);
    void attempting(int attempt);
    void reconnected(int count);
    void gaveUp(int attempts);
    void cancelled();

private:
    void onOpened();
    void onClosed();
    void schedule();

    Connection &m_connection;
    const Clock &m_clock;
    Backoff m_backoff;
    QRandomGenerator m_random;
    ConnectionRequest m_request;
    QTimer m_tick;
    bool m_enabled = false;
    bool m_armed = false;      ///< the user wants this connection up
    bool m_everOpened = false; ///< since the user's last open
    int m_attempt = 0;
    int m_reconnects = 0;
    qint64 m_openedAtMs = -1; ///< when the connection last opened; -1 while it is not open
    qint64 m_dueMs = -1;
};
