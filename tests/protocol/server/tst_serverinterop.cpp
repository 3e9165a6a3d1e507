// The server engine against client libraries nobody on the project wrote: Node `ws`, Python
// `websockets` and Qt's QWebSocket. Echo of every kind of message, subprotocol choice, deflate
// parameters as each library negotiates them, close codes, and each fault as the library
// reports it to its application.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "common/testserver.h"
#include "protocol/frame/rawframe.h"
#include "protocol/handshake.h"

namespace {

enum class Library { Node, Python };

/// Runs a client script to its end (bounded) and returns what it printed, one object a line.
QList<QJsonObject> runClient(Library library, const QUrl &url, const QString &scenario,
                             const QJsonObject &options = {})
{
    QProcess p;
    const QString dir = QStringLiteral(WSPROBE_TEST_SERVERS_DIR);
    const QByteArray json = QJsonDocument(options).toJson(QJsonDocument::Compact);
    if (library == Library::Node)
        p.start(QStringLiteral(WSPROBE_TEST_NODE),
                {dir + "/node/ws_client.mjs", url.toString(), scenario, QString::fromUtf8(json)});
    else
        p.start(QStringLiteral(WSPROBE_TEST_PYTHON),
                {dir + "/python_ws_client.py", url.toString(), scenario, QString::fromUtf8(json)});
    // The server lives in this thread: wait with the event loop running.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
    }
    QList<QJsonObject> events;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        events << QJsonObject{{"event", "stderr"}, {"message", QString::fromUtf8(err)}};
    return events;
}

QJsonObject first(const QList<QJsonObject> &events, const QString &kind)
{
    for (const QJsonObject &e : events) {
        if (e.value("event").toString() == kind)
            return e;
    }
    return {};
}

QString dump(const QList<QJsonObject> &events)
{
    QStringList lines;
    for (const QJsonObject &e : events)
        lines << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return lines.join('\n');
}

QString libraryName(Library l)
{
    return l == Library::Node ? QStringLiteral("node ws") : QStringLiteral("python websockets");
}

} // namespace

class TestServerInterop : public QObject
{
    Q_OBJECT
private slots:
    void echo_data();
    void echo();
    void subprotocol_data();
    void subprotocol();
    void serverAskedDeflate_data();
    void serverAskedDeflate();
    void clientAskedDeflate_data();
    void clientAskedDeflate();
    void serverCloseCode_data();
    void serverCloseCode();
    void refusedUpgrade_data();
    void refusedUpgrade();
    void neverFinishedHandshake_data();
    void neverFinishedHandshake();
    void ignoredPings();
    void droppedConnection_data();
    void droppedConnection();
    void forbiddenFrames_data();
    void forbiddenFrames();
    void qtWebSocketEcho();
    void qtWebSocketSeesInvalidUtf8();
};

void TestServerInterop::echo_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<bool>("deflate");
    for (Library l : {Library::Node, Library::Python}) {
        QTest::addRow("%s", qPrintable(libraryName(l))) << l << false;
        QTest::addRow("%s, deflate", qPrintable(libraryName(l))) << l << true;
    }
}

void TestServerInterop::echo()
{
    QFETCH(Library, library);
    QFETCH(bool, deflate);
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(library, server.url("/echo"), "echo",
                  {{"deflate", deflate}, {"closeCode", 4000}, {"closeReason", "done here"}});
    int ok = 0;
    for (const QJsonObject &e : events)
        ok += e.value("event") == "message" && e.value("ok").toBool();
    QVERIFY2(ok == 7, qPrintable(dump(events)));
    QCOMPARE(first(events, "pong").value("data").toString(), QString("are you there"));
    QCOMPARE(first(events, "close").value("code").toInt(), 4000);
    QVERIFY(server.waitForClients(1));
    ConnectionSpy &spy = *server.client().spy;
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 4000);
    QCOMPARE(spy.lastClose().payload, QByteArray("done here"));
    QVERIFY(spy.lastClose().wasClean);
    QCOMPARE(spy.eventsOf(EventKind::Ping).size(), 1);
    QCOMPARE(server.client().connection->extensions().isEmpty(), !deflate);
    // The fragmented message arrived whole; 1 MiB arrived whole.
    QStringList texts;
    for (const Event &e : spy.messages(Direction::In))
        texts << QString::number(e.payload.size());
    QVERIFY2(spy.messages(Direction::In).size() == 7, qPrintable(texts.join(' ')));
    QCOMPARE(spy.messages(Direction::In).last().payload, QByteArray("fragmented"));
    QVERIFY2(spy.errors.isEmpty(), qPrintable(spy.errors.join('\n')));
}

