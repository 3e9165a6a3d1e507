#include "compose/sendhistory.h"

#include <QVariantMap>

void SendHistory::add(const OutgoingMessage &message)
{
    m_cursor = -1;
    if (message.body.isEmpty() || (!m_entries.isEmpty() && m_entries.constLast() == message))
        return;
    m_entries.append(message);
    trim();
}

bool SendHistory::older(const OutgoingMessage &current, OutgoingMessage *out)
{
    if (m_entries.isEmpty() || m_cursor == 0)
        return false;
    if (m_cursor < 0) {
        m_draft = current;
        m_cursor = int(m_entries.size());
    }
    --m_cursor;
    *out = m_entries.at(m_cursor);
    return true;
}

bool SendHistory::newer(OutgoingMessage *out)
{
    if (m_cursor < 0)
        return false;
    ++m_cursor;
    if (m_cursor >= m_entries.size()) {
        m_cursor = -1;
        *out = m_draft;
    } else {
        *out = m_entries.at(m_cursor);
    }
    return true;
}

QStringList SendHistory::entries() const
{
    QStringList texts;
    texts.reserve(m_entries.size());
    for (const OutgoingMessage &m : m_entries)
        texts << m.body;
    return texts;
}

void SendHistory::setMessages(const QList<OutgoingMessage> &messages)
{
    m_entries = messages;
    m_cursor = -1;
    trim();
}

void SendHistory::setEntries(const QStringList &texts)
{
    QList<OutgoingMessage> messages;
    messages.reserve(texts.size());
    for (const QString &text : texts)
        messages << OutgoingMessage::text(text);
    setMessages(messages);
}

void SendHistory::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trim();
}

QVariantList SendHistory::toVariant() const
{
    QVariantList list;
    list.reserve(m_entries.size());
    for (const OutgoingMessage &m : m_entries)
        list << QVariantMap{{QStringLiteral("mode"), OutgoingMessage::modeId(m.mode)},
                            {QStringLiteral("body"), m.body}};
    return list;
}

void SendHistory::fromVariant(const QVariant &value)
{
    QList<OutgoingMessage> messages;
    for (const QVariant &item : value.toList()) {
        if (item.typeId() == QMetaType::QString) {
            messages << OutgoingMessage::text(item.toString());
            continue;
        }
        const QVariantMap map = item.toMap();
        OutgoingMessage m;
        if (!OutgoingMessage::modeFromId(map.value(QStringLiteral("mode")).toString(), &m.mode))
            continue; // a mode from a newer version: better dropped than sent as text
        m.body = map.value(QStringLiteral("body")).toString();
        messages << m;
    }
    setMessages(messages);
}

void SendHistory::trim()
{
    if (m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
}
