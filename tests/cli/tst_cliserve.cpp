// wsprobe-cli serve, run as a user would: real clients, SIGINT, the recorded sessions, and
// the errors of bad input.
#include <csignal>
#include <signal.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "common/clirun.h"
#include "common/connectionspy.h"
#include "common/testpki.h"
#include "connection/clock.h"
#include "session/sessionreader.h"

namespace {

const QString Cli = QStringLiteral(WSPROBE_CLI_PATH);

/// Starts `wsprobe-cli serve ARGS --json` and reads the URL it listens on.
bool startServe(QProcess *p, const QStringList &args, QUrl *url)
{
    p->start(Cli, QStringList{QStringLiteral("serve"), QStringLiteral("--json")} + args);
    if (!p->waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([&] { return p->canReadLine(); }, 10000))
        return false;
    const QJsonObject line = QJsonDocument::fromJson(p->readLine()).object();
    *url = QUrl(line.value(QStringLiteral("url")).toString());
    return line.value(QStringLiteral("type")).toString() == QLatin1String("listening")
           && url->port() > 0;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &l : out.split('\n')) {
        if (!l.isEmpty())
            lines << QJsonDocument::fromJson(l).object();
    }
    return lines;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT
private slots:
    void echoRecordAndSigint();
    void rulesFromFile();
    void malformedRulesFile();
    void badArguments_data();
    void badArguments();
    void portInUse();
    void faultsFromTheCommandLine_data();
    void faultsFromTheCommandLine();
    void refusedUpgrade();
    void tlsWithCertificateFiles();
    void negotiationOptions();
};

void TestCliServe::echoRecordAndSigint()
{
    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("c.wsprobe.jsonl"));
    QProcess p;
    QUrl url;
    QVERIFY(startServe(&p, {QStringLiteral("--echo"), QStringLiteral("-o"), record}, &url));
    SystemClock clock;
    Connection a(clock), b(clock);
    ConnectionSpy spyA(&a), spyB(&b);
    ConnectionRequest request;
    request.url = url.resolved(QUrl(QStringLiteral("/chat")));
    a.open(request);
    QVERIFY(spyA.waitForState(ReadyState::Open));
    b.open(request);
    QVERIFY(spyB.waitForState(ReadyState::Open));
    a.sendText("from a");
    b.sendBinary("\x01\x02");
    QVERIFY(spyA.waitForEvents(EventKind::Text, 2)); // its own and the echo
    QVERIFY(spyB.waitForEvents(EventKind::Binary, 2));
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(spyA.waitForClosed());
    QVERIFY(spyB.waitForClosed());
    QCOMPARE(spyA.lastClose().code, 1001);
    QCOMPARE(spyB.lastClose().code, 1001);
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QList<QJsonObject> lines = jsonLines(p.readAllStandardOutput());
    int textsOfA = 0;
    QSet<int> clients;
    for (const QJsonObject &o : lines) {
        clients << o.value(QStringLiteral("client")).toInt();
        if (o.value(QStringLiteral("type")) == QLatin1String("text")
            && o.value(QStringLiteral("data")) == QLatin1String("from a"))
            ++textsOfA;
    }
    QCOMPARE(clients, (QSet<int>{1, 2}));
    QCOMPARE(textsOfA, 2); // in and echoed out
    // Every client recorded, the second beside the first.
    for (const QString &path : {record, dir.filePath(QStringLiteral("c-2.wsprobe.jsonl"))}) {
        Session session;
        QString error;
        QVERIFY2(SessionReader::readFile(path, &session, &error), qPrintable(error));
        QCOMPARE(session.header.source, "serve");
        QCOMPARE(session.events.messageCount(Direction::In), 1);
        QCOMPARE(session.events.messageCount(Direction::Out), 1);
        QCOMPARE(session.events.at(session.events.size() - 1).code, 1001);
    }
}

void TestCliServe::rulesFromFile()
{
    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("r.json"));
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"wsprobe-serve-rules","rules":[
        {"on":"connect","reply":"hi"},
        {"match":{"type":"jsonEquals","path":"$.op","value":"add"},
         "reply":{"mode":"json","body":"{\"op\": \"{{$0}}\"}"}}]})");
    f.close();
    QProcess p;
    QUrl url;
    QVERIFY(startServe(
        &p, {QStringLiteral("--rules"), rules, QStringLiteral("--path"), QStringLiteral("/api")},
        &url));
    QWebSocket socket;
    QStringList texts;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { texts << m; });
    socket.open(url.resolved(QUrl(QStringLiteral("/api"))));
    QTRY_COMPARE(texts.size(), 1);
    socket.sendTextMessage(QStringLiteral(R"({"op":"add"})"));
    QTRY_COMPARE(texts.size(), 2);
    QCOMPARE(texts, (QStringList{"hi", R"({"op": "add"})"}));
    QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(int(socket.closeCode()), 1001);
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p.exitCode(), 0);
}

