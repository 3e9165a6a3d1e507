#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "log/eventlog.h"

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void modelTester();
    void batching();
    void flushIsIdempotent();
    void roles();
    void previews_data();
    void previews();
    void largePayloadPreviewIsBounded();
    void clear();
    void framesAndHandshakes();
    void storeKeepsPayloadsExact();
    void storeMemoryPerEvent();
    void storeCopiesLargePayloads();
    void recycledStoreReusesItsMemory();
    void storeCopiesWhatItCannotShare();
    void storeEventsWithoutPayload();
};

static Event text(qint64 t, Direction d, const QByteArray &s)
{
    return Event::message(t, d, true, s);
}

void TestEventLog::modelTester()
{
    EventLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.append(Event::open(1000, "chat", ""));
    log.append(text(1001, Direction::Out, "hello"));
    log.append(text(1002, Direction::In, "hello"));
    log.append(Event::message(1003, Direction::In, false, QByteArray("\x00\x01\xff", 3)));
    log.flush();
    log.append(Event::error(1004, "boom"));
    log.append(Event::close(1005, 1000, "bye", true));
    log.flush();
    QCOMPARE(log.rowCount(), 6);
    QCOMPARE(log.columnCount(), int(EventLog::ColumnCount));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestEventLog::batching()
{
    EventLog log;
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10000; ++i)
        log.append(text(i, Direction::In, QByteArray::number(i)));
    // Nothing is visible until the batch timer fires; then all of it at once.
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(log.pendingCount(), 10000);
    QVERIFY(inserted.wait(2000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 9999);
    QCOMPARE(log.rowCount(), 10000);
    QCOMPARE(log.data(log.index(9999, EventLog::PreviewColumn)).toString(), QString("9999"));
}

void TestEventLog::flushIsIdempotent()
{
    EventLog log;
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.flush();
    QCOMPARE(inserted.count(), 0);
    log.append(text(1, Direction::In, "a"));
    log.flush();
    log.flush();
    QCOMPARE(inserted.count(), 1);
    QTest::qWait(log.batchInterval() * 2);
    QCOMPARE(inserted.count(), 1);
}

void TestEventLog::roles()
{
    EventLog log;
    log.append(Event::open(1000, "chat", "permessage-deflate"));
    log.append(Event::message(2000, Direction::Out, false, QByteArray("\x01\x02", 2)));
    log.append(Event::control(2500, EventKind::Pong, Direction::In, {}, 12));
    log.append(Event::close(3000, 4001, "done", false));
    log.flush();

    auto value = [&](int row, int role) { return log.data(log.index(row, 0), role); };
    QCOMPARE(value(0, EventLog::KindRole).toInt(), int(EventKind::Open));
    QCOMPARE(value(0, EventLog::ProtocolRole).toString(), QString("chat"));
    QCOMPARE(value(0, EventLog::ExtensionsRole).toString(), QString("permessage-deflate"));
    QCOMPARE(value(1, EventLog::DirectionRole).toInt(), int(Direction::Out));
    QCOMPARE(value(1, EventLog::PayloadRole).toByteArray(), QByteArray("\x01\x02", 2));
    QCOMPARE(value(1, EventLog::SizeRole).toLongLong(), 2);
    QCOMPARE(value(1, EventLog::TimestampRole).toLongLong(), 2000);
    QCOMPARE(value(2, EventLog::RttRole).toLongLong(), 12);
    QCOMPARE(value(3, EventLog::CloseCodeRole).toInt(), 4001);
    QCOMPARE(value(3, EventLog::WasCleanRole).toBool(), false);
    QVERIFY(!value(1, EventLog::CloseCodeRole).isValid());
    const Event back = log.eventAt(3);
    QCOMPARE(back.code, 4001);
    QCOMPARE(back.payload, QByteArray("done"));

    // A deflated message: the Size cell stays "N B" (narrow), the wire size is a tooltip.
    Event deflated = Event::message(4000, Direction::In, true, QByteArray(2000, 'a'));
    deflated.wireSize = 31;
    log.append(deflated);
    log.flush();
    const QModelIndex size = log.index(4, EventLog::SizeColumn);
    QCOMPARE(size.data().toString(), QString("%1 B").arg(QLocale().toString(2000)));
    QCOMPARE(size.data(EventLog::WireSizeRole).toLongLong(), 31);
    QVERIFY2(size.data(Qt::ToolTipRole).toString().contains("31 B on the wire"),
             qPrintable(size.data(Qt::ToolTipRole).toString()));
    QVERIFY(!log.index(1, EventLog::SizeColumn).data(Qt::ToolTipRole).isValid());
}

void TestEventLog::previews_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("preview");
    QTest::addRow("text newline") << text(0, Direction::In, "a\nb\tc")
                                  << QString::fromUtf8("a↵b c");
    QTest::addRow("binary hex") << Event::message(0, Direction::In, false,
                                                  QByteArray("\x00\xab", 2))
                                << QString("00 ab");
    QTest::addRow("close") << Event::close(0, 1001, "bye", true)
                           << QString("1001 Going away · reason: \"bye\" · clean");
    QTest::addRow("close dropped")
        << Event::close(0, 1006, "", false)
        << QString("1006 Abnormal closure (connection dropped) · not clean");
    QTest::addRow("open") << Event::open(0, "", "")
                          << QString("Connected · protocol: (none) · extensions: (none)");
    QTest::addRow("error") << Event::error(0, "refused") << QString("refused");
    QTest::addRow("pong answering our ping")
        << Event::control(0, EventKind::Pong, Direction::In, "hi", 12)
        << QString("round trip 12 ms · 68 69");
    // Neither answers one of our pings: there is no round trip to show.
    QTest::addRow("unsolicited pong")
        << Event::control(0, EventKind::Pong, Direction::In, "hi") << QString("68 69");
    QTest::addRow("pong we sent") << Event::control(0, EventKind::Pong, Direction::Out, {})
                                  << QString("(no payload)");
}

