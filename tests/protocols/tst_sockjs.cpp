// STOMP over SockJS's WebSocket transport: SockJsFraming alone (every frame kind, both
// directions, malformed frames with their errors), the STOMP layer reading and writing
// SockJS-framed frames, detection from the transport URL, and a conversation with a real
// SockJS server (npm "sockjs") with the STOMP broker of stomp_broker.mjs behind it.
#include <QCborArray>
#include <QTest>

#include "common/externalserver.h"
#include "connection/clock.h"
#include "log/eventlog.h"
#include "protocols/protocolregistry.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"
#include "workbench/connectionworkbench.h"
#include "workbench/layerdriver.h"

class TestSockJs : public QObject
{
    Q_OBJECT
private slots:
    void frames_data();
    void frames();
    void malformed_data();
    void malformed();
    void wrap();
    void transportUrl_data();
    void transportUrl();
    void stompOverSockJs();
    void stompEncodesForSockJs();
    void stompSockJsErrors();
    void interop();

private:
    SystemClock m_clock;
};

void TestSockJs::frames_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<QByteArray>>("messages");
    const int in = int(Direction::In), out = int(Direction::Out);
    QTest::addRow("open") << QByteArray("o") << in << int(SockJsFraming::Frame::Open)
                          << QList<QByteArray>();
    QTest::addRow("heartbeat") << QByteArray("h") << in << int(SockJsFraming::Frame::Heartbeat)
                               << QList<QByteArray>();
    QTest::addRow("array") << QByteArray(R"(a["CONNECTED\n\n\u0000","\n"])") << in
                           << int(SockJsFraming::Frame::Messages)
                           << QList<QByteArray>{QByteArray("CONNECTED\n\n\0", 12), "\n"};
    QTest::addRow("one message") << QByteArray(R"(m"h\u00e9")") << in
                                 << int(SockJsFraming::Frame::Messages)
                                 << QList<QByteArray>{QByteArray("h\xc3\xa9")};
    QTest::addRow("client array") << QByteArray(R"(["SEND\n\nx\u0000"])") << out
                                  << int(SockJsFraming::Frame::Messages)
                                  << QList<QByteArray>{QByteArray("SEND\n\nx\0", 8)};
    QTest::addRow("client string")
        << QByteArray(R"("\n")") << out << int(SockJsFraming::Frame::Messages)
        << QList<QByteArray>{"\n"};
}

void TestSockJs::frames()
{
    QFETCH(QByteArray, data);
    QFETCH(int, direction);
    QFETCH(int, kind);
    QFETCH(QList<QByteArray>, messages);
    SockJsFraming::Frame f;
    QString error;
    QVERIFY2(SockJsFraming::read(data, Direction(direction), &f, &error), qPrintable(error));
    QCOMPARE(int(f.kind), kind);
    QCOMPARE(f.messages, messages);
}

void TestSockJs::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("error");
    const int in = int(Direction::In), out = int(Direction::Out);
    QTest::addRow("empty") << QByteArray() << in
                           << QStringLiteral("SockJS: an empty message is no frame");
    QTest::addRow("unknown") << QByteArray(
        "x[]") << in << QStringLiteral("SockJS: \"x\" at byte 0 starts no frame (o, h, a, m or c)");
    QTest::addRow("nul") << QByteArray(1, '\0') << in
                         << QStringLiteral(
                                "SockJS: \"\\x00\" at byte 0 starts no frame (o, h, a, m or c)");
    QTest::addRow("open with more")
        << QByteArray("oh") << in
        << QStringLiteral("SockJS: the \"o\" frame has 1 byte(s) after it");
    QTest::addRow("cut array") << QByteArray("a[\"x\"") << in << QStringLiteral("SockJS: JSON:");
    QTest::addRow("not strings") << QByteArray(
        "a[1]") << in << QStringLiteral("SockJS: message 1 of the array is not a JSON string");
    QTest::addRow("empty array") << QByteArray("a[]") << in
                                 << QStringLiteral("SockJS: the array at byte 1 holds no message");
    QTest::addRow("m not string") << QByteArray(
        "m[]") << in << QStringLiteral("SockJS: the message at byte 1 is not a JSON string");
    QTest::addRow("close shape") << QByteArray(
        "c[1]") << in << QStringLiteral("SockJS: the close frame is not [code, \"reason\"]");
    QTest::addRow("close json") << QByteArray("c[1,") << in
                                << QStringLiteral("SockJS: close frame: JSON:");
    QTest::addRow("client object") << QByteArray("{}") << out
                                   << QStringLiteral("SockJS: the messages at byte 0 are not a "
                                                     "JSON array of strings");
    QTest::addRow("client frame form")
        << QByteArray("a[\"x\"]") << out << QStringLiteral("SockJS: JSON:");
}

