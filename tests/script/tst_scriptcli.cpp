// wsprobe-cli run, as CI runs it: the exit statuses, the printed assertions, JUnit XML in the
// shape Jenkins and GitLab read, --json, --env/--var, the recorded sessions, and every
// example shipped in examples/scripts against the demo server.
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "common/clirun.h"
#include "demo/demoserver.h"

namespace {

const QString Cli = QStringLiteral(WSPROBE_CLI_PATH);

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The JUnit shape CI systems read: <testsuites> of <testsuite name tests failures errors
/// time> of <testcase classname name time> with at most one <failure message> or <error
/// message>, and counts that agree with the elements. Returns "" or what is wrong; fills
/// failures with the failure messages.
QString checkJUnit(const QByteArray &xmlText, int *suites, QStringList *failures,
                   QStringList *errors)
{
    QXmlStreamReader xml(xmlText);
    *suites = 0;
    int allTests = 0, allFailures = 0, allErrors = 0;
    int declaredTests = -1, declaredFailures = -1, declaredErrors = -1;
    int suiteTests = 0, suiteFailures = 0, suiteErrors = 0;
    QXmlStreamAttributes suiteAttributes;
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = stack.value(stack.size() - 1);
            const QXmlStreamAttributes a = xml.attributes();
            if (name == "testsuites") {
                if (!stack.isEmpty())
                    return "testsuites not at the root";
                declaredTests = a.value("tests").toInt();
                declaredFailures = a.value("failures").toInt();
                declaredErrors = a.value("errors").toInt();
            } else if (name == "testsuite") {
                if (parent != "testsuites")
                    return "testsuite outside testsuites";
                for (const char *attr : {"name", "tests", "failures", "errors", "time"}) {
                    if (!a.hasAttribute(attr))
                        return QString("testsuite without %1").arg(attr);
                }
                suiteAttributes = a;
                suiteTests = suiteFailures = suiteErrors = 0;
                ++*suites;
            } else if (name == "testcase") {
                if (parent != "testsuite")
                    return "testcase outside testsuite";
                for (const char *attr : {"classname", "name", "time"}) {
                    if (!a.hasAttribute(attr))
                        return QString("testcase without %1").arg(attr);
                }
                bool ok = false;
                if (a.value("time").toDouble(&ok) < 0 || !ok)
                    return "testcase time is not a number";
                ++suiteTests;
            } else if (name == "failure" || name == "error") {
                if (parent != "testcase")
                    return name + " outside testcase";
                if (!a.hasAttribute("message"))
                    return name + " without message";
                (name == "failure" ? failures : errors)->append(a.value("message").toString());
                ++(name == "failure" ? suiteFailures : suiteErrors);
            } else {
                return "unexpected element " + name;
            }
            stack << name;
        } else if (xml.isEndElement()) {
            if (stack.takeLast() == "testsuite") {
                if (suiteAttributes.value("tests").toInt() != suiteTests
                    || suiteAttributes.value("failures").toInt() != suiteFailures
                    || suiteAttributes.value("errors").toInt() != suiteErrors)
                    return "testsuite counts disagree with its testcases";
                allTests += suiteTests;
                allFailures += suiteFailures;
                allErrors += suiteErrors;
            }
        }
    }
    if (xml.hasError())
        return xml.errorString();
    if (declaredTests != allTests || declaredFailures != allFailures || declaredErrors != allErrors)
        return "testsuites counts disagree";
    return {};
}

} // namespace

class TestScriptCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passingScriptPrintsEachAssertion();
    void folderJUnitJsonAndSessions();
    void exitStatuses_data();
    void exitStatuses();
    void envAndVars();
    void timeoutFailsTheScript();
    void replayCompareIsAnAssertion();
    void decodeOption();
    void examplesRunAgainstTheDemoServer();
    void junitIsValidXmlWhateverTheMessages();
    void allowedFolder();

private:
    QString script(const QString &name, const QByteArray &source)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, source);
        return path;
    }
    DemoServer m_demo;
    QTemporaryDir m_dir;
};

void TestScriptCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
}

void TestScriptCli::passingScriptPrintsEachAssertion()
{
    const QString s = script("pass.js", "ws.send('hello');\n"
                                        "await expectMessage('hello', {within: 3000});\n"
                                        "log('got it');\n");
    const CliRun r = CliRun::run(Cli, {"run", s, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains("✓ expectMessage(\"hello\")"), r.out);
    QVERIFY2(r.out.contains("(line 2,"), r.out);
    QVERIFY2(r.out.contains("log: got it"), r.out);
    QVERIFY2(r.out.contains("Scripts: 1 · assertions: 1 · failed: 0"), r.out);
}

void TestScriptCli::folderJUnitJsonAndSessions()
{
    const QString folder = m_dir.filePath("suite");
    QVERIFY(QDir().mkpath(folder));
    writeFile(folder + "/a-pass.js", "ws.send('{\"type\":\"ack\"}');\n"
                                     "await expectMessage(json('$.type') == 'ack');\n");
    writeFile(folder + "/b-fail.js", "ws.send('one');\n"
                                     "await expectMessage('two', {within: 300});\n");
    writeFile(folder + "/c-error.js", "ws.send('x');\nundefinedFunction();\n");
    writeFile(folder + "/notes.txt", "not a script");
    const QString junit = m_dir.filePath("junit.xml");
    const QString sessions = m_dir.filePath("sessions");
    const CliRun r = CliRun::run(Cli, {"run", folder, m_demo.url("/echo").toString(), "--json",
                                       "--junit", junit, "-o", sessions});
    QVERIFY2(r.exitCode == 2, r.out + r.err); // a bad script outranks a failed assertion
    QStringList results;
    for (const QJsonObject &e : r.events) {
        if (e.value("type") == "result")
            results << QFileInfo(e.value("script").toString()).fileName() + "="
                           + e.value("status").toString();
    }
    QCOMPARE(results, (QStringList{"a-pass.js=passed", "b-fail.js=failed", "c-error.js=error"}));
    QCOMPARE(r.events.last().value("type").toString(), QString("summary"));
    QCOMPARE(r.events.last().value("exitStatus").toInt(), 2);
    QVERIFY2(r.err.contains("c-error.js:2:"), r.err);

    int suites = 0;
    QStringList failures, errors;
    const QString problem = checkJUnit(readFile(junit), &suites, &failures, &errors);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + "\n" + readFile(junit)));
    QCOMPARE(suites, 3);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().contains("0 matching"), qPrintable(failures.first()));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains("ReferenceError"), qPrintable(errors.first()));

    // One session per script, with the conversation in it.
    QVERIFY2(readFile(sessions + "/a-pass.jsonl").contains("ack"), qPrintable(sessions));
    QVERIFY(readFile(sessions + "/b-fail.jsonl").contains("one"));
}

void TestScriptCli::exitStatuses_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QString echo = m_demo.url("/echo").toString();
    QTest::newRow("pass") << QByteArray("expect(1 + 1).toBe(2);") << QStringList() << echo << 0
                          << "✓";
    QTest::newRow("assertion") << QByteArray("expect(1 + 1).toBe(3);") << QStringList() << echo << 3
                               << "expected: 3";
    QTest::newRow("syntax") << QByteArray("let x = ;") << QStringList() << echo << 2
                            << "SyntaxError";
    QTest::newRow("endless loop") << QByteArray("for (;;) {}")
                                  << QStringList{"--busy-limit-ms", "200"} << echo << 2
                                  << "more than 200 ms";
    QTest::newRow("refused") << QByteArray("log(1);") << QStringList() << "ws://127.0.0.1:1/" << 1
                             << "connection failed";
    QTest::newRow("server closes 4404")
        << QByteArray("await expectMessage('x', {within: 3000});") << QStringList()
        << m_demo.url("/nowhere").toString() << 3 << "4404";
    QTest::newRow("no such script")
        << QByteArray() << QStringList() << echo << 2 << "There is no script";
    QTest::newRow("bad --var") << QByteArray("log(1);") << QStringList{"--var", "=x"} << echo << 2
                               << "--var takes";
    QTest::newRow("bad --timeout")
        << QByteArray("log(1);") << QStringList{"--timeout", "0"} << echo << 2 << "--timeout takes";
    QTest::newRow("missing --env")
        << QByteArray("log(1);") << QStringList{"--env", "/nonexistent/env.json"} << echo << 2
        << "environment file";
    QTest::newRow("bad url") << QByteArray("log(1);") << QStringList() << "http//nope" << 2 << "";
}

