#include "serve/serverecording.h"

#include "log/eventstore.h"
#include "session/sessionreader.h"

ServeRecording::ServeRecording(const EventStore &events, bool serverSide)
{
    const Direction client = serverSide ? Direction::In : Direction::Out;
    // Greeting delays count from the open; without one, from the first message.
    qint64 origin = -1;
    qint64 lastRequestMs = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventStore::Row &row = events.row(i);
        if (row.kind == EventKind::Open && origin < 0)
            origin = row.timeMs;
        if (row.kind != EventKind::Text && row.kind != EventKind::Binary)
            continue;
        if (origin < 0)
            origin = row.timeMs;
        const bool isText = row.kind == EventKind::Text;
        const QByteArray payload = events.payload(i).toByteArray();
        if (row.direction == client) {
            m_exchanges.push_back({payload, isText, {}});
            lastRequestMs = row.timeMs;
        } else if (row.direction != Direction::None) {
            const qint64 base = m_exchanges.empty() ? origin : lastRequestMs;
            Reply reply{qMax<qint64>(0, row.timeMs - base), payload, isText};
            (m_exchanges.empty() ? m_greeting : m_exchanges.back().replies).push_back(reply);
        }
    }
}

bool ServeRecording::load(const QString &path, QString *error)
{
    Session session;
    if (!SessionReader::load(path, -1, &session, error))
        return false;
    *this = ServeRecording(session.events, session.header.source == QLatin1String("serve"));
    if (isEmpty()) {
        if (error)
            *error = tr("%1 holds no message to serve").arg(path);
        return false;
    }
    return true;
}

qsizetype ServeRecording::find(const QByteArray &payload, bool isText, qsizetype cursor) const
{
    const qsizetype n = qsizetype(m_exchanges.size());
    cursor = qBound<qsizetype>(0, cursor, n);
    auto same = [&](qsizetype i) {
        return m_exchanges[size_t(i)].isText == isText && m_exchanges[size_t(i)].request == payload;
    };
    for (qsizetype i = cursor; i < n; ++i) {
        if (same(i))
            return i;
    }
    for (qsizetype i = 0; i < cursor; ++i) {
        if (same(i))
            return i;
    }
    return cursor < n ? cursor : -1;
}
