// Each protocol layer's reader and writer without a peer: the packets of the protocols' own
// examples, what the composer's actions write (read back by the same layer), the errors a
// malformed message gets (what and at which byte), and the conversation state in
// LayerSession (attachments put together, replies paired with requests, automatic answers).
#include <QCborArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "protocols/graphqlwslayer.h"
#include "protocols/layersession.h"
#include "protocols/mqttlayer.h"
#include "protocols/protocolregistry.h"
#include "protocols/signalrlayer.h"
#include "protocols/socketiolayer.h"
#include "protocols/stomplayer.h"

namespace {

LayerPacket one(const ProtocolLayer &layer, QByteArrayView bytes, bool binary = false,
                Direction d = Direction::In)
{
    const QList<LayerPacket> packets = layer.decode(bytes, binary, d);
    if (packets.size() != 1)
        qFatal("expected one packet, got %d", int(packets.size()));
    return packets.first();
}

QList<LayerFrame> encoded(const ProtocolLayer &layer, const QString &action,
                          const QVariantMap &values, qint64 *nextId = nullptr)
{
    qint64 id = 1;
    QList<LayerFrame> out;
    QString error;
    if (!layer.encode(action, values, nextId ? nextId : &id, &out, &error))
        qFatal("encode %s: %s", qPrintable(action), qPrintable(error));
    return out;
}

QString encodeError(const ProtocolLayer &layer, const QString &action, const QVariantMap &values)
{
    qint64 id = 1;
    QList<LayerFrame> out;
    QString error;
    if (layer.encode(action, values, &id, &out, &error))
        return {};
    return error;
}

/// Bytes of a literal with NULs in it (STOMP's frame ends), its length counted by the compiler.
template<std::size_t N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

QCborMap mapOf(const LayerPacket &p)
{
    return p.value.toMap();
}

} // namespace

class TestProtocolLayers : public QObject
{
    Q_OBJECT
private slots:
    void detection_data();
    void detection();
    void unknownChoice();

    void socketIoEnginePackets();
    void socketIoEvents();
    void socketIoErrors_data();
    void socketIoErrors();
    void socketIoEncode();
    void socketIoAttachmentsAssembled();
    void socketIoAckPaired();
    void socketIoEio3();

    void graphQlTransportWs();
    void graphQlLegacy();
    void graphQlErrors_data();
    void graphQlErrors();

    void stompFrames();
    void stompEncodeRoundTrip();
    void stompErrors_data();
    void stompErrors();

    void signalRRecords();
    void signalRErrors();
    void signalRFixture();

    void mqttRoundTrip();
    void mqttFiveProperties();
    void mqttErrors_data();
    void mqttErrors();
    void mqttAutoReplies();
    void mqttPacketsSpanMessages();
};

void TestProtocolLayers::detection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QString>("expected");
    QTest::newRow("socket.io path") << "ws://h/socket.io/?EIO=4&transport=websocket"
                                    << ""
                                    << "socketio";
    QTest::newRow("EIO query only") << "ws://h/rt/?EIO=3&transport=websocket"
                                    << ""
                                    << "socketio";
    QTest::newRow("graphql-transport-ws") << "ws://h/api"
                                          << "graphql-transport-ws"
                                          << "graphql-transport-ws";
    QTest::newRow("legacy graphql-ws") << "ws://h/graphql"
                                       << "graphql-ws"
                                       << "graphql-ws";
    QTest::newRow("graphql path") << "ws://h/graphql"
                                  << ""
                                  << "graphql-transport-ws";
    QTest::newRow("mqtt") << "ws://h/"
                          << "mqtt"
                          << "mqtt";
    QTest::newRow("mqtt path") << "wss://h/mqtt"
                               << ""
                               << "mqtt";
    QTest::newRow("stomp 1.2") << "ws://h/ws"
                               << "v12.stomp"
                               << "stomp";
    QTest::newRow("stomp path") << "ws://h/app/stomp"
                                << ""
                                << "stomp";
    QTest::newRow("signalr hub") << "ws://h/chathub?id=abc"
                                 << ""
                                 << "signalr";
    QTest::newRow("subprotocol wins") << "ws://h/socket.io/?EIO=4"
                                      << "mqtt"
                                      << "mqtt";
    QTest::newRow("nothing") << "ws://h/echo"
                             << "chat"
                             << "";
}

void TestProtocolLayers::detection()
{
    QFETCH(QString, url);
    QFETCH(QString, subprotocol);
    QFETCH(QString, expected);
    QCOMPARE(ProtocolRegistry::detect(QUrl(url), subprotocol), expected);
    const auto layer = ProtocolRegistry::resolve(QStringLiteral("auto"), QUrl(url), subprotocol);
    QCOMPARE(layer ? layer->name() : QString(), expected);
}

