#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <QRandomGenerator>
#include <QTest>

#include "log/eventstore.h"
#include "log/pagememory.h"
#include "minorfaults.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WSPROBE_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WSPROBE_TEST_SANITIZED 1
#endif

/// The log takes its memory from the system in large steps: a flood's payloads land in blocks
/// mapped in one call each, not a page fault per 4 KiB; a store of a few events stays small;
/// payloads of every size read back as they were written.
class TestPageMemory : public QObject
{
    Q_OBJECT
private slots:
    void floodFaultsFewPages();
    void fewEventsStaySmall();
    void firstRowsGrowWithTheStore();
    void payloadsOfEverySizeReadBack();
    void recycledStoreKeepsFullBlocks();
    void largePayloadsSharedWhenAsked();
    void blocksMappedAheadAndLetGo();
};

static Event message(const QByteArray &payload)
{
    Event e;
    e.kind = EventKind::Text;
    e.direction = Direction::In;
    e.payload = payload;
    return e;
}

void TestPageMemory::floodFaultsFewPages()
{
#if !defined(Q_OS_UNIX) || defined(WSPROBE_TEST_SANITIZED)
    QSKIP("page fault counts from getrusage, without a sanitizer's shadow memory");
#else
    if (!PageMemory::preparesPages())
        QSKIP("this system maps pages only on first touch");
    const QByteArray payload(1024, 'x'); // one buffer: only the store's own pages are new
    constexpr int Count = 65536;         // 64 MiB of payload, 2 MiB of rows
    const long pages = (long(Count) * (payload.size() + qsizetype(sizeof(EventStore::Row)))) / 4096;
    EventStore store;
    const long before = minorFaults();
    for (int i = 0; i < Count; ++i)
        store.append(message(payload));
    const long faults = minorFaults() - before;
    // A fault per page before: 16,896 for these 16,896 pages. Now the first rows and the
    // first, small blocks take theirs as they fill (about 1,000), the rest comes mapped.
    QVERIFY2(faults < pages / 8,
             qPrintable(QStringLiteral("%1 page faults for %2 pages").arg(faults).arg(pages)));
    QCOMPARE(store.size(), Count);
    QCOMPARE(store.payload(Count - 1), QByteArrayView(payload));
#endif
}

void TestPageMemory::fewEventsStaySmall()
{
    EventStore store;
    for (int i = 0; i < 10; ++i)
        store.append(message(QByteArray(100, 'a')));
    // One 64 KiB block of payloads beside room for 512 rows, not a 2 MiB block or a whole
    // 2 MiB chunk of 65,536 rows.
    QCOMPARE(store.memoryUsage(), 512 * qint64(sizeof(EventStore::Row)) + 64 * 1024);
}

void TestPageMemory::firstRowsGrowWithTheStore()
{
    // The first chunk doubles from 512 rows to 65,536 as rows arrive (a journal's stage holds
    // sixteen 64 KiB messages between hand-overs: a whole chunk each was heap it never used);
    // rows written before each doubling read back after it, and past it chunks come whole.
    EventStore store;
    const auto row = qint64(sizeof(EventStore::Row));
    const auto event = [](qint64 i) {
        Event e;
        e.kind = EventKind::Ping; // no payload: the store's memory is its rows
        e.direction = Direction::In;
        e.timeMs = i * 3;
        return e;
    };
    const QList<std::pair<qsizetype, qint64>> steps{
        {1, 512}, {512, 512}, {513, 1024}, {4097, 8192}, {65536, 65536}, {65537, 2 * 65536}};
    qsizetype n = 0;
    for (const auto &[count, rows] : steps) {
        for (; n < count; ++n)
            store.append(event(n));
        QCOMPARE(store.memoryUsage(), rows * row);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (store.row(i).timeMs != i * 3)
            QFAIL(qPrintable(QStringLiteral("row %1 reads %2").arg(i).arg(store.row(i).timeMs)));
    }
    // A recycled store keeps its grown first chunk; a cleared one gives it back.
    store.recycle();
    QCOMPARE(store.memoryUsage(), 65536 * row);
    store.append(event(7));
    QCOMPARE(store.row(0).timeMs, qint64(21));
    store.clear();
    QCOMPARE(store.memoryUsage(), qint64(0));
}

