#include <QTest>

#include "log/eventlog.h"
#include "log/layercache.h"
#include "log/logsearch.h"
#include "log/packettypeindex.h"
#include "protocols/protocolregistry.h"

/// The log's rows read at a protocol layer's level: decoded once and cached within a bound,
/// replies paired with their requests and attachments put back from the rows around them.
class TestLayerCache : public QObject
{
    Q_OBJECT
private slots:
    void rowDecodedOnceAcrossRepaints();
    void boundHolds();
    void socketIoAckAndAttachments();
    void attachmentsStillToCome();
    void graphQlNextFarFromSubscribe();
    void searchDoesNotFillTheCache();
    void summariesAreSearchedOnlyWhenAsked();
    void detailBuiltOnlyWhenAsked();
    void viewsFitFarMoreRowsThanPackets();
    void filterByTypeReadsEachRowOnce();
    void layerChangeRebuildsTheTypeIndex();
    void typeIndexFollowsDroppedRows();
    void typeIndexWithoutRoomFallsBackToTheLayer();
    void firstTypeShowsRowsUnread_data();
    void firstTypeShowsRowsUnread();
    void mqttConnectIsReadByTheFilter();
    void malformedFirstBytesAreIndexed();
};

static Event text(qint64 t, Direction d, const QByteArray &s)
{
    return Event::message(t, d, true, s);
}

static Event binary(qint64 t, Direction d, const QByteArray &s)
{
    return Event::message(t, d, false, s);
}

static QString preview(const EventLog &log, int row)
{
    return log.index(row, EventLog::PreviewColumn).data().toString();
}

void TestLayerCache::rowDecodedOnceAcrossRepaints()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    log.append(Event::open(1000, "", ""));
    for (int i = 0; i < 50; ++i) {
        log.append(text(1001 + i, Direction::Out, "42" + QByteArray::number(i) + "[\"ev\",1]"));
        log.append(text(1001 + i, Direction::In, "43" + QByteArray::number(i) + "[\"ok\"]"));
    }
    log.flush();
    const LayerCache &cache = *log.layerCache();
    // Painting asks each row's preview, packet type and tooltip again and again; bottom-up
    // first, so that replies look back at rows not painted yet.
    for (int paint = 0; paint < 5; ++paint) {
        for (int row = log.rowCount() - 1; row >= 0; --row) {
            QVERIFY(!preview(log, row).isEmpty());
            log.index(row, 0).data(EventLog::PacketTypeRole);
        }
    }
    QCOMPARE(cache.decodes(), 100); // the 100 messages, once each; the open row is no message
    QVERIFY(preview(log, 2).contains(QStringLiteral("reply to ev #0")));
    // Another layer reads everything afresh, once.
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    for (int paint = 0; paint < 3; ++paint)
        for (int row = 0; row < log.rowCount(); ++row)
            preview(log, row);
    QCOMPARE(log.layerCache()->decodes(), 200);
}

void TestLayerCache::boundHolds()
{
    EventStore store;
    const QByteArray big = "42[\"ev\",\"" + QByteArray(4000, 'x') + "\"]";
    for (int i = 0; i < 400; ++i)
        store.append(text(i, Direction::In, big));
    LayerCache cache(64 * 1024);
    cache.setLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    for (int row = 0; row < store.size(); ++row) {
        QCOMPARE(cache.packets(store, row).size(), 1);
        QVERIFY2(cache.totalCost() <= cache.maxCost(),
                 qPrintable(QString::number(cache.totalCost())));
    }
    QCOMPARE(cache.decodes(), 400);
    QVERIFY(cache.size() > 0);
    QVERIFY(cache.size() < 400);
    // The latest rows are cached, the first were pushed out and decode again.
    cache.packets(store, 399);
    QCOMPARE(cache.decodes(), 400);
    cache.packets(store, 0);
    QCOMPARE(cache.decodes(), 401);
}

