// Serve mode driven by a script (docs/scripting.md, "Serve mode"): one runtime per serve
// session holding state across clients, real clients over 127.0.0.1, hostile scripts that must
// leave the server serving, and `wsprobe-cli serve --rules` with a script rule end to end.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/connectionspy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/server/serverconfig.h"
#include "script/servescriptsession.h"
#include "serve/servecontroller.h"

namespace {

/// A controller whose rules hand every message to a script run from source.
struct Server
{
    Server(const Clock &clock, const QString &source, const QByteArray &rules = {})
        : controller(clock)
        , script(std::make_shared<ServeScriptSession>(controller, clock))
    {
        QObject::connect(script.get(), &ServeScriptSession::problem,
                         [this](const QString &m) { problems << m; });
        QObject::connect(script.get(), &ServeScriptSession::logged,
                         [this](const QString &t) { logs << t; });
        // Not shorter: the watchdog counts any stall of the main thread, and a loaded CI machine
        // stalls for some hundred milliseconds now and then.
        script->setBusyLimitMs(2000);
        QString error;
        started = script->start(source, QStringLiteral("mock.js"), &error);
        startError = error;
        ServeRules r;
        const QByteArray file =
            R"({"format":"wsprobe-serve-rules","script":"mock.js","rules":)"
            + (rules.isEmpty() ? QByteArray(R"([{"reply":{"mode":"script"}}])") : rules) + "}";
        if (!ServeRules::fromJson(file, &r, &error))
            qFatal("bad rules in the test: %s", qPrintable(error));
        r.scriptRunner = script;
        controller.setRules(r);
        listening = controller.listen(ServerConfig(), &error);
    }
    ServeController controller;
    std::shared_ptr<ServeScriptSession> script;
    bool started = false;
    bool listening = false;
    QString startError;
    QStringList problems, logs;
};

/// One client of the test, connected.
struct Client
{
    Client(const Clock &clock, const QUrl &url)
        : connection(clock)
        , spy(&connection)
    {
        ConnectionRequest r;
        r.url = url;
        connection.open(r);
    }
    QStringList texts() const
    {
        QStringList out;
        for (const Event &e : spy.messages(Direction::In))
            out << QString::fromUtf8(e.payload);
        return out;
    }
    Connection connection;
    ConnectionSpy spy;
};

const char *StatefulMock = R"(
    // A counter per client, subscriptions per client, a total over the session.
    const counts = {};
    let total = 0;
    const subs = {};
    function onClientConnect(client) { counts[client.id] = 0; client.send('hello ' + client.id); }
    const onClientMessage = async (client, msg) => {
        total++;
        counts[client.id]++;
        const m = msg.json();
        if (m.op === 'sub') { (subs[m.topic] = subs[m.topic] || []).push(client.id);
                              client.send(JSON.stringify({ack: m.topic, n: counts[client.id]})); }
        else if (m.op === 'pub') {
            await delay(20);
            for (const id of subs[m.topic] || [])
                clients.get(id).send(JSON.stringify({topic: m.topic, data: m.data}));
        } else if (m.op === 'count') client.send(JSON.stringify({mine: counts[client.id], total}));
        else if (m.op === 'bin') client.send(new Uint8Array([1, 2, 255]).buffer);
        else if (m.op === 'raw') client.send('{{notAVariable}}');
        else if (m.op === 'all') broadcast('to all but ' + client.id, {except: client});
        else if (m.op === 'bye') client.close(4000, 'asked');
    };
    var onClientClose = function (client) { log('gone', client.id, client.closeCode); };
)";

QString cli()
{
    return QStringLiteral(WSPROBE_CLI_PATH);
}

} // namespace

class TestServeScript : public QObject
{
    Q_OBJECT
private slots:
    void statefulMockWithTwoClients();
    void throwingAndLoopingScriptsKeepTheServerServing();
    void badScriptAndRules();
    void cliServeWithScriptRule();

private:
    SystemClock m_clock;
};