void TestServerInterop::subprotocol_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("chosen");
    using P = ServerConfig::SubprotocolPolicy;
    for (Library l : {Library::Node, Library::Python}) {
        const QByteArray n = libraryName(l).toLatin1();
        QTest::addRow("%s, first offered", n.data()) << l << int(P::FirstOffered) << "beta";
        QTest::addRow("%s, preference", n.data()) << l << int(P::Preference) << "alpha";
        QTest::addRow("%s, none", n.data()) << l << int(P::None) << "";
    }
}

void TestServerInterop::subprotocol()
{
    QFETCH(Library, library);
    QFETCH(int, policy);
    QFETCH(QString, chosen);
    ServerConfig config;
    config.subprotocolPolicy = ServerConfig::SubprotocolPolicy(policy);
    config.subprotocols = {"gamma", "alpha", "beta"};
    TestServer server(config);
    server.onOpen = [](TestServer::Client &c) { c.connection->close(1000, "checked"); };
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(library, server.url(), "wait", {{"protocols", QJsonArray{"beta", "alpha"}}});
    if (library == Library::Node && chosen.isEmpty()) {
        // ws fails a connection whose server chose none of the offered subprotocols.
        QCOMPARE(first(events, "error").value("message").toString(),
                 QString("Server sent no subprotocol"));
        return;
    }
    QVERIFY2(!first(events, "open").isEmpty(), qPrintable(dump(events)));
    QCOMPARE(first(events, "open").value("protocol").toString(), chosen);
    QCOMPARE(first(events, "close").value("code").toInt(), 1000);
}

void TestServerInterop::serverAskedDeflate_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<bool>("clientNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");
    for (Library l : {Library::Node, Library::Python}) {
        const QByteArray n = libraryName(l).toLatin1();
        QTest::addRow("%s, server_no_context_takeover", n.data()) << l << true << false << 15 << 15;
        QTest::addRow("%s, client_no_context_takeover", n.data()) << l << false << true << 15 << 15;
        QTest::addRow("%s, server_max_window_bits=10", n.data()) << l << false << false << 10 << 15;
        QTest::addRow("%s, client_max_window_bits=9", n.data()) << l << false << false << 15 << 9;
        QTest::addRow("%s, all four", n.data()) << l << true << true << 11 << 12;
    }
}

void TestServerInterop::serverAskedDeflate()
{
    QFETCH(Library, library);
    QFETCH(bool, serverNoContext);
    QFETCH(bool, clientNoContext);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);
    ServerConfig config;
    config.deflate = {serverNoContext, clientNoContext, serverBits, clientBits};
    TestServer server(config);
    server.echo = true;
    QVERIFY(server.listen());
    const QList<QJsonObject> events = runClient(library, server.url(), "echo");
    int ok = 0;
    for (const QJsonObject &e : events)
        ok += e.value("event") == "message" && e.value("ok").toBool();
    QVERIFY2(ok == 7, qPrintable(dump(events)));
    const QJsonObject open = first(events, "open");
    if (library == Library::Python) {
        const QJsonObject d = open.value("deflate").toObject();
        QCOMPARE(d.value("server_no_context_takeover").toBool(), serverNoContext);
        QCOMPARE(d.value("client_no_context_takeover").toBool(), clientNoContext);
        QCOMPARE(d.value("server_max_window_bits").toInt(15), serverBits);
        QCOMPARE(d.value("client_max_window_bits").toInt(15), clientBits);
    } else {
        const QString ext = open.value("extensions").toString();
        QCOMPARE(ext.contains("server_no_context_takeover"), serverNoContext);
        QCOMPARE(ext.contains("client_no_context_takeover"), clientNoContext);
        QCOMPARE(ext.contains(QString("server_max_window_bits=%1").arg(serverBits)),
                 serverBits < 15);
        QCOMPARE(ext.contains(QString("client_max_window_bits=%1").arg(clientBits)),
                 clientBits < 15);
    }
}

void TestServerInterop::clientAskedDeflate_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<QJsonObject>("offer");
    QTest::addColumn<QString>("answer");
    QTest::addRow("node ws, server window 10, no server context")
        << Library::Node
        << QJsonObject{{"serverMaxWindowBits", 10}, {"serverNoContextTakeover", true}}
        << "permessage-deflate; server_no_context_takeover; server_max_window_bits=10";
    QTest::addRow("node ws, client window 11")
        << Library::Node << QJsonObject{{"clientMaxWindowBits", 11}}
        << "permessage-deflate; client_max_window_bits=11";
    QTest::addRow("python websockets, server window 9, client no context")
        << Library::Python
        << QJsonObject{{"server_max_window_bits", 9}, {"client_no_context_takeover", true}}
        << "permessage-deflate; server_max_window_bits=9";
    QTest::addRow("python websockets, client window 12")
        << Library::Python << QJsonObject{{"client_max_window_bits", 12}}
        << "permessage-deflate; client_max_window_bits=12";
}