void TestLayerCache::socketIoAckAndAttachments()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    log.append(text(1000, Direction::Out, "427[\"hello\",{\"a\":1}]"));
    log.append(text(1005, Direction::In, "42[\"news\",2]"));
    log.append(text(1040, Direction::In, "437[\"done\"]"));
    log.append(text(1050, Direction::In,
                    "452-[\"upload\",{\"_placeholder\":true,\"num\":0},"
                    "{\"_placeholder\":true,\"num\":1}]"));
    log.append(binary(1051, Direction::In, QByteArray("\x01\x02\x03", 3)));
    log.append(binary(1052, Direction::In, QByteArray("\xff", 1)));
    log.flush();
    QVERIFY2(preview(log, 2).contains(QStringLiteral("(reply to hello #7 after 40 ms)")),
             qPrintable(preview(log, 2)));
    const QList<LayerPacket> ack = log.packetsAt(2);
    QCOMPARE(ack.first().value.toMap().value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("hello"));
    QCOMPARE(ack.first().value.toMap().value(QStringLiteral("afterMs")).toInteger(), 40);
    // The event holds its attachments' bytes where the placeholders were.
    const QList<LayerPacket> upload = log.packetsAt(3);
    QVERIFY2(upload.first().ok(), qPrintable(upload.first().error));
    QVERIFY(preview(log, 3).contains(QStringLiteral("(+2 attachment(s))")));
    const QString json = upload.first().value.toDiagnosticNotation();
    QVERIFY2(json.contains(QStringLiteral("h'010203'")), qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("h'ff'")), qPrintable(json));
    // Each attachment says to what it belongs.
    QVERIFY2(preview(log, 4).contains(QStringLiteral("(attachment 1 of 2 of upload)")),
             qPrintable(preview(log, 4)));
    QVERIFY(preview(log, 5).contains(QStringLiteral("(attachment 2 of 2 of upload)")));
    // No reply without its request: the news event pairs with nothing.
    QVERIFY(!preview(log, 1).contains(QStringLiteral("reply to")));
}

void TestLayerCache::attachmentsStillToCome()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    log.append(text(1000, Direction::In, "451-[\"file\",{\"_placeholder\":true,\"num\":0}]"));
    log.flush();
    QVERIFY2(preview(log, 0).contains(QStringLiteral("(0 of 1 binary attachments so far)")),
             qPrintable(preview(log, 0)));
    // Not cached as it stood: once the attachment is in the log, the row shows it.
    log.append(binary(1001, Direction::In, "pdf"));
    log.flush();
    QVERIFY2(preview(log, 0).contains(QStringLiteral("(+1 attachment(s))")),
             qPrintable(preview(log, 0)));
    // A text packet where an attachment should be: the event says how many came.
    log.append(text(1002, Direction::In, "451-[\"file\",{\"_placeholder\":true,\"num\":0}]"));
    log.append(text(1003, Direction::In, "42[\"other\"]"));
    log.flush();
    QVERIFY2(preview(log, 2).contains(QStringLiteral("0 of 1 binary attachments arrived before "
                                                     "the next packet")),
             qPrintable(preview(log, 2)));
}

void TestLayerCache::graphQlNextFarFromSubscribe()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("graphql-transport-ws")));
    log.append(text(1000, Direction::Out,
                    R"({"type":"subscribe","id":"s1","payload":{"query":"subscription{tick}"}})"));
    const int nexts = LayerCache::LookbackRows * 3;
    for (int i = 0; i < nexts; ++i)
        log.append(text(1001 + i, Direction::In,
                        R"({"type":"next","id":"s1","payload":{"data":{"tick":)"
                            + QByteArray::number(i) + "}}}"));
    log.append(text(5000, Direction::In, R"({"type":"complete","id":"s1"})"));
    log.flush();
    // The first rows are read (the view starts at the top); the last, far beyond the
    // look-back, still finds its subscribe among the requests met.
    QVERIFY(preview(log, 1).contains(QStringLiteral("(reply to subscribe #s1 after 1 ms)")));
    const int last = log.rowCount() - 1;
    QVERIFY2(preview(log, last).contains(QStringLiteral("(reply to subscribe #s1 after 4000 ms)")),
             qPrintable(preview(log, last)));
    QVERIFY(preview(log, last - 1).contains(QStringLiteral("reply to subscribe #s1")));
    // A next whose subscribe is neither near nor met stays unpaired rather than guessed.
    EventLog fresh;
    fresh.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("graphql-transport-ws")));
    fresh.append(
        text(1000, Direction::Out, R"({"type":"subscribe","id":"s2","payload":{"query":"q"}})"));
    for (int i = 0; i < LayerCache::LookbackRows + 10; ++i)
        fresh.append(text(1001, Direction::In, R"({"type":"ping"})"));
    fresh.append(text(2000, Direction::In, R"({"type":"next","id":"s2","payload":{}})"));
    fresh.flush();
    QVERIFY(!preview(fresh, fresh.rowCount() - 1).contains(QStringLiteral("reply to")));
}

