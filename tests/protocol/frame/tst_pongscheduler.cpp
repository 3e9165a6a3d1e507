// PongScheduler: answer pings at once while the socket has room, only the latest while not.
#include <QTest>

#include "protocol/frame/pongscheduler.h"

class TestPongScheduler : public QObject
{
    Q_OBJECT
private slots:
    void answersAtOnceWithRoom();
    void keepsTheLatestWhileBackedUp();
    void endingWithOneWaitingCountsItToo();
};

void TestPongScheduler::answersAtOnceWithRoom()
{
    PongScheduler s;
    QCOMPARE(s.ping("a", 0), std::optional<QByteArray>("a"));
    QCOMPARE(s.ping("b", PongScheduler::BacklogBytes), std::optional<QByteArray>("b"));
    QVERIFY(!s.isWaiting());
    QVERIFY(s.takeUnansweredNote(false).isEmpty());
}

void TestPongScheduler::keepsTheLatestWhileBackedUp()
{
    PongScheduler s;
    const qint64 full = PongScheduler::BacklogBytes + 1;
    QVERIFY(!s.ping("1", full));
    QVERIFY(!s.ping("2", full));
    QVERIFY(!s.ping("3", full));
    // Once one is waiting, a ping waits behind it even if the socket has room again.
    QVERIFY(!s.ping("4", 0));
    QVERIFY(!s.drained(full));
    QCOMPARE(s.drained(10), std::optional<QByteArray>("4"));
    const QString note = s.takeUnansweredNote(true);
    QVERIFY2(note.startsWith("3 server ping(s) went unanswered") && note.contains("§5.5.3"),
             qPrintable(note));
    QVERIFY(!s.isWaiting());
    QVERIFY(!s.drained(0));
}

void TestPongScheduler::endingWithOneWaitingCountsItToo()
{
    PongScheduler s;
    QVERIFY(!s.ping("x", PongScheduler::BacklogBytes * 2));
    QVERIFY(!s.ping("y", PongScheduler::BacklogBytes * 2));
    QVERIFY(s.takeUnansweredNote(false).startsWith("2 server ping(s) went unanswered: the server "
                                                   "stopped reading"));
}

QTEST_GUILESS_MAIN(TestPongScheduler)
#include "tst_pongscheduler.moc"
