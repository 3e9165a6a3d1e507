#include <list>
#include <thread>

#include <QRandomGenerator>
#include <QTest>

#include "log/eventstore.h"
#include "log/payloadfile.h"

/// Large payloads go to an in-memory file where the system has one (Linux): they read back
/// as written across every path, in order with the packed ones, from another thread too; the
/// store counts the file's pages as its memory and gives them back when rows are dropped or
/// the store is cleared; a store that shares its large payloads (the journal's queue) keeps
/// no file.
class TestPayloadFile : public QObject
{
    Q_OBJECT
private slots:
    void segmentReadsWhatWasWritten();
    void payloadsOfEverySizeReadBack();
    void fileBytesCountedAndGivenBack();
    void sharingStoreKeepsNoFile();
    void readOnAnotherThread();
    void readWhileTheWriterCopies();
    void bytesNotOwnedAreCopiedAtOnce();
    void writesBehindStayInOrder();
    void filesAreBoundedLikeDescriptors();
};

static Event message(const QByteArray &payload)
{
    Event e;
    e.kind = EventKind::Binary;
    e.direction = Direction::In;
    e.payload = payload;
    return e;
}

static QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype b = 0; b < size; b += 61)
        bytes[b] = char(random.bounded(256));
    if (size > 0)
        bytes[size - 1] = char(random.bounded(256));
    return bytes;
}

void TestPayloadFile::filesAreBoundedLikeDescriptors()
{
    if (!PayloadFile::supported())
        QSKIP("this system keeps no payload files; stores use anonymous memory");
    // A Serve tab's hundreds of client logs must not take the descriptors its sockets need:
    // past 64 files, stores are told no (and keep anonymous memory), until one closes.
    std::list<PayloadFile> files;
    std::list<PayloadFile::Segment> segments;
    int valid = 0;
    for (int i = 0; i < 80; ++i) {
        files.emplace_back();
        segments.push_back(files.back().append(4096));
        valid += segments.back().isValid();
    }
    QCOMPARE(valid, 64);
    QVERIFY(!files.back().append(4096).isValid());
    segments.clear();
    files.pop_front(); // its descriptor is closed
    QVERIFY(files.back().append(4096).isValid());
    files.clear();
    QVERIFY(PayloadFile::supported());
}

void TestPayloadFile::segmentReadsWhatWasWritten()
{
    if (!PayloadFile::supported())
        QSKIP("this system keeps no payload files; stores use anonymous memory");
    const qint64 before = PayloadFile::residentBytes();
    PayloadFile file;
    PayloadFile::Segment a = file.append(10000);
    PayloadFile::Segment b = file.append(4096);
    QVERIFY(a.isValid() && b.isValid());
    QCOMPARE(a.capacity() % 4096, size_t(0));
    QVERIFY(a.capacity() >= 10000);
    const QByteArray one(5000, '1'), two(3000, '2'), three(4096, '3');
    QVERIFY(file.write(a, 0, one.constData(), size_t(one.size())));
    QVERIFY(file.write(a, 5000, two.constData(), size_t(two.size())));
    QVERIFY(file.write(b, 0, three.constData(), size_t(three.size())));
    QCOMPARE(QByteArrayView(a.data(), 5000), QByteArrayView(one));
    QCOMPARE(QByteArrayView(a.data() + 5000, 3000), QByteArrayView(two));
    QCOMPARE(QByteArrayView(b.data(), 4096), QByteArrayView(three));
    // Written bytes in whole pages: 8,000 bytes are two pages, 4,096 one.
    QCOMPARE(a.residentBytes(), 8192);
    QCOMPARE(PayloadFile::residentBytes() - before, 3 * 4096);
    // Past the segment's end is refused, not written into the next one.
    QVERIFY(!file.write(a, a.capacity() - 10, one.constData(), 11));
    QCOMPARE(QByteArrayView(b.data(), 4096), QByteArrayView(three));
    file.release(a);
    QVERIFY(!a.isValid());
    QCOMPARE(PayloadFile::residentBytes() - before, 4096);
    QCOMPARE(QByteArrayView(b.data(), 4096), QByteArrayView(three));
}

