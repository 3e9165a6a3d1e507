#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "compose/outgoingmessage.h"

/// What was sent on a connection, newest last, walked with Up and Down in the composer as a
/// shell walks its history: the message being written is kept as a draft and comes back at
/// the bottom. Each entry keeps its mode, so a recalled hex message is hex again. Repeats of
/// the newest entry are not stored twice.
class SendHistory
{
public:
    static constexpr int DefaultLimit = 200;

    void add(const OutgoingMessage &message);
    void add(const QString &text) { add(OutgoingMessage::text(text)); }
    /// One step older; the current message is kept as the draft on the first step. False at
    /// the oldest entry (out unchanged).
    bool older(const OutgoingMessage &current, OutgoingMessage *out);
    /// One step newer; past the newest entry the draft comes back. False when not browsing.
    bool newer(OutgoingMessage *out);
    void resetBrowsing() { m_cursor = -1; }

    const QList<OutgoingMessage> &messages() const { return m_entries; }
    /// The entries' bodies, oldest first.
    QStringList entries() const;
    void setMessages(const QList<OutgoingMessage> &messages);
    void setEntries(const QStringList &texts);
    void setLimit(int limit);

    /// The entries as settings keep them: a list of {"mode": "hex", "body": "…"} maps.
    QVariantList toVariant() const;
    /// Reads toVariant()'s list; a plain string (settings from before modes) is a text entry.
    void fromVariant(const QVariant &value);

private:
    void trim();

    QList<OutgoingMessage> m_entries;
    OutgoingMessage m_draft;
    int m_cursor = -1; ///< index into m_entries while browsing
    int m_limit = DefaultLimit;
};
