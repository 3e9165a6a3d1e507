#include "connection/timeformat.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include <QDateTime>
#include <QTimeZone>

namespace {

int digits(QByteArrayView t, qsizetype at, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 offsetMsAt(qint64 ms)
{
    return qint64(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * 1000;
}

/// Floor division: quarter hours before 1970 count down, not towards zero.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

namespace TimeFormat {

QString iso(qint64 msSinceEpoch)
{
    return QString::fromLatin1(isoUtf8(msSinceEpoch));
}

QByteArray isoUtf8(qint64 ms)
{
    char buf[IsoMax];
    return QByteArray(buf, writeIso(buf, ms));
}

qsizetype writeIso(char *buf, qint64 ms)
{
    // By hand rather than through QDateTime: every record of a session carries a timestamp,
    // and QDateTime::toString costs more than the rest of the record.
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    auto put = [](char *at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            at[i] = char('0' + value % 10);
            value /= 10;
        }
    };
    // A session's records share their date, and working it out was most of a timestamp's
    // cost at a million records a second (perf): the date part is kept per thread.
    thread_local qint64 cachedDay = std::numeric_limits<qint64>::min();
    thread_local char date[11];
    if (days != cachedDay) {
        // Howard Hinnant's civil_from_days.
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const int d = int(doy - (153 * mp + 2) / 5 + 1);
        const int m = int(mp < 10 ? mp + 3 : mp - 9);
        const qint64 y = yoe + era * 400 + (m <= 2);
        if (y < 0 || y > 9999) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
            const QByteArray text = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC)
                                        .toString(Qt::ISODateWithMs)
                                        .toLatin1();
#else
            const QByteArray text =
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
#endif
            const qsizetype n = std::min(text.size(), IsoMax);
            std::memcpy(buf, text.constData(), size_t(n));
            return n;
        }
        put(date, y, 4);
        date[4] = '-';
        put(date + 5, m, 2);
        date[7] = '-';
        put(date + 8, d, 2);
        date[10] = 'T';
        cachedDay = days;
    }
    std::memcpy(buf, date, sizeof date);
    put(buf + 11, rest / 3600000, 2);
    buf[13] = ':';
    put(buf + 14, rest / 60000 % 60, 2);
    buf[16] = ':';
    put(buf + 17, rest / 1000 % 60, 2);
    buf[19] = '.';
    put(buf + 20, rest % 1000, 3);
    buf[23] = 'Z';
    return 24;
}

bool parseIso(QByteArrayView t, qint64 *ms)
{
    // The form every writer here produces, read without QDateTime: a million of them are
    // read when a session opens.
    if (t.size() == 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':'
        && t[19] == '.' && t[23] == 'Z') {
        const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
        const int h = digits(t, 11, 2), mi = digits(t, 14, 2), sec = digits(t, 17, 2);
        const int milli = digits(t, 20, 3);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0
            && mi < 60 && sec >= 0 && sec < 61 && milli >= 0) {
            *ms = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + milli;
            return true;
        }
    }
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(t), Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    *ms = time.toMSecsSinceEpoch();
    return true;
}

void LocalTimeOfDay::append(QByteArray *out, qint64 ms)
{
    const qint64 span = floorDiv(ms, SpanMs);
    if (span != m_span) {
        m_span = span;
        const qint64 start = span * SpanMs;
        m_offsetMs = offsetMsAt(start);
        m_changes = offsetMsAt(start + SpanMs - 1) != m_offsetMs;
    }
    const qint64 local = ms + (m_changes ? offsetMsAt(ms) : m_offsetMs);
    qint64 rest = local % 86400000;
    if (rest < 0)
        rest += 86400000;
    char buf[12];
    auto put = [&buf](int at, qint64 value) {
        buf[at] = char('0' + value / 10);
        buf[at + 1] = char('0' + value % 10);
    };
    put(0, rest / 3600000);
    buf[2] = ':';
    put(3, rest / 60000 % 60);
    buf[5] = ':';
    put(6, rest / 1000 % 60);
    buf[8] = '.';
    buf[9] = char('0' + rest % 1000 / 100);
    put(10, rest % 100);
    out->append(buf, sizeof buf);
}

} // namespace TimeFormat
