// A layer's glance at a message (ProtocolLayer::glance: the log's preview and packet types
// written straight from the bytes) against the packets' reading it stands for: read(Summary),
// each payload decoded for the summary, the summaries joined as the table joins them. For
// every layer, over well-formed, varied and malformed messages and byte-level mutations of
// them, under several payload pipelines: a glance is given only where that reading would
// show the same bytes and types, and is given for most well-formed rows of the layers that
// glance.
#include <QTest>

#include "common/layermessages.h"
#include "decode/decodepipeline.h"
#include "decode/msgpackcodec.h"
#include "log/eventlog.h"
#include "log/layercache.h"
#include "protocols/protocolregistry.h"

using namespace LayerMessages;

class TestLayerGlance : public QObject
{
    Q_OBJECT
private slots:
    void glanceAgrees_data();
    void glanceAgrees();
    void tablePaintsFromTheGlance_data();
    void tablePaintsFromTheGlance();
};

namespace {

QList<DecodePipeline> pipelines()
{
    QList<DecodePipeline> out = {DecodePipeline()};
    QStringList specs = {QStringLiteral("json"), QStringLiteral("auto")};
    if (MsgPackCodec::available())
        specs << QStringLiteral("msgpack");
    for (const QString &spec : specs) {
        DecodePipeline p;
        QString error;
        DecodePipeline::parse(spec, &p, &error);
        out << p;
    }
    return out;
}

/// What the table shows of packets read as read(Summary); false where a glance must not be
/// given (a malformed packet, a pairing, an attachment, more than three packets).
bool expectedPreview(const QList<LayerPacket> &packets, QByteArray *preview, quint64 *types,
                     const QStringList &typeNames)
{
    if (packets.isEmpty() || packets.size() > 3)
        return false;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const LayerPacket &p = packets[i];
        if (!p.ok() || !p.id.isEmpty() || p.attachments > 0
            || p.type == QLatin1String("attachment"))
            return false;
        if (i > 0)
            *preview += " | ";
        *preview += p.summary.toUtf8();
        *types |= quint64(1) << typeNames.indexOf(p.type);
    }
    return true;
}

} // namespace

void TestLayerGlance::glanceAgrees_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<bool>("glances"); // the layer glances at most of its well-formed rows
    QTest::newRow("stomp") << QStringLiteral("stomp") << withMutations(stompMessages()) << true;
    QTest::newRow("stomp-sockjs") << QStringLiteral("stomp-sockjs")
                                  << withMutations(sockJsMessages()) << true;
    QTest::newRow("mqtt") << QStringLiteral("mqtt") << withMutations(mqttMessages()) << true;
    QTest::newRow("socketio") << QStringLiteral("socketio") << withMutations(socketIoMessages())
                              << false;
    QTest::newRow("graphql-transport-ws")
        << QStringLiteral("graphql-transport-ws") << withMutations(graphQlMessages()) << false;
    QTest::newRow("graphql-ws") << QStringLiteral("graphql-ws") << withMutations(graphQlMessages())
                                << false;
    QTest::newRow("signalr") << QStringLiteral("signalr") << withMutations(signalRMessages())
                             << false;
    const QList<QByteArray> all = stompMessages() + sockJsMessages() + mqttMessages()
                                  + socketIoMessages() + graphQlMessages() + signalRMessages();
    for (const QString &name : ProtocolRegistry::names())
        QTest::newRow(qPrintable(name + QStringLiteral(" on all"))) << name << all << false;
}

