// MQTT PUBLISH payloads through the tab's decoder pipeline, against the aedes broker over
// WebSocket: MessagePack, CBOR and JSON payloads published to a topic we subscribed to come
// back and the log shows them decoded (auto-detected without a pipeline, or by the tab's
// own), in the packet's value and its one-line summary, with the raw bytes still there.
#include <QCborArray>
#include <QTest>

#include "common/externalserver.h"
#include "connection/clock.h"
#include "decode/decodepipeline.h"
#include "log/eventlog.h"
#include "protocols/mqttlayer.h"
#include "workbench/connectionworkbench.h"
#include "workbench/layerdriver.h"

namespace {

/// An MQTT 3.1.1 PUBLISH, QoS 0, as the composer's publish action writes it; the payload can
/// be any bytes.
QByteArray publish(const QByteArray &topic, const QByteArray &payload)
{
    QList<LayerFrame> frames;
    qint64 id = 1;
    QString error;
    if (!MqttLayer().encode(QStringLiteral("publish"),
                            {{QStringLiteral("topic"), QString::fromUtf8(topic)},
                             {QStringLiteral("payload"), payload}},
                            &id, &frames, &error))
        qFatal("%s", qPrintable(error));
    return frames.first().bytes;
}

QCborMap reading()
{
    QCborMap m;
    m.insert(QStringLiteral("t"), 21.5);
    m.insert(QStringLiteral("ok"), true);
    m.insert(QStringLiteral("tags"), QCborArray{QStringLiteral("a"), 2});
    return m;
}

DecodePipeline pipeline(const QString &spec)
{
    DecodePipeline p;
    QString error;
    if (!DecodePipeline::parse(spec, &p, &error))
        qFatal("%s", qPrintable(error));
    return p;
}

} // namespace

class TestMqttPayload : public QObject
{
    Q_OBJECT
private slots:
    void decodedInTheLog();

private:
    /// The incoming PUBLISH of topic in the log, with the row it is on; false if none yet.
    static bool incoming(EventLog &log, const QString &topic, LayerPacket *out, int *row)
    {
        for (int r = 0; r < log.rowCount(); ++r) {
            if (log.index(r, 0).data(EventLog::DirectionRole).toInt() != int(Direction::In))
                continue;
            for (const LayerPacket &p : log.packetsAt(r)) {
                if (p.type == QLatin1String("publish") && p.channel == topic) {
                    *out = p;
                    *row = r;
                    return true;
                }
            }
        }
        return false;
    }
    static QString dump(EventLog &log)
    {
        QStringList lines;
        for (int r = 0; r < log.rowCount(); ++r)
            lines << log.index(r, EventLog::PreviewColumn).data().toString();
        return lines.join(u'\n');
    }
    SystemClock m_clock;
};

