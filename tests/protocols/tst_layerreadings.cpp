// The lighter readings of a message (LayerReading::Summary for the log's previews, Types for
// its type filter) against the full reading, for every layer, over well-formed, varied and
// malformed messages and byte-level mutations of them: the packets must be those decode()
// gives, field for field as far as each reading reads. And a payload's summary decoded alone
// (decodePayloadSummary) must be the summary decodePayload writes.
#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

#include "decode/decodepipeline.h"
#include "decode/msgpackcodec.h"
#include "log/eventlog.h"
#include "log/layercache.h"
#include "protocols/mqttlayer.h"
#include "protocols/protocolregistry.h"
#include "protocols/socketiolayer.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"

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

QByteArray stomp(const QByteArray &command, const QList<std::pair<QByteArray, QByteArray>> &headers,
                 const QByteArray &body = {})
{
    return StompLayer::frame(command, headers, body);
}

QByteArray sockJs(const QList<QByteArray> &messages)
{
    return 'a' + SockJsFraming::wrap(messages);
}

QList<QByteArray> stompMessages()
{
    const QByteArray json = R"({"sensor":"probe-1","t":20.5,"ok":true,"say":"hello 1"})";
    return {
        stomp("CONNECT", {{"accept-version", "1.2"}, {"host", "/"}, {"heart-beat", "10000,10000"}}),
        stomp("CONNECTED", {{"version", "1.2"}, {"heart-beat", "0,10000"}}),
        stomp("SUBSCRIBE", {{"destination", "/topic/a"}, {"id", "sub-0"}, {"receipt", "r-1"}}),
        stomp("RECEIPT", {{"receipt-id", "r-1"}}),
        stomp("MESSAGE",
              {{"destination", "/topic/a"}, {"subscription", "sub-0"}, {"message-id", "7"}}, json),
        stomp("MESSAGE", {{"destination", "/topic/a:b\nc"}, {"subscription", "s\\1"}},
              QByteArray(500, 'x') + "  \n\t spaces   " + QByteArray(300, 'y')),
        stomp("SEND", {{"destination", "/queue/q"}, {"content-length", "5"}}, "hel\0o"),
        stomp("SEND", {{"destination", "/queue/é"}}, "[1, 2 ,3]"),
        stomp("ERROR", {{"message", "bad thing"}}, "details"),
        stomp("UNSUBSCRIBE", {{"id", "sub-0"}}),
        stomp("ACK", {{"id", "m-1"}, {"id", "m-2"}}),
        stomp("DISCONNECT", {{"receipt", "bye"}}),
        "\n",
        "\r\n\r\n",
        "",
        "NOTACOMMAND\n\n\0",
        "SEND",
        "SEND\ndestination:/q\n",
        "SEND\ndestination:/q\n\nno nul",
        "SEND\n:novalue\n\n\0",
        "SEND\ndest\\xination:/q\n\n\0",
        "SEND\ndestination:/q\\t\n\n\0",
        "SEND\ncontent-length:abc\n\n\0",
        "SEND\ncontent-length:3\n\nabcd\0",
        "SEND\ncontent-length:3\ncontent-length:zz\n\nabc\0",
        "SEND\ndestination:/a\ndestination:/b\nreceipt:1\nreceipt:2\n\n\0",
        "SEND\n\xEF\xBB\xBF"
        "destination:/bom\n\n\0",
        "SEND\ndestination:\xFF\xFE\n\n\xC3\0",
        "CONNECT\nhost:a\\b\n\n\0",
        "MESSAGE\ndestination:/t\n\n{\"a\":1}\0\nMESSAGE\ndestination:/t\n\n[2]\0\n\n",
        "MESSAGE\ndestination:/t\n\n{\"a\":1,\"a\":2}\0",
        "MESSAGE\ndestination:/t\n\n{\"a\":-0,\"b\":1.0,\"c\":1e400,\"d\":\"\\ud800\"}\0",
        "MESSAGE\ndestination:/t\n\n{\"a\": [1, {\"b\": null}], \"c\": \"\\u00e9\\n\"}  \0",
        "MESSAGE\ndestination:/t\n\n{\"a\": 1\0",
        "MESSAGE\ndestination:/t\n\n  [\"x\"]\0",
        "SEND\ndestination:/q\n\n\0SEND\n",
    };
}

QList<QByteArray> sockJsMessages()
{
    QList<QByteArray> out = {"o",
                             "h",
                             "c[3000,\"Go away!\"]",
                             "c[3000]",
                             "c",
                             "ox",
                             "x",
                             "",
                             "a[]",
                             "a[1]",
                             "a[\"x\"",
                             "a\"x\"",
                             "m\"x\"",
                             "m[\"x\"]",
                             "a[\"\\ud800\"]",
                             "a [\"\\n\"] ",
                             "a\xEF\xBB\xBF[\"\\n\"]",
                             "a[\"" + QByteArray(10, 'z') + "\",\"\\n\"]"};
    for (const QByteArray &m : stompMessages()) {
        out << sockJs({m}) << ('m' + SockJsFraming::wrap({m}).mid(1).chopped(1));
        out << sockJs({m, "\n", m});
    }
    return out;
}

