#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "demo/demoserver.h"
#include "replay/replayrunner.h"
#include "replay/replayscheduler.h"
#include "replay/sessioncompare.h"

namespace {

/// Records what the scheduler sends and plays a peer whose buffer drains only when told.
class FakeTarget : public ReplayTarget
{
public:
    void sendMessage(const Event &message) override
    {
        sent << QString::fromUtf8(message.payload);
        buffered += message.payload.size();
    }
    qint64 bufferedAmount() const override { return buffered; }
    QStringList sent;
    qint64 buffered = 0;
};

/// Starts at 0 and sends the whole recording at speed 0: the peer reads the first two at
/// once, the third one ms later.
void sendAll(ReplayScheduler &scheduler, FakeTarget &target)
{
    scheduler.start(0);
    scheduler.poll(0, target);
    target.buffered = 0;
    scheduler.poll(1, target);
}

Event out(qint64 t, const QByteArray &text)
{
    return Event::message(t, Direction::Out, true, text);
}

Event in(qint64 t, const QByteArray &text)
{
    return Event::message(t, Direction::In, true, text);
}

/// open at 1000; sends at +100, +300, +1000; two replies each.
EventStore recording()
{
    EventStore s;
    s.append(Event::open(1000, {}, {}));
    s.append(out(1100, "a"));
    s.append(in(1110, "a1"));
    s.append(in(1120, "a2"));
    s.append(out(1300, "b"));
    s.append(in(1310, "b1"));
    s.append(in(1320, "b2"));
    s.append(out(2000, "c"));
    s.append(in(2010, "c1"));
    s.append(in(2020, "c2"));
    s.append(Event::close(2100, 1000, {}, true));
    return s;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
private slots:
    void timingScaledBySpeed_data();
    void timingScaledBySpeed();
    void asFastAsBufferAllows();
    void stepByStep();
    void waitsForReplies();
    void waitsForMatch();
    void waitTimesOut();
    void finishesWhenRepliesAreIn();
    void compare_data();
    void compare();
    void compareReportsDifferences();
    void runnerStepsAgainstServer();
};

void TestReplay::timingScaledBySpeed_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<QList<qint64>>("sendTimes");
    QTest::addRow("as recorded") << 1.0 << QList<qint64>{100, 300, 1000};
    QTest::addRow("twice as fast") << 2.0 << QList<qint64>{50, 150, 500};
    QTest::addRow("half speed") << 0.5 << QList<qint64>{200, 600, 2000};
}

void TestReplay::timingScaledBySpeed()
{
    QFETCH(double, speed);
    QFETCH(QList<qint64>, sendTimes);
    ReplayOptions options;
    options.speed = speed;
    ReplayScheduler scheduler(recording(), options);
    QCOMPARE(scheduler.total(), 3);
    QCOMPARE(scheduler.recordedIncoming(), 6);
    FakeTarget target;
    ManualClock clock(50000);
    scheduler.start(clock.nowMs());
    QList<qint64> times;
    // Sleep exactly as long as the scheduler asks; note when each message goes out.
    for (int guard = 0; guard < 20 && scheduler.sentCount() < scheduler.total(); ++guard) {
        const qsizetype before = target.sent.size();
        const qint64 wait = scheduler.poll(clock.nowMs(), target);
        for (qsizetype i = before; i < target.sent.size(); ++i)
            times << clock.nowMs() - 50000;
        if (wait > 0)
            clock.advance(wait);
    }
    QCOMPARE(target.sent, (QStringList{"a", "b", "c"}));
    QCOMPARE(times, sendTimes);
}

void TestReplay::asFastAsBufferAllows()
{
    ReplayOptions options;
    options.speed = 0;
    options.bufferedThreshold = 2; // each message is one byte
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    scheduler.start(0);
    // Two go out at once; the third waits for the peer to read.
    QCOMPARE(scheduler.poll(0, target), 5);
    QCOMPARE(target.sent, (QStringList{"a", "b"}));
    QCOMPARE(scheduler.poll(5, target), 5);
    QCOMPARE(target.sent.size(), 2);
    target.buffered = 0;
    scheduler.poll(10, target);
    QCOMPARE(target.sent, (QStringList{"a", "b", "c"}));
}

void TestReplay::stepByStep()
{
    ReplayOptions options;
    options.step = true;
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    scheduler.start(0);
    QCOMPARE(scheduler.poll(100000, target), ReplayScheduler::WaitForEvent);
    QVERIFY(target.sent.isEmpty());
    scheduler.step();
    scheduler.poll(100001, target);
    QCOMPARE(target.sent, QStringList{"a"});
    scheduler.poll(100002, target);
    QCOMPARE(target.sent, QStringList{"a"});
    scheduler.step();
    scheduler.step();
    scheduler.poll(100003, target);
    QCOMPARE(target.sent, (QStringList{"a", "b", "c"}));
}

