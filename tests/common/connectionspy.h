#pragma once

#include <QList>
#include <QObject>

#include "connection/connection.h"

/// Records everything a Connection reports, in order, and waits (bounded) for it.
class ConnectionSpy : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSpy(Connection *connection);

    QList<ReadyState> states;
    QList<Event> events;
    QStringList errors;
    QList<qint64> bufferedAmounts;

    QList<Event> eventsOf(EventKind kind) const;
    QList<Event> messages(Direction d) const;
    bool waitForState(ReadyState state, int timeoutMs = 10000);
    bool waitForEvents(EventKind kind, int count, int timeoutMs = 10000);
    bool waitForClosed(int timeoutMs = 10000)
    {
        return waitForState(ReadyState::Closed, timeoutMs);
    }
    Event lastClose() const;

private:
    Connection *m_connection;
};
