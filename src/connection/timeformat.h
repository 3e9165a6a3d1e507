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
/// isoUtf8() written into buf (room for IsoMax bytes), without a QByteArray of its own: a
/// record per message. Returns the length.
constexpr qsizetype IsoMax = 32;
qsizetype writeIso(char *buf, qint64 msSinceEpoch);
/// ISO 8601 with a UTC offset or "Z"; false when it is not a valid timestamp.
bool parseIso(QByteArrayView text, qint64 *msSinceEpoch);

/// Local time of day, "HH:mm:ss.zzz", as the transcript prints it. QDateTime asks the time
/// zone database on every call (a stat of /etc/localtime each time); this asks once per
/// quarter hour of UTC, and per call only inside a quarter hour where the offset changes.
class LocalTimeOfDay
{
public:
    void append(QByteArray *out, qint64 msSinceEpoch);

private:
    static constexpr qint64 SpanMs = 15 * 60 * 1000;
    qint64 m_span = -1; ///< which quarter hour m_offsetMs holds for, as ms / SpanMs
    qint64 m_offsetMs = 0;
    bool m_changes = false; ///< the offset changes inside m_span
};

} // namespace TimeFormat
