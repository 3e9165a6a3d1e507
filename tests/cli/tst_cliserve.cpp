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
    QTest::addRow("path") << QStringList{"--path", "chat"}
                          << "--path takes a path that starts with '/', not \"chat\".";
    QTest::addRow("host") << QStringList{"--host", "example.com"}
                          << "--host takes an IP address to listen on (127.0.0.1, ::1, "
                             "0.0.0.0), not \"example.com\".";
    QTest::addRow("port") << QStringList{"--port", "70000"}
                          << "--port takes a number from 0 to 65535, not \"70000\".";
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

QTEST_MAIN(TestCliServe)
#include "tst_cliserve.moc"