void TestLayerGlance::glanceAgrees()
{
    QFETCH(QString, layer);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(bool, glances);
    for (const DecodePipeline &pipeline : pipelines()) {
        // One layer: a glance, then the reading (which learns MQTT's level from a CONNECT, as
        // the log's reading after a glance refused does).
        const auto l = ProtocolRegistry::create(layer);
        QVERIFY(l);
        const QStringList typeNames = l->packetTypes();
        int eligible = 0; // rows a glance could show, and those it did
        int glanced = 0;
        // As the log glances: one LayerGlance from row to row, its preview and room kept
        // (what an earlier, longer message left in them must not show).
        LayerGlance kept;
        for (const QByteArray &m : messages) {
            for (const Direction direction : {Direction::In, Direction::Out}) {
                for (const bool binary : {false, true}) {
                    LayerGlance g;
                    const bool told = l->glance(m, binary, direction, pipeline, &g);
                    kept.preview.resize(0);
                    kept.types = 0;
                    kept.first = -1;
                    kept.packets = 0;
                    QCOMPARE(l->glance(m, binary, direction, pipeline, &kept), told);
                    if (told)
                        QCOMPARE(kept.preview, g.preview);
                    QList<LayerPacket> packets =
                        l->read(m, binary, direction, LayerReading::Summary);
                    for (LayerPacket &p : packets)
                        ProtocolLayer::decodePayloadSummary(&p, pipeline, direction);
                    QByteArray preview;
                    quint64 types = 0;
                    const bool shows = expectedPreview(packets, &preview, &types, typeNames);
                    eligible += shows ? 1 : 0;
                    if (!told)
                        continue;
                    ++glanced;
                    const QString where =
                        QStringLiteral("%1 (%2, %3) under %4")
                            .arg(shown(m))
                            .arg(direction == Direction::In ? QLatin1String("in")
                                                            : QLatin1String("out"))
                            .arg(int(binary))
                            .arg(pipeline.isEmpty() ? QStringLiteral("nothing") : pipeline.spec());
                    QVERIFY2(shows, qPrintable(QStringLiteral("glanced at %1: %2")
                                                   .arg(where, QString::fromUtf8(g.preview))));
                    QVERIFY2(g.preview == preview,
                             qPrintable(QStringLiteral("%1\n  glance: %2\n  reading: %3")
                                            .arg(where, QString::fromUtf8(g.preview),
                                                 QString::fromUtf8(preview))));
                    QCOMPARE(g.types, types);
                    QCOMPARE(g.packets, packets.size());
                    QCOMPARE(typeNames.value(g.first), packets.first().type);
                }
            }
        }
        // Payloads under a pipeline set are mostly decoded whole, through packets (but
        // MessagePack's clip); so are, under auto (none set), the many payloads here that the
        // clip refuses (MessagePack with repeated keys or deep nesting, JSON text with an
        // error), headers with a bad escape, and so on: a third of the rows that could be is a
        // glance that works.
        if (glances && pipeline.isEmpty())
            QVERIFY2(glanced * 3 > eligible,
                     qPrintable(QStringLiteral("%1 of %2").arg(glanced).arg(eligible)));
    }
}

void TestLayerGlance::tablePaintsFromTheGlance_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::newRow("stomp") << QStringLiteral("stomp") << withMutations(stompMessages());
    QTest::newRow("stomp-sockjs") << QStringLiteral("stomp-sockjs")
                                  << withMutations(sockJsMessages());
    QTest::newRow("mqtt") << QStringLiteral("mqtt") << withMutations(mqttMessages());
}

void TestLayerGlance::tablePaintsFromTheGlance()
{
    // A log painted row by row against one whose packets were all read first (the preview
    // then comes from them): the same previews and types, and the glanced rows hold no
    // packets in the cache.
    QFETCH(QString, layer);
    QFETCH(QList<QByteArray>, messages);
    EventLog painted;
    EventLog detailed;
    for (EventLog *log : {&painted, &detailed})
        log->setProtocolLayer(ProtocolRegistry::create(layer));
    const bool binary = layer == QLatin1String("mqtt");
    for (int i = 0; i < messages.size(); ++i) {
        const Event e =
            Event::message(1000 + i, i % 3 ? Direction::In : Direction::Out, !binary, messages[i]);
        painted.append(e);
        detailed.append(e);
    }
    painted.flush();
    detailed.flush();
    for (int row = 0; row < detailed.rowCount(); ++row)
        detailed.packetsAt(row);
    for (int row = 0; row < painted.rowCount(); ++row) {
        QCOMPARE(painted.index(row, EventLog::PreviewColumn).data().toString(),
                 detailed.index(row, EventLog::PreviewColumn).data().toString());
        QCOMPARE(painted.index(row, 0).data(EventLog::PacketTypeRole),
                 detailed.index(row, 0).data(EventLog::PacketTypeRole));
    }
    const auto cache = painted.layerCache();
    // Most rows were glanced at: far fewer packet lists than views.
    QVERIFY2(cache->size() - cache->viewCount() < cache->viewCount() / 2,
             qPrintable(QStringLiteral("%1 packet lists, %2 views")
                            .arg(cache->size() - cache->viewCount())
                            .arg(cache->viewCount())));
    QCOMPARE(cache->details(), 0);
}

QTEST_GUILESS_MAIN(TestLayerGlance)
#include "tst_layerglance.moc"
