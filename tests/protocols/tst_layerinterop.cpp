// The protocol layers against real servers started by the test from npm packages: socket.io 4
// (namespaces, acks both ways, binary attachments, heartbeats answered or not), graphql-ws
// with a small schema, the aedes MQTT broker over ws, and a STOMP 1.2 broker over ws. The
// tab's LayerDriver reads every message, answers heartbeats and sends the composer's
// actions; the log shows the layer's packets and hides heartbeats on request.
#include <QCborArray>
#include <QSignalSpy>
#include <QTest>

#include "common/externalserver.h"
#include "connection/clock.h"
#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "log/eventlog.h"
#include "log/logsearch.h"
#include "workbench/connectionworkbench.h"
#include "workbench/layerdriver.h"

namespace {

/// Every packet the tab's layer read, in order, with the direction it went.
struct Seen
{
    Direction direction;
    LayerPacket packet;
};

class PacketRecorder : public QObject
{
public:
    explicit PacketRecorder(LayerDriver &driver)
    {
        connect(&driver, &LayerDriver::packetsRead, this,
                [this](const Event &e, const QList<LayerPacket> &packets) {
                    for (const LayerPacket &p : packets)
                        seen.append({e.direction, p});
                });
    }
    QList<Seen> seen;

    /// The first packet of type going direction (with name, if given) from index from on.
    int find(Direction d, const QString &type, const QString &name = {}, int from = 0) const
    {
        for (int i = from; i < seen.size(); ++i) {
            const LayerPacket &p = seen.at(i).packet;
            if (seen.at(i).direction == d && p.type == type && (name.isEmpty() || p.name == name))
                return i;
        }
        return -1;
    }
    bool waitFor(Direction d, const QString &type, const QString &name = {}, int from = 0)
    {
        return QTest::qWaitFor([&] { return find(d, type, name, from) >= 0; }, 10000);
    }
    const LayerPacket &at(int i) const { return seen.at(i).packet; }
    int count(Direction d, const QString &type) const
    {
        int n = 0;
        for (const Seen &s : seen)
            n += s.direction == d && s.packet.type == type;
        return n;
    }
    QString dump() const
    {
        QStringList lines;
        for (const Seen &s : seen)
            lines << (s.direction == Direction::In ? QStringLiteral("< ") : QStringLiteral("> "))
                         + s.packet.type + u' ' + s.packet.summary + u' ' + s.packet.error;
        return lines.join(u'\n');
    }
};

QCborMap mapOf(const LayerPacket &p)
{
    return p.value.toMap();
}

} // namespace

class TestLayerInterop : public QObject
{
    Q_OBJECT
private slots:
    void socketIo();
    void socketIoWithoutPongsIsDropped();
    void graphQl();
    void mqtt();
    void stomp();
    void stompHeartBeatsNegotiated();

private:
    /// A workbench connected to url with the layer choice; false when it did not open.
    bool open(ConnectionWorkbench &wb, const QString &url, const QString &choice,
              const QStringList &subprotocols = {})
    {
        ConnectionRequest r;
        r.url = QUrl(url);
        r.subprotocols = subprotocols;
        wb.setRequest(r);
        wb.layers().setChoice(choice);
        return wb.open()
               && QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Open; },
                                  10000);
    }
    bool send(ConnectionWorkbench &wb, const QString &action, const QVariantMap &values)
    {
        QString error;
        if (!wb.layers().send(action, values, &error)) {
            qWarning("%s: %s", qPrintable(action), qPrintable(error));
            return false;
        }
        return true;
    }
    SystemClock m_clock;
};