void TestServeScript::statefulMockWithTwoClients()
{
    Server server(m_clock, QString::fromUtf8(StatefulMock));
    QVERIFY2(server.started, qPrintable(server.startError));
    QVERIFY(server.listening);
    Client a(m_clock, server.controller.url()), b(m_clock, server.controller.url());
    QVERIFY(a.spy.waitForState(ReadyState::Open));
    QVERIFY(b.spy.waitForState(ReadyState::Open));
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 1, 10000);
    QVERIFY(a.texts().first().startsWith("hello "));
    QVERIFY(a.texts().first() != b.texts().first());

    a.connection.sendText(R"({"op":"sub","topic":"t"})");
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 2, 10000);
    QCOMPARE(a.texts().at(1), R"({"ack":"t","n":1})");
    b.connection.sendText(R"({"op":"sub","topic":"t"})");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 2, 10000);
    QCOMPARE(b.texts().at(1), R"({"ack":"t","n":1})"); // counted per client
    // Published by a, after the script's delay, to both subscribers.
    a.connection.sendText(R"({"op":"pub","topic":"t","data":7})");
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 3, 10000);
    QCOMPARE(b.texts().at(2), R"({"topic":"t","data":7})");
    b.connection.sendText(R"({"op":"count"})");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 4, 10000);
    QCOMPARE(b.texts().at(3), R"({"mine":2,"total":4})"); // state shared by the session
    // Binary as it is; text as it is (no variable expansion of what a script sends).
    a.connection.sendText(R"({"op":"bin"})");
    QTRY_COMPARE_WITH_TIMEOUT(a.spy.messages(Direction::In).size(), 4, 10000);
    QCOMPARE(a.spy.messages(Direction::In).at(3).kind, EventKind::Binary);
    QCOMPARE(a.spy.messages(Direction::In).at(3).payload, QByteArray("\x01\x02\xff", 3));
    a.connection.sendText(R"({"op":"raw"})");
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 5, 10000);
    QCOMPARE(a.texts().at(4), "{{notAVariable}}");
    a.connection.sendText(R"({"op":"all"})");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 5, 10000);
    QVERIFY(b.texts().at(4).startsWith("to all but "));
    // b asks to be closed; onClientClose hears it with the code.
    b.connection.sendText(R"({"op":"bye"})");
    QVERIFY(b.spy.waitForClosed());
    QCOMPARE(b.spy.lastClose().code, 4000);
    QTRY_COMPARE_WITH_TIMEOUT(server.logs.size(), 1, 10000);
    QVERIFY2(server.logs.first().startsWith("gone ") && server.logs.first().endsWith(" 4000"),
             qPrintable(server.logs.first()));
    QCOMPARE(a.texts().size(), 5); // the broadcast skipped its sender
    QVERIFY2(server.problems.isEmpty(), qPrintable(server.problems.join('\n')));
}

void TestServeScript::throwingAndLoopingScriptsKeepTheServerServing()
{
    Server server(m_clock, QStringLiteral(R"(
        let n = 0;
        function onClientMessage(client, msg) {
            n++;
            if (msg.data === 'throw') { const x = null; x.boom(); }
            if (msg.data === 'loop') { for (;;) {} }
            if (msg.data === 'later') { sleep(10).then(() => { throw new Error('async ' + n); }); }
            client.send('ok ' + n);
        }
    )"));
    QVERIFY2(server.started, qPrintable(server.startError));
    Client a(m_clock, server.controller.url());
    QVERIFY(a.spy.waitForState(ReadyState::Open));
    a.connection.sendText("throw");
    QTRY_COMPARE_WITH_TIMEOUT(server.problems.size(), 1, 10000);
    QVERIFY2(server.problems.at(0).contains("mock.js:5")
                 && server.problems.at(0).contains("TypeError"),
             qPrintable(server.problems.at(0)));
    a.connection.sendText("loop");
    QTRY_COMPARE_WITH_TIMEOUT(server.problems.size(), 2, 15000);
    QVERIFY2(server.problems.at(1).contains("2000 ms"), qPrintable(server.problems.at(1)));
    // Still serving, with the script's state as it was.
    a.connection.sendText("again");
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 1, 10000);
    QCOMPARE(a.texts().first(), "ok 3");
    QCOMPARE(a.connection.readyState(), ReadyState::Open);
    // A second client is served too.
    Client b(m_clock, server.controller.url());
    QVERIFY(b.spy.waitForState(ReadyState::Open));
    b.connection.sendText("b");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 1, 10000);
    QCOMPARE(b.texts().first(), "ok 4");
    QCOMPARE(server.problems.size(), 2);
}