void TestScriptCli::exitStatuses()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, extra);
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QString path =
        source.isEmpty()
            ? m_dir.filePath("missing.js")
            : script(QString(QTest::currentDataTag()).replace(' ', '-') + ".js", source);
    const CliRun r = CliRun::run(Cli, QStringList{"run", path, url} + extra);
    QVERIFY2(r.exitCode == status, r.out + r.err);
    QVERIFY2((r.out + r.err).contains(says.toUtf8()), r.out + r.err);
}

void TestScriptCli::envAndVars()
{
    const QString env = m_dir.filePath("env.json");
    writeFile(env, R"({"user": "ann", "retries": 3, "token": "from-env"})");
    const QString lines = m_dir.filePath("env.txt");
    writeFile(lines, "# a comment\nuser=bob\n\nregion = eu\n");
    const QString s = script("vars.js", "log(vars.get('user'), vars.get('retries'), "
                                        "vars.get('token'), vars.get('region'));\n");
    CliRun r = CliRun::run(
        Cli, {"run", s, m_demo.url("/echo").toString(), "--env", env, "--var", "token=from-var"});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains("log: ann 3 from-var undefined"), r.out);
    r = CliRun::run(Cli, {"run", s, m_demo.url("/echo").toString(), "--env", lines});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains("log: bob undefined undefined eu"), r.out);
    writeFile(lines, "no equals sign here\n");
    r = CliRun::run(Cli, {"run", s, m_demo.url("/echo").toString(), "--env", lines});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 1"), r.err);
}

void TestScriptCli::timeoutFailsTheScript()
{
    const QString s = script("slow.js", "await sleep(60000);\n");
    const CliRun r = CliRun::run(Cli, {"run", s, m_demo.url("/echo").toString(), "--timeout", "1"});
    QVERIFY2(r.exitCode == 3, r.out + r.err);
    QVERIFY2(r.out.contains("within 1000 ms"), r.out);
}

