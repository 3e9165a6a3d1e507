// The lighter readings of a message (LayerReading::Summary for the log's previews, Types for
// its type filter) against the full reading, for every layer, over well-formed, varied and
// malformed messages and byte-level mutations of them: the packets must be those decode()
// gives, field for field as far as each reading reads. And a payload's summary decoded alone
// (decodePayloadSummary) must be the summary decodePayload writes.
#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

#include "common/layermessages.h"
#include "decode/decodepipeline.h"
#include "decode/msgpackcodec.h"
#include "log/eventlog.h"
#include "log/layercache.h"
#include "protocols/mqttlayer.h"
#include "protocols/protocolregistry.h"
#include "protocols/socketiolayer.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"

using namespace LayerMessages;

class TestLayerReadings : public QObject
{
    Q_OBJECT
private slots:
    void readingsAgree_data();
    void readingsAgree();
    void firstTypeHintsAgree_data();
    void firstTypeHintsAgree();
    void payloadSummaryAgrees();
    void clipSimplifiedIsClipOfSimplified();
    void tablePaintsFromTheSummaryReading();
};

namespace {

QStringList differences(const LayerPacket &w, const LayerPacket &s, bool types)
{
    QStringList d;
    const auto field = [&](const char *name, bool same) {
        if (!same)
            d << QLatin1String(name);
    };
    field("type", s.type == w.type);
    field("id", s.id == w.id);
    field("request", s.request == w.request);
    field("heartbeat", s.heartbeat == w.heartbeat);
    field("attachments", s.attachments == w.attachments);
    field("ok", s.ok() == w.ok());
    if (types)
        return d;
    field("name", s.name == w.name);
    field("summary", s.summary == w.summary);
    field("channel", s.channel == w.channel);
    field("payload", s.payload == w.payload);
    field("payloadClip", s.payloadClip == w.payloadClip);
    field("error", s.error == w.error);
    return d;
}

} // namespace

void TestLayerReadings::readingsAgree_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::newRow("stomp") << QStringLiteral("stomp") << withMutations(stompMessages());
    QTest::newRow("stomp-sockjs") << QStringLiteral("stomp-sockjs")
                                  << withMutations(sockJsMessages());
    QTest::newRow("mqtt") << QStringLiteral("mqtt") << withMutations(mqttMessages());
    QTest::newRow("socketio") << QStringLiteral("socketio") << withMutations(socketIoMessages());
    QTest::newRow("graphql-transport-ws")
        << QStringLiteral("graphql-transport-ws") << withMutations(graphQlMessages());
    QTest::newRow("graphql-ws") << QStringLiteral("graphql-ws") << withMutations(graphQlMessages());
    QTest::newRow("signalr") << QStringLiteral("signalr") << withMutations(signalRMessages());
    // Every layer on every other's messages: mostly malformed, each its own way.
    QList<QByteArray> all = stompMessages() + sockJsMessages() + mqttMessages() + socketIoMessages()
                            + graphQlMessages() + signalRMessages();
    for (const QString &name : ProtocolRegistry::names())
        QTest::newRow(qPrintable(name + QStringLiteral(" on all"))) << name << all;
}

void TestLayerReadings::readingsAgree()
{
    QFETCH(QString, layer);
    QFETCH(QList<QByteArray>, messages);
    // One layer per reading, fed the same messages: MQTT learns its version from a CONNECT.
    const auto full = ProtocolRegistry::create(layer);
    const auto summaries = ProtocolRegistry::create(layer);
    const auto types = ProtocolRegistry::create(layer);
    QVERIFY(full && summaries && types);
    int malformed = 0;
    int compared = 0;
    for (const QByteArray &m : messages) {
        for (const Direction direction : {Direction::In, Direction::Out}) {
            for (const bool binary : {false, true}) {
                const QList<LayerPacket> w = full->decode(m, binary, direction);
                const QList<LayerPacket> s =
                    summaries->read(m, binary, direction, LayerReading::Summary);
                const QList<LayerPacket> t = types->read(m, binary, direction, LayerReading::Types);
                QCOMPARE(s.size(), w.size());
                QCOMPARE(t.size(), w.size());
                for (qsizetype i = 0; i < w.size(); ++i) {
                    const QStringList ds = differences(w[i], s[i], false);
                    QVERIFY2(ds.isEmpty(), qPrintable(QStringLiteral("summary %1 differ on %2: %3")
                                                          .arg(ds.join(u','), shown(m),
                                                               w[i].summary + w[i].error)));
                    const QStringList dt = differences(w[i], t[i], true);
                    QVERIFY2(
                        dt.isEmpty(),
                        qPrintable(
                            QStringLiteral("types %1 differ on %2").arg(dt.join(u','), shown(m))));
                    if (summaries->hasSummaryReading())
                        QVERIFY(s[i].value.isUndefined());
                    malformed += w[i].ok() ? 0 : 1;
                    ++compared;
                }
            }
        }
    }
    // The cases mean something: both kinds of packet were met.
    if (!QByteArrayView(QTest::currentDataTag()).endsWith(" on all"))
        QVERIFY2(malformed > 0 && malformed < compared,
                 qPrintable(QStringLiteral("%1 of %2 malformed").arg(malformed).arg(compared)));
}