void TestProtocolLayers::unknownChoice()
{
    QString error;
    QVERIFY(!ProtocolRegistry::resolve(QStringLiteral("amqp"), QUrl(), {}, &error));
    QVERIFY2(error.contains(QLatin1String("amqp")) && error.contains(QLatin1String("socketio")),
             qPrintable(error));
    QVERIFY(!ProtocolRegistry::isValidChoice(QStringLiteral("amqp")));
    QVERIFY(ProtocolRegistry::isValidChoice(QStringLiteral("auto")));
    const auto eio3 = ProtocolRegistry::create(QStringLiteral("socketio"),
                                               QUrl(QStringLiteral("ws://h/socket.io/?EIO=3")));
    QCOMPARE(static_cast<const SocketIoLayer &>(*eio3).eio(), 3);
}

void TestProtocolLayers::socketIoEnginePackets()
{
    const SocketIoLayer io;
    const LayerPacket open =
        one(io, R"(0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],)"
                R"("pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000})");
    QVERIFY2(open.ok(), qPrintable(open.error));
    QCOMPARE(open.type, QStringLiteral("open"));
    QCOMPARE(mapOf(open).value(QStringLiteral("pingInterval")).toInteger(), 25000);
    QVERIFY(!open.heartbeat);
    // The client joins the default namespace as soon as the session is open (protocol 5).
    const QList<LayerFrame> join = io.autoReply(open);
    QCOMPARE(join.size(), 1);
    QCOMPARE(join.first().bytes, QByteArray("40"));

    const LayerPacket ping = one(io, "2");
    QCOMPARE(ping.type, QStringLiteral("ping"));
    QVERIFY(ping.heartbeat);
    QCOMPARE(io.autoReply(ping).first().bytes, QByteArray("3"));
    // A probe ping's data comes back in the pong.
    QCOMPARE(io.autoReply(one(io, "2probe")).first().bytes, QByteArray("3probe"));
    QVERIFY(one(io, "3").heartbeat);
    QCOMPARE(one(io, "6").type, QStringLiteral("noop"));
    QCOMPARE(one(io, "1").type, QStringLiteral("close"));
    QCOMPARE(io.keepAliveMs(open), 0); // EIO 4: the server pings
}

void TestProtocolLayers::socketIoEvents()
{
    const SocketIoLayer io;
    LayerPacket p = one(io, R"(42["hello",1,{"a":true}])");
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.type, QStringLiteral("event"));
    QCOMPARE(p.name, QStringLiteral("hello"));
    QCOMPARE(p.channel, QStringLiteral("/"));
    QCOMPARE(mapOf(p).value(QStringLiteral("args")).toArray().size(), 2);
    QVERIFY(p.id.isEmpty());
    QVERIFY(!p.request);
    QVERIFY2(p.summary.startsWith(QLatin1String("hello [1,{\"a\":true}]")), qPrintable(p.summary));

    p = one(io, R"(42/admin,12["echo","x"])");
    QCOMPARE(p.channel, QStringLiteral("/admin"));
    QCOMPARE(p.id, QStringLiteral("12"));
    QVERIFY(p.request);
    QCOMPARE(mapOf(p).value(QStringLiteral("ackId")).toInteger(), 12);

    p = one(io, R"(43/admin,12["x"])");
    QCOMPARE(p.type, QStringLiteral("ack"));
    QCOMPARE(p.id, QStringLiteral("12"));
    QVERIFY(!p.request);

    p = one(io, R"(40/admin,{"sid":"wZX3oN0bSVIhsaknAAAI"})");
    QCOMPARE(p.type, QStringLiteral("connect"));
    QCOMPARE(p.channel, QStringLiteral("/admin"));

    p = one(io, R"(44/admin,{"message":"not authorised"})");
    QCOMPARE(p.type, QStringLiteral("connect_error"));
    QVERIFY(p.summary.contains(QLatin1String("not authorised")));

    p = one(io, R"(451-["bytes",{"_placeholder":true,"num":0}])");
    QCOMPARE(p.type, QStringLiteral("binary_event"));
    QCOMPARE(p.attachments, 1);
    QCOMPARE(p.name, QStringLiteral("bytes"));
}

void TestProtocolLayers::socketIoErrors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << "type digit";
    QTest::newRow("engine type") << QByteArray("9") << "at byte 0";
    QTest::newRow("socket type") << QByteArray("47") << "at byte 1";
    QTest::newRow("bad json") << QByteArray(R"(42["a",])") << "at byte 7";
    QTest::newRow("event not array") << QByteArray(R"(42{"a":1})") << "starting with the event";
    QTest::newRow("event name not string") << QByteArray(R"(42[1])") << "starting with the event";
    QTest::newRow("ack without id") << QByteArray(R"(43["x"])") << "needs an id";
    QTest::newRow("attachment count") << QByteArray(R"(45x-["a"])") << "attachment count";
    QTest::newRow("open without sid") << QByteArray(R"(0{"pingInterval":1})") << "sid";
    QTest::newRow("long ack id") << QByteArray(R"(421234567890123456["a"])") << "too long";
}

void TestProtocolLayers::socketIoErrors()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, says);
    const LayerPacket p = one(SocketIoLayer(), message);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(says), qPrintable(p.error));
}