void TestMqttPayload::decodedInTheLog()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("mqtt_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    int subacks = 0;
    connect(&wb.layers(), &LayerDriver::packetsRead, this,
            [&](const Event &, const QList<LayerPacket> &packets) {
                for (const LayerPacket &p : packets)
                    subacks += p.type == QLatin1String("suback");
            });
    ConnectionRequest r;
    r.url = QUrl(server.url(QStringLiteral("/mqtt")));
    r.subprotocols = {QStringLiteral("mqtt")};
    wb.setRequest(r);
    wb.layers().setChoice(QStringLiteral("mqtt"));
    QVERIFY(wb.open());
    QVERIFY(
        QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Open; }, 10000));
    QString sendError;
    QVERIFY(wb.layers().send(QStringLiteral("connect"),
                             {{QStringLiteral("clientId"), QStringLiteral("payloads")}},
                             &sendError));
    QVERIFY(wb.layers().send(QStringLiteral("subscribe"),
                             {{QStringLiteral("topic"), QStringLiteral("probe/#")}}, &sendError));
    QVERIFY(QTest::qWaitFor([&] { return subacks > 0; }, 10000));

    QByteArray msgpack;
    QVERIFY(
        pipeline(QStringLiteral("msgpack")).encode(reading(), Direction::Out, &msgpack, &error));
    const QByteArray cbor = QCborValue(reading()).toCbor();
    const QByteArray json = R"({"t":21.5,"ok":true,"tags":["a",2]})";
    QVERIFY(wb.connection().sendBinary(publish("probe/mp", msgpack)));
    QVERIFY(wb.connection().sendBinary(publish("probe/cbor", cbor)));
    QVERIFY(wb.connection().sendBinary(publish("probe/json", json)));
    QVERIFY(wb.connection().sendBinary(publish("probe/text", "hello 1234")));

    EventLog &log = wb.log();
    LayerPacket p;
    int row = -1;
    QTRY_VERIFY2_WITH_TIMEOUT(incoming(log, QStringLiteral("probe/text"), &p, &row),
                              qPrintable(dump(log)), 10000);
    // Plain text stays text: nothing decoded ("1234" is no hex to be unwrapped).
    QVERIFY(!p.value.toMap().contains(QStringLiteral("decoded")));
    QCOMPARE(p.summary, QStringLiteral("PUBLISH probe/text hello 1234"));

    // No pipeline on the tab: auto-detected.
    const struct
    {
        QString topic;
        QByteArray bytes;
        QString as;
    } cases[] = {{QStringLiteral("probe/mp"), msgpack, QStringLiteral("msgpack")},
                 {QStringLiteral("probe/cbor"), cbor, QStringLiteral("cbor")},
                 {QStringLiteral("probe/json"), json, QStringLiteral("json")}};
    const QString compact = QStringLiteral(R"({"t":21.5,"ok":true,"tags":["a",2]})");
    for (const auto &c : cases) {
        QTRY_VERIFY_WITH_TIMEOUT(incoming(log, c.topic, &p, &row), 10000);
        const QCborMap v = p.value.toMap();
        QCOMPARE(v.value(QStringLiteral("decodedAs")).toString(), c.as);
        QCOMPARE(v.value(QStringLiteral("decoded")), QCborValue(reading()));
        // The raw payload is still there: the packet's bytes, and in its value (bytes that
        // are no text as bytes).
        QCOMPARE(p.payload, c.bytes);
        if (c.as == QLatin1String("json"))
            QCOMPARE(v.value(QStringLiteral("payload")).toString(), QString::fromUtf8(json));
        else
            QCOMPARE(v.value(QStringLiteral("payload")).toByteArray(), c.bytes);
        // The summary and the log's preview show the decoded value in the raw one's place.
        const QString expected =
            QStringLiteral("PUBLISH %1 %2").arg(c.topic, compact)
            + (c.as == QLatin1String("json") ? QString() : QStringLiteral(" [%1]").arg(c.as));
        QCOMPARE(p.summary, expected);
        QCOMPARE(log.index(row, EventLog::PreviewColumn).data().toString(), expected);
    }

    // The tab's own pipeline decides once it is set: CBOR reads the CBOR payload, and the
    // MessagePack one fails with the step's error, the raw bytes still shown.
    log.setDecodePipeline(pipeline(QStringLiteral("cbor")));
    QVERIFY(incoming(log, QStringLiteral("probe/cbor"), &p, &row));
    QCOMPARE(p.value.toMap().value(QStringLiteral("decoded")), QCborValue(reading()));
    QVERIFY(incoming(log, QStringLiteral("probe/mp"), &p, &row));
    QVERIFY(!p.value.toMap().contains(QStringLiteral("decoded")));
    QVERIFY2(p.value.toMap()
                 .value(QStringLiteral("decodeError"))
                 .toString()
                 .startsWith(QStringLiteral("step 1 (cbor): ")),
             qPrintable(p.value.toMap().value(QStringLiteral("decodeError")).toString()));
    QCOMPARE(p.payload, msgpack);
    // base64 then MessagePack: a pipeline of several steps, named in the summary.
    QVERIFY(wb.connection().sendBinary(publish("probe/b64", msgpack.toBase64())));
    log.setDecodePipeline(pipeline(QStringLiteral("base64,msgpack")));
    QTRY_VERIFY_WITH_TIMEOUT(incoming(log, QStringLiteral("probe/b64"), &p, &row), 10000);
    QCOMPARE(p.value.toMap().value(QStringLiteral("decoded")), QCborValue(reading()));
    QVERIFY2(p.summary.endsWith(compact + QStringLiteral(" [base64,msgpack]")),
             qPrintable(p.summary));
}

QTEST_GUILESS_MAIN(TestMqttPayload)
#include "tst_mqttpayload.moc"