void TestPageMemory::payloadsOfEverySizeReadBack()
{
    // Sizes across every path: empty, packed in small and full blocks, blocks opened by a
    // payload over 512 KiB, the largest packed (8 MiB), and memory of its own above it.
    QRandomGenerator random(17);
    QList<QByteArray> written;
    EventStore store;
    store.setKeepsPayloadsInFile(false); // tst_payloadfile reads back that path
    const QList<int> edges{
        0, 1, 16 * 1024, 512 * 1024, 512 * 1024 + 1, 2 * 1024 * 1024, 8 << 20, (8 << 20) + 1};
    for (int i = 0; i < 400; ++i) {
        const int size = i < edges.size() ? edges[i]
                         : i % 7 == 0     ? int(random.bounded(700 * 1024))
                                          : int(random.bounded(4096));
        QByteArray payload(size, Qt::Uninitialized);
        for (int b = 0; b < size; b += 97)
            payload[b] = char(random.bounded(256));
        written.append(payload);
        store.append(message(payload));
    }
    for (int i = 0; i < written.size(); ++i)
        QVERIFY2(store.payload(i) == QByteArrayView(written[i]), qPrintable(QString::number(i)));
    // The store copied: what it was given may change or go away.
    written[4].fill('z');
    QVERIFY(store.payload(4) != QByteArrayView(written[4]));
    QCOMPARE(store.at(7).payload.size(), (8 << 20) + 1);
    store.dropFront(200);
    for (int i = 0; i < 200; ++i)
        QVERIFY(store.payload(i) == QByteArrayView(written[200 + i]));
}

void TestPageMemory::recycledStoreKeepsFullBlocks()
{
    EventStore store;
    const QByteArray payload(1024, 'r');
    for (int i = 0; i < 8192; ++i) // 8 MiB: past the small blocks into full ones
        store.append(message(payload));
    store.recycle();
    QCOMPARE(store.size(), 0);
    store.append(message(payload));
    QCOMPARE(store.payload(0), QByteArrayView(payload));
    // The refill writes into a kept 2 MiB block, not a fresh 64 KiB one.
    const qint64 rows = 8192 * qint64(sizeof(EventStore::Row)); // the first chunk, as grown
    QVERIFY(store.memoryUsage() >= rows + 2 * 1024 * 1024);
}

void TestPageMemory::largePayloadsSharedWhenAsked()
{
    EventStore store;
    store.setSharesPayloadsFrom(16 * 1024);
    const QByteArray small(16 * 1024 - 1, 's');
    const QByteArray large(1 << 20, 'L');
    store.append(message(small));
    store.append(message(large));
    store.append(message(QByteArray()));
    store.append(message(large));
    // The large one is the event's own bytes, not a copy; the small one is copied.
    QCOMPARE(store.payload(1).data(), large.constData());
    QCOMPARE(store.payload(3).data(), large.constData());
    QVERIFY(store.payload(0).data() != small.constData());
    QCOMPARE(store.payload(0), QByteArrayView(small));
    QCOMPARE(store.payload(2).size(), 0);
    QCOMPARE(store.at(1).payload, large);
    // It keeps a reference: the caller's copy can change without touching the stored one.
    QByteArray changed = large;
    store.append(message(changed));
    changed[0] = 'x';
    QCOMPARE(store.payload(4), QByteArrayView(large));
    // A moved store shares as its source did (the journal swaps its queue with its batch).
    EventStore moved(std::move(store));
    moved.append(message(large));
    QCOMPARE(moved.payload(5).data(), large.constData());
    // And the store moved from is empty and shares still (the journal refills its stage).
    QCOMPARE(store.size(), 0);
    store.append(message(large));
    QCOMPARE(store.payload(0).data(), large.constData());
    store.clear();
    // Dropped rows let go of their payloads.
    QVERIFY(!large.isDetached());
    moved.dropFront(6);
    QVERIFY(large.isDetached());
    moved.recycle();
    moved.append(message(large));
    QCOMPARE(moved.payload(0).data(), large.constData());
    // Bytes the payload does not own, or a buffer far larger than its bytes, are copied.
    std::vector<char> raw(32 * 1024, 'r');
    moved.append(message(QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))));
    QVERIFY(moved.payload(1).data() != raw.data());
    QByteArray roomy(20 * 1024, 'y');
    roomy.reserve(1 << 20);
    moved.append(message(roomy));
    QVERIFY(moved.payload(2).data() != roomy.constData());
    std::fill(raw.begin(), raw.end(), 'x');
    QCOMPARE(moved.payload(1), QByteArrayView(QByteArray(32 * 1024, 'r')));
    QCOMPARE(moved.payload(2), QByteArrayView(roomy));
}

