// Script hook benchmark (issue 15): the per-message cost of an `onMessage` hook at 100,000
// messages per second, and the longest the event loop stalls meanwhile (the log must stay
// responsive: < 100 ms). Each pass is a fresh connection tab (Connection + EventLog, as in
// the window) receiving N text messages over loopback from a sender on a thread of its own
// (its writing is not counted), in three modes:
//   none   no script — the baseline
//   idle   a script running (waiting on sleep) without hooks
//   hook   a script whose onMessage(msg) reads every message and counts it
// at two paces: `paced`, a sender writing R messages per second (PacedSender; 100,000 by
// default), and `flood`, one writing as fast as the socket drains (FloodSender).
//
// Per pass: the wall time from the first message to the script having seen the last, the
// CPU time of the receiving thread per message (at a steady pace the wall time is the
// sender's; the CPU time is what each message costs), its ratio to `none` of the same pace,
// the longest gap between the ticks of a 1 ms timer (the longest stall a user would feel),
// the messages the runtime made into JavaScript objects and the most it had queued.
//
//   wsprobe-bench-script [--messages N] [--bytes B] [--rate R] [--only none|idle|hook]
#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include "connection/clock.h"
#include "floodsender.h"
#include "pacedsender.h"
#include "script/scriptruntime.h"
#include "workbench/connectionworkbench.h"

