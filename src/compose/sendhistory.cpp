#include "compose/sendhistory.h"

void SendHistory::add(const QString &text)
{
    m_cursor = -1;
    if (text.isEmpty() || (!m_entries.isEmpty() && m_entries.constLast() == text))
        return;
    m_entries.append(text);
    trim();
}

bool SendHistory::older(const QString &current, QString *text)
{
    if (m_entries.isEmpty() || m_cursor == 0)
        return false;
    if (m_cursor < 0) {
        m_draft = current;
        m_cursor = int(m_entries.size());
    }
    --m_cursor;
    *text = m_entries.at(m_cursor);
    return true;
}

bool SendHistory::newer(QString *text)
{
    if (m_cursor < 0)
        return false;
    ++m_cursor;
    if (m_cursor >= m_entries.size()) {
        m_cursor = -1;
        *text = m_draft;
    } else {
        *text = m_entries.at(m_cursor);
    }
    return true;
}

void SendHistory::setEntries(const QStringList &entries)
{
    m_entries = entries;
    m_cursor = -1;
    trim();
}

void SendHistory::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trim();
}

void SendHistory::trim()
{
    if (m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
}
