// Serve mode with real clients started by the test: Wsprobe's own client engine, Qt's
// QWebSocket, Python `websockets` and Node `ws`, all over 127.0.0.1.
#include <algorithm>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "common/connectionspy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "log/eventlog.h"
#include "protocol/server/serverconfig.h"
#include "protocol/server/serverengine.h"
#include "serve/serveclientmodel.h"
#include "serve/servecontroller.h"
#include "session/sessionreader.h"

namespace {

ServeRules rulesFrom(const char *json)
{
    ServeRules rules;
    QString error;
    const QByteArray file = QByteArray(R"({"format":"wsprobe-serve-rules","rules":)") + json + "}";
    if (!ServeRules::fromJson(file, &rules, &error))
        qFatal("bad rules in the test: %s", qPrintable(error));
    return rules;
}

/// Runs an external client to its end; its output lines.
QStringList runClient(const QString &program, const QStringList &args, int timeoutMs = 20000)
{
    QProcess p;
    // A refused client prints its traceback; only its standard output is compared.
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return {QStringLiteral("did not start: ") + program};
    // The client talks to a server in this process: the event loop must run meanwhile.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {QStringLiteral("timed out")};
    }
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString python()
{
    return QStringLiteral(WSPROBE_TEST_PYTHON);
}

QString pythonClient()
{
    return QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/python_serve_client.py");
}

QString nodeClient()
{
    return QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/serve_client.mjs");
}

} // namespace

class TestServeController : public QObject
{
    Q_OBJECT
private slots:
    void ownClientEchoAndJournal();
    void qwebsocketRulesGreetAndCaptures();
    void sendToAllAndSelection();
    void stopClosesEveryClientWith1001();
    void closeWithAnyCode();
    void pythonClientAgainstRules();
    void pythonClientAgainstRecording();
    void nodeClientEchoAndSubprotocol();
    void pathsRefuseOthers();
    void portInUse();
    void numberedPath();
    void closedClientsAreFreed();
    void oversizedFrameIsStreamed();
    void repeatToSelectionAndAll();
    void eventsAreAnnouncedInTheOrderTheyHappened();

private:
    SystemClock m_clock;
};

void TestServeController::ownClientEchoAndJournal()
{
    QTemporaryDir dir;
    ServeController serve(m_clock);
    serve.setRules(ServeRules::echoRules());
    serve.setKeepLogs(true);
    serve.setRecordPath(dir.filePath(QStringLiteral("s.wsprobe.jsonl")));
    QString error;
    QVERIFY2(serve.listen(ServerConfig(), &error), qPrintable(error));
    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = serve.url(QStringLiteral("/chat"));
    QVERIFY(client.open(request));
    QTRY_COMPARE(client.readyState(), ReadyState::Open);
    client.sendText("héllo");
    client.sendBinary(QByteArray("\x00\x01\xff", 3));
    QTRY_COMPARE(spy.messages(Direction::In).size(), 2);
    QCOMPARE(spy.messages(Direction::In).at(0).payload, QByteArray("héllo"));
    QCOMPARE(spy.messages(Direction::In).at(1).payload, QByteArray("\x00\x01\xff", 3));
    QCOMPARE(spy.messages(Direction::In).at(1).kind, EventKind::Binary);
    QCOMPARE(serve.clientIds().size(), 1);
    const int id = serve.clientIds().first();
    QTRY_COMPARE(serve.client(id)->messagesOut, 2);
    const ServeClientInfo &info = *serve.client(id);
    QCOMPARE(info.path, "/chat");
    QCOMPARE(info.messagesIn, 2);
    QCOMPARE(info.bytesIn, 9);
    QVERIFY(info.address.startsWith(QLatin1String("127.0.0.1:")));
    QTRY_VERIFY(serve.clientLog(id)->rowCount() >= 5); // handshake, open, 2 in, 2 out
    client.close(1000, QStringLiteral("bye"));
    QTRY_COMPARE(serve.client(id)->state, ReadyState::Closed);
    QCOMPARE(serve.client(id)->closeCode, 1000);
    // The client's conversation is a session file, the server's view: its replies are Out.
    Session session;
    QVERIFY2(SessionReader::readFile(info.journalPath, &session, &error), qPrintable(error));
    QCOMPARE(session.header.source, "serve");
    QCOMPARE(session.header.request.url.path(), "/chat");
    QCOMPARE(session.events.messageCount(Direction::In), 2);
    QCOMPARE(session.events.messageCount(Direction::Out), 2);
    // The merged log says whose each row is. Each log shows its rows at its own flush: both
    // are flushed first, or the client's may be a flush ahead of the merged one.
    serve.clientLog(id)->flush();
    serve.mergedLog()->flush();
    QVERIFY(serve.mergedLog()->rowCount() >= serve.clientLog(id)->rowCount());
    QCOMPARE(serve.mergedClient(0), id);
}