void TestProtocolLayers::socketIoEncode()
{
    const SocketIoLayer io;
    qint64 next = 7;
    QList<LayerFrame> out = encoded(io, QStringLiteral("emit"),
                                    {{QStringLiteral("namespace"), QStringLiteral("/admin")},
                                     {QStringLiteral("event"), QStringLiteral("echo")},
                                     {QStringLiteral("args"), QStringLiteral(R"([1,"two"])")},
                                     {QStringLiteral("ack"), QStringLiteral("true")}},
                                    &next);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().bytes, QByteArray(R"(42/admin,7["echo",1,"two"])"));
    QCOMPARE(next, 8);

    // Bytes as {"$binary": base64} become an attachment after a placeholder.
    out = encoded(io, QStringLiteral("emit"),
                  {{QStringLiteral("event"), QStringLiteral("bytes")},
                   {QStringLiteral("args"), QStringLiteral(R"([{"$binary":"AAEC"}])")}});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).bytes, QByteArray(R"(451-["bytes",{"_placeholder":true,"num":0}])"));
    QVERIFY(out.at(1).binary);
    QCOMPARE(out.at(1).bytes, QByteArray("\x00\x01\x02", 3));

    out = encoded(io, QStringLiteral("join"),
                  {{QStringLiteral("namespace"), QStringLiteral("admin")},
                   {QStringLiteral("auth"), QStringLiteral(R"({"token":"secret"})")}});
    QCOMPARE(out.first().bytes, QByteArray(R"(40/admin,{"token":"secret"})"));
    out = encoded(io, QStringLiteral("ack"),
                  {{QStringLiteral("id"), QStringLiteral("3")},
                   {QStringLiteral("args"), QStringLiteral(R"(["yes"])")}});
    QCOMPARE(out.first().bytes, QByteArray(R"(433["yes"])"));
    QCOMPARE(encoded(io, QStringLiteral("leave"), {{QStringLiteral("namespace"), "/admin"}})
                 .first()
                 .bytes,
             QByteArray("41/admin,"));

    QVERIFY(encodeError(io, QStringLiteral("emit"), {}).contains(QLatin1String("event")));
    QVERIFY(encodeError(io, QStringLiteral("emit"),
                        {{QStringLiteral("event"), QStringLiteral("e")},
                         {QStringLiteral("args"), QStringLiteral("{}")}})
                .contains(QLatin1String("array")));
    QVERIFY(encodeError(io, QStringLiteral("ack"), {{QStringLiteral("id"), QStringLiteral("x")}})
                .contains(QLatin1String("number")));
    QVERIFY(encodeError(io, QStringLiteral("fly"), {}).contains(QLatin1String("fly")));
}

void TestProtocolLayers::socketIoAttachmentsAssembled()
{
    LayerSession s(std::make_shared<SocketIoLayer>());
    QList<LayerFrame> replies;
    QVERIFY(
        s.message(
             R"(452-["pair",{"_placeholder":true,"num":0},{"x":{"_placeholder":true,"num":1}}])",
             false, Direction::In, 0, &replies)
            .isEmpty());
    QVERIFY(s.message("AB", true, Direction::In, 1, &replies).isEmpty());
    const QList<LayerPacket> done = s.message("CD", true, Direction::In, 2, &replies);
    QCOMPARE(done.size(), 1);
    const QCborArray args = mapOf(done.first()).value(QStringLiteral("args")).toArray();
    QCOMPARE(args.at(0).toByteArray(), QByteArray("AB"));
    QCOMPARE(args.at(1).toMap().value(QStringLiteral("x")).toByteArray(), QByteArray("CD"));

    // A packet whose attachments do not come is given up, saying how many arrived.
    QVERIFY(
        s.message(R"(451-["one",{"_placeholder":true,"num":0}])", false, Direction::In, 3, &replies)
            .isEmpty());
    const QList<LayerPacket> cut = s.message("2", false, Direction::In, 4, &replies);
    QCOMPARE(cut.size(), 2);
    QVERIFY(cut.at(0).error.contains(QLatin1String("0 of 1")));
    QCOMPARE(cut.at(1).type, QStringLiteral("ping"));
    QCOMPARE(replies.size(), 1); // the pong
}

void TestProtocolLayers::socketIoAckPaired()
{
    LayerSession s(std::make_shared<SocketIoLayer>());
    QList<LayerFrame> out;
    QString error;
    QVERIFY(s.encode(QStringLiteral("emit"),
                     {{QStringLiteral("event"), QStringLiteral("echo")},
                      {QStringLiteral("ack"), QStringLiteral("true")}},
                     &out, &error));
    QCOMPARE(out.first().bytes, QByteArray(R"(421["echo"])"));
    s.message(out.first().bytes, false, Direction::Out, 1000, nullptr);
    const QList<LayerPacket> reply = s.message(R"(431["ok"])", false, Direction::In, 1042, nullptr);
    QCOMPARE(mapOf(reply.first()).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("echo"));
    QCOMPARE(mapOf(reply.first()).value(QStringLiteral("afterMs")).toInteger(), 42);
    // An ack for an id never asked for stays unpaired; the next emit takes the next id.
    const QList<LayerPacket> stray = s.message(R"(439["ok"])", false, Direction::In, 1050, nullptr);
    QVERIFY(!mapOf(stray.first()).contains(QStringLiteral("replyTo")));
    out.clear();
    QVERIFY(s.encode(QStringLiteral("emit"),
                     {{QStringLiteral("event"), QStringLiteral("e")},
                      {QStringLiteral("ack"), QStringLiteral("true")}},
                     &out, &error));
    QCOMPARE(out.first().bytes, QByteArray(R"(422["e"])"));
}