void TestLayerReadings::firstTypeHintsAgree_data()
{
    readingsAgree_data();
}

void TestLayerReadings::firstTypeHintsAgree()
{
    QFETCH(QString, layer);
    QFETCH(QList<QByteArray>, messages);
    const auto full = ProtocolRegistry::create(layer);
    const auto hints = ProtocolRegistry::create(layer);
    const QStringList types = hints->packetTypes();
    int wellFormed = 0; // first packets read well formed, and of those, told
    int toldWellFormed = 0;
    for (const QByteArray &m : messages) {
        // A streamed layer is asked of one whole packet.
        if (full->isStreamed() && full->streamedPacketLength(m) != m.size())
            continue;
        for (const Direction direction : {Direction::In, Direction::Out}) {
            for (const bool binary : {false, true}) {
                const QList<LayerPacket> w = full->decode(m, binary, direction);
                const int hint = hints->firstTypeHint(m, binary, direction);
                wellFormed += w.first().ok() ? 1 : 0;
                if (hint == ProtocolLayer::NoHint)
                    continue;
                if (hint == ProtocolLayer::MalformedHint) {
                    QVERIFY2(!w.first().ok(), qPrintable(shown(m)));
                    continue;
                }
                toldWellFormed += w.first().ok() ? 1 : 0;
                QVERIFY(hint >= 0 && hint < types.size());
                // Said of a first packet that is well formed; a malformed one is never hidden.
                if (w.first().ok())
                    QVERIFY2(types.at(hint) == w.first().type,
                             qPrintable(QStringLiteral("%1 for %2 on %3")
                                            .arg(types.at(hint), w.first().type, shown(m))));
            }
        }
    }
    // Every layer tells a type from the bytes for most of its well-formed messages.
    if (!QByteArrayView(QTest::currentDataTag()).endsWith(" on all"))
        QVERIFY2(toldWellFormed * 2 > wellFormed,
                 qPrintable(QStringLiteral("%1 of %2").arg(toldWellFormed).arg(wellFormed)));
}

void TestLayerReadings::payloadSummaryAgrees()
{
    QList<DecodePipeline> pipelines = {DecodePipeline()};
    QStringList specs = {QStringLiteral("json"), QStringLiteral("base64"), QStringLiteral("cbor"),
                         QStringLiteral("auto")};
    if (MsgPackCodec::available())
        specs << QStringLiteral("msgpack");
    for (const QString &spec : specs) {
        DecodePipeline p;
        QString error;
        QVERIFY2(DecodePipeline::parse(spec, &p, &error), qPrintable(error));
        pipelines << p;
    }
    const auto stompLayer = ProtocolRegistry::create(QStringLiteral("stomp"));
    const auto mqttLayer = ProtocolRegistry::create(QStringLiteral("mqtt"));
    QList<LayerPacket> packets;
    for (const QByteArray &m : withMutations(stompMessages()))
        packets += stompLayer->decode(m, false, Direction::In);
    for (const QByteArray &m : withMutations(mqttMessages()))
        packets += mqttLayer->decode(m, true, Direction::In);
    // Bodies that only a JSON reading tells apart.
    for (const QByteArray &body :
         {QByteArray("{\"a\":1,\"a\":2}"), QByteArray(" [1, 2.50, -0, 1E2, \"\\u0041\"] "),
          QByteArray("{\"k\":\"" + QByteArray(300, 'v') + "\"}"),
          QByteArray("[\"\\ud83d\\ude00\"]"),
          QByteArray("[" + QByteArray(300, '[') + QByteArray(300, ']') + "]"),
          QByteArray("{\"x\":1} trailing"), QByteArray("[\"\xC3\"]"), QByteArray("\x78\x9c[1]"),
          QByteArray("[1]")})
        packets += stompLayer->decode(stomp("MESSAGE", {{"destination", "/t"}}, body), false,
                                      Direction::In);
    int withPayload = 0;
    for (const LayerPacket &packet : packets) {
        withPayload += packet.payload.isEmpty() ? 0 : 1;
        for (const DecodePipeline &pipeline : pipelines) {
            LayerPacket whole = packet;
            LayerPacket summary = packet;
            summary.value = QCborValue();
            ProtocolLayer::decodePayload(&whole, pipeline, Direction::In);
            ProtocolLayer::decodePayloadSummary(&summary, pipeline, Direction::In);
            QCOMPARE(summary.summary, whole.summary);
            QCOMPARE(summary.payloadClip, whole.payloadClip);
            QVERIFY(summary.value.isUndefined());
        }
    }
    QVERIFY(withPayload > 100);
}

