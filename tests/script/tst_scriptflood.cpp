// A script in a flood (issue 15): events reach the script through a queue in batches, in the
// order they happened (timers included); a script that reads no message makes none into an
// object; a script that falls behind holds the connection's reading (shared with the
// journal's hold) and loses nothing; a slow hook leaves the event loop turning. The peers
// are RawPeers on 127.0.0.1 writing a whole burst, Close included, in one write.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "common/burst.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "script/scriptinbox.h"
#include "script/scriptruntime.h"
#include "scriptrun.h"
#include "workbench/connectionworkbench.h"

namespace {

/// A workbench and runtime connected to a RawPeer that sends `after` once upgraded.
struct Run
{
    explicit Run(const QByteArray &after)
        : workbench(clock)
        , runtime(workbench, clock)
    {
        // The scripts declare their counters, then connect: a burst that comes with the open
        // reaches the hooks before the script's next line would otherwise.
        runtime.setAutoConnect(false);
        peer.acceptUpgrade(after);
        if (!peer.listen())
            qFatal("cannot listen");
        ConnectionRequest r;
        r.url = peer.url();
        workbench.setRequest(r);
        QObject::connect(&runtime, &ScriptRuntime::logged, [this](const QString &t) { logs << t; });
    }
    ScriptOutcome go(const QString &source, int timeoutMs = 60000)
    {
        return runScriptToEnd(runtime, source, timeoutMs);
    }
    QString why() const
    {
        QStringList out{runtime.outcome().message};
        for (const ScriptCheck &c : runtime.outcome().checks)
            out << (c.passed ? QStringLiteral("PASS ") : QStringLiteral("FAIL ")) + c.name
                       + QStringLiteral(" | ") + c.got;
        return (out + logs.mid(0, 20)).join('\n');
    }
    SystemClock clock;
    RawPeer peer;
    ConnectionWorkbench workbench;
    ScriptRuntime runtime;
    QStringList logs;
};

Event message(qint64 t)
{
    return Event::message(t, Direction::In, true, QByteArrayLiteral("m"));
}

/// The inbox's entries as text: "m0-2" a run of messages 0 and 1, "t7" timer 7, "e" an event.
QString drainText(ScriptInbox &inbox)
{
    QStringList out;
    while (!inbox.isEmpty()) {
        const ScriptInbox::Entry &e = inbox.front();
        switch (e.kind) {
        case ScriptInbox::Entry::Kind::Messages: {
            const qint64 from = inbox.delivered();
            out << QStringLiteral("m%1-%2").arg(from).arg(inbox.takeMessages(1000));
            continue;
        }
        case ScriptInbox::Entry::Kind::Timer:
            out << QStringLiteral("t%1").arg(e.timer);
            break;
        case ScriptInbox::Entry::Kind::Event:
        case ScriptInbox::Entry::Kind::Call:
            out << QStringLiteral("e");
            break;
        }
        inbox.popFront();
    }
    return out.join(' ');
}

} // namespace

class TestScriptFlood : public QObject
{
    Q_OBJECT
private slots:
    void timersTakeTheirPlaceAmongQueuedMessages();
    void orderIsKeptAcrossBatches();
    void awaitingBetweenMessagesSeesEveryOne();
    void hooklessScriptMakesNoMessages();
    void sentMessagesAreBeforeExpectNoMessage();
    void holdBoundsTheQueueAndLosesNothing();
    void holdsOfJournalAndScriptCombine();
    void slowHookLeavesTheLoopTurning();
};

void TestScriptFlood::timersTakeTheirPlaceAmongQueuedMessages()
{
    ScriptInbox inbox;
    inbox.pushMessage(message(1), -1, 10);
    inbox.pushMessage(message(2), -1, 20);
    inbox.pushEvent(Event::error(3, QStringLiteral("x")), 30);
    inbox.pushMessage(message(4), -1, 40);
    inbox.pushMessage(message(5), -1, 50);
    // Due between the two messages of the first run: the run splits around it.
    inbox.pushTimer(1, 15);
    // Due before everything queued; due after everything; due with the event (after it).
    inbox.pushTimer(2, 5);
    inbox.pushTimer(3, 60);
    inbox.pushTimer(4, 30);
    QCOMPARE(drainText(inbox), QStringLiteral("t2 m0-1 t1 m1-2 e t4 m2-4 t3"));
    QCOMPARE(inbox.delivered(), 4);
    // Messages go on being numbered after a drain, and the next run starts where it is.
    inbox.pushMessage(message(6), -1, 70);
    inbox.pushTimer(5, 65);
    QCOMPARE(drainText(inbox), QStringLiteral("t5 m4-5"));
    QCOMPARE(inbox.message(4)->timeMs, 6);
}