void TestServeController::qwebsocketRulesGreetAndCaptures()
{
    ServeController serve(m_clock);
    serve.setRules(rulesFrom(R"x([
        {"on":"connect","reply":"welcome"},
        {"match":{"type":"regex","pattern":"^sub (\\w+)$"},"reply":{"mode":"json","body":{"ok":"{{$1}}"}},"delayMs":50},
        {"match":{"type":"jsonEquals","path":"$.op","value":"bin"},"reply":{"mode":"hex","body":"ca fe"}}])x"));
    QString error;
    QVERIFY2(serve.listen(ServerConfig(), &error), qPrintable(error));
    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { texts << m; });
    connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &m) { binaries << m; });
    socket.open(serve.url(QStringLiteral("/")));
    QTRY_COMPARE(texts.size(), 1);
    QCOMPARE(texts.at(0), "welcome");
    socket.sendTextMessage(QStringLiteral("sub pri\"ces")); // no match: \w stops at the quote
    socket.sendTextMessage(QStringLiteral("sub prices"));
    socket.sendTextMessage(QStringLiteral(R"({"op":"bin"})"));
    QTRY_COMPARE(binaries.size(), 1);
    QCOMPARE(binaries.at(0), QByteArray("\xca\xfe"));
    QTRY_COMPARE(texts.size(), 2); // the delayed reply comes after the binary one
    QCOMPARE(texts.at(1), R"({"ok":"prices"})");
    QCOMPARE(serve.responder().unanswered(), 1);
    socket.close();
}

void TestServeController::sendToAllAndSelection()
{
    ServeController serve(m_clock);
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    std::vector<std::unique_ptr<Connection>> clients;
    std::vector<std::unique_ptr<ConnectionSpy>> spies;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<Connection>(m_clock));
        spies.push_back(std::make_unique<ConnectionSpy>(clients.back().get()));
        ConnectionRequest request;
        request.url = serve.url();
        clients.back()->open(request);
    }
    QTRY_COMPARE(serve.openClientCount(), 3);
    for (auto &c : clients)
        QTRY_COMPARE(c->readyState(), ReadyState::Open);
    QCOMPARE(serve.sendTo({}, OutgoingMessage::text(QStringLiteral("all {{$counter}}")), &error),
             3);
    const QList<int> ids = serve.clientIds();
    QCOMPARE(serve.sendTo({ids.at(1)}, OutgoingMessage::hex(QStringLiteral("01 02")), &error), 1);
    QVERIFY(!serve.send(ids.at(0), OutgoingMessage::hex(QStringLiteral("zz")), &error));
    QVERIFY2(error.contains(QLatin1String("z")), qPrintable(error));
    for (auto &s : spies) {
        QTRY_VERIFY(!s->messages(Direction::In).isEmpty());
        QCOMPARE(s->messages(Direction::In).first().payload, QByteArray("all 1"));
    }
    QTRY_COMPARE(spies[1]->messages(Direction::In).size(), 2);
    QCOMPARE(spies[1]->messages(Direction::In).at(1).payload, QByteArray("\x01\x02"));
    QTest::qWait(50);
    QCOMPARE(spies[0]->messages(Direction::In).size(), 1);
    QCOMPARE(spies[2]->messages(Direction::In).size(), 1);
    QVERIFY(serve.ping(ids.at(2), "p"));
    QTRY_VERIFY(!spies[2]->eventsOf(EventKind::Ping).isEmpty());
}

