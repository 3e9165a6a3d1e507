#include "script/scriptinbox.h"

qint64 ScriptInbox::pushMessage(const Event &event, double seq, qint64 at)
{
    const qint64 n = m_published++;
    m_history.push_back(Message{event.payload, event.timeMs, seq, at, event.kind == EventKind::Text,
                                event.direction == Direction::Out});
    m_queuedBytes += event.payload.size();
    if (!m_entries.empty() && m_entries.back().kind == Entry::Kind::Messages)
        m_entries.back().end = n + 1;
    else {
        Entry e;
        e.kind = Entry::Kind::Messages;
        e.at = at;
        e.begin = n;
        e.end = n + 1;
        m_entries.push_back(std::move(e));
    }
    return n;
}

void ScriptInbox::pushEvent(const Event &event, qint64 at)
{
    Entry e;
    e.kind = Entry::Kind::Event;
    e.at = at;
    e.event = event;
    m_queuedBytes += event.payload.size();
    m_entries.push_back(std::move(e));
}

void ScriptInbox::pushTimer(int id, qint64 due)
{
    Entry e;
    e.kind = Entry::Kind::Timer;
    e.at = due;
    e.timer = id;
    // From the back: a timer is rarely behind more than the last few entries.
    auto it = m_entries.end();
    while (it != m_entries.begin()) {
        const Entry &before = *std::prev(it);
        if (before.kind != Entry::Kind::Messages) {
            if (before.at <= due)
                break;
            --it;
            continue;
        }
        // A run of messages: the timer goes after those queued by its due time.
        const qint64 start = before.begin;
        qint64 split = before.end;
        while (split > start && message(split - 1)->at > due)
            --split;
        if (split == before.end)
            break; // all of the run came by then
        if (split == start) {
            --it; // none did: the timer goes before the whole run
            continue;
        }
        // Some did: the run splits around the timer.
        Entry rest;
        rest.kind = Entry::Kind::Messages;
        rest.at = message(split)->at;
        rest.begin = split;
        rest.end = before.end;
        std::prev(it)->end = split;
        it = m_entries.insert(it, std::move(rest));
        break;
    }
    m_entries.insert(it, std::move(e));
}

void ScriptInbox::pushCall(std::function<void()> call, qint64 at)
{
    Entry e;
    e.kind = Entry::Kind::Call;
    e.at = at;
    e.call = std::move(call);
    m_entries.push_back(std::move(e));
}

void ScriptInbox::popFront()
{
    const Entry &e = m_entries.front();
    if (e.kind == Entry::Kind::Event)
        m_queuedBytes -= e.event.payload.size();
    m_entries.pop_front();
}

qint64 ScriptInbox::takeMessages(qint64 n)
{
    Entry &e = m_entries.front();
    const qint64 to = qMin(e.end, m_delivered + qMax<qint64>(0, n));
    for (qint64 i = m_delivered; i < to; ++i)
        m_queuedBytes -= message(i)->payload.size();
    m_delivered = to;
    if (m_delivered >= e.end)
        m_entries.pop_front();
    else {
        e.begin = m_delivered;
        e.at = message(m_delivered)->at;
    }
    trim();
    return m_delivered;
}

const ScriptInbox::Message *ScriptInbox::message(qint64 n) const
{
    if (n < m_kept || n >= m_published)
        return nullptr;
    return &m_history[size_t(n - m_kept)];
}

QList<Event> ScriptInbox::received() const
{
    QList<Event> out;
    for (qint64 n = m_kept; n < m_delivered; ++n) {
        const Message &m = m_history[size_t(n - m_kept)];
        if (!m.out)
            out.append(Event::message(m.timeMs, Direction::In, m.text, m.payload));
    }
    return out;
}

void ScriptInbox::trim()
{
    // Twice the kept number before moving on, so that the script's copies are dropped once
    // every KeptMessages messages; never one the script has not been handed yet.
    if (m_delivered - m_first > 2 * KeptMessages)
        m_first = m_delivered - KeptMessages;
    if (m_delivered - m_kept > RetainedMessages + KeptMessages) {
        const qint64 to = m_delivered - RetainedMessages;
        m_history.erase(m_history.begin(), m_history.begin() + (to - m_kept));
        m_kept = to;
    }
}

void ScriptInbox::clear()
{
    m_entries.clear();
    m_history.clear();
    m_kept = m_first = m_published = m_delivered = m_queuedBytes = 0;
}