void TestLayerCache::searchDoesNotFillTheCache()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    for (int i = 0; i < 200; ++i) {
        log.append(text(i, Direction::In, "2"));
        log.append(text(i, Direction::In, "42[\"ev\"]"));
    }
    log.flush();
    LogSearch search;
    search.setLayer(log.protocolLayer(), log.protocolLayer()->heartbeatTypes(), log.layerCache());
    std::vector<qint32> rows;
    QCOMPARE(search.scan(log.store(), 0, log.store().size(), &rows), qsizetype(200));
    QCOMPARE(log.layerCache()->size(), 0);
    // The pings are read for their types; the events are shown from their first bytes.
    QCOMPARE(log.layerCache()->decodes(), 200);
}

void TestLayerCache::summariesAreSearchedOnlyWhenAsked()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    for (int i = 0; i < 100; ++i) {
        log.append(text(i, Direction::In, "2"));
        log.append(text(i, Direction::In, "42[\"ev\",1]"));
    }
    log.flush();
    // "ping" is in the Engine.IO pings' summaries, never in their raw bytes ("2").
    LogSearch raw;
    SearchQuery query;
    query.pattern = QStringLiteral("ping");
    QString error;
    QVERIFY(raw.setQuery(query, &error));
    raw.setLayer(log.protocolLayer(), {}, log.layerCache());
    std::vector<qint32> rows;
    QCOMPARE(raw.scan(log.store(), 0, log.store().size(), &rows), qsizetype(0));
    QCOMPARE(log.layerCache()->decodes(), 0); // a raw search reads no packets
    LogSearch packets;
    query.decoded = true;
    QVERIFY(packets.setQuery(query, &error));
    packets.setLayer(log.protocolLayer(), {}, log.layerCache());
    QCOMPARE(packets.scan(log.store(), 0, log.store().size(), &rows), qsizetype(100));
    QCOMPARE(log.layerCache()->decodes(), 200);
}

void TestLayerCache::detailBuiltOnlyWhenAsked()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    log.append(text(1000, Direction::Out, "427[\"hello\",{\"a\":1}]"));
    log.append(text(1040, Direction::In, "437[\"done\"]"));
    log.flush();
    for (int paint = 0; paint < 3; ++paint) {
        for (int row = 0; row < log.rowCount(); ++row) {
            preview(log, row);
            log.index(row, 0).data(EventLog::PacketTypeRole);
        }
    }
    const LayerCache &cache = *log.layerCache();
    QCOMPARE(cache.decodes(), 2);
    QCOMPARE(cache.details(), 0); // painting builds no packet values for the detail pane
    QCOMPARE(log.index(1, 0).data(EventLog::PacketTypeRole).toString(), QStringLiteral("ack"));
    // The detail pane asks: the packets are put together then, from the packets cached.
    const QList<LayerPacket> ack = log.packetsAt(1);
    QCOMPARE(cache.details(), 1);
    QCOMPARE(cache.decodes(), 2);
    QCOMPARE(ack.first().value.toMap().value(QStringLiteral("afterMs")).toInteger(), 40);
}