void TestProtocolLayers::socketIoEio3()
{
    const SocketIoLayer io(3);
    const LayerPacket open =
        one(io, R"(0{"sid":"abc","upgrades":[],"pingInterval":25000,"pingTimeout":5000})");
    QVERIFY(io.autoReply(open).isEmpty()); // protocol 4 joins "/" by itself
    QCOMPARE(io.keepAliveMs(open), 25000); // and the client pings
    QCOMPARE(io.keepAlive().first().bytes, QByteArray("2"));
    QCOMPARE(one(io, R"(44"not allowed")").type, QStringLiteral("error"));
    // Binary messages carry the MESSAGE type byte in front.
    LayerPacket a = one(io, QByteArray("\x04xyz", 4), true);
    QVERIFY(a.ok());
    QCOMPARE(a.value.toByteArray(), QByteArray("xyz"));
    a = one(io, QByteArray("xyz"), true);
    QVERIFY(a.error.contains(QLatin1String("type byte 4")));
    const QList<LayerFrame> out =
        encoded(io, QStringLiteral("emit"),
                {{QStringLiteral("event"), QStringLiteral("b")},
                 {QStringLiteral("args"), QStringLiteral(R"([{"$binary":"/w=="}])")}});
    QCOMPARE(out.at(1).bytes, QByteArray("\x04\xff", 2));
}

void TestProtocolLayers::graphQlTransportWs()
{
    const GraphQlWsLayer gql(false);
    qint64 next = 1;
    const QList<LayerFrame> sub =
        encoded(gql, QStringLiteral("subscribe"),
                {{QStringLiteral("query"), QStringLiteral("subscription($to:Int){count(to:$to)}")},
                 {QStringLiteral("variables"), QStringLiteral(R"({"to":3})")}},
                &next);
    LayerPacket p = one(gql, sub.first().bytes, false, Direction::Out);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.type, QStringLiteral("subscribe"));
    QCOMPARE(p.id, QStringLiteral("1"));
    QVERIFY(p.request);
    QVERIFY(p.summary.contains(QLatin1String("{\"to\":3}")));

    LayerSession s(std::make_shared<GraphQlWsLayer>(false));
    s.message(sub.first().bytes, false, Direction::Out, 10, nullptr);
    const QList<LayerPacket> nextPacket =
        s.message(R"({"id":"1","type":"next","payload":{"data":{"count":1}}})", false,
                  Direction::In, 15, nullptr);
    QCOMPARE(nextPacket.first().type, QStringLiteral("next"));
    QCOMPARE(mapOf(nextPacket.first()).value(QStringLiteral("afterMs")).toInteger(), 5);
    // The server's ping is answered with a pong, as the protocol asks.
    QList<LayerFrame> replies;
    const QList<LayerPacket> ping =
        s.message(R"({"type":"ping"})", false, Direction::In, 20, &replies);
    QVERIFY(ping.first().heartbeat);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().bytes, QByteArray(R"({"type":"pong"})"));
    QCOMPARE(encoded(gql, QStringLiteral("complete"), {{QStringLiteral("id"), "1"}}).first().bytes,
             QByteArray(R"({"id":"1","type":"complete"})"));
    QCOMPARE(encoded(gql, QStringLiteral("init"), {{QStringLiteral("payload"), "{\"t\":1}"}})
                 .first()
                 .bytes,
             QByteArray(R"({"type":"connection_init","payload":{"t":1}})"));
}

void TestProtocolLayers::graphQlLegacy()
{
    const GraphQlWsLayer legacy(true);
    const LayerPacket ka = one(legacy, R"({"type":"ka"})");
    QVERIFY(ka.ok());
    QVERIFY(ka.heartbeat);
    QVERIFY(legacy.autoReply(ka).isEmpty()); // keep-alives are tolerated, not answered
    const QList<LayerFrame> start = encoded(legacy, QStringLiteral("subscribe"),
                                            {{QStringLiteral("query"), QStringLiteral("{hello}")}});
    QCOMPARE(one(legacy, start.first().bytes).type, QStringLiteral("start"));
    QCOMPARE(one(legacy, R"({"id":"1","type":"data","payload":{"data":{}}})").id,
             QStringLiteral("1"));
    // graphql-transport-ws's types are not legacy ones, and the other way round.
    QVERIFY(!one(legacy, R"({"id":"1","type":"next"})").ok());
    QVERIFY(!one(GraphQlWsLayer(false), R"({"type":"ka"})").ok());
}