void TestSockJs::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, direction);
    QFETCH(QString, error);
    SockJsFraming::Frame f;
    QString got;
    QVERIFY(!SockJsFraming::read(data, Direction(direction), &f, &got));
    QVERIFY2(got.startsWith(error), qPrintable(got));
}

void TestSockJs::wrap()
{
    const QByteArray frame = StompLayer::frame("SEND", {{"destination", "/a"}}, "h\xc3\xa9");
    const QByteArray wrapped = SockJsFraming::wrap({frame, "\n"});
    QCOMPARE(wrapped, QByteArray(R"(["SEND\ndestination:/a\n\nh)"
                                 "\xc3\xa9"
                                 R"(\u0000","\n"])"));
    SockJsFraming::Frame f;
    QString error;
    QVERIFY(SockJsFraming::read(wrapped, Direction::Out, &f, &error));
    QCOMPARE(f.messages, (QList<QByteArray>{frame, "\n"}));
}

void TestSockJs::transportUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QString>("detected");
    QTest::addRow("spring") << "ws://h/ws/123/abcdefgh/websocket" << QString() << "stomp-sockjs";
    QTest::addRow("prefix") << "wss://h/app/stomp/000/x1/websocket" << QString() << "stomp-sockjs";
    QTest::addRow("with subprotocol") << "ws://h/ws/1/s/websocket"
                                      << "v12.stomp"
                                      << "stomp";
    QTest::addRow("raw websocket") << "ws://h/echo/websocket" << QString() << QString();
    QTest::addRow("dotted") << "ws://h/a/1.2/s/websocket" << QString() << QString();
    QTest::addRow("plain stomp") << "ws://h/stomp" << QString() << "stomp";
}

void TestSockJs::transportUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, subprotocol);
    QFETCH(QString, detected);
    QCOMPARE(ProtocolRegistry::detect(QUrl(url), subprotocol), detected);
    // STOMP at a SockJS URL is framed by SockJS, whichever name was given.
    if (!detected.isEmpty()) {
        const auto layer =
            ProtocolRegistry::resolve(QStringLiteral("auto"), QUrl(url), subprotocol);
        QVERIFY(layer);
        QCOMPARE(layer->name() == QLatin1String("stomp-sockjs"),
                 SockJsFraming::isTransportUrl(QUrl(url)));
    }
}

void TestSockJs::stompOverSockJs()
{
    const StompLayer layer(true);
    QCOMPARE(layer.name(), QStringLiteral("stomp-sockjs"));
    QVERIFY(layer.packetTypes().contains(QStringLiteral("sockjs-heartbeat")));
    QVERIFY(layer.heartbeatTypes().contains(QStringLiteral("sockjs-heartbeat")));
    QList<LayerPacket> p = layer.decode("o", false, Direction::In);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().type, QStringLiteral("sockjs-open"));
    p = layer.decode("h", false, Direction::In);
    QCOMPARE(p.first().type, QStringLiteral("sockjs-heartbeat"));
    QVERIFY(p.first().heartbeat);
    p = layer.decode(R"(a["MESSAGE\ndestination:/t\nsubscription:s\n\n{\"n\":1}\u0000","\n"])",
                     false, Direction::In);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.at(0).type, QStringLiteral("message"));
    QCOMPARE(p.at(0).channel, QStringLiteral("/t"));
    QCOMPARE(p.at(0).payload, QByteArray(R"({"n":1})"));
    QCOMPARE(p.at(1).type, QStringLiteral("heartbeat"));
    p = layer.decode(R"(["SUBSCRIBE\nid:s\ndestination:/t\n\n\u0000"])", false, Direction::Out);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().type, QStringLiteral("subscribe"));
    p = layer.decode(R"(c[3000,"Go away!"])", false, Direction::In);
    QCOMPARE(p.first().type, QStringLiteral("sockjs-close"));
    QCOMPARE(p.first().value.toMap().value(QStringLiteral("code")).toInteger(), 3000);
    QVERIFY2(p.first().summary.contains(QStringLiteral("Go away!")), qPrintable(p.first().summary));
    // The plain layer reads the same text as no STOMP at all.
    QVERIFY(!StompLayer().decode("o", false, Direction::In).first().ok());
}