namespace {

constexpr qint64 StallTargetMs = 100;

struct Result
{
    qint64 messages = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 stallMs = 0;
    qint64 built = 0;
    qint64 peakQueued = 0;
    double sentRate = 0;
    bool ok = false;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// One pass: rate 0 floods.
Result runPass(const QString &script, qint64 messages, int bytes, qint64 rate)
{
    Result result;
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    FloodSender *flood = nullptr;
    PacedSender *paced = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &worker,
        [&] {
            if (rate > 0) {
                paced = new PacedSender(messages, bytes, rate);
                if (paced->listen())
                    port = paced->port();
            } else {
                flood = new FloodSender(messages, bytes, false);
                flood->setQuitWhenDone(false);
                if (flood->listen())
                    port = flood->port();
            }
        },
        Qt::BlockingQueuedConnection);

    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    ConnectionRequest request;
    request.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    workbench.setRequest(request);
    ScriptRuntime runtime(workbench, clock);
    qint64 received = 0;
    bool scriptSawAll = script.isEmpty() || !script.contains(QLatin1String("onMessage"));
    QObject::connect(&runtime, &ScriptRuntime::logged, [&](const QString &text) {
        scriptSawAll = scriptSawAll || text == QStringLiteral("seen %1").arg(messages);
    });
    QElapsedTimer elapsed;
    double cpuStart = 0;
    QObject::connect(&workbench.connection(), &Connection::eventOccurred, [&](const Event &e) {
        if (e.kind == EventKind::Text && e.direction == Direction::In && ++received == 1) {
            elapsed.start();
            cpuStart = threadCpuSeconds();
        }
    });
    // The event loop's heartbeat: the longest gap between 1 ms ticks is the longest stall a
    // user would feel (the log's flush, a click) while the messages and the hook run.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (received > 0)
            longest = qMax(longest, sinceTick.elapsed());
        sinceTick.restart();
    });
    if (port != 0) {
        if (script.isEmpty())
            workbench.open();
        else
            runtime.start(script); // opens the tab's request first
        tick.start();
        sinceTick.start();
        QElapsedTimer limit;
        limit.start();
        // Done when the connection has them all and the script has seen them all.
        while ((received < messages || runtime.queuedMessages() > 0 || !scriptSawAll)
               && limit.elapsed() < 600000)
            // Waits for work (the 1 ms tick wakes it): a loop spinning here would be counted
            // as the receiving thread's CPU time.
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        result.seconds = elapsed.isValid() ? double(elapsed.nsecsElapsed()) / 1e9 : 0;
        result.cpuSeconds = threadCpuSeconds() - cpuStart;
        result.ok =
            received == messages && scriptSawAll && (script.isEmpty() || runtime.isRunning());
        if (!runtime.isRunning() && !script.isEmpty())
            std::fprintf(stderr, "the script ended: %s\n", qPrintable(runtime.outcome().message));
    }
    tick.stop();
    result.messages = received;
    result.stallMs = longest;
    result.built = runtime.messagesBuilt();
    result.peakQueued = runtime.peakQueuedMessages();
    runtime.stop();
    workbench.close();
    QMetaObject::invokeMethod(
        &worker,
        [&] {
            if (paced)
                result.sentRate = paced->achievedRate();
            delete paced;
            delete flood;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 messages = 200000;
    int bytes = 64;
    qint64 rate = 100000;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            messages = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--bytes"))
            bytes = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rate"))
            rate = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    if (messages <= 0 || bytes <= 0 || bytes > 65535 || rate <= 0) {
        std::fprintf(stderr, "usage: wsprobe-bench-script [--messages N] [--bytes B (1-65535)] "
                             "[--rate MESSAGES_PER_SECOND] [--only none|idle|hook]\n");
        return 2;
    }
    const QString idle = QStringLiteral("await sleep(3600000);\n");
    // Counters without an initial value in their declaration: messages that come with the
    // open reach the hook before the script's first line after the connection runs.
    const QString hook = QStringLiteral("var seen, bytes;\n"
                                        "function onMessage(msg) {\n"
                                        "    bytes = (bytes | 0) + msg.data.length;\n"
                                        "    seen = (seen | 0) + 1;\n"
                                        "    if (seen === %1) log('seen ' + seen);\n"
                                        "}\n"
                                        "await sleep(3600000);\n")
                             .arg(messages);
    std::printf("onMessage hook: %lld messages of %d B over loopback, one run; the script's "
                "budget %d ms per turn of the event loop\n",
                static_cast<long long>(messages), bytes, ScriptRuntime::DefaultTurnBudgetMs);
    std::printf("%-6s %-5s %9s %9s %11s %7s %9s %7s %9s %9s\n", "pace", "mode", "seconds", "msg/s",
                "cpu us/msg", "ratio", "stall ms", "< 100", "built", "queued");
    bool ok = true;
    bool met = true;
    for (const qint64 pace : {rate, qint64(0)}) {
        double base = 0;
        for (const auto &[mode, script] :
             {std::pair{"none", QString()}, std::pair{"idle", idle}, std::pair{"hook", hook}}) {
            if (!only.isEmpty() && only != QLatin1String(mode))
                continue;
            const Result r = runPass(script, messages, bytes, pace);
            ok = ok && r.ok;
            met = met && r.stallMs < StallTargetMs;
            const double us = r.messages > 0 ? r.cpuSeconds * 1e6 / double(r.messages) : 0;
            if (base == 0)
                base = us;
            std::printf("%-6s %-5s %9.3f %9.0f %11.2f %7.2f %9lld %7s %9lld %9lld%s\n",
                        pace > 0 ? "paced" : "flood", mode, r.seconds,
                        r.seconds > 0 ? double(r.messages) / r.seconds : 0.0, us,
                        base > 0 ? us / base : 0.0, static_cast<long long>(r.stallMs),
                        r.stallMs < StallTargetMs ? "yes" : "NO", static_cast<long long>(r.built),
                        static_cast<long long>(r.peakQueued), r.ok ? "" : "  (incomplete)");
            if (pace > 0 && r.sentRate > 0 && r.sentRate < 0.95 * double(pace))
                std::printf("       (the sender managed %.0f msg/s: the receiver held it back)\n",
                            r.sentRate);
            std::fflush(stdout);
        }
    }
    std::printf("longest stall < %lld ms in every pass: %s\n",
                static_cast<long long>(StallTargetMs), met ? "met" : "NOT met");
    return ok ? 0 : 1;
}
