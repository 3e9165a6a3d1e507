// ConnectionStats: counts, per-second rates, peak and round trips.
#include <QTest>

#include "connection/clock.h"
#include "connection/connectionstats.h"

class TestConnectionStats : public QObject
{
    Q_OBJECT
private slots:
    void statistics();
    void statisticsRatesAndHistory();
};

void TestConnectionStats::statistics()
{
    ConnectionStats s;
    s.record(Event::open(10000, "", ""));
    s.record(Event::message(10100, Direction::Out, true, "abcd"));
    s.record(Event::message(10200, Direction::In, true, "ab"));
    s.record(Event::message(10300, Direction::In, false, QByteArray(10, 'x')));
    s.record(Event::control(10400, EventKind::Pong, Direction::In, {}, 30));
    s.record(Event::control(10500, EventKind::Pong, Direction::In, {}, 10));
    s.record(Event::control(10600, EventKind::Pong, Direction::In, {}, 20));
    QCOMPARE(s.messages(Direction::Out), 1);
    QCOMPARE(s.messages(Direction::In), 2);
    QCOMPARE(s.bytes(Direction::In), 12);
    QCOMPARE(s.bytes(Direction::Out), 4);
    QCOMPARE(s.lastRttMs(), 20);
    QCOMPARE(s.minRttMs(), 10);
    QCOMPARE(s.maxRttMs(), 30);
    QCOMPARE(s.averageRttMs(), 20.0);
    QCOMPARE(s.connectedMs(12500), 2500);
    s.record(Event::close(13000, 1006, "", false));
    QCOMPARE(s.connectedMs(99999), 3000);
    s.record(Event::open(20000, "", ""));
    QCOMPARE(s.reconnects(), 1);
    QCOMPARE(s.connectedMs(21000), 4000);
    s.reset();
    QCOMPARE(s.messages(Direction::In), 0);
    QCOMPARE(s.minRttMs(), -1);
}

void TestConnectionStats::statisticsRatesAndHistory()
{
    ConnectionStats s;
    // Second 100: 5 messages of 10 B; second 101: 2 messages; second 103: 1.
    for (int i = 0; i < 5; ++i)
        s.record(Event::message(100000 + i * 100, Direction::In, true, QByteArray(10, 'x')));
    s.record(Event::message(101000, Direction::Out, true, "ab"));
    s.record(Event::message(101999, Direction::Out, true, "cd"));
    s.record(Event::message(103500, Direction::In, true, "z"));
    QCOMPARE(s.currentRate(101500).messages, 5); // the last whole second: 100
    QCOMPARE(s.currentRate(102000).messages, 2);
    QCOMPARE(s.currentRate(102000).bytes, 4);
    QCOMPARE(s.currentRate(103000).messages, 0);
    QCOMPARE(s.peakRate().messages, 5);
    QCOMPARE(s.peakRate().bytes, 50);
    const auto h = s.history(104000);
    QCOMPARE(h.back().messages, 1);        // second 103
    QCOMPARE(h[h.size() - 2].messages, 0); // 102
    QCOMPARE(h[h.size() - 3].messages, 2); // 101
    QCOMPARE(h[h.size() - 4].messages, 5); // 100
    // A minute later the old seconds have left the window.
    const auto later = s.history(100000 + 70000);
    for (const auto &second : later)
        QCOMPARE(second.messages, 0);
    s.record(Event::message(100000 + 61000, Direction::In, true, "late"));
    QCOMPARE(s.history(100000 + 62000).back().messages, 1);
}

QTEST_GUILESS_MAIN(TestConnectionStats)
#include "tst_connectionstats.moc"
