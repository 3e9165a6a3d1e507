// Relay throughput and added latency against a direct connection (docs/performance.md).
// A Node `ws` echo server and a Node `ws` client are separate processes; the relay runs in
// this one, so that what is measured is Wsprobe's relay (both legs, the conversation) and
// nothing prints. Each mode runs three times, interleaved; the median is shown.
//
//   wsprobe-bench-relay [--messages N] [--latency-messages N] [--repeat N]
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include "connection/clock.h"
#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"

namespace {

QString nodeModules()
{
    return QStringLiteral(WSPROBE_NODE_MODULES);
}

/// Runs the Node client to the end with this process's event loop turning (the relay lives
/// here) and returns the numbers of its RESULT line.
QList<double> runClient(const QString &mode, const QString &url, int messages, int size)
{
    QProcess client;
    client.start(QStringLiteral(WSPROBE_NODE),
                 {QStringLiteral(WSPROBE_RELAY_CLIENT), nodeModules(), mode, url,
                  QString::number(messages), QString::number(size)});
    QEventLoop loop;
    QObject::connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = client.readAllStandardOutput();
    QList<double> values;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        for (const QByteArray &v : line.mid(7).split(' '))
            values << v.toDouble();
    }
    if (values.isEmpty())
        std::fprintf(stderr, "client failed: %s %s\n", out.constData(),
                     client.readAllStandardError().constData());
    return values;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int messages64 = 200000;
    int latencyMessages = 5000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            messages64 = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--latency-messages"))
            latencyMessages = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = args[i + 1].toInt();
    }

    QProcess server;
    server.start(QStringLiteral(WSPROBE_NODE),
                 {QStringLiteral(WSPROBE_RELAY_PEER), QStringLiteral("server"),
                  QStringLiteral("--no-deflate")});
    if (!server.waitForReadyRead(20000)) {
        std::fprintf(stderr, "the echo server did not start\n");
        return 1;
    }
    const QByteArray listening = server.readLine().trimmed();
    const quint16 port = quint16(listening.mid(10).toUInt());
    // The server prints a line per text message; binary ones are what the bench sends.
    const QString direct = QStringLiteral("ws://127.0.0.1:%1/echo").arg(port);

    SystemClock clock;
    RelayController relay(clock);
    RelayConfig config;
    config.upstream.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    config.upstream.deflate = false;
    config.listen.deflateEnabled = false;
    QString error;
    if (!relay.start(config, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString relayed = QStringLiteral("ws://127.0.0.1:%1/echo").arg(relay.port());
    // What back-pressure let one direction hold at most (queue and socket buffer, frames'
    // overhead counted), over every relayed run.
    qint64 peakHeld = 0;
    QObject::connect(&relay, &RelayController::conversationStarted, &relay,
                     [&peakHeld](int, RelayConversation *c, const QString &) {
                         QObject::connect(c, &RelayConversation::finished, c, [&peakHeld, c] {
                             peakHeld = std::max(peakHeld, c->peakHeldBytes());
                         });
                     });

    std::printf("Relay bench: Node ws client → [Wsprobe relay] → Node ws echo server, "
                "deflate off, median of %d\n\n",
                repeat);
    std::printf("%-10s %10s %14s %14s %8s\n", "size", "messages", "direct msg/s", "relay msg/s",
                "ratio");
    for (const int size : {64, 65536}) {
        const int n = size == 64 ? messages64 : std::max(2000, messages64 / 50);
        QList<double> d, r;
        for (int i = 0; i < repeat; ++i) {
            d << runClient(QStringLiteral("throughput"), direct, n, size).value(1);
            r << runClient(QStringLiteral("throughput"), relayed, n, size).value(1);
        }
        std::printf("%-10s %10d %14.0f %14.0f %8.2f\n", size == 64 ? "64 B" : "64 KiB", n,
                    median(d), median(r), median(d) > 0 ? median(r) / median(d) : 0.0);
        std::fflush(stdout);
    }
    std::printf("\nRound trip of one 64 B message at a time, %d messages (µs):\n", latencyMessages);
    std::printf("%-10s %10s %10s\n", "", "median", "p99");
    QList<double> dm, dp, rm, rp;
    for (int i = 0; i < repeat; ++i) {
        const QList<double> d = runClient(QStringLiteral("latency"), direct, latencyMessages, 64);
        const QList<double> r = runClient(QStringLiteral("latency"), relayed, latencyMessages, 64);
        dm << d.value(0);
        dp << d.value(1);
        rm << r.value(0);
        rp << r.value(1);
    }
    std::printf("%-10s %10.0f %10.0f\n", "direct", median(dm), median(dp));
    std::printf("%-10s %10.0f %10.0f\n", "relay", median(rm), median(rp));
    std::printf("%-10s %10.0f %10.0f\n", "added", median(rm) - median(dm), median(rp) - median(dp));
    std::printf("\nMost held by the relay for one direction: %.0f KiB (high-water mark %lld "
                "KiB)\n",
                double(peakHeld) / 1024, config.highWaterBytes / 1024);
    server.closeWriteChannel();
    server.waitForFinished(3000);
    return 0;
}