void TestLayerInterop::socketIo()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("socketio_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    PacketRecorder rec(wb.layers());
    QVERIFY(open(wb, server.url(QStringLiteral("/socket.io/?EIO=4&transport=websocket")),
                 QStringLiteral("auto")));
    QCOMPARE(wb.layers().layer()->name(), QStringLiteral("socketio"));
    // The Engine.IO open, the default namespace joined by itself, then the server's welcome.
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("event"), QStringLiteral("welcome")),
             qPrintable(rec.dump()));
    QVERIFY(rec.find(Direction::In, QStringLiteral("open")) >= 0);
    QVERIFY(rec.find(Direction::Out, QStringLiteral("connect")) >= 0);
    QVERIFY(rec.find(Direction::In, QStringLiteral("connect")) >= 0);

    // Pings every 300 ms with a 400 ms timeout: answered, the connection stays up.
    QVERIFY(QTest::qWaitFor([&] { return rec.count(Direction::Out, QStringLiteral("pong")) >= 3; },
                            5000));
    QCOMPARE(wb.connection().readyState(), ReadyState::Open);
    const int ping = rec.find(Direction::In, QStringLiteral("ping"));
    QVERIFY(rec.at(ping).heartbeat);

    // An event with an ack: the server acks with the same arguments, paired by id.
    QVERIFY(send(wb, QStringLiteral("emit"),
                 {{QStringLiteral("event"), QStringLiteral("echo")},
                  {QStringLiteral("args"), QStringLiteral(R"(["hi",{"n":1}])")},
                  {QStringLiteral("ack"), QStringLiteral("true")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("ack")), qPrintable(rec.dump()));
    const LayerPacket ack = rec.at(rec.find(Direction::In, QStringLiteral("ack")));
    QCOMPARE(mapOf(ack).value(QStringLiteral("replyTo")).toString(), QStringLiteral("echo"));
    QCOMPARE(
        mapOf(ack).value(QStringLiteral("args")).toArray().at(1).toMap().value(QStringLiteral("n")),
        QCborValue(1));
    // Without an ack the server emits the echo back as an event.
    QVERIFY(send(wb, QStringLiteral("emit"),
                 {{QStringLiteral("event"), QStringLiteral("echo")},
                  {QStringLiteral("args"), QStringLiteral(R"(["plain"])")}}));
    QVERIFY(rec.waitFor(Direction::In, QStringLiteral("event"), QStringLiteral("echo")));

    // A namespace that wants auth: refused without it, joined with it.
    const int before = int(rec.seen.size());
    QVERIFY(send(wb, QStringLiteral("join"), {{QStringLiteral("namespace"), "/admin"}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("connect_error"), {}, before),
             qPrintable(rec.dump()));
    QCOMPARE(rec.at(rec.find(Direction::In, QStringLiteral("connect_error"))).channel,
             QStringLiteral("/admin"));
    QVERIFY(send(wb, QStringLiteral("join"),
                 {{QStringLiteral("namespace"), QStringLiteral("/admin")},
                  {QStringLiteral("auth"), QStringLiteral(R"({"token":"secret"})")}}));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int i =
                rec.find(Direction::In, QStringLiteral("event"), QStringLiteral("welcome"), before);
            return i >= 0 && rec.at(i).channel == QLatin1String("/admin");
        },
        10000));

    // Binary both ways: bytes go out as an attachment, the ack's bytes come back as one.
    const int beforeBytes = int(rec.seen.size());
    QVERIFY(send(wb, QStringLiteral("emit"),
                 {{QStringLiteral("namespace"), QStringLiteral("/admin")},
                  {QStringLiteral("event"), QStringLiteral("bytes")},
                  {QStringLiteral("args"), QStringLiteral(R"([{"$binary":"AAECAwQ="}])")},
                  {QStringLiteral("ack"), QStringLiteral("true")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("binary_ack"), {}, beforeBytes),
             qPrintable(rec.dump()));
    const LayerPacket bin =
        rec.at(rec.find(Direction::In, QStringLiteral("binary_ack"), {}, beforeBytes));
    QVERIFY2(bin.ok(), qPrintable(bin.error));
    QCOMPARE(bin.channel, QStringLiteral("/admin"));
    const QCborMap result = mapOf(bin).value(QStringLiteral("args")).toArray().at(0).toMap();
    QCOMPARE(result.value(QStringLiteral("length")).toInteger(), 5);
    QCOMPARE(result.value(QStringLiteral("data")).toByteArray(), QByteArray::fromHex("deadbeef"));
    QCOMPARE(mapOf(bin).value(QStringLiteral("replyTo")).toString(), QStringLiteral("bytes"));
    const int out = rec.find(Direction::Out, QStringLiteral("binary_event"), {}, beforeBytes);
    QVERIFY(out >= 0);
    QCOMPARE(mapOf(rec.at(out)).value(QStringLiteral("args")).toArray().at(0).toByteArray(),
             QByteArray::fromHex("0001020304"));

    // The server asks us for an ack; we answer it by its id and it tells us what it got.
    QVERIFY(send(wb, QStringLiteral("emit"), {{QStringLiteral("event"), "ask-me"}}));
    QVERIFY(rec.waitFor(Direction::In, QStringLiteral("event"), QStringLiteral("question")));
    const LayerPacket question =
        rec.at(rec.find(Direction::In, QStringLiteral("event"), QStringLiteral("question")));
    QVERIFY(question.request);
    QVERIFY(send(wb, QStringLiteral("ack"),
                 {{QStringLiteral("id"), question.id},
                  {QStringLiteral("args"), QStringLiteral(R"(["yes",42])")}}));
    QVERIFY(rec.waitFor(Direction::In, QStringLiteral("event"), QStringLiteral("answered")));
    const LayerPacket answered =
        rec.at(rec.find(Direction::In, QStringLiteral("event"), QStringLiteral("answered")));
    QCOMPARE(CborJson::text(mapOf(answered).value(QStringLiteral("args")), false),
             QStringLiteral(R"(["yes",42])"));

    // The log reads rows at the layer's level and hides heartbeats when asked.
    wb.log().flush();
    const EventLog &log = wb.log();
    QVERIFY(log.protocolLayer());
    int pingRow = -1;
    for (int row = 0; row < log.rowCount(); ++row) {
        if (log.index(row, 0).data(EventLog::PacketTypeRole).toString() == QLatin1String("ping")) {
            pingRow = row;
            break;
        }
    }
    QVERIFY(pingRow >= 0);
    LogSearch all;
    all.setLayer(log.protocolLayer());
    QVERIFY(all.accepts(log.store(), pingRow));
    LogSearch quiet;
    quiet.setLayer(log.protocolLayer(), {QStringLiteral("ping"), QStringLiteral("pong")});
    QVERIFY(!quiet.accepts(log.store(), pingRow));
    int shown = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        shown += quiet.accepts(log.store(), row);
    QVERIFY(shown > 0 && shown < log.rowCount());
    wb.close();
}

void TestLayerInterop::socketIoWithoutPongsIsDropped()
{
    // The negative case: with automatic answers off nobody answers the pings, and the
    // server gives up after pingInterval + pingTimeout (3.3 s).
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("socketio_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    wb.layers().setAutoReplies(false);
    PacketRecorder rec(wb.layers());
    QVERIFY(open(wb, server.url(QStringLiteral("/socket.io/?EIO=4&transport=websocket")),
                 QStringLiteral("socketio")));
    QVERIFY(rec.waitFor(Direction::In, QStringLiteral("open")));
    QVERIFY(
        QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Closed; }, 15000));
    QCOMPARE(rec.count(Direction::Out, QStringLiteral("pong")), 0);
    QVERIFY(rec.find(Direction::In, QStringLiteral("ping")) >= 0);
}