void TestSockJs::stompEncodesForSockJs()
{
    const StompLayer layer(true);
    qint64 id = 1;
    QList<LayerFrame> out;
    QString error;
    QVERIFY(layer.encode(QStringLiteral("send"),
                         {{QStringLiteral("destination"), QStringLiteral("/q")},
                          {QStringLiteral("body"), QStringLiteral("hi")}},
                         &id, &out, &error));
    QCOMPARE(out.size(), 1);
    QVERIFY(!out.first().binary);
    SockJsFraming::Frame f;
    QVERIFY2(SockJsFraming::read(out.first().bytes, Direction::Out, &f, &error), qPrintable(error));
    QCOMPARE(f.messages.size(), 1);
    QVERIFY(f.messages.first().startsWith("SEND\ndestination:/q\n"));
    QVERIFY(f.messages.first().endsWith(QByteArray("\n\nhi\0", 5)));
    // Read back by the layer itself, as the log shows what was sent.
    QCOMPARE(layer.decode(out.first().bytes, false, Direction::Out).first().type,
             QStringLiteral("send"));
    QCOMPARE(layer.keepAlive().first().bytes, QByteArray(R"(["\n"])"));
    QCOMPARE(StompLayer().keepAlive().first().bytes, QByteArray("\n"));
}

void TestSockJs::stompSockJsErrors()
{
    const StompLayer layer(true);
    // Every packet has a type, malformed ones an error saying where.
    const struct
    {
        QByteArray data;
        QString error;
    } cases[] = {
        {"x", QStringLiteral("SockJS: \"x\" at byte 0 starts no frame")},
        {R"(a["NOPE\n\n\u0000"])", QStringLiteral("\"NOPE\" at byte 0 is not a STOMP command")},
        {R"(a["\n","SEND\n"])", QStringLiteral("SockJS message 2: SEND: the headers")},
    };
    for (const auto &c : cases) {
        const QList<LayerPacket> p = layer.decode(c.data, false, Direction::In);
        QVERIFY(!p.isEmpty());
        const LayerPacket &last = p.last();
        QVERIFY(!last.type.isEmpty());
        QVERIFY2(last.error.startsWith(c.error), qPrintable(last.error));
    }
}