void TestLayerCache::viewsFitFarMoreRowsThanPackets()
{
    // Rows whose packets are large and whose previews are clipped: a bound holds many more
    // previews than packet lists, and the whole cache stays within its bound.
    EventStore store;
    const QByteArray big = "42[\"ev\",\"" + QByteArray(3000, 'x') + "\"]";
    for (int i = 0; i < 2000; ++i)
        store.append(text(i, Direction::In, big));
    LayerCache cache(256 * 1024);
    cache.setLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    for (int row = 0; row < store.size(); ++row) {
        QVERIFY(!cache.preview(store, row).isEmpty());
        QVERIFY2(cache.totalCost() <= cache.maxCost(),
                 qPrintable(QString::number(cache.totalCost())));
    }
    QCOMPARE(cache.decodes(), 2000);
    const qsizetype views = cache.viewCount();
    const qsizetype packets = cache.size() - views;
    QVERIFY2(views > 4 * packets && views < 2000,
             qPrintable(QStringLiteral("%1 views, %2 packet lists").arg(views).arg(packets)));
    // The last rows' previews are cached: painting them again decodes nothing.
    for (qsizetype row = store.size() - views; row < store.size(); ++row)
        cache.preview(store, row);
    QCOMPARE(cache.decodes(), 2000);
    cache.preview(store, 0);
    QCOMPARE(cache.decodes(), 2001);
}

static std::vector<qint32> filtered(const EventLog &log, const QStringList &hidden)
{
    LogSearch search;
    search.setLayer(log.protocolLayer(), hidden, log.layerCache());
    std::vector<qint32> rows;
    search.scan(log.store(), 0, log.store().size(), &rows);
    return rows;
}

static void appendPingsAndEvents(EventLog *log, int pairs)
{
    for (int i = 0; i < pairs; ++i) {
        log->append(text(i, Direction::In, "2"));
        log->append(text(i, Direction::In, "42[\"ev\"]"));
    }
    log->append(text(pairs, Direction::In, "2"));
    log->append(text(pairs, Direction::In, "42[\"ev\"]2")); // malformed: never hidden
    log->flush();
}

void TestLayerCache::filterByTypeReadsEachRowOnce()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    appendPingsAndEvents(&log, 200);
    const LayerCache &cache = *log.layerCache();
    // Rows painted are indexed as they are read.
    for (int row = 0; row < 100; ++row)
        preview(log, row);
    QCOMPARE(cache.decodes(), 100);
    QCOMPARE(cache.typeIndex().recorded(), 100);
    // Hide Heartbeats: of the other 302 rows, the 151 pings are read once, for their types
    // only; the events are shown from their first bytes (firstTypeHint), unread.
    const QStringList heartbeats = log.protocolLayer()->heartbeatTypes();
    QCOMPARE(filtered(log, heartbeats).size(), size_t(201));
    QCOMPARE(cache.decodes(), 251);
    QCOMPARE(cache.typeIndex().recorded(), 251);
    // The events are read once their type is hidden too; then no row is read again.
    QCOMPARE(filtered(log, heartbeats + QStringList{QStringLiteral("event")}).size(), size_t(1));
    QCOMPARE(cache.decodes(), 402);
    QCOMPARE(cache.typeIndex().recorded(), 402);
    QCOMPARE(filtered(log, {QStringLiteral("event")}).size(), size_t(202));
    QCOMPARE(filtered(log, heartbeats).size(), size_t(201));
    QCOMPARE(cache.decodes(), 402);
    // What the index says is what reading each row says.
    for (int row = 0; row < log.rowCount(); ++row) {
        const QList<LayerPacket> packets = log.packetsAt(row);
        const bool pingOnly = std::all_of(packets.cbegin(), packets.cend(), [&](const auto &p) {
            return p.ok() && heartbeats.contains(p.type);
        });
        QCOMPARE(log.layerCache()->onlyOfTypes(log.store(), row, heartbeats), pingOnly);
    }
    // A payload decoder reads the payloads differently, not the types: the index stays.
    log.setDecodePipeline(DecodePipeline());
    QCOMPARE(cache.typeIndex().recorded(), 402);
    const qint64 before = cache.decodes();
    QCOMPARE(filtered(log, heartbeats).size(), size_t(201));
    QCOMPARE(cache.decodes(), before);
}