/// MessagePack values, each a way its JSON text can be written (or not, from the bytes alone).
QList<QByteArray> msgPackValues()
{
    const auto bytes = [](std::initializer_list<int> b) {
        QByteArray out;
        for (const int c : b)
            out += char(c);
        return out;
    };
    QByteArray deep(300, '\x91');
    deep += '\x01';
    QByteArray wide = bytes({0x91, 0xda, 0x01, 0x2c});
    wide += QString(150, QChar(0xe9)).toUtf8();
    return {
        // {"a": 1, "b": [true, nil, 1.5], "c": bin "xyz"}
        bytes({0x83, 0xa1, 'a', 0x01, 0xa1, 'b',  0x93, 0xc3, 0xc0, 0xcb, 0x3f, 0xf8, 0,
               0,    0,    0,   0,    0,    0xa1, 'c',  0xc4, 0x03, 'x',  'y',  'z'}),
        bytes(
            {0x92, 0xca, 0x3d, 0xcc, 0xcc, 0xcd, 0xcb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1}), // 0.1f, NaN
        bytes({0x91, 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}), // above qint64
        bytes({0x92, 0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0, 0xff}),                // qint64 min, -1
        bytes({0x82, 0xa1, 'a', 0x01, 0xa1, 'a', 0x02}),                     // a repeated key
        bytes({0x81, 0x01, 0x02}),                                           // an integer key
        bytes({0x91, 0xd4, 0x05, 0x07}),                                     // ext 5
        bytes({0x91, 0xd6, 0xff, 0, 0, 0, 1}),                               // a timestamp
        bytes({0x91, 0x01, 0x01}),                                           // bytes after
        bytes({0x92, 0x01}),                                                 // cut off
        bytes({0x91, 0xc1}),                                                 // never used
        bytes({0x91, 0xa2, 0xc3, 0x28}),                                     // no UTF-8
        bytes({0xdc, 0x00, 0x01, 0xa3, 'a', '"', '\\'}),                     // array 16
        deep,
        wide,
    };
}

QByteArray mqtt(MqttLayer &layer, const QString &action, const QVariantMap &values)
{
    QList<LayerFrame> frames;
    qint64 id = 1;
    QString error;
    layer.encode(action, values, &id, &frames, &error);
    return frames.isEmpty() ? QByteArray() : frames.first().bytes;
}

QList<QByteArray> mqttMessages()
{
    MqttLayer v4(4);
    MqttLayer v5(5);
    QCborMap reading;
    reading.insert(QStringLiteral("say"), QStringLiteral("hello"));
    reading.insert(QStringLiteral("n"), 42);
    const QByteArray cbor = reading.toCborValue().toCbor();
    QList<QVariant> payloads = {QVariant(QStringLiteral("hello")),
                                QVariant(QByteArray("{\"a\": [1, 2]}")),
                                QVariant(cbor),
                                QVariant(QByteArray("\xff\x00\x01", 3)),
                                QVariant(QByteArray(400, 'w')),
                                QVariant(QByteArray())};
    for (const QByteArray &m : msgPackValues())
        payloads << QVariant(m);
    QList<QByteArray> out;
    for (MqttLayer *l : {&v4, &v5}) {
        out << mqtt(*l, QStringLiteral("connect"),
                    {{QStringLiteral("clientId"), QStringLiteral("me")},
                     {QStringLiteral("version"), l->level()},
                     {QStringLiteral("username"), QStringLiteral("u")},
                     {QStringLiteral("password"), QStringLiteral("p")}});
        for (const QVariant &payload : payloads)
            for (const char *qos : {"0", "1", "2"})
                out << mqtt(*l, QStringLiteral("publish"),
                            {{QStringLiteral("topic"), QStringLiteral("a/b")},
                             {QStringLiteral("payload"), payload},
                             {QStringLiteral("qos"), QLatin1String(qos)}});
        out << mqtt(*l, QStringLiteral("subscribe"), {{QStringLiteral("topic"), "a/#"}})
            << mqtt(*l, QStringLiteral("unsubscribe"), {{QStringLiteral("topic"), "a/#"}})
            << mqtt(*l, QStringLiteral("pingreq"), {})
            << mqtt(*l, QStringLiteral("disconnect"), {});
    }
    out << QByteArray("\x20\x02\x00\x00", 4)                              // CONNACK
        << QByteArray("\x90\x03\x00\x01\x00", 5)                          // SUBACK
        << QByteArray("\x40\x02\x00\x07", 4)                              // PUBACK
        << QByteArray("\xb0\x02\x00\x07", 4)                              // UNSUBACK
        << QByteArray("\xd0\x00", 2) << QByteArray("\xc0\x00\xd0\x00", 4) // PINGREQ, PINGRESP
        << QByteArray("\x00\x00", 2)                                      // reserved
        << QByteArray("\x36\x05\x00\x01\x61\x00\x01", 7)                  // PUBLISH QoS 3
        << QByteArray("\x30\x7f\x00", 3)                                  // longer than the message
        << QByteArray("\x30\xff\xff\xff\xff\x01", 6)      // remaining length too long
        << QByteArray("\x41\x02\x00\x07", 4)              // PUBACK with bad flags
        << QByteArray("\x40\x03\x00\x07\x00", 5)          // a byte left over
        << QByteArray("\x30\x03\x00\x05\x61", 5)          // topic past the end
        << QByteArray("\xf0\x00", 2)                      // AUTH in 3.1.1
        << QByteArray("\x82\x05\x00\x01\x00\x01\x61", 7); // SUBSCRIBE with no options
    return out;
}