void TestScriptFlood::orderIsKeptAcrossBatches()
{
    constexpr int Count = 3000;
    Run run(Burst::bytes(Count, 24, true));
    // A small budget: many batches, each a few messages.
    run.runtime.setTurnBudgetMs(1);
    const ScriptOutcome o = run.go(QStringLiteral(R"(
        var next = 0, wrong = [], events = [];
        function onMessage(m) {
            var n = parseInt(m.data.substring(0, 8), 10);
            if (n !== next && wrong.length < 5)
                wrong.push(n + ' for ' + next);
            next = n + 1;
        }
        on('message', function (m) { if (m.seq < 0 && wrong.length < 5) wrong.push('no seq'); });
        on('close', function (e) { events.push('close ' + e.code + ' after ' + next); });
        await ws.connect();
        await expectClose({within: 60000});
        expect(wrong.join(', ')).toBe('');
        expect(events.join(', ')).toBe('close %1 after %2');
    )")
                                       .arg(Burst::CloseCode)
                                       .arg(Count));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(run.why()));
    QVERIFY2(run.runtime.batchesDelivered() > 1, "the burst came in more than one batch");
    QCOMPARE(run.runtime.messagesBuilt(), qint64(Count));
}

void TestScriptFlood::awaitingBetweenMessagesSeesEveryOne()
{
    constexpr int Count = 400;
    Run run(Burst::bytes(Count, 24, true));
    run.runtime.setTurnBudgetMs(1);
    // Each await resumes later than the messages behind it arrive: they wait in the stream.
    const ScriptOutcome o = run.go(QStringLiteral(R"(
        await ws.connect();
        var bad = 0;
        for (var i = 0; i < %1; ++i) {
            var m = await expectMessage(undefined, {within: 30000});
            if (parseInt(m.data.substring(0, 8), 10) !== i)
                ++bad;
        }
        expect(bad).toBe(0);
        await expectClose({within: 30000});
    )")
                                       .arg(Count));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(run.why()));
    QCOMPARE(o.checks.size(), Count + 2);
}

void TestScriptFlood::hooklessScriptMakesNoMessages()
{
    constexpr int Count = 5000;
    // No hook, no handler, no assertion reading messages while they come: none is made.
    Run idle(Burst::bytes(Count, 24, true));
    ScriptOutcome o =
        idle.go(QStringLiteral("await ws.connect();\nawait expectClose({within: 60000});\n"));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(idle.why()));
    QCOMPARE(idle.runtime.messagesBuilt(), 0);
    QVERIFY(idle.runtime.peakQueuedMessages() > 0);

    // They are still there to read back afterwards: the last one, and the one before it
    // (the history keeps the newest ScriptInbox::KeptMessages).
    Run later(Burst::bytes(Count, 24, true));
    o = later.go(QStringLiteral(R"(
        await ws.connect();
        await expectClose({within: 60000});
        var m = await expectMessage(/^%1:/, {within: 1000});
        expect(m.isText).toBe(true);
        expect(m.seq >= 0).toBe(true);
    )")
                     .arg(Count - 1, 8, 10, QLatin1Char('0')));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(later.why()));
    QVERIFY(later.runtime.messagesBuilt() > 0);
    QVERIFY(later.runtime.messagesBuilt() <= Count);

    // A hook makes each one once.
    Run hook(Burst::bytes(Count, 24, true));
    o = hook.go(QStringLiteral("function onMessage(m) { return undefined; }\n"
                               "await ws.connect();\n"
                               "await expectClose({within: 60000});\n"));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(hook.why()));
    QCOMPARE(hook.runtime.messagesBuilt(), qint64(Count));
}