void TestServeController::stopClosesEveryClientWith1001()
{
    ServeController serve(m_clock);
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    Connection a(m_clock), b(m_clock);
    ConnectionSpy spyA(&a), spyB(&b);
    ConnectionRequest request;
    request.url = serve.url();
    a.open(request);
    b.open(request);
    QTRY_COMPARE(serve.openClientCount(), 2);
    QTRY_COMPARE(b.readyState(), ReadyState::Open);
    QSignalSpy stopped(&serve, &ServeController::stopped);
    serve.stop();
    QVERIFY(stopped.wait(5000));
    QTRY_COMPARE(a.readyState(), ReadyState::Closed);
    QTRY_COMPARE(b.readyState(), ReadyState::Closed);
    QCOMPARE(spyA.lastClose().code, 1001);
    QCOMPARE(spyB.lastClose().code, 1001);
    QVERIFY(spyA.lastClose().wasClean);
    QVERIFY(!serve.isListening());
}

void TestServeController::closeWithAnyCode()
{
    ServeController serve(m_clock);
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    QWebSocket socket;
    socket.open(serve.url());
    QTRY_COMPARE(serve.openClientCount(), 1);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QVERIFY(serve.close(serve.clientIds().first(), 1011, QStringLiteral("internal")));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(socket.closeCode()), 1011);
    QCOMPARE(socket.closeReason(), "internal");
}

void TestServeController::pythonClientAgainstRules()
{
    ServeController serve(m_clock);
    serve.setRules(rulesFrom(R"x([
        {"match":{"type":"jsonMatches","path":"$.user","pattern":"^(\\w+)$"},
         "reply":{"mode":"json","body":{"token":"t-{{$1}}"}}},
        {"match":{"type":"binaryPrefix","hex":"ca fe"},"reply":{"mode":"echo"}},
        {"match":{"type":"plain","text":"bye"},"reply":"ciao","close":{"code":4000,"reason":"asked"}}])x"));
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    const QStringList out =
        runClient(python(), {pythonClient(), serve.url(QStringLiteral("/x")).toString(),
                             QStringLiteral("-1"), QStringLiteral(R"({"user":"ann"})"),
                             QStringLiteral("hex:cafe01"), QStringLiteral("bye")});
    QCOMPARE(out, (QStringList{"OPEN ", R"(TEXT {"token":"t-ann"})", "BINARY cafe01", "TEXT ciao",
                               "CLOSE 4000 asked"}));
}

void TestServeController::pythonClientAgainstRecording()
{
    EventStore store;
    store.append(Event::open(1000, {}, {}));
    store.append(Event::message(1010, Direction::In, true, "hello from the recording"));
    store.append(Event::message(1100, Direction::Out, true, "login"));
    store.append(Event::message(2300, Direction::In, true, "token"));
    store.append(Event::message(2400, Direction::Out, true, "list"));
    store.append(Event::message(2450, Direction::In, true, "[1,2]"));
    ServeController serve(m_clock);
    serve.setRecording(std::make_shared<ServeRecording>(store), 2.0);
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    QElapsedTimer timer;
    timer.start();
    const QStringList out =
        runClient(python(), {pythonClient(), serve.url().toString(), QStringLiteral("3"),
                             QStringLiteral("login with another id"), QStringLiteral("list")});
    // Both messages go at once; each reply keeps its recorded delay after its own request
    // (÷ 2): "[1,2]" after 25 ms overtakes "token" after 600 ms (the client may be held up
    // between its two sends on a loaded machine; half a second of that keeps the order).
    QCOMPARE(out, (QStringList{"OPEN ", "TEXT hello from the recording", "TEXT [1,2]", "TEXT token",
                               "CLOSE 1000 "}));
    QVERIFY(timer.elapsed() >= 600);
}

void TestServeController::nodeClientEchoAndSubprotocol()
{
    const QString node = QStringLiteral(WSPROBE_TEST_NODE);
    if (node.isEmpty() || node.endsWith(QLatin1String("NOTFOUND")))
        QSKIP("node was not found when the tests were configured");
    ServerConfig config;
    config.subprotocolPolicy = ServerConfig::SubprotocolPolicy::Preference;
    config.subprotocols = {QStringLiteral("v2"), QStringLiteral("v1")};
    ServeController serve(m_clock);
    serve.setRules(ServeRules::echoRules());
    QString error;
    QVERIFY(serve.listen(config, &error));
    qputenv("WS_SUBPROTOCOLS", "v1,v2");
    const QStringList out =
        runClient(node, {nodeClient(), serve.url().toString(), QStringLiteral("2"),
                         QStringLiteral("one"), QStringLiteral("hex:00ff")});
    qunsetenv("WS_SUBPROTOCOLS");
    // The server's Close echoes the code (RFC 6455 §5.5.1), without the client's reason.
    QCOMPARE(out, (QStringList{"OPEN v2", "TEXT one", "BINARY 00ff", "CLOSE 1000 "}));
    QTRY_COMPARE(serve.openClientCount(), 0);
    QCOMPARE(serve.client(serve.clientIds().first())->protocol, "v2");
}