void TestProtocolLayers::graphQlErrors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray(R"({"type":)") << "at byte";
    QTest::newRow("not object") << QByteArray("[1]") << "JSON object";
    QTest::newRow("no type") << QByteArray(R"({"id":"1"})") << "\"type\"";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"hello"})") << "hello";
    QTest::newRow("empty type") << QByteArray(R"({"type":""})") << "\"\" is not";
    QTest::newRow("next without id") << QByteArray(R"({"type":"next","payload":{}})") << "\"id\"";
    QTest::newRow("subscribe without query")
        << QByteArray(R"({"id":"1","type":"subscribe","payload":{}})") << "query";
}

void TestProtocolLayers::graphQlErrors()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, says);
    const LayerPacket p = one(GraphQlWsLayer(false), message);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(says), qPrintable(p.error));
    // Found by fuzz_protocols: an empty "type" gave a packet without a type to list it by.
    QVERIFY(!p.type.isEmpty());
}

void TestProtocolLayers::stompFrames()
{
    const StompLayer stomp;
    // Two frames in one message, the second with a NUL inside its content-length body, and
    // heart-beats (ends of line) between them.
    const QByteArray message = bytes("CONNECTED\nversion:1.2\nheart-beat:0,5000\n\n\0\n"
                                     "MESSAGE\ndestination:/topic/a\\cb\nsubscription:sub-1\n"
                                     "message-id:9\ncontent-length:3\n\nx\0y\0");
    const QList<LayerPacket> packets = stomp.decode(message, false, Direction::In);
    QCOMPARE(packets.size(), 2);
    QVERIFY2(packets.at(0).ok(), qPrintable(packets.at(0).error));
    QCOMPARE(packets.at(0).type, QStringLiteral("connected"));
    QCOMPARE(stomp.keepAliveMs(packets.at(0)), 5000);
    QVERIFY2(packets.at(1).ok(), qPrintable(packets.at(1).error));
    QCOMPARE(packets.at(1).channel, QStringLiteral("/topic/a:b")); // \c unescaped
    QCOMPARE(packets.at(1).payload, QByteArray("x\0y", 3));
    const LayerPacket beat = one(stomp, "\n");
    QCOMPARE(beat.type, QStringLiteral("heartbeat"));
    QVERIFY(beat.heartbeat);
    QCOMPARE(stomp.keepAlive().first().bytes, QByteArray("\n"));
}

void TestProtocolLayers::stompEncodeRoundTrip()
{
    const StompLayer stomp;
    qint64 next = 1;
    QList<LayerFrame> out = encoded(stomp, QStringLiteral("connect"),
                                    {{QStringLiteral("host"), QStringLiteral("broker")},
                                     {QStringLiteral("login"), QStringLiteral("guest")}},
                                    &next);
    LayerPacket p = one(stomp, out.first().bytes, false, Direction::Out);
    QCOMPARE(p.type, QStringLiteral("connect"));
    QCOMPARE(mapOf(p).value(QStringLiteral("headers")).toMap().value(QStringLiteral("login")),
             QCborValue(QStringLiteral("guest")));
    out = encoded(stomp, QStringLiteral("send"),
                  {{QStringLiteral("destination"), QStringLiteral("/queue/a:b")},
                   {QStringLiteral("body"), QStringLiteral("héllo")},
                   {QStringLiteral("receipt"), QStringLiteral("true")}},
                  &next);
    QVERIFY(out.first().bytes.contains("destination:/queue/a\\cb\n"));
    p = one(stomp, out.first().bytes, false, Direction::Out);
    QCOMPARE(p.channel, QStringLiteral("/queue/a:b"));
    QCOMPARE(QString::fromUtf8(p.payload), QStringLiteral("héllo"));
    QVERIFY(p.request);
    QCOMPARE(p.id, QStringLiteral("receipt-1"));
    out = encoded(stomp, QStringLiteral("subscribe"),
                  {{QStringLiteral("destination"), QStringLiteral("/topic/t")}}, &next);
    p = one(stomp, out.first().bytes, false, Direction::Out);
    QCOMPARE(mapOf(p).value(QStringLiteral("headers")).toMap().value(QStringLiteral("id")),
             QCborValue(QStringLiteral("sub-2")));
    // A RECEIPT pairs with the request that asked for it.
    LayerSession s(std::make_shared<StompLayer>());
    out.clear();
    QString error;
    QVERIFY(s.encode(QStringLiteral("disconnect"), {{QStringLiteral("receipt"), "true"}}, &out,
                     &error));
    s.message(out.first().bytes, false, Direction::Out, 0, nullptr);
    const QList<LayerPacket> receipt =
        s.message(bytes("RECEIPT\nreceipt-id:receipt-1\n\n\0"), false, Direction::In, 3, nullptr);
    QCOMPARE(mapOf(receipt.first()).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("DISCONNECT"));
    QVERIFY(encodeError(stomp, QStringLiteral("send"), {}).contains(QLatin1String("destination")));
    // A server asking for a heart-beat every millisecond gets ten a second.
    s.message(bytes("CONNECTED\nversion:1.2\nheart-beat:0,1\n\n\0"), false, Direction::In, 4,
              nullptr);
    QCOMPARE(s.keepAliveMs(), LayerSession::MinKeepAliveMs);
    s.message(bytes("CONNECTED\nversion:1.2\nheart-beat:0,20000\n\n\0"), false, Direction::In, 5,
              nullptr);
    QCOMPARE(s.keepAliveMs(), 20000);
}

