#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Timestamps as every record of Wsprobe writes them: ISO 8601 in UTC with milliseconds
/// ("2026-12-03T13:47:57.699Z"), formatted and parsed by hand because a session holds a
/// million of them and QDateTime costs more than the rest of a record.
namespace TimeFormat {

QString iso(qint64 msSinceEpoch);
QByteArray isoUtf8(qint64 msSinceEpoch);
/// ISO 8601 with a UTC offset or "Z"; false when it is not a valid timestamp.
bool parseIso(QByteArrayView text, qint64 *msSinceEpoch);

} // namespace TimeFormat