void TestLayerCache::layerChangeRebuildsTheTypeIndex()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    appendPingsAndEvents(&log, 50);
    QCOMPARE(filtered(log, {QStringLiteral("ping")}).size(), size_t(51));
    QCOMPARE(log.layerCache()->decodes(), 51); // the events are told from their first bytes
    // GraphQL over WebSocket reads none of these as a ping: every row is read afresh.
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("graphql-transport-ws")));
    QCOMPARE(log.layerCache()->typeIndex().recorded(), 0);
    QCOMPARE(filtered(log, {QStringLiteral("ping")}).size(), size_t(102));
    QCOMPARE(log.layerCache()->decodes(), 153);
    QCOMPARE(log.layerCache()->typeIndex().recorded(), 102);
    // Clearing the log forgets every row.
    log.clear();
    QCOMPARE(log.layerCache()->typeIndex().recorded(), 0);
}

void TestLayerCache::typeIndexFollowsDroppedRows()
{
    EventLog log;
    log.setMaxRows(1000);
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("socketio")));
    const QStringList heartbeats = log.protocolLayer()->heartbeatTypes();
    qsizetype shown = 0;
    // Rows come and go past the log's bound; each is read once, and what the index holds
    // never outgrows the log by more than its trimming step.
    for (int round = 0; round < 200; ++round) {
        appendPingsAndEvents(&log, 499);
        shown = qsizetype(filtered(log, heartbeats).size());
        // Up to a trimming step (4,096 rows) past the log's 1,000, and the vector's doubling.
        QVERIFY2(log.layerCache()->typeIndex().bytes() <= 2 * (1000 + 4096),
                 qPrintable(QString::number(log.layerCache()->typeIndex().bytes())));
    }
    QCOMPARE(shown, qsizetype(500));
    QCOMPARE(log.rowCount(), 1000);
    // The pings are read; the events are told from their first bytes.
    QCOMPARE(log.layerCache()->decodes(), qint64(200 * 500));
}

void TestLayerCache::typeIndexWithoutRoomFallsBackToTheLayer()
{
    // More distinct sets of types than a byte has codes for (subsets of ten types, as a
    // layer that batches packets could give): the rows past the last code are not recorded,
    // so LayerCache reads them through the layer; the rows recorded answer right.
    PacketTypeIndex index;
    QStringList types;
    for (int t = 0; t < 10; ++t)
        types << QStringLiteral("t%1").arg(t);
    index.reset(types);
    const auto packetsOf = [&](int subset) {
        QList<LayerPacket> packets;
        for (int t = 0; t < 10; ++t) {
            if (subset & (1 << t)) {
                LayerPacket p;
                p.type = types[t];
                packets << p;
            }
        }
        return packets;
    };
    for (int subset = 1; subset < 1024; ++subset)
        index.record(subset, packetsOf(subset), 0);
    QCOMPARE(index.recorded(), qsizetype(PacketTypeIndex::MaxSets));
    for (int subset = 1; subset < 1024; ++subset) {
        if (!index.contains(subset)) {
            QVERIFY(subset > PacketTypeIndex::MaxSets);
            continue;
        }
        // Hidden: the rows holding only t0 and t1 (subsets 1, 2, 3).
        QCOMPARE(index.onlyOf(subset, {QStringLiteral("t0"), QStringLiteral("t1")}), subset <= 3);
        QCOMPARE(index.firstType(subset), types[qCountTrailingZeroBits(quint32(subset))]);
    }
    // A row with a malformed packet is never hidden; an unknown type joins the table.
    QList<LayerPacket> bad = packetsOf(1);
    bad.first().error = QStringLiteral("broken");
    PacketTypeIndex fresh;
    fresh.reset(types);
    fresh.record(5, bad, 0);
    QVERIFY(!fresh.onlyOf(5, {QStringLiteral("t0")}));
    LayerPacket other;
    other.type = QStringLiteral("other");
    fresh.record(6, {other}, 0);
    QVERIFY(fresh.onlyOf(6, {QStringLiteral("other")}));
    QVERIFY(!fresh.onlyOf(6, {QStringLiteral("t0")}));
    QCOMPARE(fresh.firstType(6), QStringLiteral("other"));
    QVERIFY(!fresh.contains(7));
}

