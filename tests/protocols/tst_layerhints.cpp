// ProtocolLayer::firstTypeHint(): the type of a message's first packet told from its bytes,
// as a position in the layer's packetTypes(), for each layer: the type named where the
// bytes tell it, none where they cannot (a CONNECT read whole, a repeated "type" whose last
// value is not a type). tst_layerreadings checks the hints against decode() over mutations.
#include <QTest>

#include "protocols/protocolregistry.h"
#include "protocols/socketiolayer.h"

class TestLayerHints : public QObject
{
    Q_OBJECT
private slots:
    void packetTypesAreDistinct();
    void hintNamesTheType_data();
    void hintNamesTheType();
};

void TestLayerHints::packetTypesAreDistinct()
{
    // A hint is a position in packetTypes(), which PacketTypeIndex numbers its bits by.
    for (const QString &name : ProtocolRegistry::names()) {
        const QStringList types = ProtocolRegistry::create(name)->packetTypes();
        QVERIFY2(types.size() <= 48, qPrintable(name));
        for (const QString &type : types)
            QVERIFY2(types.count(type) == 1, qPrintable(name + u' ' + type));
    }
}

void TestLayerHints::hintNamesTheType_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("type"); // "": no hint; "malformed": MalformedHint
    QTest::addColumn<Direction>("direction");
    const QByteArray rs("\x1e");
    const auto row = [](const char *tag, const char *layer, const QByteArray &m, bool binary,
                        const char *type, Direction direction = Direction::In) {
        QTest::newRow(tag) << QString::fromLatin1(layer) << m << binary << QString::fromLatin1(type)
                           << direction;
    };
    row("stomp message", "stomp", "MESSAGE\ndestination:/t\n\nhi" + QByteArray(1, '\0'), false,
        "message");
    row("stomp error", "stomp", "ERROR\r\n\r\n" + QByteArray(1, '\0'), false, "error");
    row("stomp heart-beat", "stomp", "\n", false, "");
    row("stomp lower case", "stomp", "message\n\n" + QByteArray(1, '\0'), false, "");
    row("stomp no end of line", "stomp", "MESSAGE", false, "");
    row("sockjs open", "stomp-sockjs", "o", false, "sockjs-open");
    row("sockjs heartbeat", "stomp-sockjs", "h", false, "sockjs-heartbeat");
    row("sockjs close", "stomp-sockjs", "c[3000,\"bye\"]", false, "sockjs-close");
    row("sockjs receipt", "stomp-sockjs", "a[\"RECEIPT\\nreceipt-id:1\\n\\n\\u0000\"]", false,
        "receipt");
    row("sockjs no frame", "stomp-sockjs", "x[]", false, "malformed");
    row("sockjs client frame", "stomp-sockjs", "[\"SEND\\n\\n\\u0000\"]", false, "send",
        Direction::Out);
    row("sockjs client frame, spaces", "stomp-sockjs", " [\"SEND\\n\\n\\u0000\"]", false, "",
        Direction::Out);
    row("sockjs client frame as a server's", "stomp-sockjs", "a[\"SEND\\n\\n\\u0000\"]", false,
        "malformed", Direction::Out);
    row("mqtt publish", "mqtt", QByteArray("\x30\x05\x00\x01t", 5) + "hi", true, "publish");
    row("mqtt pingresp", "mqtt", QByteArray("\xd0\x00", 2), true, "pingresp");
    row("mqtt auth", "mqtt", QByteArray("\xf0\x00", 2), true, "auth");
    row("mqtt connect", "mqtt", QByteArray("\x10\x0c\x00\x04MQTT\x04\x02\x00\x3c\x00\x00", 14),
        true, "");
    row("mqtt reserved", "mqtt", QByteArray("\x00\x00", 2), true, "");
    row("socketio open", "socketio", "0{\"sid\":\"x\"}", false, "open");
    row("socketio ping", "socketio", "2", false, "ping");
    row("socketio upgrade", "socketio", "5", false, "upgrade");
    row("socketio noop", "socketio", "6", false, "noop");
    row("socketio connect", "socketio", "40", false, "connect");
    row("socketio event", "socketio", "42[\"ev\"]", false, "event");
    row("socketio binary ack", "socketio", "461-0[{}]", false, "binary_ack");
    row("socketio connect_error", "socketio", "44{}", false, "connect_error");
    row("socketio attachment", "socketio", "\x01\x02", true, "attachment");
    row("socketio message alone", "socketio", "4", false, "");
    row("socketio not a digit", "socketio", "x", false, "");
    row("graphql next", "graphql-transport-ws", R"({"type":"next","id":"1","payload":{}})", false,
        "next");
    row("graphql type last", "graphql-transport-ws",
        R"({"id":"1","payload":{"type":"ping"},"type":"complete"})", false, "complete");
    row("graphql repeated type", "graphql-transport-ws", R"({"type":"ping","type":"pong"})", false,
        "pong");
    row("graphql repeated, not a type", "graphql-transport-ws", R"({"type":"ping","type":"nope"})",
        false, "");
    row("graphql escaped name", "graphql-transport-ws", R"({"typ\u0065":"p\u006fng"})", false,
        "pong");
    row("graphql legacy ka", "graphql-ws", R"({"type":"ka"})", false, "ka");
    row("graphql legacy has no ping", "graphql-ws", R"({"type":"ping"})", false, "");
    row("graphql not one object", "graphql-transport-ws", R"({"type":"ping"} {})", false, "");
    row("graphql binary", "graphql-transport-ws", R"({"type":"ping"})", true, "");
    row("signalr ping", "signalr", "{\"type\":6}" + rs, false, "ping");
    row("signalr completion", "signalr", "{\"invocationId\":\"1\",\"type\":3}" + rs, false,
        "completion");
    row("signalr sequence", "signalr", "{\"type\":9,\"sequenceId\":1}" + rs, false, "sequence");
    row("signalr handshake", "signalr", "{\"protocol\":\"json\",\"version\":1}" + rs, false,
        "handshake");
    row("signalr handshake answer", "signalr", "{}" + rs, false, "handshake_response");
    row("signalr first record", "signalr", "{\"type\":1}" + rs + "{\"type\":6}" + rs, false,
        "invocation");
    row("signalr type as a fraction", "signalr", "{\"type\":6.5}" + rs, false, "");
    row("signalr no separator", "signalr", "{\"type\":6}", false, "");
}

void TestLayerHints::hintNamesTheType()
{
    QFETCH(QString, layer);
    QFETCH(QByteArray, message);
    QFETCH(bool, binary);
    QFETCH(QString, type);
    QFETCH(Direction, direction);
    const auto l = ProtocolRegistry::create(layer);
    const int hint = l->firstTypeHint(message, binary, direction);
    const QList<LayerPacket> packets = l->decode(message, binary, direction);
    if (hint == ProtocolLayer::MalformedHint) {
        QCOMPARE(QStringLiteral("malformed"), type);
        QVERIFY(!packets.first().ok());
        return;
    }
    QCOMPARE(hint < 0 ? QString() : l->packetTypes().value(hint), type);
    // What the hint names is what decode() reads first, where it names one.
    if (hint >= 0 && packets.first().ok())
        QCOMPARE(packets.first().type, type);
}

QTEST_GUILESS_MAIN(TestLayerHints)
#include "tst_layerhints.moc"
