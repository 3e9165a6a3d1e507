#include <QByteArray>
#include <QList>
#include <QTest>

#include "log/heapreuse.h"
#include "minorfaults.h"

/// Freed payload memory is taken again without going back to the system: the second and
/// later rounds of a flood that is kept, then let go (a journal's batch), fault no new pages.
class TestHeapReuse : public QObject
{
    Q_OBJECT
private slots:
    void freedPayloadsAreReusedWithoutPageFaults_data();
    void freedPayloadsAreReusedWithoutPageFaults();
};

void TestHeapReuse::freedPayloadsAreReusedWithoutPageFaults_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("64 KiB") << 64 * 1024;
    QTest::newRow("1 MiB") << 1024 * 1024;
}

void TestHeapReuse::freedPayloadsAreReusedWithoutPageFaults()
{
    QFETCH(int, size);
#ifdef Q_OS_UNIX
    if (!HeapReuse::available())
        QSKIP("this C library's allocator is not tuned (it keeps freed memory by itself)");
    HeapReuse::keepFreedMemory();
    constexpr int Count = 64; // 4 MiB and 64 MiB of payloads held at once
    const long pages = long(Count) * size / 4096;
    long worst = 0;
    for (int round = 0; round < 4; ++round) {
        const long before = minorFaults();
        QList<QByteArray> held;
        for (int i = 0; i < Count; ++i)
            held.append(QByteArray(size, char('a' + i % 26))); // every page touched
        held.clear();
        if (round > 0) // the first round takes the memory in, once
            worst = qMax(worst, minorFaults() - before);
    }
    // Untuned glibc faults about half of the pages again at 64 KiB and all of them at 1 MiB.
    QVERIFY2(
        worst < pages / 20,
        qPrintable(QStringLiteral("%1 page faults for %2 pages reused").arg(worst).arg(pages)));
#else
    QSKIP("page fault counts come from getrusage");
#endif
}

QTEST_GUILESS_MAIN(TestHeapReuse)
#include "tst_heapreuse.moc"