void TestPayloadFile::payloadsOfEverySizeReadBack()
{
    // Both sides of the file's threshold (16 KiB), whole and partial pages, a payload larger
    // than a file segment (64 MiB), and packed ones between them.
    QRandomGenerator random(23);
    const QList<qsizetype> edges{
        0,    1,       16 * 1024 - 1, 16 * 1024,     16 * 1024 + 1,  65536,
        4095, 1 << 20, (1 << 20) + 3, (8 << 20) + 1, (64 << 20) + 5, 70000};
    QList<QByteArray> written;
    EventStore store;
    for (int i = 0; i < 600; ++i) {
        const qsizetype size = i < edges.size() ? edges[i]
                               : i % 5 == 0     ? qsizetype(random.bounded(300 * 1024))
                                                : qsizetype(random.bounded(2048));
        written.append(randomBytes(random, size));
        store.append(message(written.last()));
    }
    qint64 bytes = 0;
    for (int i = 0; i < written.size(); ++i) {
        QVERIFY2(store.payload(i) == QByteArrayView(written[i]), qPrintable(QString::number(i)));
        bytes += store.payload(i).size();
    }
    qint64 expected = 0;
    for (const QByteArray &w : written)
        expected += w.size();
    QCOMPARE(bytes, expected);
    QCOMPARE(store.at(10).payload, written[10]);
    // The store copied: what it was given may change.
    written[5].fill('z');
    QVERIFY(store.payload(5) != QByteArrayView(written[5]));
    written[5].fill('\0');
    store.dropFront(300);
    for (int i = 0; i < 300; ++i)
        QVERIFY(store.payload(i) == QByteArrayView(written[300 + i]));
    // A moved store keeps its file.
    EventStore moved(std::move(store));
    moved.append(message(written[7]));
    QCOMPARE(moved.payload(300), QByteArrayView(written[7]));
    QCOMPARE(moved.payload(0), QByteArrayView(written[300]));
}

void TestPayloadFile::fileBytesCountedAndGivenBack()
{
    if (!PayloadFile::supported())
        QSKIP("this system keeps no payload files");
    const qint64 before = PayloadFile::residentBytes();
    EventStore store;
    const QByteArray large(64 * 1024, 'L'), small(100, 's');
    for (int i = 0; i < 1100; ++i) { // 1,024 fill the first 64 MiB segment, 76 the next
        store.append(message(large));
        store.append(message(small));
    }
    const qint64 inFile = PayloadFile::residentBytes() - before;
    QCOMPARE(inFile, qint64(1100) * large.size());
    // The store's memory counts the file's pages, not its segments' mapped size.
    const qint64 rows = 4096 * qint64(sizeof(EventStore::Row)); // 2,200 rows' first chunk
    QVERIFY2(store.memoryUsage() >= rows + inFile
                 && store.memoryUsage() <= rows + inFile + 2 * 1024 * 1024,
             qPrintable(QString::number(store.memoryUsage())));
    // Dropping the rows of the first segment gives its pages back.
    store.dropFront(2 * 1024);
    QCOMPARE(PayloadFile::residentBytes() - before, qint64(76) * large.size());
    QCOMPARE(store.payload(0), QByteArrayView(large));
    QCOMPARE(store.payload(1), QByteArrayView(small));
    store.clear();
    QCOMPARE(PayloadFile::residentBytes(), before);
    store.append(message(large));
    QCOMPARE(store.payload(0), QByteArrayView(large));
    QCOMPARE(PayloadFile::residentBytes() - before, large.size());
    store.recycle();
    QCOMPARE(PayloadFile::residentBytes(), before);
}

void TestPayloadFile::sharingStoreKeepsNoFile()
{
    const qint64 before = PayloadFile::residentBytes();
    EventStore queue;
    queue.setSharesPayloadsFrom(16 * 1024);
    QByteArray roomy(64 * 1024, 'y'); // too much spare room to be shared: copied
    roomy.reserve(1 << 20);
    queue.append(message(roomy));
    queue.append(message(QByteArray(64 * 1024, 'x')));
    QCOMPARE(queue.payload(0), QByteArrayView(roomy));
    QCOMPARE(PayloadFile::residentBytes(), before);
}

void TestPayloadFile::readOnAnotherThread()
{
    // A session is loaded into a store on a pool thread and shown on the window's; the
    // journal's writer reads what the window's thread wrote.
    QRandomGenerator random(5);
    QList<QByteArray> written;
    for (int i = 0; i < 64; ++i)
        written.append(randomBytes(random, 20000 + i * 1000));
    EventStore store;
    std::thread filler([&] {
        for (const QByteArray &w : std::as_const(written))
            store.append(message(w));
    });
    filler.join();
    qsizetype matching = 0;
    std::thread reader([&] {
        for (int i = 0; i < written.size(); ++i)
            matching += store.payload(i) == QByteArrayView(written[i]);
    });
    reader.join();
    QCOMPARE(matching, written.size());
}