void TestLayerInterop::graphQl()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("graphql_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    PacketRecorder rec(wb.layers());
    QVERIFY(open(wb, server.url(QStringLiteral("/graphql")), QStringLiteral("auto"),
                 {QStringLiteral("graphql-transport-ws")}));
    QCOMPARE(wb.layers().layer()->name(), QStringLiteral("graphql-transport-ws"));
    QVERIFY(send(wb, QStringLiteral("init"), {}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("connection_ack")), qPrintable(rec.dump()));
    QVERIFY(send(wb, QStringLiteral("subscribe"),
                 {{QStringLiteral("query"),
                   QStringLiteral("subscription Count($to: Int) { count(to: $to) }")},
                  {QStringLiteral("variables"), QStringLiteral(R"({"to":3})")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("complete")), qPrintable(rec.dump()));
    QCOMPARE(rec.count(Direction::In, QStringLiteral("next")), 3);
    const int sub = rec.find(Direction::Out, QStringLiteral("subscribe"));
    const QString id = rec.at(sub).id;
    for (int i = 0, n = 0; i < rec.seen.size(); ++i) {
        if (rec.seen.at(i).direction != Direction::In || rec.at(i).type != QLatin1String("next"))
            continue;
        ++n;
        QCOMPARE(rec.at(i).id, id);
        QCOMPARE(mapOf(rec.at(i)).value(QStringLiteral("replyTo")).toString(),
                 QStringLiteral("subscribe"));
        QCOMPARE(mapOf(rec.at(i))
                     .value(QStringLiteral("payload"))
                     .toMap()
                     .value(QStringLiteral("data"))
                     .toMap()
                     .value(QStringLiteral("count"))
                     .toInteger(),
                 n);
    }
    // A query that does not validate: an error message with the id, not a dropped socket.
    QVERIFY(send(wb, QStringLiteral("subscribe"), {{QStringLiteral("query"), "{ nothing }"}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("error")), qPrintable(rec.dump()));
    const LayerPacket e = rec.at(rec.find(Direction::In, QStringLiteral("error")));
    QVERIFY(e.ok());
    QVERIFY(e.id != id);
    QVERIFY(e.summary.contains(QLatin1String("nothing")));
    QCOMPARE(wb.connection().readyState(), ReadyState::Open);
    wb.close();

    // Refused at connection_init: the server closes with 4403.
    ConnectionWorkbench refused(m_clock);
    QVERIFY(open(refused, server.url(QStringLiteral("/graphql")), QStringLiteral("auto"),
                 {QStringLiteral("graphql-transport-ws")}));
    QVERIFY(send(refused, QStringLiteral("init"),
                 {{QStringLiteral("payload"), "{\"token\":\"refused\"}"}}));
    QVERIFY(QTest::qWaitFor([&] { return refused.connection().readyState() == ReadyState::Closed; },
                            10000));
}

void TestLayerInterop::mqtt()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("mqtt_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    PacketRecorder rec(wb.layers());
    QVERIFY(open(wb, server.url(QStringLiteral("/mqtt")), QStringLiteral("auto"),
                 {QStringLiteral("mqtt")}));
    QCOMPARE(wb.layers().layer()->name(), QStringLiteral("mqtt"));
    QVERIFY(send(wb, QStringLiteral("connect"),
                 {{QStringLiteral("clientId"), QStringLiteral("wsprobe-test")},
                  {QStringLiteral("keepAlive"), QStringLiteral("3")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("connack")), qPrintable(rec.dump()));
    QCOMPARE(mapOf(rec.at(rec.find(Direction::In, QStringLiteral("connack"))))
                 .value(QStringLiteral("returnCode"))
                 .toInteger(),
             0);
    QVERIFY(send(wb, QStringLiteral("subscribe"),
                 {{QStringLiteral("topic"), QStringLiteral("probe/#")},
                  {QStringLiteral("qos"), QStringLiteral("1")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("suback")), qPrintable(rec.dump()));
    const LayerPacket suback = rec.at(rec.find(Direction::In, QStringLiteral("suback")));
    QCOMPARE(mapOf(suback).value(QStringLiteral("replyTo")).toString(), QStringLiteral("probe/#"));
    QCOMPARE(mapOf(suback).value(QStringLiteral("returnCodes")).toArray().at(0), QCborValue(1));
    // Our own QoS 1 PUBLISH: the broker PUBACKs it and delivers it back to us, QoS 1, which
    // the layer PUBACKs by itself.
    QVERIFY(send(wb, QStringLiteral("publish"),
                 {{QStringLiteral("topic"), QStringLiteral("probe/a")},
                  {QStringLiteral("payload"), QStringLiteral(R"({"t":21.5})")},
                  {QStringLiteral("qos"), QStringLiteral("1")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("puback")), qPrintable(rec.dump()));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("publish")), qPrintable(rec.dump()));
    const LayerPacket delivered = rec.at(rec.find(Direction::In, QStringLiteral("publish")));
    QCOMPARE(delivered.channel, QStringLiteral("probe/a"));
    QCOMPARE(delivered.payload, QByteArray(R"({"t":21.5})"));
    QVERIFY2(rec.waitFor(Direction::Out, QStringLiteral("puback")), qPrintable(rec.dump()));
    QCOMPARE(rec.at(rec.find(Direction::Out, QStringLiteral("puback"))).id, delivered.id);
    // Keep alive 3 s: the layer sends PINGREQ and the broker answers. (1 s left the broker's
    // 1.5 s deadline half a second away from a ping: a loaded machine's stall lost the link.)
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("pingresp")), qPrintable(rec.dump()));
    QVERIFY(rec.find(Direction::Out, QStringLiteral("pingreq")) >= 0);
    QVERIFY(send(wb, QStringLiteral("disconnect"), {}));
    QVERIFY(
        QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Closed; }, 10000));

    // A refused CONNECT: CONNACK with return code 5.
    ConnectionWorkbench refused(m_clock);
    PacketRecorder no(refused.layers());
    QVERIFY(open(refused, server.url(QStringLiteral("/mqtt")), QStringLiteral("mqtt"),
                 {QStringLiteral("mqtt")}));
    QVERIFY(send(refused, QStringLiteral("connect"),
                 {{QStringLiteral("clientId"), QStringLiteral("x")},
                  {QStringLiteral("username"), QStringLiteral("refused")}}));
    QVERIFY2(no.waitFor(Direction::In, QStringLiteral("connack")), qPrintable(no.dump()));
    QCOMPARE(mapOf(no.at(no.find(Direction::In, QStringLiteral("connack"))))
                 .value(QStringLiteral("returnCode"))
                 .toInteger(),
             5);
}

void TestLayerInterop::stomp()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("stomp_server.mjs"), &error), qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    PacketRecorder rec(wb.layers());
    QVERIFY(open(wb, server.url(QStringLiteral("/ws")), QStringLiteral("auto"),
                 {QStringLiteral("v12.stomp")}));
    QCOMPARE(wb.layers().layer()->name(), QStringLiteral("stomp"));
    QVERIFY(send(wb, QStringLiteral("connect"),
                 {{QStringLiteral("host"), QStringLiteral("/")},
                  {QStringLiteral("heart-beat"), QStringLiteral("150,0")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("connected")), qPrintable(rec.dump()));
    QVERIFY(send(wb, QStringLiteral("subscribe"),
                 {{QStringLiteral("destination"), QStringLiteral("/topic/news")},
                  {QStringLiteral("receipt"), QStringLiteral("true")}}));
    QVERIFY(rec.waitFor(Direction::In, QStringLiteral("receipt")));
    QVERIFY(send(wb, QStringLiteral("send"),
                 {{QStringLiteral("destination"), QStringLiteral("/topic/news")},
                  {QStringLiteral("body"), QStringLiteral("héllo\nwörld")},
                  {QStringLiteral("receipt"), QStringLiteral("true")}}));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("message")), qPrintable(rec.dump()));
    const LayerPacket m = rec.at(rec.find(Direction::In, QStringLiteral("message")));
    QCOMPARE(m.channel, QStringLiteral("/topic/news"));
    QCOMPARE(QString::fromUtf8(m.payload), QStringLiteral("héllo\nwörld"));
    QCOMPARE(
        mapOf(m).value(QStringLiteral("headers")).toMap().value(QStringLiteral("subscription")),
        QCborValue(QStringLiteral("sub-1")));
    QVERIFY(QTest::qWaitFor(
        [&] { return rec.count(Direction::In, QStringLiteral("receipt")) == 2; }, 10000));
    for (int i = 0; i < rec.seen.size(); ++i)
        if (rec.at(i).type == QLatin1String("receipt"))
            QVERIFY(mapOf(rec.at(i)).contains(QStringLiteral("replyTo")));
    // The broker wants a heart-beat every 150 ms: the layer sends them, the broker counts.
    QVERIFY(QTest::qWaitFor(
        [&] { return rec.count(Direction::Out, QStringLiteral("heartbeat")) >= 3; }, 5000));
    QVERIFY(send(wb, QStringLiteral("send"), {{QStringLiteral("destination"), "/stats"}}));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const Seen &s : rec.seen)
                if (s.packet.channel == QLatin1String("/stats"))
                    return true;
            return false;
        },
        10000));
    for (const Seen &s : rec.seen) {
        if (s.packet.channel != QLatin1String("/stats") || s.direction != Direction::In)
            continue;
        QVERIFY2(s.packet.payload.contains("\"heartbeats\":") && !s.packet.payload.contains(":0}"),
                 s.packet.payload.constData());
    }
    // A frame the broker cannot read: ERROR, then it closes.
    QVERIFY(wb.connection().sendText(QByteArray("SEND\ndestination:/a\n\nno end")));
    QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("error")), qPrintable(rec.dump()));
    QVERIFY(rec.find(Direction::Out, QStringLiteral("send")) >= 0);
    QVERIFY(
        QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Closed; }, 10000));
}