void TestServeScript::badScriptAndRules()
{
    // A syntax error: the file and line, and no session.
    Server bad(m_clock, QStringLiteral("function onClientMessage(c, m) {\n  c.send(;\n}\n"));
    QVERIFY(!bad.started);
    QVERIFY2(bad.startError.startsWith("mock.js:2: SyntaxError"), qPrintable(bad.startError));
    // A top level that never ends is interrupted.
    Server loop(m_clock, QStringLiteral("while (true) {}"));
    QVERIFY(!loop.started);
    QVERIFY2(loop.startError.contains("2000 ms"), qPrintable(loop.startError));
    // The rules file's own errors.
    ServeRules rules;
    QString error;
    QVERIFY(!ServeRules::fromJson(
        R"({"format":"wsprobe-serve-rules","rules":[{"reply":{"mode":"script"}}]})", &rules,
        &error));
    QVERIFY2(error.contains("needs the file's \"script\""), qPrintable(error));
    QVERIFY(!ServeRules::fromJson(
        R"({"format":"wsprobe-serve-rules","script":"m.js","rules":[{"on":"connect","reply":{"mode":"script"}}]})",
        &rules, &error));
    QVERIFY2(error.contains("onClientConnect"), qPrintable(error));
    QVERIFY(!ServeRules::fromJson(
        R"({"format":"wsprobe-serve-rules","script":"m.js","rules":[{"reply":{"mode":"script"},"delayMs":5}]})",
        &rules, &error));
    QVERIFY2(error.contains("\"delayMs\""), qPrintable(error));
    QVERIFY(!ServeRules::fromJson(R"({"format":"wsprobe-serve-rules","script":3,"rules":[]})",
                                  &rules, &error));
    QVERIFY2(error.contains("\"script\""), qPrintable(error));
    // Round trip of a file with a script.
    const QByteArray good =
        R"({"format":"wsprobe-serve-rules","script":"m.js","rules":[{"match":{"type":"plain","text":"x"},"reply":{"mode":"script"}}]})";
    QVERIFY2(ServeRules::fromJson(good, &rules, &error), qPrintable(error));
    ServeRules again;
    QVERIFY(ServeRules::fromJson(rules.toJson(), &again, &error));
    QCOMPARE(again, rules);
    QVERIFY(again.rules.first().toScript);
    QCOMPARE(again.script, "m.js");
}

void TestServeScript::cliServeWithScriptRule()
{
    QTemporaryDir dir;
    {
        QFile js(dir.filePath("mock.js"));
        QVERIFY(js.open(QIODevice::WriteOnly));
        js.write("let n = 0;\n"
                 "const onClientMessage = (client, msg) => {\n"
                 "  n++;\n"
                 "  log('got', msg.data);\n"
                 "  client.send('#' + n + ' ' + msg.data);\n"
                 "};\n");
        QFile rules(dir.filePath("rules.json"));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        // A plain rule before the script's: rules still come first.
        rules.write(R"({"format":"wsprobe-serve-rules","script":"mock.js","rules":[
            {"match":{"type":"plain","text":"ping"},"reply":"pong"},
            {"reply":{"mode":"script"}}]})");
    }
    QProcess p;
    p.start(cli(), {"serve", "--json", "--port", "0", "--rules", dir.filePath("rules.json")});
    QVERIFY(p.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor([&] { return p.canReadLine(); }, 15000));
    const QJsonObject listening = QJsonDocument::fromJson(p.readLine()).object();
    const QUrl url(listening.value("url").toString());
    QVERIFY2(url.port() > 0, qPrintable(listening.value("url").toString()));
    Client a(m_clock, url), b(m_clock, url);
    QVERIFY(a.spy.waitForState(ReadyState::Open));
    QVERIFY(b.spy.waitForState(ReadyState::Open));
    a.connection.sendText("one");
    QTRY_COMPARE_WITH_TIMEOUT(a.texts().size(), 1, 15000);
    b.connection.sendText("ping");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 1, 15000);
    b.connection.sendText("two");
    QTRY_COMPARE_WITH_TIMEOUT(b.texts().size(), 2, 15000);
    QCOMPARE(a.texts(), QStringList{"#1 one"});
    QCOMPARE(b.texts(), (QStringList{"pong", "#2 two"}));
    a.connection.close(1000, {});
    b.connection.close(1000, {});
    QVERIFY(a.spy.waitForClosed());
    QVERIFY(b.spy.waitForClosed());
    p.terminate();
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 15000));
    const QString out = QString::fromUtf8(p.readAll());
    QVERIFY2(out.contains(R"({"type":"log","text":"got one"})"), qPrintable(out));

    // A script that does not parse: exit status 2 with the file and line.
    {
        QFile js(dir.filePath("mock.js"));
        QVERIFY(js.open(QIODevice::WriteOnly | QIODevice::Truncate));
        js.write("\n\nfunction (\n");
    }
    QProcess bad;
    bad.start(cli(), {"serve", "--port", "0", "--rules", dir.filePath("rules.json")});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
    const QString err = QString::fromUtf8(bad.readAllStandardError());
    QVERIFY2(err.contains("mock.js:3"), qPrintable(err));
}

QTEST_MAIN(TestServeScript)
#include "tst_servescript.moc"