void TestServeController::pathsRefuseOthers()
{
    ServerConfig config;
    config.paths = {QStringLiteral("/ok")};
    ServeController serve(m_clock);
    QString error;
    QVERIFY(serve.listen(config, &error));
    const QStringList out =
        runClient(python(), {pythonClient(), serve.url(QStringLiteral("/nope")).toString(),
                             QStringLiteral("0")});
    QVERIFY2(out.isEmpty() || !out.first().startsWith(QLatin1String("OPEN")),
             qPrintable(out.join(QLatin1Char('|'))));
    const QStringList ok =
        runClient(python(), {pythonClient(), serve.url(QStringLiteral("/ok")).toString(),
                             QStringLiteral("0")});
    QCOMPARE(ok.value(0), "OPEN ");
}

void TestServeController::portInUse()
{
    ServeController first(m_clock);
    QString error;
    QVERIFY(first.listen(ServerConfig(), &error));
    ServerConfig config;
    config.port = first.port();
    ServeController second(m_clock);
    QVERIFY(!second.listen(config, &error));
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
}

void TestServeController::numberedPath()
{
    QCOMPARE(ServeController::numberedPath("/t/a.wsprobe.jsonl", 1), "/t/a.wsprobe.jsonl");
    QCOMPARE(ServeController::numberedPath("/t/a.wsprobe.jsonl", 3), "/t/a-3.wsprobe.jsonl");
    QCOMPARE(ServeController::numberedPath("a.har", 2), "a-2.har");
    QCOMPARE(ServeController::numberedPath("dir.x/a", 2), "dir.x/a-2");
}

void TestServeController::closedClientsAreFreed()
{
    // Engines an earlier test let go of are deleted later; count from after them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int before = ServerEngine::liveCount();
    ServeController serve(m_clock);
    serve.setRules(ServeRules::echoRules());
    serve.setKeepLogs(true);
    serve.setFinishedClientsKept(5);
    ServeClientModel model(&serve);
    QSignalSpy removed(&serve, &ServeController::clientRemoved);
    QString error;
    QVERIFY2(serve.listen(ServerConfig(), &error), qPrintable(error));
    constexpr int Rounds = 3, PerKind = 5;
    for (int round = 0; round < Rounds; ++round) {
        // Half Wsprobe's own client, half QWebSocket, all open at once.
        std::vector<std::unique_ptr<Connection>> own;
        std::vector<std::unique_ptr<ConnectionSpy>> spies;
        std::vector<std::unique_ptr<QWebSocket>> qt;
        int qtEchoes = 0;
        for (int i = 0; i < PerKind; ++i) {
            own.push_back(std::make_unique<Connection>(m_clock));
            spies.push_back(std::make_unique<ConnectionSpy>(own.back().get()));
            ConnectionRequest request;
            request.url = serve.url(QStringLiteral("/own"));
            QVERIFY(own.back()->open(request));
            qt.push_back(std::make_unique<QWebSocket>());
            connect(qt.back().get(), &QWebSocket::textMessageReceived, this,
                    [&qtEchoes] { ++qtEchoes; });
            qt.back()->open(serve.url(QStringLiteral("/qt")));
        }
        QTRY_COMPARE(serve.openClientCount(), 2 * PerKind);
        QCOMPARE(serve.liveClientCount(), 2 * PerKind);
        QCOMPARE(ServerEngine::liveCount(), before + 2 * PerKind);
        for (auto &c : own)
            QTRY_COMPARE(c->readyState(), ReadyState::Open);
        for (auto &q : qt)
            QTRY_COMPARE(q->state(), QAbstractSocket::ConnectedState);
        for (auto &c : own)
            c->sendText("one");
        for (auto &q : qt)
            q->sendTextMessage(QStringLiteral("one"));
        for (auto &s : spies)
            QTRY_COMPARE(s->messages(Direction::In).size(), 1);
        QTRY_COMPARE(qtEchoes, PerKind);
        for (auto &c : own)
            c->close(1000, QString());
        for (auto &q : qt)
            q->close();
        QTRY_COMPARE(serve.openClientCount(), 0);
        // Every client's connection, engine and socket are freed, not only closed.
        QTRY_COMPARE(serve.liveClientCount(), 0);
        QTRY_COMPARE(ServerEngine::liveCount(), before);
    }
    // The newest five rows that left stay, with their counts and logs; the rest are gone.
    const int total = Rounds * 2 * PerKind;
    QCOMPARE(removed.count(), total - 5);
    const QList<int> kept = serve.clientIds();
    QCOMPARE(kept.size(), 5);
    QCOMPARE(model.rowCount(), 5);
    for (int id : kept) {
        QVERIFY2(id > total - 2 * PerKind, qPrintable(QString::number(id))); // the last round
        QCOMPARE(serve.client(id)->state, ReadyState::Closed);
        QCOMPARE(serve.client(id)->messagesIn, 1);
        QCOMPARE(serve.client(id)->messagesOut, 1);
        serve.clientLog(id)->flush(); // rows are published in batches
        QVERIFY(serve.clientLog(id)->rowCount() >= 3);
        QVERIFY(model.rowOf(id) >= 0);
        QVERIFY(!serve.engine(id));
        QVERIFY(!serve.ping(id));
        QVERIFY(!serve.close(id, 1000, QString()));
    }
    QVERIFY(!serve.client(1));
    // A forgotten client still numbers its rows in the merged log.
    QCOMPARE(serve.mergedClient(0), 1);
    QVERIFY(!serve.send(1, OutgoingMessage::text(QStringLiteral("x")), &error));
}