void TestProtocolLayers::stompErrors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown command") << bytes("HELLO\n\n\0") << "not a STOMP command";
    QTest::newRow("no eol") << QByteArray("SEND") << "no end of line";
    QTest::newRow("headers unended") << QByteArray("SEND\ndestination:/a\n") << "blank line";
    QTest::newRow("no colon") << bytes("SEND\ndestination\n\n\0") << "no name";
    QTest::newRow("bad escape") << bytes("SEND\ndestination:/a\\t\n\n\0") << "escape";
    QTest::newRow("no nul") << QByteArray("SEND\ndestination:/a\n\nbody") << "NUL";
    QTest::newRow("content-length long")
        << bytes("SEND\ncontent-length:10\n\nab\0") << "content-length 10";
    QTest::newRow("content-length nan")
        << bytes("SEND\ncontent-length:x\n\nab\0") << "not a length";
}

void TestProtocolLayers::stompErrors()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, says);
    const QList<LayerPacket> packets = StompLayer().decode(message, false, Direction::In);
    QVERIFY(!packets.last().ok());
    QVERIFY2(packets.last().error.contains(says), qPrintable(packets.last().error));
}

void TestProtocolLayers::signalRRecords()
{
    const SignalRLayer hub;
    const QByteArray handshake = QByteArray(R"({"protocol":"json","version":1})") + '\x1e';
    QCOMPARE(one(hub, handshake, false, Direction::Out).type, QStringLiteral("handshake"));
    QCOMPARE(encoded(hub, QStringLiteral("handshake"), {}).first().bytes, handshake);
    // The server's handshake answer and its first ping arrive in one message.
    const QList<LayerPacket> two =
        hub.decode(QByteArray("{}\x1e{\"type\":6}\x1e"), false, Direction::In);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).type, QStringLiteral("handshake_response"));
    QCOMPARE(hub.keepAliveMs(two.at(0)), 15000);
    QVERIFY(two.at(1).heartbeat);

    LayerSession s(std::make_shared<SignalRLayer>());
    QList<LayerFrame> out;
    QString error;
    QVERIFY(s.encode(QStringLiteral("invoke"),
                     {{QStringLiteral("target"), QStringLiteral("SendMessage")},
                      {QStringLiteral("args"), QStringLiteral(R"(["ann","hi"])")}},
                     &out, &error));
    QCOMPARE(out.first().bytes,
             QByteArray(
                 R"({"type":1,"invocationId":"1","target":"SendMessage","arguments":["ann","hi"]})")
                 + '\x1e');
    s.message(out.first().bytes, false, Direction::Out, 0, nullptr);
    const QList<LayerPacket> done =
        s.message(QByteArray(R"({"type":3,"invocationId":"1","result":42})") + '\x1e', false,
                  Direction::In, 7, nullptr);
    QCOMPARE(done.first().type, QStringLiteral("completion"));
    QCOMPARE(mapOf(done.first()).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("SendMessage"));
}

void TestProtocolLayers::signalRErrors()
{
    const SignalRLayer hub;
    QVERIFY(one(hub, R"({"type":1})").error.contains(QLatin1String("separator")));
    QVERIFY(one(hub, QByteArray(R"({"type":12})") + '\x1e').error.contains(QStringLiteral("1–9")));
    QVERIFY(one(hub, QByteArray(R"({"type":1,"arguments":[]})") + '\x1e')
                .error.contains(QLatin1String("target")));
    QVERIFY(one(hub, QByteArray(R"({"type":3})") + '\x1e')
                .error.contains(QLatin1String("invocationId")));
    // The second record's error counts bytes from the message's start.
    const QList<LayerPacket> p =
        hub.decode(QByteArray("{\"type\":6}\x1e{\"type\":\x1e"), false, Direction::In);
    QCOMPARE(p.size(), 2);
    QVERIFY2(p.at(1).error.contains(QLatin1String("at byte 19")), qPrintable(p.at(1).error));
    QVERIFY(one(hub, "\x93\x01", true).error.contains(QLatin1String("MessagePack")));
}