void TestCliServe::malformedRulesFile()
{
    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("r.json"));
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format":"wsprobe-serve-rules","rules":[{"name":"x","match":{"type":"regex","pattern":"(a"}}]})");
    f.close();
    const CliRun run =
        CliRun::run(Cli, {QStringLiteral("serve"), QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("wsprobe-cli: %1: rule 1 (\"x\"): \"match\": \"pattern\": Regex error "
                            "at character 3: missing closing parenthesis\n")
                 .arg(rules));
}

void TestCliServe::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addRow("two answers") << QStringList{"--echo", "--rules", "x"}
                                 << "--echo, --rules and --session answer clients in different "
                                    "ways; give one of them.";
    QTest::addRow("cert without key") << QStringList{"--tls-cert", "c.pem"}
                                      << "--tls-cert and --tls-key go together: the certificate "
                                         "and its key.";
    QTest::addRow("deflate param") << QStringList{"--deflate", "server_max_window_bits=20"}
                                   << "--deflate: \"server_max_window_bits=20\" is not "
                                      "server_no_context_takeover, client_no_context_takeover, "
                                      "server_max_window_bits=8..15 or "
                                      "client_max_window_bits=8..15.";
    QTest::addRow("response header") << QStringList{"--response-header", "no colon"}
                                     << "--response-header takes \"Name: value\", not \"no "
                                        "colon\".";
    QTest::addRow("subprotocol both") << QStringList{"--subprotocol", "a", "--no-subprotocol"}
                                      << "--no-subprotocol and --subprotocol contradict each "
                                         "other; give one.";
    QTest::addRow("path") << QStringList{"--path", "chat"}
                          << "--path takes a path that starts with '/', not \"chat\".";
    QTest::addRow("host") << QStringList{"--host", "example.com"}
                          << "--host takes an IP address to listen on (127.0.0.1, ::1, "
                             "0.0.0.0), not \"example.com\".";
    QTest::addRow("port") << QStringList{"--port", "70000"}
                          << "--port takes a number from 0 to 65535, not \"70000\".";
    QTest::addRow("unknown fault") << QStringList{"--fault", "explode"}
                                   << "--fault: \"explode\": unknown fault; see --help for the "
                                      "SPECs";
    QTest::addRow("fault value") << QStringList{"--fault", "reserved-opcode=9"}
                                 << "--fault: \"reserved-opcode\": 3 to 7 or 11 to 15";
    QTest::addRow("missing session")
        << QStringList{"--session", "/nonexistent/x.wsprobe.jsonl"} << "";
}

void TestCliServe::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const CliRun run = CliRun::run(Cli, QStringList{QStringLiteral("serve")} + args);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("wsprobe-cli: ") + error), qPrintable(err));
    QVERIFY(err.size() > 20);
}

void TestCliServe::portInUse()
{
    QProcess p;
    QUrl url;
    QVERIFY(startServe(&p, {}, &url));
    const CliRun run = CliRun::run(
        Cli, {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(url.port())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray::number(url.port())), run.err.constData());
    p.kill();
    p.waitForFinished();
}

void TestCliServe::faultsFromTheCommandLine_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    // QWebSocket's own reading of each fault: the code it closes with, or the server's.
    // Each a little after the open, so the test sees the connection open first.
    QTest::addRow("close with an application code") << "close=4002:bye@200" << 4002 << "bye";
    QTest::addRow("invalid UTF-8") << "invalid-utf8@200" << 1007 << "";
    QTest::addRow("reserved opcode, later") << "reserved-opcode=11@200" << 1002 << "";
}

void TestCliServe::faultsFromTheCommandLine()
{
    QFETCH(QString, fault);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QProcess p;
    QUrl url;
    QVERIFY(startServe(&p, {QStringLiteral("--echo"), QStringLiteral("--fault"), fault}, &url));
    QWebSocket client;
    client.open(url);
    QVERIFY(
        QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; },
                            10000));
    // Compared as int: 4002 is no QWebSocketProtocol::CloseCode.
    QCOMPARE(int(client.closeCode()), code);
    if (!reason.isEmpty())
        QCOMPARE(client.closeReason(), reason);
    p.kill();
    p.waitForFinished();
}