void TestServerInterop::clientAskedDeflate()
{
    QFETCH(Library, library);
    QFETCH(QJsonObject, offer);
    QFETCH(QString, answer);
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(library, server.url(), "echo", {{"deflate", offer}});
    int ok = 0;
    for (const QJsonObject &e : events)
        ok += e.value("event") == "message" && e.value("ok").toBool();
    QVERIFY2(ok == 7, qPrintable(dump(events)));
    QVERIFY(server.waitForClients(1));
    // What the server answered, as it recorded it.
    const HandshakeRecord &record = server.client().connection->handshake();
    QCOMPARE(QString::fromLatin1(
                 Handshake::headerValue(record.responseHeaders, "Sec-WebSocket-Extensions")),
             answer);
}

void TestServerInterop::serverCloseCode_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<int>("code");
    for (Library l : {Library::Node, Library::Python}) {
        for (int code : {1000, 1001, 1011, 3000, 4999})
            QTest::addRow("%s, %d", qPrintable(libraryName(l)), code) << l << code;
    }
}

void TestServerInterop::serverCloseCode()
{
    QFETCH(Library, library);
    QFETCH(int, code);
    TestServer server;
    server.onOpen = [code](TestServer::Client &c) {
        c.connection->closeForTesting(code, "server reason");
    };
    QVERIFY(server.listen());
    const QList<QJsonObject> events = runClient(library, server.url(), "wait");
    const QJsonObject close = first(events, "close");
    QVERIFY2(!close.isEmpty(), qPrintable(dump(events)));
    QCOMPARE(close.value("code").toInt(), code);
    QCOMPARE(close.value("reason").toString(), QString("server reason"));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, code);
    QVERIFY(server.client().spy->lastClose().wasClean);
}

void TestServerInterop::refusedUpgrade_data()
{
    QTest::addColumn<Library>("library");
    QTest::addRow("node ws") << Library::Node;
    QTest::addRow("python websockets") << Library::Python;
}

void TestServerInterop::refusedUpgrade()
{
    QFETCH(Library, library);
    ServerConfig config;
    config.faults.refuse = {429, "Slow Down", {{"Retry-After", "7"}}, "come back later"};
    TestServer server(config);
    QVERIFY(server.listen());
    const QList<QJsonObject> events = runClient(library, server.url(), "wait");
    const QJsonObject refused = first(events, "refused");
    QVERIFY2(!refused.isEmpty(), qPrintable(dump(events)));
    QCOMPARE(refused.value("status").toInt(), 429);
    const QJsonObject headers = refused.value("headers").toObject();
    QCOMPARE(headers.value("retry-after").toString(), QString("7"));
    if (library == Library::Node)
        QCOMPARE(refused.value("body").toString(), QString("come back later"));
}

void TestServerInterop::neverFinishedHandshake_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<QString>("error");
    QTest::addRow("node ws") << Library::Node << "Opening handshake has timed out";
    QTest::addRow("python websockets") << Library::Python << "TimeoutError";
}

void TestServerInterop::neverFinishedHandshake()
{
    QFETCH(Library, library);
    QFETCH(QString, error);
    ServerConfig config;
    config.faults.neverFinishHandshake = true;
    TestServer server(config);
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(library, server.url(), "wait", {{"handshakeTimeout", 500}});
    const QJsonObject e = first(events, "error");
    QVERIFY2(e.value("message").toString().contains(error) || e.value("type").toString() == error,
             qPrintable(dump(events)));
    QVERIFY(first(events, "open").isEmpty());
}

void TestServerInterop::ignoredPings()
{
    ServerConfig config;
    config.faults.ignorePings = true;
    TestServer server(config);
    server.onOpen = [](TestServer::Client &c) {
        QTimer::singleShot(1500, c.connection.get(), [&c] { c.connection->close(1000, {}); });
    };
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(Library::Python, server.url(), "wait", {{"ping", "hello?"}, {"pongWaitMs", 500}});
    QVERIFY2(!first(events, "nopong").isEmpty(), qPrintable(dump(events)));
    QVERIFY(first(events, "pong").isEmpty());
    QCOMPARE(server.client().spy->eventsOf(EventKind::Ping).size(), 1);
}

void TestServerInterop::droppedConnection_data()
{
    refusedUpgrade_data();
}

void TestServerInterop::droppedConnection()
{
    QFETCH(Library, library);
    TestServer server;
    server.onOpen = [](TestServer::Client &c) { c.engine->dropConnection(); };
    QVERIFY(server.listen());
    const QList<QJsonObject> events = runClient(library, server.url(), "wait");
    QVERIFY2(first(events, "close").value("code").toInt() == 1006, qPrintable(dump(events)));
}

