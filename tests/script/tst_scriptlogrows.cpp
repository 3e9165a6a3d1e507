// A script's assertions as rows of the tab's log (EventKind::Check, CheckRecord), against the
// demo server on 127.0.0.1: in order between the messages, pass and fail with expected and
// got, pointing at the message matched; a give-up on the fake clock; and what search,
// filters, statistics and saved sessions make of such rows.
#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "demo/demoserver.h"
#include "log/checkrecord.h"
#include "log/logsearch.h"
#include "script/scriptruntime.h"
#include "scriptrun.h"
#include "session/sessionwriter.h"
#include "workbench/connectionworkbench.h"

namespace {

/// The log's rows that are not protocol detail: "out a", "in a", "pass", "FAIL".
QStringList rows(EventLog &log, QList<int> *index = nullptr)
{
    log.flush();
    QStringList out;
    for (int i = 0; i < log.rowCount(); ++i) {
        const Event e = log.eventAt(i);
        QString s;
        if (e.isMessage())
            s = EventNames::directionId(e.direction) + QLatin1Char(' ')
                + QString::fromUtf8(e.payload);
        else if (e.kind == EventKind::Check)
            s = e.wasClean ? QStringLiteral("pass") : QStringLiteral("FAIL");
        else
            continue;
        out << s;
        if (index)
            index->append(i);
    }
    return out;
}

ScriptOutcome run(ScriptRuntime &runtime, const QString &source)
{
    return runScriptToEnd(runtime, source, 20000);
}

} // namespace

class TestScriptLogRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resultsInOrderBetweenTheMessages();
    void givingUpSaysWhenAndPointsNowhere();
    void searchFiltersAndSessionsLeaveResultsOut();
    void noRowsWithoutALog();

private:
    DemoServer m_demo;
    SystemClock m_clock;
};

void TestScriptLogRows::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
}

