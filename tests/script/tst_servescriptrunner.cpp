// The Serve tab's script without widgets (ServeScriptRunner): a runtime only while serving,
// a fresh one at each start and reload that is told of the clients already connected, a
// reload that fails leaving the running one serving, and the rules pointing at the runner
// throughout. A real client over 127.0.0.1.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/connectionspy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/server/serverconfig.h"
#include "script/servescriptrunner.h"
#include "serve/servecontroller.h"

namespace {

bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray mock(const char *version)
{
    return QByteArray("let connects = 0;\n"
                      "function onClientConnect(c) { connects++; }\n"
                      "function onClientMessage(c, m) { c.send('")
           + version + " ' + connects + ' ' + m.data); }\n";
}

} // namespace

class TestServeScriptRunner : public QObject
{
    Q_OBJECT
private slots:
    void runsWhileServingAndReloadsFresh();

private:
    SystemClock m_clock;
};

void TestServeScriptRunner::runsWhileServingAndReloadsFresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mock.js");
    QVERIFY(write(path, mock("v1")));
    ServeController controller(m_clock);
    auto runner = std::make_shared<ServeScriptRunner>(controller, m_clock);
    QStringList problems;
    connect(runner.get(), &ServeScriptRunner::problem,
            [&problems](const QString &m) { problems << m; });
    QString error;
    // Not serving: nothing runs, and a reload says why not.
    QVERIFY(runner->setPath(path, &error));
    QVERIFY(!runner->isRunning());
    QVERIFY(!runner->reload(&error));
    QVERIFY2(error.contains("start the server"), qPrintable(error));

    ServeRules rules;
    QVERIFY(ServeRules::fromJson(
        R"({"format":"wsprobe-serve-rules","script":"mock.js","rules":[{"reply":{"mode":"script"}}]})",
        &rules, &error));
    rules.scriptRunner = runner;
    controller.setRules(rules);
    QVERIFY2(runner->setServing(true, &error), qPrintable(error));
    QVERIFY(runner->isRunning());
    QCOMPARE(runner->generation(), 1);
    QVERIFY2(controller.listen(ServerConfig(), &error), qPrintable(error));

    Connection client(m_clock);
    ConnectionSpy spy(&client);
    ConnectionRequest request;
    request.url = controller.url();
    client.open(request);
    QVERIFY(spy.waitForState(ReadyState::Open));
    auto reply = [&](const QString &text) {
        const qsizetype before = spy.messages(Direction::In).size();
        client.sendText(text.toUtf8());
        if (!QTest::qWaitFor([&] { return spy.messages(Direction::In).size() > before; }, 10000))
            return QStringLiteral("(no reply)");
        return QString::fromUtf8(spy.messages(Direction::In).last().payload);
    };
    QCOMPARE(reply("a"), "v1 1 a");

    // Reload: the edited file; the client already here is announced to the fresh runtime.
    QVERIFY(write(path, mock("v2")));
    QVERIFY2(runner->reload(&error), qPrintable(error));
    QCOMPARE(runner->generation(), 2);
    QCOMPARE(reply("b"), "v2 1 b");
    // A reload that fails says where and leaves v2 serving.
    QVERIFY(write(path, "\nlet = ;\n"));
    QVERIFY(!runner->reload(&error));
    QVERIFY2(error.startsWith("mock.js:2"), qPrintable(error));
    QVERIFY(runner->isRunning());
    QCOMPARE(reply("c"), "v2 1 c");
    // Another file while serving (the rules named another script) starts in its place.
    const QString other = dir.filePath("other.js");
    QVERIFY(write(other, mock("other")));
    QVERIFY2(runner->setPath(other, &error), qPrintable(error));
    QCOMPARE(runner->generation(), 3);
    QCOMPARE(reply("d"), "other 1 d");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

    // Not serving: stopped; a script rule's message then is a problem, not a silence.
    QSignalSpy changed(runner.get(), &ServeScriptRunner::runningChanged);
    QVERIFY(runner->setServing(false, &error));
    QVERIFY(!runner->isRunning());
    QCOMPARE(changed.size(), 1);
    const qsizetype heard = spy.messages(Direction::In).size();
    client.sendText("e");
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10000);
    QCOMPARE(spy.messages(Direction::In).size(), heard);
    QVERIFY2(problems.first().contains("not running"), qPrintable(problems.first()));
    // Serving again: a fresh runtime.
    QVERIFY(runner->setServing(true, &error));
    QCOMPARE(runner->generation(), 4);
    QCOMPARE(reply("f"), "other 1 f");
}

QTEST_MAIN(TestServeScriptRunner)
#include "tst_servescriptrunner.moc"