void TestProtocolLayers::signalRFixture()
{
    // A chat hub's conversation (tests/data/signalr/chat-hub.json says where it comes from),
    // read as the tab would: every record typed, replies paired with their invocations.
    QFile f(QStringLiteral(WSPROBE_TEST_DATA_DIR "/signalr/chat-hub.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray messages =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("messages")).toArray();
    QVERIFY(messages.size() > 10);
    LayerSession s(std::make_shared<SignalRLayer>());
    QStringList types;
    QList<LayerPacket> all;
    qint64 t = 0;
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        const Direction d = o.value(QLatin1String("dir")).toString() == QLatin1String("in")
                                ? Direction::In
                                : Direction::Out;
        for (const LayerPacket &p : s.message(o.value(QLatin1String("text")).toString().toUtf8(),
                                              false, d, t += 5, nullptr)) {
            QVERIFY2(p.ok(), qPrintable(p.error));
            types << p.type;
            all << p;
        }
    }
    QCOMPARE(types.join(u' '),
             QStringLiteral("handshake handshake_response ping invocation completion invocation "
                            "invocation stream_invocation stream_item stream_item stream_item "
                            "completion invocation completion ping close"));
    QCOMPARE(mapOf(all.at(4)).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("JoinGroup"));
    QCOMPARE(mapOf(all.at(8)).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("Counter"));
    QVERIFY(all.at(13).summary.contains(QLatin1String("error: An unexpected error")));
    QCOMPARE(mapOf(all.at(13)).value(QStringLiteral("replyTo")).toString(),
             QStringLiteral("Divide"));
    QVERIFY(all.at(14).heartbeat);
}

void TestProtocolLayers::mqttRoundTrip()
{
    const MqttLayer mqtt;
    qint64 next = 1;
    const QList<LayerFrame> connect =
        encoded(mqtt, QStringLiteral("connect"),
                {{QStringLiteral("clientId"), QStringLiteral("probe")},
                 {QStringLiteral("keepAlive"), QStringLiteral("30")},
                 {QStringLiteral("username"), QStringLiteral("u")},
                 {QStringLiteral("password"), QStringLiteral("p")}},
                &next);
    QVERIFY(connect.first().binary);
    // The bytes MQTT 3.1.1 §3.1 gives, written out.
    QCOMPARE(connect.first().bytes.toHex(),
             QByteArray("101700044d51545404c2001e000570726f6265000175000170"));
    LayerPacket p = one(mqtt, connect.first().bytes, true, Direction::Out);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.name, QStringLiteral("probe"));
    QCOMPARE(mapOf(p).value(QStringLiteral("password")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(mqtt.keepAliveMs(p), 30000);

    const QList<LayerFrame> sub = encoded(mqtt, QStringLiteral("subscribe"),
                                          {{QStringLiteral("topic"), QStringLiteral("a/#")},
                                           {QStringLiteral("qos"), QStringLiteral("1")}},
                                          &next);
    p = one(mqtt, sub.first().bytes, true, Direction::Out);
    QCOMPARE(p.type, QStringLiteral("subscribe"));
    QCOMPARE(p.id, QStringLiteral("2"));
    QVERIFY(p.request);
    QCOMPARE(mapOf(p)
                 .value(QStringLiteral("topics"))
                 .toArray()
                 .at(0)
                 .toMap()
                 .value(QStringLiteral("qos")),
             QCborValue(1));

    const QList<LayerFrame> pub = encoded(mqtt, QStringLiteral("publish"),
                                          {{QStringLiteral("topic"), QStringLiteral("a/b")},
                                           {QStringLiteral("payload"), QStringLiteral("{\"t\":1}")},
                                           {QStringLiteral("qos"), QStringLiteral("1")},
                                           {QStringLiteral("retain"), QStringLiteral("true")}},
                                          &next);
    p = one(mqtt, pub.first().bytes, true, Direction::Out);
    QCOMPARE(p.channel, QStringLiteral("a/b"));
    QCOMPARE(p.payload, QByteArray("{\"t\":1}"));
    QVERIFY(mapOf(p).value(QStringLiteral("retain")).toBool());
    QCOMPARE(p.id, QStringLiteral("3"));

    // A broker's CONNACK and SUBACK in one message, then PINGRESP.
    const QList<LayerPacket> two = mqtt.decode(QByteArray::fromHex("20020000"
                                                                   "9003000201"),
                                               true, Direction::In);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).type, QStringLiteral("connack"));
    QCOMPARE(two.at(1).type, QStringLiteral("suback"));
    QCOMPARE(mapOf(two.at(1)).value(QStringLiteral("returnCodes")).toArray().at(0), QCborValue(1));
    QVERIFY(one(mqtt, QByteArray::fromHex("d000"), true).heartbeat);
    QVERIFY(encodeError(mqtt, QStringLiteral("publish"),
                        {{QStringLiteral("topic"), "t"}, {QStringLiteral("qos"), "3"}})
                .contains(QLatin1String("qos")));
}

void TestProtocolLayers::mqttFiveProperties()
{
    const MqttLayer mqtt;
    const QList<LayerFrame> connect = encoded(
        mqtt, QStringLiteral("connect"),
        {{QStringLiteral("clientId"), QStringLiteral("c5")}, {QStringLiteral("version"), "5"}});
    QVERIFY(one(mqtt, connect.first().bytes, true, Direction::Out).ok());
    QCOMPARE(mqtt.level(), 5); // learnt from the CONNECT
    // CONNACK with properties: session expiry (17) = 60, user property (38) ("k", "v").
    const QByteArray connack = QByteArray::fromHex("20"
                                                   "0f"
                                                   "0000"
                                                   "0c"
                                                   "110000003c"
                                                   "2600016b000176");
    const LayerPacket p = one(mqtt, connack, true);
    QVERIFY2(p.ok(), qPrintable(p.error));
    const QCborMap props = mapOf(p).value(QStringLiteral("properties")).toMap();
    QCOMPARE(props.value(QStringLiteral("17")).toInteger(), 60);
    QCOMPARE(props.value(QStringLiteral("userProperties")).toArray().at(0).toArray().at(1),
             QCborValue(QStringLiteral("v")));
    // An undefined property identifier is named with its byte.
    const LayerPacket bad = one(mqtt,
                                QByteArray::fromHex("2005000002"
                                                    "7f00"),
                                true);
    QVERIFY2(bad.error.contains(QLatin1String("127")), qPrintable(bad.error));
}

