#pragma once

#include <QCoreApplication>
#include <QString>

#include "connection/event.h"

/// A script's assertion as a row of the connection's log (EventKind::Check), in order with
/// the messages: pass or fail, what was expected and what came, and the message it matched
/// (or that broke it). Only the log holds such rows: they never reach the connection's
/// sinks, so journals and recordings never see them, and saved sessions and HAR leave them
/// out (docs/scripting.md, "Results in the log").
///
/// In the event: wasClean is the result (the store's flag, read without decoding), code the
/// matched message's event number (EventStore::droppedCount() + row; -1 none), the payload
/// the rest as compact JSON.
struct CheckRecord
{
    Q_DECLARE_TR_FUNCTIONS(CheckRecord)
public:
    bool passed = false;
    QString name;     ///< "expectMessage(json($.type) == "ack")"
    QString expected; ///< in words
    QString got;      ///< the matched message's text, or what happened instead
    int line = 0;     ///< the script's line, 1-based; 0 unknown
    qint64 durationMs = 0;
    qint64 matchedEvent = -1;

    Event toEvent(qint64 timeMs) const;
    /// The record of a Check event; a default record for any other.
    static CheckRecord fromEvent(const Event &event);
    /// One line for the log's Preview column.
    QString summary() const;
    /// Every field, one per line, for a tooltip or the detail pane.
    QString details() const;
};
