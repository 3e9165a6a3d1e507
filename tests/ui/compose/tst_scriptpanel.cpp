// The connection tab's Script page offscreen: Run against the demo server fills a row per
// assertion and log line and a summary; Stop ends an endless wait; every shipped example
// is offered and loads.
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "compose/scriptpanel.h"
#include "connection/clock.h"
#include "demo/demoserver.h"
#include "script/scriptruntime.h"
#include "workbench/connectionworkbench.h"

class TestScriptPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runShowsEachAssertion();
    void stopEndsARun();
    void examplesAreOffered();
    void resultRowsAndChecksAreBounded();
    void filesOnlyInsideTheAllowedFolder();

private:
    DemoServer m_demo;
    SystemClock m_clock;
};

void TestScriptPanel::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
}

void TestScriptPanel::runShowsEachAssertion()
{
    ConnectionWorkbench workbench(m_clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptPanel panel(workbench, m_clock);
    panel.setScript("ws.send('a');\nawait expectMessage('a');\nlog('between');\n"
                    "expect(2).toBe(3);\n");
    auto *run = panel.findChild<QPushButton *>("scriptRunButton");
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!run->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 10000);
    QTreeWidget *rows = panel.results();
    QCOMPARE(rows->topLevelItemCount(), 3);
    QCOMPARE(rows->topLevelItem(0)->text(0), QString("pass"));
    QCOMPARE(rows->topLevelItem(1)->text(1), QString("between"));
    QCOMPARE(rows->topLevelItem(2)->text(0), QString("FAIL"));
    QCOMPARE(rows->topLevelItem(2)->text(2), QString("3"));
    QCOMPARE(rows->topLevelItem(2)->text(3), QString("2"));
    QCOMPARE(rows->topLevelItem(2)->text(4), QString("4"));
    QVERIFY2(panel.summaryText().contains("1 of 2"), qPrintable(panel.summaryText()));
    // The tab's connection is still there for the user.
    QCOMPARE(workbench.connection().readyState(), ReadyState::Open);
}

void TestScriptPanel::stopEndsARun()
{
    ConnectionWorkbench workbench(m_clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptPanel panel(workbench, m_clock);
    panel.setScript("await sleep(600000);\n");
    panel.run();
    QTRY_VERIFY_WITH_TIMEOUT(workbench.connection().readyState() == ReadyState::Open, 10000);
    auto *stop = panel.findChild<QPushButton *>("scriptStopButton");
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!panel.runtime().isRunning());
    QVERIFY2(panel.summaryText().startsWith("Stopped"), qPrintable(panel.summaryText()));
}

void TestScriptPanel::examplesAreOffered()
{
    const QStringList names = ScriptPanel::exampleNames();
    QVERIFY2(names.contains("login-then-subscribe.js"), qPrintable(names.join(',')));
    QVERIFY(names.size() >= 4);
    for (const QString &name : names)
        QVERIFY2(ScriptPanel::example(name).contains("expect"), qPrintable(name));
}

void TestScriptPanel::resultRowsAndChecksAreBounded()
{
    // 12,006 checks, three of them failures spread out (in a message handler, where a failure
    // is recorded and the script goes on), and 50 log lines: the panel keeps at most MaxRows
    // rows with every failure and the newest rows; the counts stay exact.
    ConnectionWorkbench workbench(m_clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptPanel panel(workbench, m_clock);
    panel.runtime().setBusyLimitMs(120000); // a loop of 12,000 checks, under the sanitizers too
    panel.setScript("on('message', (m) => expect(m.data).toBe('never'));\n"
                    "ws.send('first');\n"
                    "await expectMessage('first', {within: 10000});\n"
                    "for (let i = 0; i < 6000; ++i) expect(i).toBe(i);\n"
                    "ws.send('middle');\n"
                    "await expectMessage('middle', {within: 10000});\n"
                    "for (let i = 0; i < 6000; ++i) expect(i).toBe(i);\n"
                    "for (let i = 0; i < 50; ++i) log('line ' + i);\n"
                    "ws.send('last');\n"
                    "await expectMessage('last', {within: 10000});\n"
                    "await sleep(300);\n");
    panel.run();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.runtime().isRunning(), 60000);
    const ScriptOutcome &o = panel.runtime().outcome();
    QCOMPARE(o.checkCount, 12006);
    QCOMPARE(o.failedChecks(), 3);
    QVERIFY(o.checks.size() <= ScriptOutcome::MaxKeptChecks);
    QCOMPARE(o.keptFailures, 3);
    QStringList failedWith;
    for (const ScriptCheck &c : o.checks) {
        if (!c.passed)
            failedWith << c.got;
    }
    QCOMPARE(failedWith, (QStringList{"first", "middle", "last"}));
    QTreeWidget *rows = panel.results();
    QVERIFY(rows->topLevelItemCount() <= ScriptPanel::MaxRows);
    QCOMPARE(rows->topLevelItemCount() + panel.droppedRows(), 12006 + 50);
    int fails = 0;
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
        fails += rows->topLevelItem(i)->text(0) == "FAIL";
    QCOMPARE(fails, 3);
    QVERIFY2(panel.summaryText().contains("3 of 12006"), qPrintable(panel.summaryText()));
    QVERIFY2(panel.summaryText().contains("not shown"), qPrintable(panel.summaryText()));
}

void TestScriptPanel::filesOnlyInsideTheAllowedFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("in")));
    ConnectionWorkbench workbench(m_clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptPanel panel(workbench, m_clock);
    panel.setScript("await expectReplayMatches('../x.jsonl');\n");
    panel.setAllowedDir({}, false);
    panel.run();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.runtime().isRunning(), 15000);
    QVERIFY2(panel.summaryText().contains("none is set"), qPrintable(panel.summaryText()));
    panel.setAllowedDir(dir.filePath("in"), false);
    panel.run();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.runtime().isRunning(), 15000);
    QVERIFY2(panel.summaryText().contains("no such file"), qPrintable(panel.summaryText()));
    QFile outside(dir.filePath("x.jsonl"));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    panel.run();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.runtime().isRunning(), 15000);
    QVERIFY2(panel.summaryText().contains("is outside the allowed folder"),
             qPrintable(panel.summaryText()));
}

QTEST_MAIN(TestScriptPanel)
#include "tst_scriptpanel.moc"
