// The script runtime (docs/scripting.md) against real servers on 127.0.0.1: the ws API,
// stream assertions with every kind of matcher, variables, errors with their line, the
// fake clock (nothing sleeps), and hostile scripts that must leave the runtime and the
// connection working.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "common/encoders.h"
#include "common/externalserver.h"
#include "common/testserver.h"
#include "connection/clock.h"
#include "decode/decodepipeline.h"
#include "log/eventlog.h"
#include "script/asynctranspiler.h"
#include "script/scriptruntime.h"
#include "scriptrun.h"
#include "workbench/connectionworkbench.h"

namespace {

/// One workbench and runtime on a clock, with the outcome waited for (bounded).
struct Run
{
    explicit Run(const Clock &clock, const QUrl &url = {})
        : workbench(clock)
        , runtime(workbench, clock)
    {
        ConnectionRequest r;
        r.url = url;
        workbench.setRequest(r);
        QObject::connect(&runtime, &ScriptRuntime::logged, [this](const QString &t) { logs << t; });
    }
    ScriptOutcome go(const QString &source, int timeoutMs = 15000)
    {
        return runScriptToEnd(runtime, source, timeoutMs);
    }
    ConnectionWorkbench workbench;
    ScriptRuntime runtime;
    QStringList logs;
};

/// Bytes a real encoder made (Python's msgpack), as a JavaScript array literal.
QString pythonBytes(const QString &code)
{
    QStringList values;
    for (const char c : Encoders::python(code))
        values << QString::number(quint8(c));
    return QLatin1Char('[') + values.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString names(const ScriptOutcome &o)
{
    QStringList out;
    for (const ScriptCheck &c : o.checks)
        out << (c.passed ? QStringLiteral("PASS ") : QStringLiteral("FAIL ")) + c.name + " | "
                   + c.got;
    return out.join('\n') + "\n" + o.message;
}

} // namespace

class TestScriptRuntime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void transpilerKeepsLinesAndRewritesAwait();
    void conversationWithEveryMatcher();
    void jsonEqualsSugar();
    void decodedMessages();
    void countAndDirection();
    void failedAssertionReportsExpectedAndGot();
    void expectCloseSeesTheServersCode();
    void connectionFailureIsStatusOne();
    void errorsReportLineAndColumn();
    void fakeClockSleepAndTimeoutsDoNotSleep();
    void infiniteLoopIsInterrupted();
    void deepRecursionAndHugeStrings();
    void throwingInEveryHookKeepsTheConnection();
    void throwingMatcherFailsItsAssertion_data();
    void throwingMatcherFailsItsAssertion();
    void noFileOrProcessAccess();
    void hooksDeclaredAnyWay_data();
    void hooksDeclaredAnyWay();
    void pythonAndNodeServers_data();
    void pythonAndNodeServers();

private:
    TestServer m_server;
    SystemClock m_clock;
};

void TestScriptRuntime::initTestCase()
{
    m_server.echo = true;
    QString error;
    QVERIFY2(m_server.listen(&error), qPrintable(error));
}

void TestScriptRuntime::transpilerKeepsLinesAndRewritesAwait()
{
    const QString src = "const f = async (x) => {\n  const a = await g(x);\n  return a;\n};\n"
                        "async function h() { return await f(1) + 1; }\n"
                        "const s = 'await not here'; // await\n";
    const QString out = AsyncTranspiler::transpile(src);
    QCOMPARE(out.count('\n'), src.count('\n'));
    QVERIFY(out.contains("(yield g(x))"));
    QVERIFY(out.contains("(yield f(1))"));
    QVERIFY(out.contains("'await not here'"));
    QVERIFY2(!out.contains(QRegularExpression("\\basync\\b")), qPrintable(out));
    QVERIFY(out.contains("__async.call(this, function* ()"));
    // The issue's matcher spelling becomes a predicate; a message's own json() is left alone.
    QCOMPARE(AsyncTranspiler::transpile("expectMessage(json('$.a') == 'b')"),
             QString("expectMessage(json('$.a').eq(  'b'))"));
    QCOMPARE(AsyncTranspiler::transpile("json('$.n') !== [1, 2]"),
             QString("json('$.n').ne(  [1, 2])"));
    QCOMPARE(AsyncTranspiler::transpile("m.json('$.a') == 'b'"), QString("m.json('$.a') == 'b'"));
}

