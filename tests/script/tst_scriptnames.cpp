// A script's own names never clash with the API's (docs/scripting.md, "Names"): a serve
// script's top level may declare `clients`, `delay`, `log`, `setTimeout`, … and a tab script
// may declare or assign `ws`, `setTimeout`, …; the script then has its own, and everything the
// prelude does for it (sleep, timers, on(), the expectations) keeps working. Real peers on
// 127.0.0.1: a client of the serve session, the echo server for the tab's runtime.
#include <QSignalSpy>
#include <QTest>

#include "common/connectionspy.h"
#include "common/testserver.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/server/serverconfig.h"
#include "script/scriptruntime.h"
#include "script/servescriptsession.h"
#include "serve/servecontroller.h"
#include "workbench/connectionworkbench.h"

class TestScriptNames : public QObject
{
    Q_OBJECT
private slots:
    void serveScriptDeclaresApiNames_data();
    void serveScriptDeclaresApiNames();
    void tabScriptDeclaresOrAssignsApiNames_data();
    void tabScriptDeclaresOrAssignsApiNames();

private:
    SystemClock m_clock;
};

void TestScriptNames::serveScriptDeclaresApiNames_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reply");
    // Each hook answers "hi" with what its own names and the API (through globalThis) say.
    QTest::addRow("let clients = new Map()") << R"(
        let clients = new Map();
        function onClientMessage(client, msg) {
            clients.set(client.id, (clients.get(client.id) || 0) + 1);
            client.send('mine ' + clients.get(client.id) + ' open ' + globalThis.clients.count);
        })"
                                             << "mine 1 open 1";
    QTest::addRow("function delay") << R"(
        function delay(text) { return 'mine ' + text; }
        async function onClientMessage(client, msg) {
            await sleep(5);
            client.send(delay(msg.data));
        })"
                                    << "mine hi";
    QTest::addRow("const log") << R"(
        const log = [];
        function onClientMessage(client, msg) { log.push(msg.data); client.send('kept ' + log.length); })"
                               << "kept 1";
    QTest::addRow("let sleep, var broadcast, class clients") << R"(
        let sleep = 2;
        var broadcast = function () { return 'b'; };
        class clients {}
        async function onClientMessage(client, msg) {
            await delay(5);
            client.send(broadcast() + sleep + typeof clients);
        })"
                                                             << "b2function";
    // The prelude's own sleep and delay go through its timers, not the script's.
    QTest::addRow("function setTimeout") << R"(
        let mine = 0;
        function setTimeout(fn, ms) { mine++; return 0; }
        function clearTimeout(id) { mine++; }
        async function onClientMessage(client, msg) {
            await delay(5);
            await sleep(5);
            client.send('slept, mine called ' + mine);
        })"
                                         << "slept, mine called 0";
    QTest::addRow("var __host") << R"(
        var __host = {};
        function onClientMessage(client, msg) { client.send('still sent'); })"
                                << "still sent";
}

void TestScriptNames::serveScriptDeclaresApiNames()
{
    QFETCH(QString, source);
    QFETCH(QString, reply);
    ServeController controller(m_clock);
    auto script = std::make_shared<ServeScriptSession>(controller, m_clock);
    QStringList problems;
    connect(script.get(), &ServeScriptSession::problem,
            [&problems](const QString &m) { problems << m; });
    QString error;
    QVERIFY2(script->start(source, QStringLiteral("mock.js"), &error), qPrintable(error));
    ServeRules rules;
    QVERIFY(ServeRules::fromJson(
        R"({"format":"wsprobe-serve-rules","script":"mock.js","rules":[{"reply":{"mode":"script"}}]})",
        &rules, &error));
    rules.scriptRunner = script;
    controller.setRules(rules);
    QVERIFY2(controller.listen(ServerConfig(), &error), qPrintable(error));

    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = controller.url();
    client.open(request);
    QVERIFY(spy.waitForState(ReadyState::Open));
    client.sendText("hi");
    QTRY_VERIFY_WITH_TIMEOUT(!spy.messages(Direction::In).isEmpty() || !problems.isEmpty(), 10000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(QString::fromUtf8(spy.messages(Direction::In).first().payload), reply);
}

void TestScriptNames::tabScriptDeclaresOrAssignsApiNames_data()
{
    QTest::addColumn<QString>("source");
    // Declarations: the script's top level is its own scope.
    QTest::addRow("let ws, const log, function sleep") << R"(
        const api = globalThis.ws;
        let ws = 'mine';
        const log = [];
        function sleep() { return 'mine'; }
        api.send('hello');
        await expectMessage('hello', {within: 5000});
        await expectNoMessage('never', {for: 20});
        log.push(sleep());
        expect(ws + log[0]).toBe('minemine');
    )";
    // Assignments reach the global object; the prelude keeps its own timers and ws.
    QTest::addRow("setTimeout = stub") << R"(
        let stubbed = 0;
        setTimeout = function () { stubbed++; return 0; };
        clearTimeout = function () { stubbed++; };
        ws.send('x');
        await expectMessage('x', {within: 5000});
        await expectNoMessage('never', {for: 20});
        expect(stubbed).toBe(0);
    )";
    QTest::addRow("ws = undefined") << R"(
        const api = ws;
        let heard = 0;
        ws = undefined;
        on('message', m => { heard++; });
        api.send('y');
        await expectMessage('y', {within: 5000});
        expect(heard).toBe(1);
    )";
}

void TestScriptNames::tabScriptDeclaresOrAssignsApiNames()
{
    QFETCH(QString, source);
    TestServer server;
    server.echo = true;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    ConnectionWorkbench workbench(m_clock);
    ScriptRuntime runtime(workbench, m_clock);
    ConnectionRequest request;
    request.url = server.url(QStringLiteral("/echo"));
    workbench.setRequest(request);
    QSignalSpy finished(&runtime, &ScriptRuntime::finished);
    QVERIFY(runtime.start(source));
    if (runtime.isRunning() && !finished.wait(15000))
        runtime.stop(QStringLiteral("test timeout"));
    const ScriptOutcome o = runtime.outcome();
    QVERIFY2(o.status == ScriptOutcome::Status::Passed,
             qPrintable(QStringLiteral("line %1: %2").arg(o.line).arg(o.message)));
}

QTEST_MAIN(TestScriptNames)
#include "tst_scriptnames.moc"