class ClipProbe : public StompLayer
{
public:
    static QString simplifiedClip(QByteArrayView utf8, int max)
    {
        return clipSimplified(utf8, max);
    }
    static QString reference(QByteArrayView utf8, int max)
    {
        return clip(QString::fromUtf8(utf8).simplified(), max);
    }
};

void TestLayerReadings::clipSimplifiedIsClipOfSimplified()
{
    QRandomGenerator random(7);
    static const char *const pieces[] = {"a", " ",    "\n",       "\t\t",     "é",    "中",
                                         "😀", "\xff", "\xe4\xb8", "\xc2\xa0", "  x  "};
    for (int round = 0; round < 400; ++round) {
        QByteArray text;
        const int n = random.bounded(800);
        for (int i = 0; i < n; ++i)
            text += pieces[random.bounded(int(std::size(pieces)))];
        for (const int max : {10, 120}) {
            QCOMPARE(ClipProbe::simplifiedClip(text, max), ClipProbe::reference(text, max));
        }
    }
}

void TestLayerReadings::tablePaintsFromTheSummaryReading()
{
    // STOMP over SockJS: previews and types from the summary reading, the detail pane's
    // packets whole; a receipt is read whole for its pairing.
    EventLog painted;
    EventLog detailed;
    for (EventLog *log : {&painted, &detailed})
        log->setProtocolLayer(ProtocolRegistry::create(QStringLiteral("stomp-sockjs")));
    const QList<QByteArray> messages = sockJsMessages();
    for (int i = 0; i < messages.size(); ++i) {
        const Event e =
            Event::message(1000 + i, i % 3 ? Direction::In : Direction::Out, true, messages[i]);
        painted.append(e);
        detailed.append(e);
    }
    painted.flush();
    detailed.flush();
    for (int row = 0; row < detailed.rowCount(); ++row)
        detailed.packetsAt(row); // the old order: whole packets first, the preview from them
    for (int row = 0; row < painted.rowCount(); ++row) {
        for (const int column : {int(EventLog::PreviewColumn), 0}) {
            QCOMPARE(painted.index(row, column).data().toString(),
                     detailed.index(row, column).data().toString());
        }
        QCOMPARE(painted.index(row, 0).data(EventLog::PacketTypeRole),
                 detailed.index(row, 0).data(EventLog::PacketTypeRole));
    }
    QCOMPARE(painted.layerCache()->details(), 0);
    // The detail pane still gets every packet's value.
    int row = 0;
    while (row < painted.rowCount()
           && painted.index(row, 0).data(EventLog::PacketTypeRole).toString()
                  != QLatin1String("message"))
        ++row;
    QVERIFY(row < painted.rowCount());
    const QList<LayerPacket> packets = painted.packetsAt(row);
    QVERIFY(!packets.isEmpty());
    QVERIFY(packets.first().value.toMap().value(QStringLiteral("headers")).isMap());
    QCOMPARE(painted.layerCache()->details(), 1);
}

QTEST_GUILESS_MAIN(TestLayerReadings)
#include "tst_layerreadings.moc"