QList<QByteArray> socketIoMessages()
{
    return {"0{\"sid\":\"x\",\"pingInterval\":25000,\"pingTimeout\":5000}",
            "2",
            "3",
            "6",
            "40",
            "40/admin,",
            "41",
            "42[\"ev\",{\"a\":1}]",
            "427[\"ev\"]",
            "437[\"ok\"]",
            "451-[\"up\",{\"_placeholder\":true,\"num\":0}]",
            "44{\"message\":\"no\"}",
            "4",
            "49",
            "42[\"ev\"",
            "x",
            "",
            "0{}",
            "4/ns,12[1]"};
}

QList<QByteArray> graphQlMessages()
{
    return {R"({"type":"connection_init"})",
            R"({"type":"connection_ack"})",
            R"({"type":"ping"})",
            R"({"type":"subscribe","id":"1","payload":{"query":"{ a }"}})",
            R"({"type":"next","id":"1","payload":{"data":{"a":1}}})",
            R"({"type":"complete","id":"1"})",
            R"({"type":"ka"})",
            R"({"type":"start","id":"2","payload":{}})",
            R"({"type":5})",
            R"({"id":"1","payload":{"type":"ping"},"type":"complete"})",
            R"({"type":"ping","type":"complete","id":"1"})",
            R"({"typ\u0065":"ping"})",
            R"({"type":"pin\u0067"})",
            R"({"type":"complete","id":"1","type":["ping"]})",
            R"({"id":"1"})",
            R"([1])",
            "{",
            ""};
}

QList<QByteArray> signalRMessages()
{
    const QByteArray rs = "\x1e";
    return {"{\"protocol\":\"json\",\"version\":1}" + rs,
            "{}" + rs,
            "{\"type\":6}" + rs,
            "{\"type\":1,\"target\":\"send\",\"arguments\":[\"hi\"],\"invocationId\":\"1\"}" + rs
                + "{\"type\":3,\"invocationId\":\"1\",\"result\":2}" + rs,
            "{\"type\":7,\"error\":\"bye\"}" + rs,
            "{\"invocationId\":\"2\",\"type\":3,\"result\":{\"type\":6}}" + rs,
            "{\"type\":6,\"typ\\u0065\":2,\"invocationId\":\"3\"}" + rs,
            "{\"type\":6.0}" + rs + "{\"type\":6}" + rs,
            "{\"type\":1}",
            "nonsense" + rs,
            ""};
}

/// The messages and their mutations (a byte changed, a byte inserted, the end cut off).
QList<QByteArray> withMutations(const QList<QByteArray> &messages)
{
    QList<QByteArray> out = messages;
    QRandomGenerator random(16);
    for (int round = 0; round < 20; ++round) {
        for (const QByteArray &m : messages) {
            if (m.isEmpty())
                continue;
            QByteArray b = m;
            const qsizetype at = random.bounded(qint64(b.size()));
            static const char interesting[] = {'\n', '\0', ':',    '\\', '"',
                                               '[',  '{',  '\xff', '0',  'a'};
            switch (random.bounded(3)) {
            case 0:
                b[at] = interesting[random.bounded(int(sizeof(interesting)))];
                break;
            case 1:
                b.insert(at, interesting[random.bounded(int(sizeof(interesting)))]);
                break;
            default:
                b.truncate(at);
                break;
            }
            out << b;
        }
    }
    return out;
}

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

QString shown(const QByteArray &b)
{
    return QString::fromLatin1(b.toPercentEncoding(" {}[]\":,/#-_.")).left(200);
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
