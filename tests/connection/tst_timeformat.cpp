// The local time of day the transcript prints, against QDateTime in zones whose offset
// changes: the per-quarter-hour cache must never show a time QDateTime would not.
#include <QDateTime>
#include <QTest>

#include "connection/timeformat.h"

class TestTimeFormat : public QObject
{
    Q_OBJECT
private slots:
    void matchesQDateTimeAcrossOffsetChanges_data();
    void matchesQDateTimeAcrossOffsetChanges();
    void cacheFollowsTimeGoingBack();
    void isoRoundTrips();
};

namespace {

QByteArray expected(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
}

qint64 utc(const char *iso)
{
    qint64 ms = 0;
    if (!TimeFormat::parseIso(QByteArrayView(iso), &ms))
        qFatal("bad time in test: %s", iso);
    return ms;
}

/// TZ is read when the zone is first asked for, so each row switches it and asks again.
void useZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
#ifndef Q_OS_WIN
    tzset();
#endif
}

} // namespace

void TestTimeFormat::matchesQDateTimeAcrossOffsetChanges_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("around");
    // Europe: an hour forward and back at 01:00 UTC.
    QTest::addRow("Berlin spring")
        << QByteArray("Europe/Berlin") << utc("2026-03-29T01:00:00.000Z");
    QTest::addRow("Berlin autumn")
        << QByteArray("Europe/Berlin") << utc("2026-10-25T01:00:00.000Z");
    // Lord Howe Island moves by half an hour, at 15:00 UTC (02:00 local, +10:30 → +10).
    QTest::addRow("Lord Howe") << QByteArray("Australia/Lord_Howe")
                               << utc("2026-04-04T15:00:00.000Z");
    // Liberia left -0:44:30 at 00:44:30 UTC: a change inside a quarter hour, where the cache
    // must ask per call.
    QTest::addRow("Monrovia 1972")
        << QByteArray("Africa/Monrovia") << utc("1972-01-07T00:44:30.000Z");
    // A zone with no changes, and UTC itself.
    QTest::addRow("Kolkata") << QByteArray("Asia/Kolkata") << utc("2026-12-03T18:29:59.999Z");
    QTest::addRow("UTC") << QByteArray("UTC") << utc("2026-12-31T23:59:59.999Z");
    // Before 1970: quarter hours count down.
    QTest::addRow("1969") << QByteArray("America/New_York") << utc("1969-10-26T06:00:00.000Z");
}

void TestTimeFormat::matchesQDateTimeAcrossOffsetChanges()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, around);
    const QByteArray before = qgetenv("TZ");
    useZone(zone);
    TimeFormat::LocalTimeOfDay clock;
    // Every 7 s for two hours either side, and the milliseconds next to the change itself.
    for (qint64 ms = around - 7'200'000; ms <= around + 7'200'000; ms += 7'001) {
        QByteArray got;
        clock.append(&got, ms);
        QCOMPARE(got, expected(ms));
    }
    for (qint64 ms = around - 3; ms <= around + 3; ++ms) {
        QByteArray got;
        clock.append(&got, ms);
        QCOMPARE(got, expected(ms));
    }
    useZone(before);
}

void TestTimeFormat::cacheFollowsTimeGoingBack()
{
    const QByteArray before = qgetenv("TZ");
    useZone("Europe/Berlin");
    TimeFormat::LocalTimeOfDay clock;
    const qint64 summer = utc("2026-07-01T12:00:00.250Z");
    const qint64 winter = utc("2026-01-01T12:00:00.250Z");
    QByteArray got;
    clock.append(&got, summer);
    clock.append(&got, winter);
    clock.append(&got, summer);
    QCOMPARE(got, QByteArray("14:00:00.25013:00:00.25014:00:00.250"));
    useZone(before);
}

void TestTimeFormat::isoRoundTrips()
{
    // The date part is cached: the same day twice, other days, then back again.
    for (const char *iso :
         {"2026-12-03T13:47:57.699Z", "2026-12-03T23:59:59.999Z", "1970-01-01T00:00:00.000Z",
          "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.001Z", "2026-12-03T00:00:00.000Z",
          "2026-12-04T00:00:00.000Z"}) {
        const qint64 ms = utc(iso);
        QCOMPARE(TimeFormat::isoUtf8(ms), QByteArray(iso));
        char buf[TimeFormat::IsoMax];
        QCOMPARE(QByteArray(buf, TimeFormat::writeIso(buf, ms)), QByteArray(iso));
    }
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