void TestProtocolLayers::mqttErrors_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("says");
    QTest::newRow("reserved type") << QByteArray("0000") << "reserved";
    QTest::newRow("long length") << QByteArray("30ffffffff01") << "longer than 4";
    QTest::newRow("split packet") << QByteArray("300a0001") << "split across";
    QTest::newRow("bad flags") << QByteArray("8000") << "flags 0000";
    QTest::newRow("qos 3") << QByteArray("36050001610000") << "QoS 3";
    QTest::newRow("short topic") << QByteArray("3003000561") << "past the end";
    QTest::newRow("not mqtt") << QByteArray("100c0004414d5150040200000000") << "not MQTT";
    QTest::newRow("left over") << QByteArray("d00100") << "left over";
    QTest::newRow("auth in 3.1.1") << QByteArray("f000") << "MQTT 5 only";
    QTest::newRow("no topic filter") << QByteArray("82020001") << "no topic filter";
}

void TestProtocolLayers::mqttErrors()
{
    QFETCH(QByteArray, hex);
    QFETCH(QString, says);
    const QList<LayerPacket> packets =
        MqttLayer().decode(QByteArray::fromHex(hex), true, Direction::In);
    QVERIFY(!packets.last().ok());
    QVERIFY2(packets.last().error.contains(says), qPrintable(packets.last().error));
}

void TestProtocolLayers::mqttAutoReplies()
{
    const MqttLayer mqtt;
    // PUBLISH QoS 1 id 10 → PUBACK 10; QoS 2 → PUBREC; PUBREL → PUBCOMP.
    const LayerPacket q1 = one(mqtt,
                               QByteArray::fromHex("3207"
                                                   "000161"
                                                   "000a"
                                                   "6869"),
                               true);
    QVERIFY2(q1.ok(), qPrintable(q1.error));
    QCOMPARE(mqtt.autoReply(q1).first().bytes.toHex(), QByteArray("4002000a"));
    const LayerPacket q2 = one(mqtt,
                               QByteArray::fromHex("3405"
                                                   "000161"
                                                   "000b"),
                               true);
    QCOMPARE(mqtt.autoReply(q2).first().bytes.toHex(), QByteArray("5002000b"));
    const LayerPacket rel = one(mqtt, QByteArray::fromHex("6202000b"), true);
    QCOMPARE(mqtt.autoReply(rel).first().bytes.toHex(), QByteArray("7002000b"));
    QVERIFY(mqtt.autoReply(one(mqtt,
                               QByteArray::fromHex("3005000161"
                                                   "6869"),
                               true))
                .isEmpty());
}

void TestProtocolLayers::mqttPacketsSpanMessages()
{
    // aedes over ws writes a CONNACK a byte per message; MQTT allows it ("MUST NOT assume
    // that MQTT Control Packets are aligned on WebSocket frame boundaries").
    LayerSession s(std::make_shared<MqttLayer>());
    for (const char *piece : {"20", "02", "00"})
        QVERIFY(s.message(QByteArray::fromHex(piece), true, Direction::In, 0, nullptr).isEmpty());
    QList<LayerPacket> p = s.message(QByteArray::fromHex("00"), true, Direction::In, 0, nullptr);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().type, QStringLiteral("connack"));
    // A whole packet and the start of the next in one message, the rest in the next.
    p = s.message(QByteArray::fromHex("d000"
                                      "3005"),
                  true, Direction::In, 0, nullptr);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().type, QStringLiteral("pingresp"));
    p = s.message(QByteArray::fromHex("0001616869"), true, Direction::In, 0, nullptr);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().payload, QByteArray("hi"));
    // What cannot start a packet is reported, and the next message starts afresh.
    p = s.message(QByteArray::fromHex("00ff"), true, Direction::In, 0, nullptr);
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().error.contains(QLatin1String("reserved")));
    p = s.message(QByteArray::fromHex("d000"), true, Direction::In, 0, nullptr);
    QCOMPARE(p.first().type, QStringLiteral("pingresp"));
    // The log reads a lone piece on its own, and says it may continue an earlier packet.
    QVERIFY(MqttLayer()
                .decode(QByteArray::fromHex("02"), true, Direction::In)
                .first()
                .error.contains(QLatin1String("earlier one")));
}

QTEST_GUILESS_MAIN(TestProtocolLayers)
#include "tst_protocollayers.moc"