void TestServeController::oversizedFrameIsStreamed()
{
    ServeController serve(m_clock);
    QString error;
    QVERIFY2(serve.listen(ServerConfig(), &error), qPrintable(error));
    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = serve.url();
    request.maxFrameSize = request.maxMessageSize = 128 * 1024 * 1024;
    QVERIFY(client.open(request));
    QTRY_COMPARE(client.readyState(), ReadyState::Open);
    QTRY_COMPARE(serve.openClientCount(), 1);
    const int id = serve.clientIds().first();
    QTRY_COMPARE(serve.client(id)->state, ReadyState::Open);
    constexpr qint64 Size = 64 * 1024 * 1024;
    ServeFault fault;
    QVERIFY2(ServeFault::parse(QStringLiteral("oversized=%1").arg(Size), &fault, &error),
             qPrintable(error));
    QVERIFY2(serve.applyFault(id, fault, &error), qPrintable(error));
    // Sent while the payload is still going out: it waits for it rather than landing inside.
    QCOMPARE(serve.sendTo({id}, OutgoingMessage::text(QStringLiteral("after")), &error), 1);
    // One streamed frame at a time, said plainly.
    QVERIFY(!serve.applyFault(id, fault, &error));
    QVERIFY2(error.contains(QLatin1String("still being written")), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 2, 120000);
    const QList<Event> in = spy.messages(Direction::In);
    QCOMPARE(in.at(0).kind, EventKind::Binary);
    QCOMPARE(in.at(0).payload.size(), Size);
    QCOMPARE(in.at(0).payload.count('x'), Size);
    QCOMPARE(in.at(1).payload, QByteArray("after"));
    // The server never held the frame: its socket's buffer stayed within two slices.
    ServerEngine *engine = serve.engine(id);
    QVERIFY(engine);
    const qint64 peak = engine->streamPeakBufferedBytes();
    QVERIFY2(peak > 0 && peak <= 2 * FramedEngine::StreamSliceBytes + 1024,
             qPrintable(QString::number(peak)));
    client.close(1000, QString());
    QTRY_COMPARE(serve.openClientCount(), 0);
}