#if defined(Q_OS_LINUX)
static size_t residentPages(void *begin, size_t bytes)
{
    std::vector<unsigned char> pages(bytes / 4096);
    if (mincore(begin, bytes, pages.data()) != 0)
        return 0;
    return size_t(std::count_if(pages.begin(), pages.end(), [](unsigned char p) { return p & 1; }));
}
#endif

void TestPageMemory::blocksMappedAheadAndLetGo()
{
#if !defined(Q_OS_LINUX)
    QSKIP("blocks are mapped ahead on Linux only");
#else
    if (!PageMemory::preparesPages())
        QSKIP("this system maps pages only on first touch");
    // Blocks the earlier tests' stores handed back are let go after a quiet second.
    QTRY_COMPARE_WITH_TIMEOUT(PageMemory::preparedBlocks(), 0, 10000);
    // Asking starts the pool's thread; what it maps is waiting at the next call.
    std::free(PageMemory::takePrepared());
    QTRY_COMPARE_WITH_TIMEOUT(PageMemory::preparedBlocks(), PageMemory::PreparedAhead, 10000);
    void *first = PageMemory::takePrepared();
    void *second = PageMemory::takePrepared();
    QVERIFY(first && second);
    // A block handed back while the pool is short is kept, mapped, for the next taker (both
    // were just taken; unless the thread mapped both new ones meanwhile, it is short).
    const int ready = PageMemory::preparedBlocks();
    PageMemory::giveBack(first);
    if (ready < PageMemory::PreparedAhead)
        QVERIFY(PageMemory::preparedBlocks() >= ready + 1);
    QCOMPARE(reinterpret_cast<quintptr>(second) % PageMemory::HugeBlock, quintptr(0));
    // Every page is there before the taker writes a byte (a first touch would fault them in,
    // one 4 KiB page or one huge page at a time).
    QCOMPARE(residentPages(second, PageMemory::HugeBlock), PageMemory::HugeBlock / 4096);
    std::memset(second, 0x5a, PageMemory::HugeBlock);
    std::free(second);
    // A store filling blocks takes them from the pool and hands them back when it is gone.
    {
        EventStore store;
        store.setKeepsPayloadsInFile(false);
        const QByteArray payload(1024, 'p');
        for (int i = 0; i < 4 * 2048; ++i) // 8 MiB: into full 2 MiB blocks
            store.append(message(payload));
        QCOMPARE(store.payload(4 * 2048 - 1), QByteArrayView(payload));
    }
    // What the pool holds stays bounded: its depth, and a block being mapped meanwhile.
    QVERIFY(PageMemory::preparedBlocks() <= PageMemory::PreparedAhead + 1);
    // Not asked for a second, the pool gives its memory back.
    QTRY_COMPARE_WITH_TIMEOUT(PageMemory::preparedBlocks(), 0, 10000);
#endif
}

QTEST_GUILESS_MAIN(TestPageMemory)
#include "tst_pagememory.moc"
