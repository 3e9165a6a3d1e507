#include <QTest>

#include "protocol/frame/largebufferpool.h"

/// The engine's large buffers come back for reuse only when nobody else holds them, and the
/// pool stays within its cap whatever is given back.
class TestLargeBufferPool : public QObject
{
    Q_OBJECT
private slots:
    void init() { LargeBufferPool::clear(); }
    void cleanupTestCase() { LargeBufferPool::clear(); }
    void givenBackIsTakenAgain();
    void sharedOrBorrowedBytesAreNotLent();
    void heldBuffersGoFirstAtTheCap();
    void fitsWithoutMuchSpareRoom();
    void boundedByItsCap();
};

void TestLargeBufferPool::givenBackIsTakenAgain()
{
    QByteArray a = LargeBufferPool::take(1 << 20);
    QCOMPARE(a.size(), 1 << 20);
    a.fill('a');
    const char *bytes = a.constData();
    LargeBufferPool::giveBack(std::move(a));
    QVERIFY(a.isEmpty());
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
    QVERIFY(LargeBufferPool::keptBytes() >= qint64(1) << 20);
    // A little smaller still fits the same buffer, and the pool is empty again.
    QByteArray b = LargeBufferPool::take((1 << 20) - 1000);
    QCOMPARE(b.constData(), bytes);
    QCOMPARE(b.size(), (1 << 20) - 1000);
    QCOMPARE(LargeBufferPool::keptBuffers(), 0);
    QCOMPARE(LargeBufferPool::keptBytes(), 0);
    // Nothing kept: a new buffer, as before the pool.
    const QByteArray c = LargeBufferPool::take(1 << 20);
    QVERIFY(c.constData() != bytes);
    QCOMPARE(c.size(), 1 << 20);
}

void TestLargeBufferPool::sharedOrBorrowedBytesAreNotLent()
{
    // Someone still reading the payload (the engine's report, the window's journal): kept,
    // but lent only once that reader lets go.
    QByteArray a = LargeBufferPool::take(1 << 20);
    a.fill('r');
    const char *bytes = a.constData();
    QByteArray reader = a;
    LargeBufferPool::giveBack(std::move(a));
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
    QByteArray other = LargeBufferPool::take(1 << 20);
    QVERIFY(other.constData() != bytes);
    QCOMPARE(reader, QByteArray(1 << 20, 'r'));
    reader = QByteArray();
    QCOMPARE(LargeBufferPool::take(1 << 20).constData(), bytes);
    // Bytes that belong to someone else, and small buffers, are never kept.
    static char outside[512 * 1024];
    LargeBufferPool::giveBack(QByteArray::fromRawData(outside, sizeof outside));
    LargeBufferPool::giveBack(QByteArray(64 * 1024, 's'));
    QCOMPARE(LargeBufferPool::keptBuffers(), 0);
    QCOMPARE(LargeBufferPool::keptBytes(), 0);
}

void TestLargeBufferPool::heldBuffersGoFirstAtTheCap()
{
    // A reader that never lets go (a journal far behind) cannot fill the pool for good.
    const qsizetype size = 1 << 20;
    QList<QByteArray> held;
    for (int i = 0; i < int(LargeBufferPool::MaxBytes / size); ++i) {
        held.append(QByteArray(size, 'h'));
        LargeBufferPool::giveBack(QByteArray(held.last()));
    }
    QCOMPARE(LargeBufferPool::keptBytes(), LargeBufferPool::MaxBytes);
    QByteArray free(size, 'f');
    const char *bytes = free.constData();
    LargeBufferPool::giveBack(std::move(free));
    QVERIFY(LargeBufferPool::keptBytes() <= LargeBufferPool::MaxBytes);
    QCOMPARE(LargeBufferPool::take(size).constData(), bytes);
    for (const QByteArray &h : std::as_const(held))
        QCOMPARE(h, QByteArray(size, 'h'));
}

void TestLargeBufferPool::fitsWithoutMuchSpareRoom()
{
    // A 4 MiB buffer is not lent for 1 MiB: the log would then write it at once (spare room),
    // and memory would be held for nothing.
    LargeBufferPool::giveBack(QByteArray(4 << 20, 'x'));
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
    const QByteArray small = LargeBufferPool::take(1 << 20);
    QVERIFY(small.capacity() - small.size() <= small.size() / 8);
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
    // Nor is a buffer too small for the size asked.
    const QByteArray large = LargeBufferPool::take((4 << 20) + 1);
    QCOMPARE(large.size(), (4 << 20) + 1);
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
    // Sizes under the engine's large path never come from the pool.
    const QByteArray tiny = LargeBufferPool::take(100);
    QCOMPARE(tiny.size(), 100);
    QCOMPARE(LargeBufferPool::keptBuffers(), 1);
}

void TestLargeBufferPool::boundedByItsCap()
{
    const qsizetype size = 1 << 20;
    const int count = int(LargeBufferPool::MaxBytes / size) + 5;
    for (int i = 0; i < count; ++i) {
        LargeBufferPool::giveBack(QByteArray(size, char('a' + i % 26)));
        QVERIFY(LargeBufferPool::keptBytes() <= LargeBufferPool::MaxBytes);
    }
    QCOMPARE(LargeBufferPool::keptBuffers(), int(LargeBufferPool::MaxBytes / size));
    // Every one taken back is a full buffer of the size asked, then the pool is empty.
    for (int i = 0; i < count; ++i)
        QCOMPARE(LargeBufferPool::take(size).size(), size);
    QCOMPARE(LargeBufferPool::keptBuffers(), 0);
    QCOMPARE(LargeBufferPool::keptBytes(), 0);
}

QTEST_GUILESS_MAIN(TestLargeBufferPool)
#include "tst_largebufferpool.moc"
