#include "common/connectionspy.h"

#include <QTest>

ConnectionSpy::ConnectionSpy(Connection *connection)
    : m_connection(connection)
{
    connect(connection, &Connection::readyStateChanged, this,
            [this](ReadyState s) { states.append(s); });
    connect(connection, &Connection::eventOccurred, this,
            [this](const Event &e) { events.append(e); });
    connect(connection, &Connection::errorOccurred, this,
            [this](const QString &m) { errors.append(m); });
    connect(connection, &Connection::bufferedAmountChanged, this,
            [this](qint64 b) { bufferedAmounts.append(b); });
}

QList<Event> ConnectionSpy::eventsOf(EventKind kind) const
{
    QList<Event> out;
    for (const Event &e : events) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

QList<Event> ConnectionSpy::messages(Direction d) const
{
    QList<Event> out;
    for (const Event &e : events) {
        if (e.isMessage() && e.direction == d)
            out.append(e);
    }
    return out;
}

bool ConnectionSpy::waitForState(ReadyState state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_connection->readyState() == state; }, timeoutMs);
}

bool ConnectionSpy::waitForEvents(EventKind kind, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return eventsOf(kind).size() >= count; }, timeoutMs);
}

Event ConnectionSpy::lastClose() const
{
    const QList<Event> closes = eventsOf(EventKind::Close);
    return closes.isEmpty() ? Event() : closes.last();
}