void TestCliServe::refusedUpgrade()
{
    QProcess p;
    QUrl url;
    QVERIFY(startServe(
        &p, {QStringLiteral("--fault"), QStringLiteral("refuse=503:come back later")}, &url));
    QProcess client;
    client.start(QStringLiteral(WSPROBE_TEST_PYTHON),
                 {QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/python_serve_client.py"),
                  url.toString(), QStringLiteral("1")});
    QVERIFY(client.waitForFinished(20000));
    // websockets refuses the connection with the status the server answered.
    const QByteArray err = client.readAllStandardError();
    QVERIFY2(err.contains("503"), err.constData());
    QVERIFY(!client.readAllStandardOutput().contains("OPEN"));
    p.kill();
    p.waitForFinished();
}

void TestCliServe::tlsWithCertificateFiles()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(makeTestPki(dir.path(), &error), qPrintable(error));
    QProcess p;
    QUrl url;
    QVERIFY(startServe(&p,
                       {QStringLiteral("--echo"), QStringLiteral("--tls-cert"),
                        dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                        dir.filePath(QStringLiteral("server.key"))},
                       &url));
    QCOMPARE(url.scheme(), "wss");
    // Python's ssl, verifying the chain to the test CA and the name 127.0.0.1.
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WS_CAFILE"), dir.filePath(QStringLiteral("ca.pem")));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(WSPROBE_TEST_PYTHON),
                 {QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/python_serve_client.py"),
                  url.resolved(QUrl(QStringLiteral("/secure"))).toString(), QStringLiteral("1"),
                  QStringLiteral("over TLS")});
    QVERIFY(client.waitForFinished(20000));
    const QStringList lines = QString::fromUtf8(client.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 4, qPrintable(lines.join(QLatin1Char('|'))
                                           + QString::fromUtf8(client.readAllStandardError())));
    QCOMPARE(lines.at(0), "OPEN ");
    QVERIFY2(lines.at(1).startsWith(QLatin1String("TLS TLSv1.")), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), "TEXT over TLS");
    // The reason is the server's, which answers the client's Close with the code alone.
    QCOMPARE(lines.at(3), "CLOSE 1000 ");
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p.exitCode(), 0);
    // The server printed the message of client 1 that came over TLS.
    int seen = 0;
    for (const QJsonObject &o : jsonLines(p.readAllStandardOutput())) {
        if (o.value(QStringLiteral("client")).toInt() == 1
            && o.value(QStringLiteral("type")) == QLatin1String("text")
            && o.value(QStringLiteral("data")) == QLatin1String("over TLS"))
            ++seen;
    }
    QCOMPARE(seen, 2); // in and echoed out
}

void TestCliServe::negotiationOptions()
{
    struct Run
    {
        QStringList args;
        QString protocol;
        QString extensions;
        bool header;
    };
    const QList<Run> runs = {
        {{"--echo", "--subprotocol", "beta", "--subprotocol", "alpha", "--deflate",
          "server_no_context_takeover; server_max_window_bits=9", "--response-header",
          "X-Mock: yes"},
         "beta",
         "permessage-deflate; server_no_context_takeover; server_max_window_bits=9",
         true},
        {{"--echo", "--no-subprotocol", "--no-deflate"}, "", "", false},
    };
    for (const Run &run : runs) {
        QProcess p;
        QUrl url;
        QVERIFY(startServe(&p, run.args, &url));
        SystemClock clock;
        Connection client(clock);
        ConnectionSpy spy(&client);
        ConnectionRequest request;
        request.url = url;
        request.subprotocols = {QStringLiteral("alpha"), QStringLiteral("beta")};
        client.open(request);
        QVERIFY(spy.waitForState(ReadyState::Open));
        const Event open = spy.eventsOf(EventKind::Open).first();
        QCOMPARE(open.protocol, run.protocol);
        QCOMPARE(open.extensions, run.extensions);
        const auto record = spy.eventsOf(EventKind::Handshake).first().handshake;
        QCOMPARE(record->responseHeaders.contains(HeaderField{"X-Mock", "yes"}), run.header);
        // The echo works compressed or not.
        client.sendText(QByteArray(2000, 'a'));
        QVERIFY(spy.waitForEvents(EventKind::Text, 2));
        QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray(2000, 'a'));
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(spy.waitForClosed());
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(p.exitCode(), 0);
    }
}

QTEST_MAIN(TestCliServe)
#include "tst_cliserve.moc"