void TestEventLog::previews()
{
    QFETCH(Event, event);
    QFETCH(QString, preview);
    EventLog log;
    log.append(event);
    log.flush();
    QCOMPARE(log.data(log.index(0, EventLog::PreviewColumn)).toString(), preview);
}

void TestEventLog::largePayloadPreviewIsBounded()
{
    EventLog log;
    // 3-byte characters, so that the cut falls inside one; the preview must not end in U+FFFD.
    const QByteArray big = QString(5 * 1024 * 1024, QChar(0x4E2D)).toUtf8();
    log.append(text(0, Direction::In, big));
    log.flush();
    const QString preview = log.data(log.index(0, EventLog::PreviewColumn)).toString();
    QVERIFY(preview.size() <= EventLog::PreviewBytes);
    QVERIFY(preview.endsWith(QChar(0x2026)));
    QVERIFY(!preview.contains(QChar::ReplacementCharacter));
    QCOMPARE(log.data(log.index(0, 0), EventLog::PayloadRole).toByteArray(), big);
}

void TestEventLog::framesAndHandshakes()
{
    EventLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HandshakeRecord h;
    h.requestLine = "GET /chat HTTP/1.1";
    h.responseSeen = true;
    h.status = 101;
    h.statusLine = "HTTP/1.1 101 Switching Protocols";
    log.append(Event::handshakeRecord(1, h));
    FrameInfo f;
    f.direction = Direction::In;
    f.opcode = 0x2;
    f.fin = true;
    f.payloadLength = 5'000'000'000ull; // beyond 32 bits
    log.append(Event::frameRecord(2, f));
    log.flush();
    QCOMPARE(log.index(0, EventLog::PreviewColumn).data().toString(),
             QString::fromUtf8("GET /chat HTTP/1.1 → HTTP/1.1 101 Switching Protocols"));
    QCOMPARE(log.index(1, EventLog::PreviewColumn).data().toString(),
             QString("binary FIN=1 RSV=000 MASK=0 len=5000000000"));
    QCOMPARE(log.index(1, 0).data(EventLog::SizeRole).toLongLong(), 5'000'000'000ll);
    QCOMPARE(log.eventAt(0).handshake->status, 101);
    QCOMPARE(log.eventAt(1).frame.payloadLength, 5'000'000'000ull);
}

void TestEventLog::clear()
{
    EventLog log;
    QSignalSpy reset(&log, &QAbstractItemModel::modelReset);
    log.append(text(0, Direction::In, "x"));
    log.clear(); // also drops the pending batch
    QCOMPARE(reset.count(), 1);
    QCOMPARE(log.totalCount(), 0);
    QTest::qWait(log.batchInterval() * 2);
    QCOMPARE(log.rowCount(), 0);
}

void TestEventLog::storeKeepsPayloadsExact()
{
    EventStore store;
    QList<QByteArray> payloads;
    // Sizes around the edges: empty, small, just below and at the threshold from which a
    // payload keeps its own buffer, and one larger than a packed block.
    for (int size : {0, 1, 100, 16383, 16384, 262144, 1048577, 5, 70000}) {
        QByteArray p(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            p[i] = char((i * 31 + size) & 0xff);
        payloads.append(p);
        store.append(Event::message(size, Direction::In, false, p));
    }
    for (int i = 0; i < 200000; ++i) // crosses several row chunks and payload blocks
        store.append(text(i, Direction::Out, QByteArray::number(i)));
    for (qsizetype i = 0; i < payloads.size(); ++i)
        QCOMPARE(store.at(i).payload, payloads[i]);
    QCOMPARE(store.at(payloads.size() + 123456).payload, QByteArray("123456"));
    QCOMPARE(store.size(), payloads.size() + 200000);
}

void TestEventLog::storeMemoryPerEvent()
{
    EventStore store;
    const QByteArray payload(64, 'x');
    const int n = 1 << 20;
    for (int i = 0; i < n; ++i)
        store.append(text(i, Direction::In, payload));
    const double overhead = double(store.memoryUsage() - qint64(n) * payload.size()) / n;
    qInfo("store overhead: %.1f bytes per event", overhead);
    QVERIFY2(overhead < 64, qPrintable(QString::number(overhead)));
}

void TestEventLog::recycledStoreReusesItsMemory()
{
    // The journal's queue is emptied and refilled all the time: after recycle() the next
    // events land in the same block, nothing of the old ones shows, and what is kept is
    // bounded however many blocks the store had.
    EventStore store;
    const QByteArray first(1000, 'a');
    for (int i = 0; i < 20000; ++i) // ~20 MB: six growing blocks (64 KiB .. 1 MiB), nine of 2 MiB
        store.append(text(i, Direction::In, first));
    QSet<const char *> blocks; // where each packed block starts
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (store.row(i).offset == 0)
            blocks.insert(store.payload(i).data());
    }
    QCOMPARE(blocks.size(), 15);
    const qint64 before = store.memoryUsage();
    store.recycle();
    QCOMPARE(store.size(), qsizetype(0));
    QCOMPARE(store.messageCount(Direction::In), qsizetype(0));
    const qint64 kept = store.memoryUsage();
    QVERIFY2(kept > 0 && kept <= 6 * (2 << 20), qPrintable(QString::number(kept)));
    QVERIFY(kept < before);
    const QByteArray second(64, 'b');
    store.append(text(1, Direction::Out, second));
    store.append(text(2, Direction::Out, second));
    QCOMPARE(store.size(), qsizetype(2));
    QCOMPARE(store.payload(1), QByteArrayView(second));
    QCOMPARE(store.at(0).direction, Direction::Out);
    QVERIFY(blocks.contains(store.payload(0).data())); // an old block, still held
    QCOMPARE(store.memoryUsage(), kept);               // nothing new allocated for them
    // clear() gives everything back.
    store.clear();
    QCOMPARE(store.memoryUsage(), qint64(0));
}

void TestEventLog::storeCopiesLargePayloads()
{
    // Copied into the store's own memory, at every size: the engine's buffer goes back to the
    // engine for the next message (docs/performance.md: cheaper than its page faults). On
    // Linux large ones are copied into the store's file by a writer thread, which holds a
    // reference until then: once payload() has returned, it holds none.
    EventStore store;
    QByteArray big(64 * 1024, 'b');
    QByteArray huge(9 * 1024 * 1024 + 5, 'h');
    store.append(Event::message(1, Direction::In, false, big));
    store.append(Event::message(2, Direction::In, false, huge));
    QCOMPARE(store.payload(1).size(), huge.size()); // waits for the copy
    QVERIFY(big.isDetached() && huge.isDetached()); // the store holds no reference
    QVERIFY(store.payload(0).data() != big.constData());
    big.fill('x');
    huge.fill('x');
    QCOMPARE(store.payload(0), QByteArrayView(QByteArray(64 * 1024, 'b')));
    QCOMPARE(store.at(1).payload, QByteArray(9 * 1024 * 1024 + 5, 'h'));
    const QByteArray small(100, 's');
    store.append(Event::message(3, Direction::In, false, small));
    QCOMPARE(store.payload(2), QByteArrayView(small));
    // Past 8 MiB a payload has memory of its own: dropping its row gives it back.
    const qint64 before = store.memoryUsage();
    store.dropFront(2);
    QVERIFY(store.memoryUsage() <= before - huge.size());
    QCOMPARE(store.payload(0), QByteArrayView(small));
}

void TestEventLog::storeCopiesWhatItCannotShare()
{
    // Bytes the payload does not own (fromRawData) would dangle once their owner is gone;
    // a buffer with much more capacity than content must not cost its capacity.
    EventStore store;
    std::vector<char> raw(32 * 1024, 'r');
    store.append(Event::message(1, Direction::In, false,
                                QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))));
    QVERIFY(store.payload(0).data() != raw.data());
    std::fill(raw.begin(), raw.end(), 'x');
    QCOMPARE(store.payload(0), QByteArrayView(QByteArray(32 * 1024, 'r')));

    QByteArray roomy(20 * 1024, 'y');
    roomy.reserve(4 * 1024 * 1024);
    const qint64 before = store.memoryUsage();
    store.append(Event::message(2, Direction::In, false, roomy));
    QVERIFY(store.payload(1).data() != roomy.constData());
    QCOMPARE(store.payload(1), QByteArrayView(roomy));
    // Packed after the first one (in its block, or in the payload file on Linux, which counts
    // the pages written): at most the payload's own bytes, never the buffer's capacity.
    QVERIFY(store.memoryUsage() - before <= roomy.size() + 4096);
}

void TestEventLog::storeEventsWithoutPayload()
{
    // Rows with no payload point at no block; reading them back must not touch the block
    // list, which is still empty (fuzz_sessionfile found at() indexing it, under UBSan).
    EventStore store;
    store.append(text(1, Direction::In, QByteArray()));
    Event open;
    open.kind = EventKind::Open;
    store.append(open);
    QCOMPARE(store.at(0).payload, QByteArray());
    QCOMPARE(store.at(1).kind, EventKind::Open);
    QVERIFY(store.payload(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