void TestLayerCache::firstTypeShowsRowsUnread_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<bool>("binary");
    const auto stomp = [](const QByteArray &command) {
        return command + "\ndestination:/t\n\n{\"a\":1}" + QByteArray(1, '\0');
    };
    const auto sockJs = [](const QByteArray &inner) { return "a[\"" + inner + "\"]"; };
    QTest::newRow("stomp") << QStringLiteral("stomp")
                           << QList<QByteArray>{stomp("MESSAGE"),
                                                "\n",
                                                stomp("SEND"),
                                                "\r\n",
                                                stomp("NOPE"),
                                                "\nMESSAGE\n\n" + QByteArray(1, '\0'),
                                                "MESSAGE\nbad\n\n" + QByteArray(1, '\0')}
                           << false;
    QTest::newRow("stomp-sockjs")
        << QStringLiteral("stomp-sockjs")
        << QList<QByteArray>{"o",
                             "h",
                             sockJs("MESSAGE\\ndestination:/t\\n\\nhi\\u0000"),
                             sockJs("\\n"),
                             sockJs("MESSAGE\\nbad\\n\\n\\u0000"),
                             "a[\"MESSAGE\\n",
                             "c[3000,\"bye\"]",
                             "h "}
        << false;
    QTest::newRow("socketio") << QStringLiteral(
        "socketio") << QList<QByteArray>{"2", "3", "42[\"ev\",1]", "6", "4", "42[", "430[1]", "x"}
                              << false;
    QTest::newRow("graphql") << QStringLiteral("graphql-transport-ws")
                             << QList<QByteArray>{R"({"type":"ping"})",
                                                  R"({"id":"1","type":"next","payload":{}})",
                                                  R"({"type":"pong","type":"next","id":"2"})",
                                                  R"({"type":"next","type":"pong"})",
                                                  R"({"type":"next"})",
                                                  R"({"type":"ping")"}
                             << false;
    QTest::newRow("signalr") << QStringLiteral("signalr")
                             << QList<QByteArray>{"{\"type\":6}\x1e",
                                                  "{\"type\":3,\"invocationId\":\"1\"}\x1e",
                                                  "{\"type\":6}\x1e{\"type\":1}\x1e",
                                                  "{\"type\":6}", "{}\x1e"}
                             << false;
    // MQTT packets split across messages: "partial" rows, and PINGRESPs completed by the
    // next message.
    QTest::newRow("mqtt")
        << QStringLiteral("mqtt")
        << QList<QByteArray>{QByteArray("\x30\x05\x00\x01t", 5), QByteArray("hi", 2),
                             QByteArray("\xd0\x00", 2),          QByteArray("\xd0", 1),
                             QByteArray("\x00\xd0\x00", 3),      QByteArray("\x30\x03\x00\x01", 4),
                             QByteArray("t\xd0\x00", 3),         QByteArray("\x00\x00", 2),
                             QByteArray("\xd1\x00", 2)}
        << true;
}

