// wsprobe-cli's --protocol and --action, run as a user would against real servers: layer
// packets as JSON lines (event "packet") or "< [layer] summary" lines, actions sent once
// the layer is ready, heartbeats answered and hidden by -q, bad names refused with 2.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include "common/clirun.h"
#include "common/externalserver.h"

namespace {

CliRun cli(const QStringList &args)
{
    return CliRun::run(QStringLiteral(WSPROBE_CLI_PATH), args);
}

QList<QJsonObject> packets(const CliRun &r, const QString &type = {})
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : r.events)
        if (e.value(QLatin1String("event")).toString() == QLatin1String("packet")
            && (type.isEmpty() || e.value(QLatin1String("type")).toString() == type))
            out << e;
    return out;
}

} // namespace

class TestCliProtocol : public QObject
{
    Q_OBJECT
private slots:
    void socketIoJsonLines();
    void mqttTranscript();
    void mqttPayloadDecoded();
    void badProtocolExitsTwo();
    void actionWithoutLayer();
    void badActionsRefusedBeforeConnecting_data();
    void badActionsRefusedBeforeConnecting();
    void layerNeverReadyEnds();
    void hidePacketTypes();
};

void TestCliProtocol::socketIoJsonLines()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("socketio_server.mjs"), &error), qPrintable(error));
    const CliRun r =
        cli({"connect", server.url("/socket.io/?EIO=4&transport=websocket"), "--protocol", "auto",
             "--json", "--action", R"(emit:{"event":"echo","args":["hi",2],"ack":true})",
             "--wait-ms", "800"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!packets(r, QStringLiteral("open")).isEmpty(), r.out.constData());
    const QList<QJsonObject> acks = packets(r, QStringLiteral("ack"));
    QCOMPARE(acks.size(), 1);
    const QJsonObject ack = acks.first();
    QCOMPARE(ack.value(QLatin1String("protocol")).toString(), QStringLiteral("socketio"));
    QCOMPARE(ack.value(QLatin1String("dir")).toString(), QStringLiteral("in"));
    const QJsonObject packet = ack.value(QLatin1String("packet")).toObject();
    QCOMPARE(packet.value(QLatin1String("replyTo")).toString(), QStringLiteral("echo"));
    QCOMPARE(packet.value(QLatin1String("args")).toArray(), (QJsonArray{"hi", 2}));
    // Pings came within the wait and were answered (the server drops silent clients).
    QVERIFY(!packets(r, QStringLiteral("ping")).isEmpty());
    QVERIFY(!packets(r, QStringLiteral("pong")).isEmpty());
    // No raw message lines: messages are printed as packets.
    for (const QJsonObject &e : r.events)
        QVERIFY(e.value(QLatin1String("event")).toString() != QLatin1String("message"));
}

void TestCliProtocol::mqttTranscript()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("mqtt_server.mjs"), &error), qPrintable(error));
    // No -s: a layer named outright offers its subprotocol ("mqtt") by itself.
    const CliRun r =
        cli({"connect", server.url("/mqtt"), "--protocol", "mqtt", "-q", "--action",
             R"(connect:{"clientId":"cli"})", "--action", R"(subscribe:{"topic":"cli/#"})",
             "--action", R"(publish:{"topic":"cli/a","payload":"hello"})", "--wait-ms", "500"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("> [mqtt] CONNECT cli"), r.out.constData());
    QVERIFY2(r.out.contains("< [mqtt] CONNACK code 0"), r.out.constData());
    QVERIFY2(r.out.contains("< [mqtt] SUBACK #"), r.out.constData());
    QVERIFY2(r.out.contains("< [mqtt] PUBLISH cli/a hello"), r.out.constData());
}

void TestCliProtocol::mqttPayloadDecoded()
{
    // --decode reads PUBLISH payloads: a base64-wrapped JSON payload through the aedes
    // broker comes back decoded in the packet's JSON line, and in the text form's line.
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("mqtt_server.mjs"), &error), qPrintable(error));
    const QStringList actions = {
        "--action", R"(connect:{"clientId":"cli"})",
        "--action", R"(subscribe:{"topic":"cli/#"})",
        "--action", R"(publish:{"topic":"cli/a","payload":"eyJ0IjpbMSwyXX0="})"};
    const CliRun r = cli(QStringList{"connect", server.url("/mqtt"), "--protocol", "mqtt",
                                     "--decode", "base64,json", "--json", "--wait-ms", "500"}
                         + actions);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> delivered;
    for (const QJsonObject &p : packets(r, QStringLiteral("publish")))
        if (p.value(QLatin1String("dir")).toString() == QLatin1String("in"))
            delivered << p;
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().value(QLatin1String("decoded")).toObject(),
             (QJsonObject{{"t", QJsonArray{1, 2}}}));
    // CONNACK has no payload: nothing decoded, no error.
    for (const QJsonObject &p : packets(r, QStringLiteral("connack")))
        QVERIFY(!p.contains(QLatin1String("decoded")) && !p.contains(QLatin1String("decodeError")));
    const CliRun text = cli(QStringList{"connect", server.url("/mqtt"), "--protocol", "mqtt",
                                        "--decode", "base64,json", "-q", "--wait-ms", "500"}
                            + actions);
    QVERIFY2(
        text.out.contains("< [mqtt] PUBLISH cli/a eyJ0IjpbMSwyXX0=\n    decoded: {\"t\":[1,2]}"),
        text.out.constData());
}

