#pragma once

#include "event.h"

#include <QJsonObject>

/// The event record of docs/events.md: one JSON object per event, the line format of
/// `wsprobe-cli --json` and of session files.
namespace EventJson {

QJsonObject toJson(const Event &event);
/// Compact single-line UTF-8 JSON, without the trailing newline.
QByteArray toLine(const Event &event);
/// Reads a record back; unknown fields are ignored. Returns false, with *error set, when the
/// object is not a valid event.
bool fromJson(const QJsonObject &object, Event *event, QString *error);

QString formatTime(qint64 msSinceEpoch);

} // namespace EventJson