void TestServeController::repeatToSelectionAndAll()
{
    ServeController serve(m_clock);
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    std::vector<std::unique_ptr<Connection>> clients;
    std::vector<std::unique_ptr<ConnectionSpy>> spies;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<Connection>(m_clock));
        spies.push_back(std::make_unique<ConnectionSpy>(clients.back().get()));
        ConnectionRequest request;
        request.url = serve.url();
        clients.back()->open(request);
    }
    for (auto &c : clients)
        QTRY_COMPARE(c->readyState(), ReadyState::Open);
    QTRY_COMPARE(serve.openClientCount(), 3);
    const QList<int> ids = serve.clientIds();
    for (int id : ids)
        QTRY_COMPARE(serve.client(id)->state, ReadyState::Open);
    // A message that cannot be built is said at once.
    QCOMPARE(serve.startRepeat({}, OutgoingMessage::hex(QStringLiteral("zz")), 10, 0, &error), 0);
    QVERIFY(!error.isEmpty());
    error.clear();
    // Three times to the first and the third, none to the second.
    QCOMPARE(serve.startRepeat({ids.at(0), ids.at(2)},
                               OutgoingMessage::text(QStringLiteral("tick")), 20, 3, &error),
             2);
    QTRY_COMPARE(serve.repeatingCount(), 0);
    QCOMPARE(serve.repeatSentCount(), 6);
    for (int i : {0, 2}) {
        QTRY_COMPARE(spies[size_t(i)]->messages(Direction::In).size(), 3);
        for (const Event &e : spies[size_t(i)]->messages(Direction::In))
            QCOMPARE(e.payload, QByteArray("tick"));
    }
    QCOMPARE(spies[1]->messages(Direction::In).size(), 0);
    // To all, until stopped.
    QCOMPARE(serve.startRepeat({}, OutgoingMessage::text(QStringLiteral("all")), 10, 0, &error), 3);
    for (auto &s : spies)
        QTRY_VERIFY(s->messages(Direction::In).size() >= 5);
    QCOMPARE(serve.repeatingCount(), 3);
    serve.stopRepeat();
    QCOMPARE(serve.repeatingCount(), 0);
    // Nothing follows a marker sent after the stop (each client's messages keep their order).
    QCOMPARE(serve.sendTo({}, OutgoingMessage::text(QStringLiteral("marker")), &error), 3);
    for (auto &s : spies)
        QTRY_COMPARE(s->messages(Direction::In).last().payload, QByteArray("marker"));
    QTest::qWait(100);
    for (auto &s : spies)
        QCOMPARE(s->messages(Direction::In).last().payload, QByteArray("marker"));
    // A client that leaves stops its own repeat; the others go on.
    QCOMPARE(serve.startRepeat({}, OutgoingMessage::text(QStringLiteral("again")), 10, 0, &error),
             3);
    const auto agains = [&spies] {
        const QList<Event> in = spies[0]->messages(Direction::In);
        return std::count_if(in.cbegin(), in.cend(),
                             [](const Event &e) { return e.payload == QByteArray("again"); });
    };
    QTRY_VERIFY(agains() >= 2);
    clients[0]->close(1000, QString());
    QTRY_COMPARE(serve.repeatingCount(), 2);
    serve.stopRepeat();
    // What it was sent still counts once its connection is freed, until its row is forgotten.
    QTRY_COMPARE(serve.liveClientCount(), 2);
    const qint64 withLeaver = serve.repeatSentCount();
    serve.setFinishedClientsKept(0);
    QCOMPARE(serve.clientIds().size(), 2);
    QVERIFY(withLeaver - serve.repeatSentCount() >= 2);
}

void TestServeController::eventsAreAnnouncedInTheOrderTheyHappened()
{
    // A greeting and an echo are sent from within the handling of what caused them; the
    // console and the tab print clientEvent as it comes, so the cause must come first.
    ServeController serve(m_clock);
    serve.setRules(rulesFrom(R"([{"on":"connect","reply":"welcome"},{"reply":{"mode":"echo"}}])"));
    QStringList announced;
    connect(&serve, &ServeController::clientEvent, this, [&](int, const Event &e) {
        if (e.kind == EventKind::Open)
            announced << QStringLiteral("open");
        else if (e.kind == EventKind::Text)
            announced << (e.direction == Direction::In ? QStringLiteral("in ")
                                                       : QStringLiteral("out "))
                             + QString::fromUtf8(e.payload);
    });
    QString error;
    QVERIFY2(serve.listen(ServerConfig(), &error), qPrintable(error));
    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = serve.url(QStringLiteral("/"));
    QVERIFY(client.open(request));
    QTRY_COMPARE(spy.messages(Direction::In).size(), 1);
    client.sendText("one");
    client.sendText("two");
    QTRY_COMPARE(spy.messages(Direction::In).size(), 3);
    QTRY_COMPARE(announced.size(), 6);
    QCOMPARE(announced,
             (QStringList{"open", "out welcome", "in one", "out one", "in two", "out two"}));
    client.abort();
}

QTEST_MAIN(TestServeController)
#include "tst_servecontroller.moc"