void TestCliProtocol::badProtocolExitsTwo()
{
    const CliRun r = cli({"connect", "ws://127.0.0.1:9/", "--protocol", "amqp"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--protocol \"amqp\": not auto or one of socketio"), r.err.constData());
    const CliRun bad = cli({"connect", "ws://127.0.0.1:9/", "--action", "emit:[1]"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("must be a JSON object"), bad.err.constData());
}

void TestCliProtocol::actionWithoutLayer()
{
    // A layer that does not apply (auto finds nothing in the URL): the action is refused
    // with a reason, the connection still opens and closes.
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("ws_server.mjs"), &error), qPrintable(error));
    const CliRun r = cli({"connect", server.url("/echo"), "--protocol", "auto", "--action", "emit",
                          "--wait-ms", "100"});
    QVERIFY2(r.out.contains("--action needs a protocol layer")
                 || r.err.contains("--action needs a protocol layer"),
             (r.out + r.err).constData());
}

void TestCliProtocol::badActionsRefusedBeforeConnecting_data()
{
    // Port 9 has no server: a run that got as far as connecting would fail with 1, not 2.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addRow("no layer") << QStringList{"--action", "x"}
                              << "--action needs a protocol layer (--protocol)";
    QTest::addRow("socketio has no frobnicate")
        << QStringList{"--protocol", "socketio", "--action", "frobnicate:{}"}
        << "--action \"frobnicate\": socketio has no such action; it has ";
    QTest::addRow("mqtt has no emit")
        << QStringList{"--protocol", "mqtt",
                       "--action",   R"(connect:{"clientId":"c"})",
                       "--action",   R"(emit:{"event":"chat"})"}
        << "--action \"emit\": mqtt has no such action; it has connect, ";
}

void TestCliProtocol::badActionsRefusedBeforeConnecting()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const CliRun r = cli(QStringList{"connect", "ws://127.0.0.1:9/"} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(error), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
}

void TestCliProtocol::layerNeverReadyEnds()
{
    // A plain echo server never says Socket.IO's "connect": the action is given up after the
    // handshake's timeout (15 s) and the run ends after --wait-ms, instead of never.
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("ws_server.mjs"), &error), qPrintable(error));
    QElapsedTimer took;
    took.start();
    const CliRun r = cli({"connect", server.url("/echo"), "--protocol", "socketio", "--action",
                          R"(emit:{"event":"chat","args":["hi"]})", "--wait-ms", "200"});
    QVERIFY2(took.elapsed() < 25000, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2((r.out + r.err).contains("the socketio layer was not ready after 15000 ms"),
             (r.out + r.err).constData());
}

QTEST_GUILESS_MAIN(TestCliProtocol)
void TestCliProtocol::hidePacketTypes()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("socketio_server.mjs"), &error), qPrintable(error));
    const CliRun r =
        cli({"connect", server.url("/socket.io/?EIO=4&transport=websocket"), "--protocol",
             "socketio", "--json", "--hide", "heartbeats", "--hide", "open,connect", "--action",
             R"(emit:{"event":"echo","args":["hi"],"ack":true})", "--wait-ms", "800"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(packets(r, QStringLiteral("ack")).size(), 1);
    for (const QString &type : QStringList{"ping", "pong", "open", "connect"})
        QVERIFY2(packets(r, type).isEmpty(), qPrintable(type + u' ' + QString::fromUtf8(r.out)));
    // The emit itself is shown, the pings were still answered (the ack came).
    QVERIFY(!packets(r, QStringLiteral("event")).isEmpty());
    // A type the layer does not have is refused, naming those it has.
    const CliRun bad =
        cli({"connect", "ws://127.0.0.1:9/", "--protocol", "socketio", "--hide", "pings"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--hide \"pings\": socketio has no such packet type; it has "
                              "heartbeats, open"),
             bad.err.constData());
    const CliRun noLayer = cli({"connect", "ws://127.0.0.1:9/", "--hide", "ping"});
    QCOMPARE(noLayer.exitCode, 2);
    QVERIFY(noLayer.err.contains("--hide needs a protocol layer (--protocol)"));
}

#include "tst_cliprotocol.moc"