void TestSockJs::interop()
{
    ExternalServer server;
    QString error;
    QVERIFY2(server.startNode(QStringLiteral("stomp_sockjs_server.mjs"), &error),
             qPrintable(error));
    ConnectionWorkbench wb(m_clock);
    QList<std::pair<Direction, LayerPacket>> seen;
    connect(&wb.layers(), &LayerDriver::packetsRead, this,
            [&](const Event &e, const QList<LayerPacket> &packets) {
                for (const LayerPacket &p : packets)
                    seen.append({e.direction, p});
            });
    const auto find = [&](Direction d, const QString &type) -> const LayerPacket * {
        for (const auto &[dir, p] : seen)
            if (dir == d && p.type == type)
                return &p;
        return nullptr;
    };
    const auto dump = [&] {
        QStringList lines;
        for (const auto &[dir, p] : seen)
            lines << (dir == Direction::In ? QStringLiteral("< ") : QStringLiteral("> ")) + p.type
                         + u' ' + p.summary + u' ' + p.error;
        return lines.join(u'\n');
    };
    const auto waitFor = [&](Direction d, const QString &type) {
        return QTest::qWaitFor([&] { return find(d, type) != nullptr; }, 10000);
    };
    const auto send = [&](const QString &action, const QVariantMap &values) {
        QString e;
        const bool ok = wb.layers().send(action, values, &e);
        if (!ok)
            qWarning("%s: %s", qPrintable(action), qPrintable(e));
        return ok;
    };
    ConnectionRequest r;
    r.url = QUrl(server.url(QStringLiteral("/stomp/042/wsprobe1/websocket")));
    wb.setRequest(r);
    wb.layers().setChoice(QStringLiteral("auto"));
    QVERIFY(wb.open());
    QVERIFY(
        QTest::qWaitFor([&] { return wb.connection().readyState() == ReadyState::Open; }, 10000));
    QVERIFY(wb.layers().layer());
    QCOMPARE(wb.layers().layer()->name(), QStringLiteral("stomp-sockjs"));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("sockjs-open")), qPrintable(dump()));
    QVERIFY(send(QStringLiteral("connect"), {{QStringLiteral("host"), QStringLiteral("/")},
                                             {QStringLiteral("heart-beat"), QString()}}));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("connected")), qPrintable(dump()));
    // What we sent is read back at the layer's level too: the SockJS array unwrapped.
    QVERIFY2(find(Direction::Out, QStringLiteral("connect")), qPrintable(dump()));
    QVERIFY(send(QStringLiteral("subscribe"),
                 {{QStringLiteral("destination"), QStringLiteral("/topic/t")},
                  {QStringLiteral("receipt"), QStringLiteral("true")}}));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("receipt")), qPrintable(dump()));
    QVERIFY(find(Direction::In, QStringLiteral("receipt"))
                ->value.toMap()
                .contains(QStringLiteral("replyTo")));
    QVERIFY(send(QStringLiteral("send"),
                 {{QStringLiteral("destination"), QStringLiteral("/topic/t")},
                  {QStringLiteral("content-type"), QStringLiteral("application/json")},
                  {QStringLiteral("body"), QStringLiteral(R"({"x":"é"})")}}));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("message")), qPrintable(dump()));
    const LayerPacket *m = find(Direction::In, QStringLiteral("message"));
    QCOMPARE(m->channel, QStringLiteral("/topic/t"));
    QCOMPARE(QString::fromUtf8(m->payload), QStringLiteral(R"({"x":"é"})"));
    // (sockjs-node keeps a WebSocket alive with pings, not "h" frames: those are read in
    // stompOverSockJs() and the fuzz corpus.)
    // The log reads its rows the same way, the JSON body decoded (no pipeline: auto).
    EventLog &log = wb.log();
    const auto logDecodedBody = [&] {
        for (int row = 0; row < log.rowCount(); ++row)
            for (const LayerPacket &p : log.packetsAt(row))
                if (p.type == QLatin1String("message")
                    && p.value.toMap()
                               .value(QStringLiteral("decoded"))
                               .toMap()
                               .value(QStringLiteral("x"))
                           == QCborValue(QStringLiteral("é")))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logDecodedBody(), 10000);
    // A frame the broker cannot read: STOMP ERROR, then SockJS's close frame.
    QVERIFY(wb.connection().sendText(QByteArray(R"(["BAD\n\n\u0000"])")));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("error")), qPrintable(dump()));
    QVERIFY2(waitFor(Direction::In, QStringLiteral("sockjs-close")), qPrintable(dump()));
    QCOMPARE(find(Direction::In, QStringLiteral("sockjs-close"))
                 ->value.toMap()
                 .value(QStringLiteral("code"))
                 .toInteger(),
             3000);
    // Malformed SockJS from our side is shown with its error, not dropped.
    const QList<LayerPacket> bad = wb.layers().layer()->decode("[1]", false, Direction::Out);
    QVERIFY(!bad.first().ok());
}

QTEST_GUILESS_MAIN(TestSockJs)
#include "tst_sockjs.moc"