void TestReplay::waitsForReplies()
{
    ReplayOptions options;
    options.waitForCount = 2;
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    ManualClock clock(0);
    scheduler.start(0);
    clock.set(100);
    scheduler.poll(clock.nowMs(), target);
    QCOMPARE(target.sent, QStringList{"a"});
    // "b" was due at 300, but only one reply has come by then.
    clock.set(300);
    scheduler.incoming(in(0, "a1"), 250);
    scheduler.poll(clock.nowMs(), target);
    QCOMPARE(target.sent.size(), 1);
    QVERIFY(scheduler.waiting());
    // The second reply at 900: "b" follows after the recorded gap (200 ms), at 1100.
    clock.set(900);
    scheduler.incoming(in(0, "a2"), 900);
    QCOMPARE(scheduler.poll(clock.nowMs(), target), 200);
    clock.set(1100);
    scheduler.poll(clock.nowMs(), target);
    QCOMPARE(target.sent, (QStringList{"a", "b"}));
}

void TestReplay::waitsForMatch()
{
    ReplayOptions options;
    options.waitForMatch = QRegularExpression("^a2$");
    options.speed = 0;
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    scheduler.start(0);
    scheduler.poll(0, target);
    QCOMPARE(target.sent, QStringList{"a"});
    target.buffered = 0;
    scheduler.incoming(in(0, "a1"), 1);
    scheduler.poll(1, target);
    QCOMPARE(target.sent.size(), 1);
    scheduler.incoming(in(0, "a2"), 2);
    scheduler.poll(2, target);
    QCOMPARE(target.sent, (QStringList{"a", "b"}));
}

void TestReplay::waitTimesOut()
{
    ReplayOptions options;
    options.waitForCount = 5;
    options.waitTimeoutMs = 1000;
    options.speed = 0;
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    scheduler.start(0);
    scheduler.poll(0, target);
    target.buffered = 0;
    QCOMPARE(scheduler.poll(10, target), 990);
    scheduler.poll(1000, target);
    QCOMPARE(target.sent, (QStringList{"a", "b"}));
    QCOMPARE(scheduler.waitTimeouts(), 1);
}

void TestReplay::finishesWhenRepliesAreIn()
{
    ReplayOptions options;
    options.speed = 0;
    options.lingerMs = 500;
    options.waitTimeoutMs = 300;
    ReplayScheduler scheduler(recording(), options);
    FakeTarget target;
    sendAll(scheduler, target);
    QCOMPARE(scheduler.sentCount(), 3);
    QVERIFY(!scheduler.finished());
    // Five of six replies: wait out the linger time from the last one.
    for (int i = 0; i < 5; ++i)
        scheduler.incoming(in(0, "r"), 100);
    QCOMPARE(scheduler.poll(200, target), 400);
    QVERIFY(!scheduler.finished());
    scheduler.incoming(in(0, "r"), 250);
    QCOMPARE(scheduler.poll(260, target), 0);
    QVERIFY(scheduler.finished());

    // With no replies at all, linger runs out.
    ReplayScheduler quiet(recording(), options);
    FakeTarget t2;
    sendAll(quiet, t2);
    QVERIFY(!quiet.finished());
    quiet.poll(501, t2);
    QVERIFY(quiet.finished());

    // A slow server: the last reply comes long after the others, but within the wait after
    // the last send. It is waited for, not reported missing.
    options.waitTimeoutMs = 3000;
    ReplayScheduler slow(recording(), options);
    FakeTarget t3;
    sendAll(slow, t3);
    for (int i = 0; i < 5; ++i)
        slow.incoming(in(0, "r"), 100);
    QCOMPARE(slow.poll(601, t3), 3000 - 601); // linger is over; the wait after the send is not
    QVERIFY(!slow.finished());
    slow.incoming(in(0, "late"), 2400);
    QCOMPARE(slow.poll(2401, t3), 0);
    QVERIFY(slow.finished());
    QCOMPARE(slow.receivedCount(), 6);
    // Bounded: a reply that never comes ends the wait at the timeout.
    ReplayScheduler bounded(recording(), options);
    FakeTarget t4;
    sendAll(bounded, t4);
    QVERIFY(!bounded.finished());
    QVERIFY(bounded.poll(2999, t4) > 0);
    QCOMPARE(bounded.poll(3000, t4), 0);
    QVERIFY(bounded.finished());
}