void TestLayerInterop::stompHeartBeatsNegotiated()
{
    // The broker wants a heart-beat every 100 ms ("0,100"); STOMP 1.2 has the client send
    // every max(cx, sy) ms, and none when the client offered cx = 0.
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("stomp_server.mjs"), &error), qPrintable(error));
    const struct
    {
        QString offer;
        int expected;
    } cases[] = {
        {QStringLiteral("400,0"), 400}, {QStringLiteral("50,0"), 100}, {QStringLiteral("0,0"), 0}};
    for (const auto &c : cases) {
        ConnectionWorkbench wb(m_clock);
        PacketRecorder rec(wb.layers());
        QVERIFY(open(wb, server.url(QStringLiteral("/ws?sy=100")), QStringLiteral("stomp"),
                     {QStringLiteral("v12.stomp")}));
        QVERIFY(send(wb, QStringLiteral("connect"),
                     {{QStringLiteral("host"), QStringLiteral("/")},
                      {QStringLiteral("heart-beat"), c.offer}}));
        QVERIFY2(rec.waitFor(Direction::In, QStringLiteral("connected")), qPrintable(rec.dump()));
        const LayerPacket connected = rec.at(rec.find(Direction::In, QStringLiteral("connected")));
        QCOMPARE(mapOf(connected)
                     .value(QStringLiteral("headers"))
                     .toMap()
                     .value(QStringLiteral("heart-beat"))
                     .toString(),
                 QStringLiteral("0,100"));
        QVERIFY(wb.layers().session());
        QCOMPARE(wb.layers().session()->keepAliveMs(), c.expected);
        if (c.expected > 0) // and they are sent: the broker counts them
            QVERIFY(QTest::qWaitFor(
                [&] { return rec.count(Direction::Out, QStringLiteral("heartbeat")) >= 2; },
                10000));
    }
}

QTEST_GUILESS_MAIN(TestLayerInterop)
#include "tst_layerinterop.moc"
