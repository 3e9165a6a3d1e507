#include "common/layermessages.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>

#include "protocols/mqttlayer.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"

QByteArray LayerMessages::stomp(const QByteArray &command,
                                const QList<std::pair<QByteArray, QByteArray>> &headers,
                                const QByteArray &body)
{
    return StompLayer::frame(command, headers, body);
}

QByteArray LayerMessages::sockJs(const QList<QByteArray> &messages)
{
    return 'a' + SockJsFraming::wrap(messages);
}

QList<QByteArray> LayerMessages::stompMessages()
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
        // content-length as QString::toLongLong reads it: spaces, a sign, zeros, too long.
        stomp("SEND", {{"destination", "/q"}, {"content-length", " 3 "}}, "abc"),
        stomp("SEND", {{"content-length", "+3"}}, "abc"),
        stomp("SEND", {{"content-length", "0003"}}, "abc"),
        stomp("SEND", {{"content-length", "-1"}}, "abc"),
        stomp("SEND", {{"content-length", "99999999999999999999"}}, "abc"),
        stomp("SEND", {{"content-length", "000000000000000000003"}}, "abc"),
        stomp("SEND", {{"destination", "/queue/é"}}, "[1, 2 ,3]"),
        stomp("ERROR", {{"message", "bad thing"}}, "details"),
        stomp("UNSUBSCRIBE", {{"id", "sub-0"}}),
        stomp("ACK", {{"id", "m-1"}, {"id", "m-2"}}),
        // A byte-order mark before a name makes another name, not a second "version".
        stomp("CONNECTED", {{"\xEF\xBB\xBFversion", "1.1"}, {"version", "1.2"}}),
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

QList<QByteArray> LayerMessages::sockJsMessages()
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
QList<QByteArray> LayerMessages::msgPackValues()
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

QByteArray LayerMessages::mqtt(MqttLayer &layer, const QString &action, const QVariantMap &values)
{
    QList<LayerFrame> frames;
    qint64 id = 1;
    QString error;
    layer.encode(action, values, &id, &frames, &error);
    return frames.isEmpty() ? QByteArray() : frames.first().bytes;
}

QList<QByteArray> LayerMessages::mqttMessages()
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

QList<QByteArray> LayerMessages::socketIoMessages()
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

QList<QByteArray> LayerMessages::graphQlMessages()
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

QList<QByteArray> LayerMessages::signalRMessages()
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
QList<QByteArray> LayerMessages::withMutations(const QList<QByteArray> &messages)
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

QString LayerMessages::shown(const QByteArray &b)
{
    return QString::fromLatin1(b.toPercentEncoding(" {}[]\":,/#-_.")).left(200);
}
