#pragma once

#include "connection/event.h"

class EventStore;

#include <QJsonObject>

/// The event record of docs/events.md: one JSON object per event, the line format of
/// `wsprobe-cli --json` and of session files (docs/session-format.md).
namespace EventJson {

/// Compact single-line UTF-8 JSON, without the trailing newline. With sessionStartMs >= 0
/// the record also carries "elapsedMs", the time since the session began.
QByteArray toLine(const Event &event, qint64 sessionStartMs = -1);
/// toLine() plus '\n', appended to out without a line of its own in between.
void appendLine(QByteArray *out, const Event &event, qint64 sessionStartMs = -1);
QJsonObject toJson(const Event &event);
/// toLine() of row i of a store plus '\n', appended to out; messages are written straight
/// from the store's bytes (the journal's hot path), other events through toLine().
void appendLine(QByteArray *out, const EventStore &store, qsizetype i, qint64 sessionStartMs);
/// appendLine() of message row i in three pieces, for a writer that hands a large message's
/// data to the system without copying it into its buffer: the line is appendMessageHead()
/// (up to the opening quote of "data"), the data as the line carries it (the text itself when
/// JsonWriter::isPlain() says so, or the binary's base64), then appendMessageTail() (the closing
/// quote on, '\n' included). False, with nothing appended, for a row that is not a message.
bool appendMessageHead(QByteArray *out, const EventStore &store, qsizetype i,
                       qint64 sessionStartMs);
void appendMessageTail(QByteArray *out, const EventStore &store, qsizetype i);

/// Reads one record. Unknown fields are ignored; an unknown "event" is an error whose
/// *unknownEvent is set, so that a reader can skip records of a newer version quietly.
bool fromLine(QByteArrayView line, Event *event, QString *error, bool *unknownEvent = nullptr);

} // namespace EventJson