void TestReplay::compare_data()
{
    QTest::addColumn<QStringList>("recorded");
    QTest::addColumn<QStringList>("replayed");
    QTest::addColumn<QStringList>("ignoreKeys");
    QTest::addColumn<QStringList>("masks");
    QTest::addColumn<QString>("counts"); // same/changed/missing/extra
    QTest::addRow("identical") << QStringList{"a", "b"} << QStringList{"a", "b"} << QStringList()
                               << QStringList() << "2/0/0/0";
    QTest::addRow("key order and spacing do not matter")
        << QStringList{R"({"a":1,"b":[1,2]})"} << QStringList{R"({ "b": [1, 2], "a": 1 })"}
        << QStringList() << QStringList() << "1/0/0/0";
    QTest::addRow("a changed value")
        << QStringList{R"({"id":1,"ts":5})"} << QStringList{R"({"id":1,"ts":6})"} << QStringList()
        << QStringList() << "0/1/0/0";
    QTest::addRow("ignored key anywhere")
        << QStringList{R"({"id":1,"meta":{"ts":5}})"} << QStringList{R"({"id":1,"meta":{"ts":6}})"}
        << QStringList{"ts"} << QStringList() << "1/0/0/0";
    QTest::addRow("ignored path only there")
        << QStringList{R"({"ts":1,"meta":{"ts":5}})"} << QStringList{R"({"ts":2,"meta":{"ts":6}})"}
        << QStringList{"$.meta.ts"} << QStringList() << "0/1/0/0";
    QTest::addRow("ignored array element")
        << QStringList{R"({"items":[{"id":7},{"id":8}]})"}
        << QStringList{R"({"items":[{"id":9},{"id":8}]})"} << QStringList{"items[0].id"}
        << QStringList() << "1/0/0/0";
    QTest::addRow("regex mask in text")
        << QStringList{"order 123 at 10:00"} << QStringList{"order 124 at 10:05"} << QStringList()
        << QStringList{R"(\d+)"} << "1/0/0/0";
    QTest::addRow("one missing") << QStringList{"a", "b", "c", "d"} << QStringList{"a", "c", "d"}
                                 << QStringList() << QStringList() << "3/0/1/0";
    QTest::addRow("one extra") << QStringList{"a", "c"} << QStringList{"a", "b", "c"}
                               << QStringList() << QStringList() << "2/0/0/1";
    QTest::addRow("tail missing") << QStringList{"a", "b"} << QStringList{"a"} << QStringList()
                                  << QStringList() << "1/0/1/0";
    QTest::addRow("nothing came back")
        << QStringList{"a"} << QStringList() << QStringList() << QStringList() << "0/0/1/0";
}

void TestReplay::compare()
{
    QFETCH(QStringList, recorded);
    QFETCH(QStringList, replayed);
    QFETCH(QStringList, ignoreKeys);
    QFETCH(QStringList, masks);
    QFETCH(QString, counts);
    QList<Event> a, b;
    for (const QString &s : recorded)
        a << in(0, s.toUtf8());
    for (const QString &s : replayed)
        b << in(0, s.toUtf8());
    CompareRules rules;
    rules.ignoreKeys = ignoreKeys;
    for (const QString &m : masks)
        rules.masks << QRegularExpression(m);
    const CompareResult r = SessionCompare::compare(a, b, rules);
    QCOMPARE(QString("%1/%2/%3/%4").arg(r.same).arg(r.changed).arg(r.missing).arg(r.extra), counts);
    QCOMPARE(r.passed(), counts.endsWith("/0/0/0"));
}

void TestReplay::compareReportsDifferences()
{
    const QList<Event> a{in(0, R"({"user":{"name":"An","age":30},"tags":["x"]})"),
                         Event::message(0, Direction::In, false, QByteArray("\x01\x02\x03", 3))};
    const QList<Event> b{in(0, R"({"user":{"name":"Bình","age":30},"tags":["x","y"]})"),
                         Event::message(0, Direction::In, false, QByteArray("\x01\x02\x04", 3))};
    const CompareResult r = SessionCompare::compare(a, b, {});
    QCOMPARE(r.changed, 2);
    QCOMPARE(r.rows[0].differences,
             (QStringList{QString::fromUtf8("$.tags[1]: (absent) → \"y\""),
                          QString::fromUtf8("$.user.name: \"An\" → \"Bình\"")}));
    QCOMPARE(r.rows[1].differences, QStringList{"bytes differ from offset 2 (3 B → 3 B)"});
    const QString report = r.report(a, b);
    QVERIFY(report.startsWith("FAIL: 0 the same, 2 changed"));
    QVERIFY(report.contains(QString::fromUtf8("~ recorded #1 / replayed #1")));
}

void TestReplay::runnerStepsAgainstServer()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Session session;
    session.events = recording();
    ConnectionRequest request;
    request.url = server.url("/echo");
    ReplayOptions options;
    options.step = true;
    options.lingerMs = 300;
    options.waitTimeoutMs = 300;
    SystemClock clock;
    ReplayRunner runner(session.header, session.events, request, options, clock);
    QSignalSpy finished(&runner, &ReplayRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE(runner.connection().readyState(), ReadyState::Open);
    QTest::qWait(100);
    QCOMPARE(runner.scheduler().sentCount(), 0);
    runner.step();
    QTRY_COMPARE(runner.scheduler().receivedCount(), 1);
    runner.step();
    runner.step();
    QTRY_VERIFY(finished.count() == 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(runner.scheduler().sentCount(), 3);
    // An echo returns one reply per message where the recording had two.
    const CompareResult result = runner.compare({});
    QCOMPARE(result.same, 0);
    QVERIFY(!result.passed());
    QVERIFY(runner.events().size() >= 8); // handshake, open, 3 out, 3 in, close
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