void TestPayloadFile::readWhileTheWriterCopies()
{
    // The copy into the file is made by the writer thread: the newest row read right after
    // append() (as the window shows it), and every row read on another thread right after
    // the store is handed over (as a loaded session is), read their bytes, never the file's
    // hole or its end. 40 MiB queue more than the writer holds (WriteBehindBytes).
    QRandomGenerator random(11);
    QList<QByteArray> written;
    for (int i = 0; i < 400; ++i)
        written.append(randomBytes(random, 16 * 1024 + qsizetype(random.bounded(200 * 1024))));
    EventStore store;
    qsizetype newestWrong = 0;
    for (qsizetype i = 0; i < written.size(); ++i) {
        store.append(message(written[i]));
        if (i % 7 == 0)
            newestWrong += store.payload(i) != QByteArrayView(written[i]);
    }
    QCOMPARE(newestWrong, 0);
    EventStore handed;
    for (const QByteArray &w : std::as_const(written))
        handed.append(message(w));
    qsizetype wrong = 0;
    std::thread reader([&] {
        for (qsizetype i = written.size() - 1; i >= 0; --i) // the newest first
            wrong += handed.payload(i) != QByteArrayView(written[i]);
    });
    reader.join();
    QCOMPARE(wrong, 0);
    // Dropping rows waits for the queued copies before the file's pages are given back.
    for (const QByteArray &w : std::as_const(written))
        store.append(message(w));
    store.dropFront(600);
    for (qsizetype i = 0; i < 200; ++i)
        QVERIFY(store.payload(i) == QByteArrayView(written[200 + i]));
}

void TestPayloadFile::bytesNotOwnedAreCopiedAtOnce()
{
    if (!PayloadFile::supported())
        QSKIP("this system keeps no payload files");
    // A payload over someone else's bytes (fromRawData) cannot be kept for the writer thread:
    // its owner may change or free them right after append(). Nor one with much spare room.
    QByteArray source(64 * 1024, 'a');
    QByteArray roomy(40 * 1024, 'r');
    roomy.reserve(1 << 20);
    EventStore store;
    for (int i = 0; i < 50; ++i) {
        source.fill(char('a' + i % 26));
        store.append(message(QByteArray::fromRawData(source.constData(), source.size())));
        source.fill('#'); // what a reused receive buffer does next
        store.append(message(roomy));
    }
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(store.payload(2 * i), QByteArrayView(QByteArray(64 * 1024, char('a' + i % 26))));
        QCOMPARE(store.payload(2 * i + 1), QByteArrayView(roomy));
    }
}

void TestPayloadFile::writesBehindStayInOrder()
{
    if (!PayloadFile::supported())
        QSKIP("this system keeps no payload files");
    // Queued copies, then one made at once, then queued again, across two segments: each
    // reads back, and the file's bytes counted as they are queued.
    const qint64 before = PayloadFile::residentBytes();
    PayloadFile file;
    PayloadFile::Segment a = file.append(1 << 20);
    QList<QByteArray> parts;
    size_t at = 0;
    for (int i = 0; i < 8; ++i) {
        parts.append(QByteArray(100 * 1024, char('0' + i)));
        QVERIFY(file.writeLater(a, at, parts.last()));
        at += size_t(parts.last().size());
    }
    QCOMPARE(PayloadFile::residentBytes() - before, qint64(200) * 4096);
    const QByteArray now(1000, 'n');
    QVERIFY(file.write(a, at, now.constData(), size_t(now.size())));
    PayloadFile::Segment b = file.append(4096);
    const QByteArray last(4096, 'z');
    QVERIFY(file.writeLater(b, 0, last));
    file.awaitWritten(b, 4096);
    QCOMPARE(QByteArrayView(b.data(), 4096), QByteArrayView(last));
    for (int i = 0; i < 8; ++i) {
        file.awaitWritten(a, size_t(i + 1) * 100 * 1024);
        QCOMPARE(QByteArrayView(a.data() + i * 100 * 1024, 100 * 1024), QByteArrayView(parts[i]));
    }
    QCOMPARE(QByteArrayView(a.data() + at, 1000), QByteArrayView(now));
    // Past the segment's end is refused here too.
    QVERIFY(!file.writeLater(b, 1, last));
    file.release(a);
    file.release(b);
    QCOMPARE(PayloadFile::residentBytes(), before);
}

QTEST_GUILESS_MAIN(TestPayloadFile)
#include "tst_payloadfile.moc"