void TestScriptFlood::sentMessagesAreBeforeExpectNoMessage()
{
    // The script's own send is published before expectNoMessage starts, even though it
    // reaches the script's stream later, through the queue: it does not count.
    Run run({});
    const ScriptOutcome o = run.go(QStringLiteral(R"(
        await ws.connect();
        ws.send('mine');
        await expectNoMessage('mine', {for: 300, direction: 'out'});
        ws.send('mine again');
        await expectMessage('mine again', {within: 5000, direction: 'out'});
    )"));
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(run.why()));
}

void TestScriptFlood::holdBoundsTheQueueAndLosesNothing()
{
    constexpr int Count = 20000;
    constexpr int Limit = 200;
    Run run(Burst::bytes(Count, 24, true));
    run.runtime.setQueueLimit(Limit);
    run.runtime.setTurnBudgetMs(2);
    // Whether reading was held while the script worked, looked at from the event loop.
    bool sawHeld = false;
    QTimer look;
    look.setInterval(1);
    QObject::connect(&look, &QTimer::timeout,
                     [&] { sawHeld = sawHeld || run.workbench.readingHeld(); });
    look.start();
    const ScriptOutcome o = run.go(QStringLiteral(R"(
        var next = 0, wrong = 0;
        function onMessage(m) {
            var n = parseInt(m.data.substring(0, 8), 10);
            if (n !== next) ++wrong;
            next = n + 1;
            var x = 0;
            for (var i = 0; i < 200; ++i) x += i; // some work for each
        }
        await ws.connect();
        await expectClose({within: 120000});
        expect(next).toBe(%1);
        expect(wrong).toBe(0);
    )")
                                       .arg(Count));
    look.stop();
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(run.why()));
    // The engine stops at the frame that reaches the limit; the Close may come on top.
    QVERIFY2(run.runtime.peakQueuedMessages() <= Limit + 2,
             qPrintable(QString::number(run.runtime.peakQueuedMessages())));
    QVERIFY(run.runtime.peakQueuedMessages() >= Limit);
    QVERIFY(sawHeld);
    // Released once caught up, and again with the run over.
    QVERIFY(!run.workbench.readingHeld());
    QCOMPARE(run.runtime.queuedMessages(), 0);
}

void TestScriptFlood::holdsOfJournalAndScriptCombine()
{
    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    using Hold = ConnectionWorkbench::ReadingHold;
    workbench.holdReading(Hold::Journal, true);
    workbench.holdReading(Hold::Script, true);
    workbench.holdReading(Hold::Journal, false);
    QVERIFY(workbench.readingHeld()); // the script still holds it
    workbench.holdReading(Hold::Script, false);
    QVERIFY(!workbench.readingHeld());
    workbench.holdReading(Hold::Script, true);
    workbench.holdReading(Hold::Script, true);
    workbench.holdReading(Hold::Script, false);
    QVERIFY(!workbench.readingHeld()); // a hold is a state, not a count
}

void TestScriptFlood::slowHookLeavesTheLoopTurning()
{
    constexpr int Count = 300;
    Run run(Burst::bytes(Count, 24, true));
    // Each message keeps the hook ~3 ms (by the wall clock, so as long under a sanitizer):
    // the whole burst is about a second of JavaScript, arriving in one read.
    int seen = 0;
    QObject::connect(&run.runtime, &ScriptRuntime::logged, [&](const QString &t) {
        if (t.startsWith(QLatin1String("seen ")))
            seen = t.mid(5).toInt();
    });
    QList<int> atTicks;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (seen > 0 && seen < Count && (atTicks.isEmpty() || atTicks.last() != seen))
            atTicks << seen;
    });
    tick.start();
    const ScriptOutcome o = run.go(QStringLiteral(R"(
        var seen;
        function onMessage(m) {
            var until = Date.now() + 3;
            while (Date.now() < until) {}
            seen = (seen | 0) + 1;
            log('seen ' + seen);
        }
        await ws.connect();
        await expectClose({within: 120000});
        expect(seen).toBe(%1);
    )")
                                       .arg(Count));
    tick.stop();
    QVERIFY2(o.status == ScriptOutcome::Status::Passed, qPrintable(run.why()));
    // Delivered in one go, the burst would give the timer no turn before the last message.
    // With a 10 ms budget it gets one every few messages; asking for a few is generous.
    QVERIFY2(atTicks.size() >= 5, qPrintable(QString::number(atTicks.size())));
}

QTEST_MAIN(TestScriptFlood)
#include "tst_scriptflood.moc"
