// Script hook benchmark (issue 15): the per-message cost of an `onMessage` hook while a flood
// arrives over loopback, and the longest the event loop stalls meanwhile (the log must stay
// responsive: < 100 ms). Three passes in one run, each a fresh connection tab (Connection +
// EventLog, as in the window) receiving N text messages from the flood sender, which runs
// on a thread of its own so that its writing is not counted:
//   none   no script — the baseline
//   idle   a script running (waiting on sleep) without hooks
//   hook   a script whose onMessage(msg) reads every message and counts it
//
//   wsprobe-bench-script [--messages N] [--bytes B]
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include "connection/clock.h"
#include "floodsender.h"
#include "script/scriptruntime.h"
#include "workbench/connectionworkbench.h"

namespace {

struct Result
{
    const char *mode;
    qint64 messages = 0;
    double seconds = 0;
    qint64 stallMs = 0;
    bool ok = false;
};

Result runPass(const char *mode, const QString &script, qint64 messages, int bytes)
{
    Result result{mode};
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    FloodSender *sender = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &worker,
        [&] {
            sender = new FloodSender(messages, bytes, false);
            sender->setQuitWhenDone(false);
            if (sender->listen())
                port = sender->port();
        },
        Qt::BlockingQueuedConnection);

    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    ConnectionRequest request;
    request.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    workbench.setRequest(request);
    ScriptRuntime runtime(workbench, clock);
    qint64 received = 0;
    QElapsedTimer elapsed;
    QObject::connect(&workbench.connection(), &Connection::eventOccurred, [&](const Event &e) {
        if (e.kind == EventKind::Text && e.direction == Direction::In && ++received == 1)
            elapsed.start();
    });
    // The event loop's heartbeat: the longest gap between 1 ms ticks is the longest stall a
    // user would feel (the log's flush, a click) while the flood and the hook run.
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
        while (received < messages && limit.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        result.seconds = elapsed.isValid() ? elapsed.nsecsElapsed() / 1e9 : 0;
        result.ok = received == messages && (script.isEmpty() || runtime.isRunning());
        if (!runtime.isRunning() && !script.isEmpty())
            std::fprintf(stderr, "%s: the script ended: %s\n", mode,
                         qPrintable(runtime.outcome().message));
    }
    tick.stop();
    result.messages = received;
    result.stallMs = longest;
    runtime.stop();
    workbench.close();
    QMetaObject::invokeMethod(
        &worker, [&] { delete sender; }, Qt::BlockingQueuedConnection);
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
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            messages = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--bytes"))
            bytes = args[i + 1].toInt();
    }
    if (messages <= 0 || bytes <= 0) {
        std::fprintf(stderr, "usage: wsprobe-bench-script [--messages N] [--bytes B]\n");
        return 2;
    }
    const QString idle = QStringLiteral("await sleep(3600000);\n");
    const QString hook =
        QStringLiteral("var seen = 0, bytes = 0;\n"
                       "function onMessage(msg) { ++seen; bytes += msg.data.length; }\n"
                       "await sleep(3600000);\n");
    std::printf("onMessage hook: %lld messages of %d B over loopback, one run\n",
                static_cast<long long>(messages), bytes);
    std::printf("%-6s %12s %12s %14s %9s %16s\n", "mode", "seconds", "msg/s", "us/message", "ratio",
                "longest stall ms");
    double base = 0;
    bool ok = true;
    for (const auto &[mode, script] :
         {std::pair{"none", QString()}, std::pair{"idle", idle}, std::pair{"hook", hook}}) {
        const Result r = runPass(mode, script, messages, bytes);
        ok = ok && r.ok;
        const double us = r.messages > 0 ? r.seconds * 1e6 / double(r.messages) : 0;
        if (base == 0)
            base = us;
        std::printf("%-6s %12.3f %12.0f %14.2f %9.2f %16lld%s\n", mode, r.seconds,
                    r.seconds > 0 ? double(r.messages) / r.seconds : 0.0, us,
                    base > 0 ? us / base : 0.0, static_cast<long long>(r.stallMs),
                    r.ok ? "" : "  (incomplete)");
        std::fflush(stdout);
    }
    return ok ? 0 : 1;
}
