// The connection tab's Script page offscreen: Run against the demo server fills a row per
// assertion and log line and a summary; Stop ends an endless wait; every shipped example
// is offered and loads.
#include <QPushButton>
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

QTEST_MAIN(TestScriptPanel)
#include "tst_scriptpanel.moc"
