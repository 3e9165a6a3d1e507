#pragma once

#include <QString>
#include <QStringList>

/// What was sent on a connection, newest last, walked with Up and Down in the composer as a
/// shell walks its history: the text being written is kept as a draft and comes back at the
/// bottom. Repeats of the newest entry are not stored twice.
class SendHistory
{
public:
    static constexpr int DefaultLimit = 200;

    void add(const QString &text);
    /// One step older; the current editor text is kept as the draft on the first step. False
    /// at the oldest entry (text unchanged).
    bool older(const QString &current, QString *text);
    /// One step newer; past the newest entry the draft comes back. False when not browsing.
    bool newer(QString *text);
    void resetBrowsing() { m_cursor = -1; }

    const QStringList &entries() const { return m_entries; }
    void setEntries(const QStringList &entries);
    void setLimit(int limit);

private:
    void trim();

    QStringList m_entries;
    QString m_draft;
    int m_cursor = -1; ///< index into m_entries while browsing
    int m_limit = DefaultLimit;
};