void TestServerInterop::forbiddenFrames_data()
{
    QTest::addColumn<Library>("library");
    QTest::addColumn<RawFrame>("frame");
    QTest::addColumn<int>("closeCode"); ///< what the library closes with
    QTest::addColumn<QString>("nodeError");
    auto frame = [](quint8 opcode, const QByteArray &payload) {
        RawFrame f;
        f.opcode = opcode;
        f.payload = payload;
        f.masked = false;
        return f;
    };
    RawFrame rsv2 = frame(0x1, "x");
    rsv2.rsv2 = true;
    RawFrame masked = frame(0x1, "x");
    masked.masked = true;
    RawFrame fragmentedPing = frame(0x9, "p");
    fragmentedPing.fin = false;
    const QList<std::tuple<QByteArray, RawFrame, int, QString>> rows = {
        {"reserved opcode", frame(0x3, "r"), 1002, "WS_ERR_INVALID_OPCODE"},
        {"RSV2", rsv2, 1002, "WS_ERR_UNEXPECTED_RSV_2_3"},
        {"masked server frame", masked, 1002, "WS_ERR_UNEXPECTED_MASK"},
        {"fragmented ping", fragmentedPing, 1002, "WS_ERR_EXPECTED_FIN"},
        {"invalid UTF-8", frame(0x1, "\xc3\x28"), 1007, "WS_ERR_INVALID_UTF8"},
        {"oversized", frame(0x2, QByteArray(5000, 'o')), 1009, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"},
    };
    for (Library l : {Library::Node, Library::Python}) {
        for (const auto &[name, f, code, nodeError] : rows)
            QTest::addRow("%s, %s", qPrintable(libraryName(l)), name.data())
                << l << f << code << nodeError;
    }
}

void TestServerInterop::forbiddenFrames()
{
    QFETCH(Library, library);
    QFETCH(RawFrame, frame);
    QFETCH(int, closeCode);
    QFETCH(QString, nodeError);
    TestServer server;
    server.config.deflateEnabled = false;
    server.onOpen = [frame](TestServer::Client &c) { c.engine->writeRawFrame(frame); };
    QVERIFY(server.listen());
    const QList<QJsonObject> events =
        runClient(library, server.url(), "wait",
                  {{"maxPayload", 1000}, {"maxSize", 1000}, {"deflate", false}});
    // The library failed the connection with the code RFC 6455 gives that fault...
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    if (library == Library::Node) {
        // ws stops reading once it has failed the connection, so the server's answering Close
        // is never read and its application hears 1006 after the error.
        QCOMPARE(first(events, "error").value("code").toString(), nodeError);
        QCOMPARE(first(events, "close").value("code").toInt(), 1006);
    } else {
        QVERIFY2(first(events, "close").value("sentCode").toInt() == closeCode,
                 qPrintable(dump(events)));
    }
    // ...and the server heard that code in the library's Close.
    QCOMPARE(server.client().spy->lastClose().code, closeCode);
}

void TestServerInterop::qtWebSocketEcho()
{
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    QWebSocket socket;
    QSignalSpy texts(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy binaries(&socket, &QWebSocket::binaryMessageReceived);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    const QByteArray big(3 * 1024 * 1024, 'q');
    connect(&socket, &QWebSocket::connected, &socket, [&] {
        socket.sendTextMessage("qt text");
        socket.sendBinaryMessage(QByteArray("\x00\xff", 2));
        socket.sendTextMessage(QString());
        socket.sendBinaryMessage(big);
    });
    socket.open(server.url());
    QVERIFY(QTest::qWaitFor([&] { return texts.size() == 2 && binaries.size() == 2; }, 15000));
    QCOMPARE(texts[0].first().toString(), QString("qt text"));
    QCOMPARE(texts[1].first().toString(), QString());
    QCOMPARE(binaries[0].first().toByteArray(), QByteArray("\x00\xff", 2));
    QCOMPARE(binaries[1].first().toByteArray(), big);
    socket.close(QWebSocketProtocol::CloseCode(4002), "qt leaves");
    // QWebSocket may report it from inside close(), before a wait could start.
    QVERIFY(QTest::qWaitFor([&] { return disconnected.size() == 1; }, 5000));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 4002);
    QCOMPARE(server.client().spy->lastClose().payload, QByteArray("qt leaves"));
    // As int: 4002 is no enumerator of CloseCode, and loading it as one is undefined (UBSan).
    QCOMPARE(int(socket.closeCode()), 4002);
}

void TestServerInterop::qtWebSocketSeesInvalidUtf8()
{
    TestServer server;
    server.config.deflateEnabled = false;
    server.onOpen = [](TestServer::Client &c) {
        RawFrame f;
        f.payload = "\xff";
        f.masked = false;
        c.engine->writeRawFrame(f);
    };
    QVERIFY(server.listen());
    QWebSocket socket;
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(server.url());
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype);
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 1007);
}

QTEST_GUILESS_MAIN(TestServerInterop)
#include "tst_serverinterop.moc"