void TestScriptRuntime::conversationWithEveryMatcher()
{
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(R"(
        ws.send('hello');
        const m = await expectMessage('hello', {within: 3000});
        expect(m.data).toBe('hello');
        ws.send(JSON.stringify({type: 'ack', session: 's-42', n: 3}));
        const ack = await expectMessage(json('$.type').eq('ack'));
        vars.set('session', ack.json('$.session'));
        expect(vars.get('session')).toBe('s-42');
        ws.send('tick 17');
        await expectMessage(/^tick \d+$/);
        ws.send('x');
        await expectMessage(msg => msg.data === 'x');
        ws.send(new Uint8Array([1, 2, 255]).buffer);
        const bin = await expectMessage(msg => !msg.isText, {within: 3000});
        expect(new Uint8Array(bin.data)[2]).toBe(255);
        await expectMessage({type: 'jsonEquals', path: '$.n', value: 3}, {direction: 'out'});
        log('protocol', ws.protocol, 'state', ws.readyState, 'buffered', ws.bufferedAmount);
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(o.exitStatus(), 0);
    QCOMPARE(o.checks.size(), 9);
    QCOMPARE(run.logs, QStringList{"protocol  state 1 buffered 0"});
    QString value;
    QVERIFY(run.workbench.variables().lookup("session", &value));
    QCOMPARE(value, "s-42");
}

void TestScriptRuntime::jsonEqualsSugar()
{
    // The issue's spelling, json('$.type') == 'ack', is rewritten into a predicate.
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(R"(
        ws.send('{"type":"hello"}');
        ws.send('{"type":"ack","id":7}');
        const m = await expectMessage(json('$.type') == 'ack', {within: 3000});
        expect(m.json('$.id')).toBe(7);
        ws.send('{"type":"x","n":[1,2]}');
        await expectMessage(json('$.n') === [1, 2]);
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(o.checks.size(), 3);
    QVERIFY2(o.checks.at(0).name.contains("$.type == \"ack\""), qPrintable(o.checks.at(0).name));
}

void TestScriptRuntime::decodedMessages()
{
    const QString move = pythonBytes("out = msgpack.packb({'op': 'move', 'xy': [3, -4]})");
    const QString stop = pythonBytes("out = msgpack.packb({'op': 'stop', 'at': 2**40})");
    QVERIFY2(move.startsWith('[') && stop.startsWith('['), "python3 with msgpack");
    const QString sends = QStringLiteral("ws.send(new Uint8Array(%1).buffer);\n"
                                         "ws.send(new Uint8Array(%2).buffer);\n")
                              .arg(move, stop);

    // With the tab's pipeline set, msg.decoded is the value and decoded(path) a matcher on it,
    // also as the `==` spelling json(path) has; 0xc1 is a byte MessagePack never uses.
    Run run(m_clock, m_server.url("/echo"));
    DecodePipeline pipeline;
    QString error;
    QVERIFY2(DecodePipeline::parse("msgpack", &pipeline, &error), qPrintable(error));
    run.workbench.log().setDecodePipeline(pipeline);
    ScriptOutcome o = run.go(sends + R"(
        const m = await expectMessage(decoded('$.op') == 'move', {within: 3000});
        expect(m.decoded.xy).toEqual([3, -4]);
        expect(m.decodeError).toBe(undefined);
        const s = await expectMessage(decoded('$.at').eq(1099511627776));
        expect(s.decoded.op).toBe('stop');
        ws.send(new Uint8Array([0xc1]).buffer);
        const bad = await expectMessage(m => !m.isText);
        expect(bad.decoded).toBe(undefined);
        log(bad.decodeError);
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(o.checks.size(), 7);
    QVERIFY2(o.checks.at(0).name.contains("decoded $.op == \"move\""),
             qPrintable(o.checks.at(0).name));
    QCOMPARE(run.logs.size(), 1);
    QVERIFY2(run.logs.first().contains("msgpack"), qPrintable(run.logs.first()));

    // A value that is not there fails the assertion and names the decoded path.
    Run wrong(m_clock, m_server.url("/echo"));
    wrong.workbench.log().setDecodePipeline(pipeline);
    o = wrong.go(sends + "await expectMessage(decoded('$.op') == 'jump', {within: 500});\n");
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QVERIFY2(o.checks.value(0).name.contains("decoded $.op == \"jump\""), qPrintable(names(o)));

    // Without a pipeline nothing is decoded and nothing throws.
    Run plain(m_clock, m_server.url("/echo"));
    o = plain.go(sends + R"(
        const m = await expectMessage(m => !m.isText, {within: 3000});
        expect(m.decoded).toBe(undefined);
        expect(m.decodeError).toBe(undefined);
        await expectNoMessage(decoded('$.op'), {for: 200});
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
}

void TestScriptRuntime::countAndDirection()
{
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(R"(
        for (let i = 0; i < 5; ++i) ws.send('tick ' + i);
        const ticks = await expectMessage('tick', {count: 3, within: 3000});
        expect(ticks.length).toBe(3);
        expect(ticks[2].data).toBe('tick 2');
        const later = await expectMessage('tick', {count: 2});
        expect(later[1].data).toBe('tick 4');
        await expectMessage('tick 0', {direction: 'out'});
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
}

void TestScriptRuntime::failedAssertionReportsExpectedAndGot()
{
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go("ws.send('pong');\n"
                                   "await expectMessage('ping', {within: 300});\n"
                                   "log('not reached');\n");
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QCOMPARE(o.exitStatus(), 3);
    QCOMPARE(o.checks.size(), 1);
    const ScriptCheck &c = o.checks.first();
    QVERIFY(!c.passed);
    QCOMPARE(c.line, 2);
    QVERIFY2(c.expected.contains("\"ping\""), qPrintable(c.expected));
    QVERIFY2(c.got.contains("pong"), qPrintable(c.got)); // the last message it looked at
    QVERIFY(run.logs.isEmpty());
}

void TestScriptRuntime::expectCloseSeesTheServersCode()
{
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(R"(
        ws.close(4001, 'bye');
        const c = await expectClose({code: 4001, within: 3000});
        expect(ws.readyState).toBe(ws.CLOSED);
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(run.workbench.connection().readyState(), ReadyState::Closed);
}

void TestScriptRuntime::connectionFailureIsStatusOne()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Run run(m_clock, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    const ScriptOutcome o = run.go("log('never');");
    QCOMPARE(o.status, ScriptOutcome::Status::ConnectionFailed);
    QCOMPARE(o.exitStatus(), 1);
    QVERIFY(!o.message.isEmpty());
    QVERIFY(run.logs.isEmpty());
}

void TestScriptRuntime::errorsReportLineAndColumn()
{
    ManualClock clock(1000);
    Run run(clock);
    run.runtime.setAutoConnect(false);
    ScriptOutcome o = run.go("let a = 1;\nlet b = ;\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QCOMPARE(o.exitStatus(), 2);
    QCOMPARE(o.line, 2);
    QVERIFY2(o.message.contains("SyntaxError"), qPrintable(o.message));

    o = run.go("log(1);\n\n  null.x;\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QCOMPARE(o.line, 3);
    QVERIFY2(o.message.contains("TypeError"), qPrintable(o.message));

    // After an await, in a promise reaction, the line is still the script's.
    o = run.go("await null;\nlog('a');\nthrow new Error('late');\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QCOMPARE(o.line, 3);
    QVERIFY2(o.message.contains("late"), qPrintable(o.message));
    QCOMPARE(run.logs, (QStringList{"1", "a"}));
}

void TestScriptRuntime::fakeClockSleepAndTimeoutsDoNotSleep()
{
    ManualClock clock(1'000'000);
    Run run(clock, m_server.url("/echo"));
    QSignalSpy finished(&run.runtime, &ScriptRuntime::finished);
    QVERIFY(run.runtime.start(R"(
        log('start');
        await sleep(60000);
        log('slept');
        await expectNoMessage('anything', {for: 30000});
        await expectMessage('never', {within: 120000});
    )"));
    QTRY_COMPARE_WITH_TIMEOUT(run.logs, QStringList{"start"}, 10000);
    // A minute of the script's time passes in no time of ours.
    QTest::qWait(50);
    QCOMPARE(run.logs, QStringList{"start"});
    clock.advance(60000);
    run.runtime.poll();
    QTRY_COMPARE_WITH_TIMEOUT(run.logs, (QStringList{"start", "slept"}), 2000);
    clock.advance(30000);
    run.runtime.poll();
    QTRY_COMPARE_WITH_TIMEOUT(run.runtime.outcome().checks.size(), 1, 2000);
    QVERIFY(run.runtime.outcome().checks.at(0).passed);
    QVERIFY(run.runtime.isRunning());
    // The next assertion's limit is set once the script has gone on to it.
    QTRY_COMPARE_WITH_TIMEOUT(run.runtime.pendingTimers(), 1, 2000);
    clock.advance(120000);
    run.runtime.poll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    const ScriptOutcome o = run.runtime.outcome();
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QCOMPARE(o.checks.size(), 2);
    QVERIFY2(o.checks.at(1).got.contains("120000"), qPrintable(o.checks.at(1).got));
    QCOMPARE(o.durationMs, 210000);
}

void TestScriptRuntime::infiniteLoopIsInterrupted()
{
    Run run(m_clock, m_server.url("/echo"));
    // Not shorter: the watchdog counts any stall of the main thread, and a loaded CI machine
    // stalls for some hundred milliseconds now and then.
    run.runtime.setBusyLimitMs(2000);
    ScriptOutcome o = run.go("ws.send('a');\nwhile (true) {}\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QVERIFY2(o.message.contains("2000 ms"), qPrintable(o.message));
    // In a handler too, after an await.
    o = run.go("on('message', () => { for (;;) {} });\nws.send('b');\nawait sleep(5000);\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QVERIFY2(o.message.contains("2000 ms"), qPrintable(o.message));
    // The runtime and the connection still work.
    o = run.go("ws.send('c');\nawait expectMessage('c', {within: 3000});\n");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
}

void TestScriptRuntime::deepRecursionAndHugeStrings()
{
    Run run(m_clock, m_server.url("/echo"));
    ScriptOutcome o = run.go("function f(n) { return f(n + 1) + 1; }\nf(0);\n");
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QCOMPARE(o.line, 1);
    QVERIFY2(o.message.contains("RangeError"), qPrintable(o.message));

    // 16 MiB sent and echoed, 32 Mi characters logged: the log line is cut, nothing breaks.
    o = run.go(R"(
        const big = 'x'.repeat(16 << 20);
        ws.send(big);
        const m = await expectMessage(msg => msg.data.length === big.length, {within: 10000});
        log('y'.repeat(32 << 20));
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(run.logs.size(), 1);
    QVERIFY(run.logs.first().size() < 100000);
    o = run.go("ws.send('still');\nawait expectMessage('still');\n");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
}

void TestScriptRuntime::throwingInEveryHookKeepsTheConnection()
{
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(R"(
        function beforeConnect(req) { throw new Error('in beforeConnect'); }
        function onMessage(msg) { throw new Error('in onMessage'); }
        function beforeSend(msg) { throw new Error('in beforeSend'); }
        for (const e of ['open', 'message', 'close', 'error', 'ping', 'pong'])
            on(e, () => { throw new Error('in on ' + e); });
        ws.send('survives');
        await expectMessage('survives', {within: 3000});
        ws.ping('p');
        await sleep(200);
    )");
    // beforeConnect failing stops the open: the script's own error, with its line.
    QCOMPARE(o.status, ScriptOutcome::Status::ScriptError);
    QVERIFY2(o.message.contains("in beforeConnect"), qPrintable(o.message));
    QCOMPARE(o.line, 2);
    QCOMPARE(run.workbench.connection().readyState(), ReadyState::Closed);

    Run run2(m_clock, m_server.url("/echo"));
    const ScriptOutcome o2 = run2.go(R"(
        function onMessage(msg) { throw new Error('in onMessage'); }
        function beforeSend(msg) { throw new Error('in beforeSend'); }
        for (const e of ['message', 'ping', 'pong'])
            on(e, () => { throw new Error('in on ' + e); });
        ws.send('survives');
        await expectMessage('survives', {within: 3000});
        // Waits for the pong (a handler after the throwing one still runs), not a fixed time
        // a stalled machine may spend before the pong is read.
        let ponged = false;
        on('pong', () => { ponged = true; });
        ws.ping('p');
        for (let i = 0; i < 500 && !ponged; ++i)
            await sleep(20);
    )");
    // Each hook's exception is a failed check; the conversation went on.
    QCOMPARE(o2.status, ScriptOutcome::Status::AssertionFailed);
    QStringList failed;
    for (const ScriptCheck &c : o2.checks) {
        if (!c.passed)
            failed << c.got;
    }
    QVERIFY2(failed.join(',').contains("in onMessage"), qPrintable(names(o2)));
    QVERIFY2(failed.join(',').contains("in beforeSend"), qPrintable(names(o2)));
    QVERIFY2(failed.join(',').contains("in on message"), qPrintable(names(o2)));
    QVERIFY2(failed.join(',').contains("in on pong"), qPrintable(names(o2)));
    QCOMPARE(run2.workbench.connection().readyState(), ReadyState::Open);
}

void TestScriptRuntime::throwingMatcherFailsItsAssertion_data()
{
    QTest::addColumn<QString>("expectation");
    QTest::newRow("expectMessage") << "expectMessage(m => { throw new Error('boom'); })";
    QTest::newRow("expectNoMessage")
        << "expectNoMessage(m => { throw new Error('boom'); }, {for: 3000})";
}

void TestScriptRuntime::throwingMatcherFailsItsAssertion()
{
    // The matcher's exception is that assertion's failure, named, on the script's line; the
    // connection and the runtime carry on (the next line runs).
    QFETCH(QString, expectation);
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o =
        run.go(QStringLiteral("const p = %1;\n"
                              "ws.send('x');\n"
                              "try { await p; } catch (e) { log('went on'); }\n")
                   .arg(expectation));
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QCOMPARE(o.checks.size(), 1);
    QVERIFY2(o.checks.first().name.startsWith(expectation.section('(', 0, 0)),
             qPrintable(names(o)));
    QVERIFY2(o.checks.first().got.contains("boom"), qPrintable(names(o)));
    QCOMPARE(o.checks.first().line, 1);
    QCOMPARE(run.logs, QStringList{"went on"});
    QCOMPARE(run.workbench.connection().readyState(), ReadyState::Open);
}

void TestScriptRuntime::noFileOrProcessAccess()
{
    ManualClock clock;
    Run run(clock);
    run.runtime.setAutoConnect(false);
    const ScriptOutcome o = run.go(R"(
        const found = [];
        for (const name of ['require', 'process', 'Qt', 'XMLHttpRequest', 'importScripts', 'fetch'])
            if (typeof globalThis[name] !== 'undefined') found.push(name);
        log(found.join(','));
        const r = await http.get('file:///etc/passwd').then(() => 'read', e => String(e));
        log(r);
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(run.logs.size(), 2);
    QCOMPARE(run.logs.at(0), QString());
    QVERIFY2(run.logs.at(1).contains("http://"), qPrintable(run.logs.at(1)));
}

void TestScriptRuntime::pythonAndNodeServers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("python websockets") << "python";
    QTest::newRow("node ws") << "node";
}

void TestScriptRuntime::pythonAndNodeServers()
{
    QFETCH(QString, kind);
    ExternalServer server;
    QString error;
    const bool started = kind == "python" ? server.startPython("python_ws_server.py", &error)
                                          : server.startNode("ws_server.mjs", &error);
    QVERIFY2(started, qPrintable(error));
    Run run(m_clock, QUrl(server.url("/echo")));
    ScriptOutcome o = run.go(R"(
        ws.send(JSON.stringify({op: 'subscribe', topic: 'prices'}));
        await expectMessage(json('$.op') == 'subscribe', {within: 3000});
        ws.ping('hi');
        await new Promise(resolve => on('pong', resolve));
        ws.close(1000, 'done');
        await expectClose({code: 1000, within: 3000});
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));

    // The hooks: beforeConnect adds a header the server reports, beforeSend wraps what is
    // sent, onMessage gives the script a decoded view of what comes back.
    Run hooked(m_clock, QUrl(server.url("/headers")));
    o = hooked.go(R"(
        async function beforeConnect(req) {
            await sleep(10);
            req.headers['X-Token'] = 'tok-' + (1 + 1);
            return req;
        }
        function onMessage(msg) {
            const j = msg.json();
            return j.wrapped !== undefined ? j.wrapped.toUpperCase() : undefined;
        }
        function beforeSend(msg) { return JSON.stringify({wrapped: msg.data}); }
        await expectMessage(m => m.json()['x-token'] === 'tok-2', {within: 3000});
        ws.close(1000);
        await expectClose({code: 1000});
        await ws.connect(ws.url.replace('/headers', '/echo'));
        ws.send('hi');
        await expectMessage('HI', {within: 3000});
        await expectMessage(json('$.wrapped') == 'hi', {direction: 'out'});
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));

    Run closing(m_clock, QUrl(server.url("/close?code=4003&reason=nope")));
    o = closing.go("await expectClose({code: 4000, within: 3000});\n");
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QVERIFY2(o.checks.value(0).got.contains("4003"), qPrintable(names(o)));
}

void TestScriptRuntime::hooksDeclaredAnyWay_data()
{
    QTest::addColumn<QString>("declarations");
    QTest::newRow("function declarations")
        << "function beforeConnect(r) { vars.set('bc', String(ws.readyState)); }\n"
           "function beforeSend(m) { return 'wrapped:' + m.data; }\n"
           "function onMessage(m) { return 'seen ' + m.data; }\n";
    QTest::newRow("const arrows")
        << "const beforeConnect = r => { vars.set('bc', String(ws.readyState)); }\n"
           "const beforeSend = m => 'wrapped:' + m.data;\n"
           "const onMessage = (m) => 'seen ' + m.data\n";
    QTest::newRow("let function expressions")
        << "let beforeConnect = function (r) {\n  vars.set('bc', String(ws.readyState));\n};\n"
           "let beforeSend = function (m) { return 'wrapped:' + m.data; };\n"
           "let onMessage = function (m) { return 'seen ' + m.data; };\n";
    QTest::newRow("var and async") << "var beforeConnect = async (r) => { await sleep(1); "
                                      "vars.set('bc', String(ws.readyState)); "
                                      "return r; };\n"
                                      "var beforeSend = m => 'wrapped:' + m.data;\n"
                                      "var onMessage = m => 'seen ' + m.data;\n";
    QTest::newRow("globalThis")
        << "function beforeConnect(r) { vars.set('bc', String(ws.readyState)); }\n"
           "globalThis.beforeSend = m => 'wrapped:' + m.data;\n"
           "globalThis.onMessage = m => 'seen ' + m.data;\n";
}

void TestScriptRuntime::hooksDeclaredAnyWay()
{
    QFETCH(QString, declarations);
    Run run(m_clock, m_server.url("/echo"));
    const ScriptOutcome o = run.go(declarations + R"(
        expect(vars.get('bc')).toBeDefined();
        expect(vars.get('bc') !== String(ws.OPEN)).toBe(true);
        expect(ws.readyState).toBe(ws.OPEN);
        ws.send('x');
        const m = await expectMessage('seen wrapped:x', {within: 3000});
        expect(m.data).toBe('seen wrapped:x');
    )");
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(names(o)));
    QCOMPARE(o.checks.size(), 5);
    // The lines of errors are still the script's own.
    Run bad(m_clock, m_server.url("/echo"));
    const ScriptOutcome e = bad.go(declarations + "\nundefinedFunction();\n");
    QCOMPARE(e.status, ScriptOutcome::Status::ScriptError);
    QCOMPARE(e.line, int(declarations.count('\n')) + 2);
}

QTEST_MAIN(TestScriptRuntime)
#include "tst_scriptruntime.moc"
