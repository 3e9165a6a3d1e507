// Backoff: the reconnect delays.
#include <QTest>

#include "connection/backoff.h"

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void backoffDelays();
};

void TestBackoff::backoffDelays()
{
    Backoff b;
    b.initialMs = 500;
    b.maxMs = 8000;
    b.factor = 2;
    b.jitter = 0.25;
    b.maxAttempts = 5;
    // unit 0.5 is the middle of the jitter band: the plain exponential.
    QCOMPARE(b.delayMs(1, 0.5), 500);
    QCOMPARE(b.delayMs(2, 0.5), 1000);
    QCOMPARE(b.delayMs(4, 0.5), 4000);
    QCOMPARE(b.delayMs(5, 0.5), 8000);
    QCOMPARE(b.delayMs(50, 0.5), 8000);
    QCOMPARE(b.delayMs(1, 0.0), 375);
    QCOMPARE(b.delayMs(1, 0.999999), 625);
    QCOMPARE(b.delayMs(50, 0.0), 6000);
    QVERIFY(!b.exhausted(5));
    QVERIFY(b.exhausted(6));
    b.maxAttempts = 0;
    QVERIFY(!b.exhausted(1000000));
    b.jitter = 0;
    QCOMPARE(b.delayMs(3, 0.9), 2000);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