void TestScriptLogRows::resultsInOrderBetweenTheMessages()
{
    ConnectionWorkbench workbench(m_clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptRuntime runtime(workbench, m_clock);
    // Each check is decided by a message arriving (no timer), so the order is the server's.
    const ScriptOutcome o = run(runtime, "ws.send('alpha');\n"
                                         "await expectMessage('alpha');\n"
                                         "ws.send('beta');\n"
                                         "await expectNoMessage('beta', {for: 60000});\n");
    QCOMPARE(o.status, ScriptOutcome::Status::AssertionFailed);
    QList<int> at;
    EventLog &log = workbench.log();
    QCOMPARE(rows(log, &at),
             (QStringList{"out alpha", "in alpha", "pass", "out beta", "in beta", "FAIL"}));

    const CheckRecord pass = CheckRecord::fromEvent(log.eventAt(at[2]));
    QVERIFY(pass.passed);
    QCOMPARE(pass.name, QStringLiteral("expectMessage(\"alpha\")"));
    QCOMPARE(pass.got, QStringLiteral("alpha"));
    QCOMPARE(pass.line, 2);
    // It points at the message it matched: the echo, not the message sent.
    QCOMPARE(log.matchedRow(at[2]), at[1]);
    QCOMPARE(log.index(at[2], 0).data(EventLog::MatchedRowRole).toInt(), at[1]);
    QCOMPARE(log.index(at[2], 0).data(EventLog::CheckPassedRole).toBool(), true);

    const CheckRecord fail = CheckRecord::fromEvent(log.eventAt(at[5]));
    QVERIFY(!fail.passed);
    QCOMPARE(fail.name, QStringLiteral("expectNoMessage(\"beta\")"));
    QVERIFY2(fail.expected.contains("60000") && fail.expected.contains("\"beta\""),
             qPrintable(fail.expected));
    QCOMPARE(fail.got, QStringLiteral("beta"));
    QCOMPARE(fail.line, 4);
    QCOMPARE(log.matchedRow(at[5]), at[4]);
    // The preview names expected and got; the kind column says what the row is.
    const QString preview = log.index(at[5], EventLog::PreviewColumn).data().toString();
    QVERIFY2(preview.startsWith("FAIL: expectNoMessage(\"beta\")") && preview.contains("expected: ")
                 && preview.contains("got: beta") && preview.contains("line 4"),
             qPrintable(preview));
    QCOMPARE(log.index(at[5], EventLog::KindColumn).data().toString(), QStringLiteral("Check"));
    QVERIFY(log.index(at[5], EventLog::SizeColumn).data().toString().isEmpty());
    QVERIFY(log.index(at[2], EventLog::PreviewColumn).data().toString().startsWith("pass: "));
    QVERIFY(log.index(at[5], EventLog::PreviewColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains("Double-click"));
    // The rows are the log's, not the connection's: statistics count the messages only.
    QCOMPARE(log.store().messageCount(Direction::In), qsizetype(2));
    QCOMPARE(log.store().messageCount(Direction::Out), qsizetype(2));
    // A row of the log still points at its message after the oldest rows are dropped...
    log.setMaxRows(log.rowCount() - 1);
    log.flush();
    QList<int> after;
    rows(log, &after);
    QCOMPARE(log.matchedRow(after.last()), after[after.size() - 2]);
    // ...and at nothing once that message is gone.
    log.setMaxRows(1);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.eventAt(0).kind, EventKind::Check);
    QCOMPARE(log.matchedRow(0), -1);
}

void TestScriptLogRows::givingUpSaysWhenAndPointsNowhere()
{
    ManualClock clock(1'000'000);
    ConnectionWorkbench workbench(clock);
    ConnectionRequest r;
    r.url = m_demo.url("/echo");
    workbench.setRequest(r);
    ScriptRuntime runtime(workbench, clock);
    QSignalSpy finished(&runtime, &ScriptRuntime::finished);
    QVERIFY(runtime.start("ws.send('gamma');\nawait expectMessage('never', {within: 500});\n"));
    // Waiting on the echo, then on the clock: nothing sleeps.
    QTRY_COMPARE_WITH_TIMEOUT(rows(workbench.log()), (QStringList{"out gamma", "in gamma"}), 15000);
    clock.advance(501);
    runtime.poll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QList<int> at;
    QCOMPARE(rows(workbench.log(), &at), (QStringList{"out gamma", "in gamma", "FAIL"}));
    const CheckRecord c = CheckRecord::fromEvent(workbench.log().eventAt(at[2]));
    QCOMPARE(c.name, QStringLiteral("expectMessage(\"never\")"));
    QVERIFY2(c.got.contains("gave up after 500 ms") && c.got.contains("gamma"), qPrintable(c.got));
    QCOMPARE(c.durationMs, qint64(501));
    QCOMPARE(c.matchedEvent, qint64(-1));
    QCOMPARE(workbench.log().matchedRow(at[2]), -1);
    QCOMPARE(workbench.log().eventAt(at[2]).timeMs, clock.nowMs());
}

void TestScriptLogRows::searchFiltersAndSessionsLeaveResultsOut()
{
    EventLog log;
    log.append(Event::message(10, Direction::Out, true, "ack"));
    log.append(Event::message(11, Direction::In, true, "ack"));
    CheckRecord c;
    c.passed = true;
    c.name = QStringLiteral("expectMessage(\"ack\")");
    c.expected = QStringLiteral("1 message within 5000 ms \"ack\"");
    c.got = QStringLiteral("ack");
    c.matchedEvent = log.lastEventNumber();
    log.appendCheck(c, 12);
    log.flush();
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.matchedRow(2), 1);

    // A search finds the messages, never the result rows (their text is the script's).
    LogSearch search;
    QString error;
    QVERIFY(search.setQuery({QStringLiteral("ack")}, &error));
    QVERIFY(search.accepts(log.store(), 0));
    QVERIFY(!search.accepts(log.store(), 2));
    std::vector<qint32> found;
    search.scan(log.store(), 0, log.store().size(), &found);
    QCOMPARE(found, (std::vector<qint32>{0, 1}));
    // Without a pattern they are shown, and the Kinds filter hides them as one kind.
    LogSearch all;
    QVERIFY(all.isPassThrough());
    QVERIFY(all.accepts(log.store(), 2));
    all.setKinds(LogSearch::AllKinds & ~(1u << unsigned(EventKind::Check)));
    QVERIFY(!all.isPassThrough());
    QVERIFY(!all.accepts(log.store(), 2));
    QVERIFY(all.accepts(log.store(), 1));

    // A saved session is the conversation: the result rows are left out.
    const QByteArray jsonl = SessionWriter::jsonl(SessionHeader(), log.store());
    QCOMPARE(jsonl.count("\"event\":\"message\""), 2);
    QVERIFY2(!jsonl.contains("check"), jsonl.constData());
}

void TestScriptLogRows::noRowsWithoutALog()
{
    // wsprobe-cli run streams events and keeps no log: no rows pile up there.
    ConnectionWorkbench workbench(m_clock);
    workbench.setLogging(false);
    ScriptRuntime runtime(workbench, m_clock);
    runtime.setAutoConnect(false);
    QSignalSpy checked(&runtime, &ScriptRuntime::checked);
    const ScriptOutcome o = run(runtime, "expect(1).toBe(1);\n");
    QCOMPARE(o.status, ScriptOutcome::Status::Passed);
    QCOMPARE(checked.size(), 1);
    QCOMPARE(workbench.log().totalCount(), qsizetype(0));
    // Nor when the runtime is told not to.
    workbench.setLogging(true);
    runtime.setResultsInLog(false);
    QCOMPARE(run(runtime, "expect(1).toBe(1);\n").status, ScriptOutcome::Status::Passed);
    QCOMPARE(workbench.log().totalCount(), qsizetype(0));
    runtime.setResultsInLog(true);
    QCOMPARE(run(runtime, "expect(1).toBe(1);\n").status, ScriptOutcome::Status::Passed);
    QCOMPARE(workbench.log().totalCount(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestScriptLogRows)
#include "tst_scriptlogrows.moc"