void TestScriptCli::replayCompareIsAnAssertion()
{
    const QByteArray conversation = "ws.send('{\"n\":1,\"at\":100}');\n"
                                    "ws.send('two');\n"
                                    "await expectMessage('two');\n";
    const QString recorder = script("record.js", conversation);
    const QString session = m_dir.filePath("recorded.jsonl");
    CliRun r = CliRun::run(Cli, {"run", recorder, m_demo.url("/echo").toString(), "-o", session});
    QVERIFY2(r.exitCode == 0, r.out + r.err);

    // The same conversation at another time: "at" differs, and is ignored.
    const QByteArray later = QByteArray(conversation).replace("100", "250");
    const QString same = script("same.js", later
                                               + "await expectReplayMatches('recorded.jsonl', "
                                                 "{ignoreKeys: ['at']});\n");
    r = CliRun::run(Cli, {"run", same, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains("✓ expectReplayMatches(\"recorded.jsonl\")"), r.out);

    // Without ignoring "at" the same conversation differs.
    const QString differs =
        script("differs.js", later + "await expectReplayMatches('recorded.jsonl');\n");
    r = CliRun::run(Cli, {"run", differs, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 3, r.out + r.err);
    QVERIFY2(r.out.contains("at"), r.out);

    // MessagePack replies, {"a":1,"b":2}, their keys in the other order the second time:
    // other bytes, the same decoded value.
    const QString binaryRecorder = script(
        "record-msgpack.js", "ws.send(new Uint8Array([0x82, 0xa1, 0x61, 1, 0xa1, 0x62, 2]));\n"
                             "await expectMessage(m => typeof m.data !== 'string');\n");
    r = CliRun::run(Cli, {"run", binaryRecorder, m_demo.url("/echo").toString(), "-o",
                          m_dir.filePath("msgpack.jsonl")});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    const QByteArray reordered = "ws.send(new Uint8Array([0x82, 0xa1, 0x62, 2, 0xa1, 0x61, 1]));\n"
                                 "await expectMessage(m => typeof m.data !== 'string');\n";
    const QString decoded = script("decoded.js", reordered
                                                     + "await expectReplayMatches('msgpack.jsonl', "
                                                       "{decode: 'msgpack'});\n");
    r = CliRun::run(Cli, {"run", decoded, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    // decode: true takes the run's own pipeline (run --decode), and needs one.
    const QString runs =
        script("runs-decoder.js", reordered
                                      + "await expectReplayMatches('msgpack.jsonl', "
                                        "{decode: true});\n");
    r = CliRun::run(Cli, {"run", runs, m_demo.url("/echo").toString(), "--decode", "msgpack"});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    r = CliRun::run(Cli, {"run", runs, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.err.contains("decode: true needs a decoder pipeline"), r.err);
    const QString raw =
        script("raw.js", reordered + "await expectReplayMatches('msgpack.jsonl');\n");
    r = CliRun::run(Cli, {"run", raw, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 3, r.out + r.err);
    QVERIFY2(r.out.contains("bytes differ"), r.out);
    // A .proto file is read as the session is: inside the allowed folder only.
    const QString sub = m_dir.filePath("decoded-sub");
    QVERIFY(QDir().mkpath(sub));
    QVERIFY(QFile::copy(m_dir.filePath("msgpack.jsonl"), sub + "/msgpack.jsonl"));
    QVERIFY(writeFile(m_dir.filePath("elsewhere.proto"), "syntax = \"proto3\";\n"));
    QVERIFY(writeFile(sub + "/outside-proto.js",
                      reordered
                          + "await expectReplayMatches('msgpack.jsonl', "
                            "{decode: 'protobuf:../elsewhere.proto:in=a.B'});\n"));
    r = CliRun::run(Cli, {"run", sub + "/outside-proto.js", m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.err.contains("is outside the allowed folder"), r.err);
    const QString badSpec =
        script("bad-spec.js",
               reordered + "await expectReplayMatches('msgpack.jsonl', {decode: 'zip'});\n");
    r = CliRun::run(Cli, {"run", badSpec, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.err.contains("The decoder \"zip\" cannot be used"), r.err);

    const QString missing =
        script("missing-session.js", "await expectReplayMatches('nope.jsonl');\n");
    r = CliRun::run(Cli, {"run", missing, m_demo.url("/echo").toString()});
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.err.contains("nope.jsonl"), r.err);
}

void TestScriptCli::decodeOption()
{
    // A base64-wrapped JSON message, as some feeds send them: read through --decode.
    const QString s =
        script("decoded.js", "ws.send('eyJvcCI6Im1vdmUiLCJ4eSI6WzMsLTRdfQ==');\n"
                             "const m = await expectMessage(decoded('$.op') == 'move', "
                             "{within: 2000});\n"
                             "log('xy', JSON.stringify(m.decoded.xy));\n");
    const QString url = m_demo.url("/echo").toString();
    CliRun r = CliRun::run(Cli, {"run", s, url, "--decode", "base64,json"});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains("✓ expectMessage(decoded $.op == \"move\")"), r.out);
    QVERIFY2(r.out.contains("log: xy [3,-4]"), r.out);

    r = CliRun::run(Cli, {"run", s, url});
    QVERIFY2(r.exitCode == 3, r.out + r.err);

    r = CliRun::run(Cli, {"run", s, url, "--decode", "base64,nope"});
    QVERIFY2(r.exitCode == 2, r.out + r.err);
    QVERIFY2(r.err.contains("--decode \"base64,nope\""), r.err);
}

void TestScriptCli::examplesRunAgainstTheDemoServer()
{
    const QDir dir(QStringLiteral(WSPROBE_EXAMPLES_DIR));
    const QStringList scripts = dir.entryList({"*.js"}, QDir::Files, QDir::Name);
    QVERIFY(scripts.size() >= 4);
    // Each example says how to try it; the path of its URL is the demo server's path it needs.
    static const QRegularExpression tryIt(QStringLiteral("ws://127\\.0\\.0\\.1:8080(/\\S*)"));
    for (const QString &name : scripts) {
        const QString source = QString::fromUtf8(readFile(dir.filePath(name)));
        const QRegularExpressionMatch m = tryIt.match(source);
        QVERIFY2(m.hasMatch(), qPrintable(name + " says nothing of how to try it"));
        const CliRun r =
            CliRun::run(Cli, {"run", dir.filePath(name), m_demo.url(m.captured(1)).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(name + "\n" + r.out + r.err));
    }
}

void TestScriptCli::junitIsValidXmlWhateverTheMessages()
{
    // A control character and a lone surrogate in what failed: XML 1.0 forbids both, so the
    // file must carry them as text for CI to parse it.
    // The first failure is in a message handler, where the script goes on after it.
    const QString path =
        script("ctl.js", "on('message', (m) => expect(m.data + '\\ud800').toBe('x'));\n"
                         "ws.send('a\\u0001b');\n"
                         "await expectMessage('a', {within: 10000});\n"
                         "await sleep(200);\n"
                         "expect(1).toBeFalsy();\n");
    const QString junit = m_dir.filePath("ctl.xml");
    const CliRun r =
        CliRun::run(Cli, {"run", path, m_demo.url("/echo").toString(), "--junit", junit});
    QCOMPARE(r.exitCode, 3);
    const QByteArray xml = readFile(junit);
    int suites = 0;
    QStringList failures, errors;
    const QString problem = checkJUnit(xml, &suites, &failures, &errors);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + "\n" + xml));
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.first(), QString("a\\u0001b\\ud800"));
    QVERIFY(!xml.contains('\x01'));
}

void TestScriptCli::allowedFolder()
{
    // A recording outside the script's folder, reached by `..` and by a symbolic link.
    const QString allowed = m_dir.filePath("allowed");
    const QString outside = m_dir.filePath("outside");
    QVERIFY(QDir().mkpath(allowed) && QDir().mkpath(outside));
    const QByteArray conversation = "ws.send('x');\nawait expectMessage('x');\n";
    writeFile(outside + "/rec.js", conversation);
    CliRun r = CliRun::run(Cli, {"run", outside + "/rec.js", m_demo.url("/echo").toString(), "-o",
                                 outside + "/rec.jsonl"});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY(QFile::link(outside + "/rec.jsonl", allowed + "/link.jsonl"));

    writeFile(allowed + "/dots.js",
              conversation + "await expectReplayMatches('../outside/rec.jsonl');\n");
    r = CliRun::run(Cli, {"run", allowed + "/dots.js", m_demo.url("/echo").toString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is outside the allowed folder"), r.err);
    writeFile(allowed + "/link.js", conversation + "await expectReplayMatches('link.jsonl');\n");
    r = CliRun::run(Cli, {"run", allowed + "/link.js", m_demo.url("/echo").toString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is outside the allowed folder"), r.err);

    // Allowing the folder above both: the same scripts read the recording and pass.
    for (const char *name : {"/dots.js", "/link.js"}) {
        r = CliRun::run(Cli, {"run", allowed + name, m_demo.url("/echo").toString(), "--allow-dir",
                              m_dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(QString(name) + r.out + r.err));
    }
    r = CliRun::run(Cli, {"run", allowed + "/dots.js", m_demo.url("/echo").toString(),
                          "--allow-dir", m_dir.filePath("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--allow-dir takes an existing folder"), r.err);
}

QTEST_MAIN(TestScriptCli)
#include "tst_scriptcli.moc"