void TestLayerCache::firstTypeShowsRowsUnread()
{
    // Hide Heartbeats over rows never read: a row whose first packet is of a type not
    // hidden, told from its first bytes, is shown unread; the others are read for their
    // types. What is shown is what reading every row says.
    QFETCH(QString, layer);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(bool, binary);
    const auto fill = [&](EventLog *log) {
        log->setProtocolLayer(ProtocolRegistry::create(layer));
        for (int round = 0; round < 20; ++round)
            for (const QByteArray &m : messages)
                log->append(Event::message(round, Direction::In, !binary, m));
        log->flush();
    };
    EventLog log;
    fill(&log);
    const QStringList heartbeats = log.protocolLayer()->heartbeatTypes();
    const std::vector<qint32> shown = filtered(log, heartbeats);
    const qint64 readForTypes = log.layerCache()->decodes();
    QVERIFY2(readForTypes < log.rowCount() * 3 / 4, qPrintable(QString::number(readForTypes)));
    EventLog reference;
    fill(&reference);
    std::vector<qint32> expected;
    for (int row = 0; row < reference.rowCount(); ++row) {
        const QList<LayerPacket> packets = reference.packetsAt(row);
        if (!std::all_of(packets.cbegin(), packets.cend(), [&](const LayerPacket &p) {
                return p.ok() && heartbeats.contains(p.type);
            }))
            expected.push_back(row);
    }
    QCOMPARE(shown, expected);
    QVERIFY(expected.size() < size_t(log.rowCount())); // some rows are hidden
    // Again: the index answers for every row (the types told are kept), nothing is read.
    QCOMPARE(filtered(log, heartbeats), expected);
    QCOMPARE(log.layerCache()->decodes(), readForTypes);
    // A row whose first type was only told shows the type its reading gives.
    for (int row = 0; row < log.rowCount(); ++row) {
        QCOMPARE(log.index(row, 0).data(EventLog::PacketTypeRole),
                 reference.index(row, 0).data(EventLog::PacketTypeRole));
        QCOMPARE(log.index(row, EventLog::PreviewColumn).data(),
                 reference.index(row, EventLog::PreviewColumn).data());
    }
}

void TestLayerCache::mqttConnectIsReadByTheFilter()
{
    // The MQTT level is learned from the CONNECT: a row holding one is read whole by the
    // type filter even when its first packet shows it, so that the MQTT 5 PUBACK after it is
    // read at level 5 (at 3.1.1 its reason code is a byte left over: malformed, shown).
    const QByteArray pingreq("\xc0\x00", 2);
    const QByteArray connect5("\x10\x0e\x00\x04MQTT\x05\x02\x00\x3c\x00\x00\x01c", 16);
    const QByteArray puback5("\x40\x03\x00\x01\x10", 5);
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("mqtt")));
    log.append(Event::message(1, Direction::Out, false, pingreq + connect5));
    log.append(Event::message(2, Direction::In, false, puback5));
    log.flush();
    QCOMPARE(filtered(log, {QStringLiteral("puback")}), std::vector<qint32>{0});
    const QList<LayerPacket> packets = log.packetsAt(1);
    QCOMPARE(packets.size(), 1);
    QVERIFY2(packets.first().ok(), qPrintable(packets.first().error));
}

void TestLayerCache::malformedFirstBytesAreIndexed()
{
    // STOMP over SockJS: a client's frame that no JSON text starts is malformed from its first
    // byte. Every filter shows it; the first indexes it so, and the next asks the index.
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("stomp-sockjs")));
    for (int i = 0; i < 20; ++i)
        log.append(text(i, i % 2 ? Direction::Out : Direction::In, i % 2 ? "a[\"x\"]" : "h"));
    log.flush();
    const LayerCache &cache = *log.layerCache();
    const QStringList heartbeats = log.protocolLayer()->heartbeatTypes();
    QCOMPARE(filtered(log, heartbeats).size(), size_t(10));
    QCOMPARE(cache.typeIndex().recorded(), 20); // the heartbeats read, the others told
    QCOMPARE(cache.decodes(), 10);
    // Malformed packets are never hidden, whatever type they are read as.
    QCOMPARE(filtered(log, heartbeats + QStringList{QStringLiteral("frame")}).size(), size_t(10));
    QCOMPARE(cache.decodes(), 10);
    QCOMPARE(log.index(1, 0).data(EventLog::PacketTypeRole).toString(), QStringLiteral("frame"));
    QVERIFY(preview(log, 1).contains(QStringLiteral("malformed")));
}

QTEST_GUILESS_MAIN(TestLayerCache)
#include "tst_layercache.moc"
