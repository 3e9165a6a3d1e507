// Flood benchmark: N text messages over loopback into every receiver worth comparing, each in
// its own process (so its peak memory is its own), all in one run:
//   raw      a plain socket that reads and parses nothing — the machine's limit
//   node     Node's `ws` counting messages — the fastest independent client here
//   bare     a QWebSocket that only counts
//   core-qt  Connection + EventLog on the QWebSocket engine
//   core     Connection + EventLog on the wire engine
//   gui      the real main window, offscreen, log visible
//   cli-json `wsprobe-cli connect URL --json > file`
//   cli-text `wsprobe-cli connect URL > file`, the transcript
//   cli-rec  `wsprobe-cli record URL -o file.jsonl > file`
//   wscat    `wscat -c URL > file`, from the test servers' node_modules
//
// The console programs cannot be looked into, so every mode is also timed by the sender, from
// its first frame to the client's Close (the "by sender" column); the console ratios compare
// those times only, Node `ws` included.
//
//   wsprobe-bench-flood [--sizes 64,1024,...] [--messages N] [--bytes B] [--repeat K]
//                       [--modes raw,node,...] [--deflate]
//
// --messages caps the count per size (default 1,000,000); --bytes caps the payload per run
// (default 512 MiB), so 1 MiB messages are 512 of them. --deflate adds a pass in which the
// sender compresses every frame (permessage-deflate, negotiated with the clients that offer
// it: node, core, gui) and prints each one's compressed/plain ratio.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include "floodreceiver.h"
#include "floodsender.h"
#include "log/heapreuse.h"

namespace {

struct Result
{
    QString mode;
    qint64 messages = 0;
    double seconds = 0;
    qint64 stallMs = 0;
    qint64 peakRssKb = 0;
    double logBytesPerMessage = 0;   ///< the log's own storage beyond payload
    double rssBytesPerMessage = 0;   ///< RSS growth beyond payload
    double senderSeconds = 0;        ///< first frame sent to the client's Close read
    double faultsPerMessage = -1;    ///< minor page faults per message while receiving
    double cpuMicrosPerMessage = -1; ///< a console client's user + system time per message
    double rate() const { return seconds > 0 ? messages / seconds : 0.0; }
    double senderRate() const { return senderSeconds > 0 ? messages / senderSeconds : 0.0; }
};

bool nodeAvailable()
{
    return QFileInfo::exists(QStringLiteral(WSPROBE_NODE))
           && QFileInfo::exists(QStringLiteral(WSPROBE_NODE_MODULES "/ws/package.json"));
}

/// What the waited-for children have used so far (a console client once it is reaped).
struct ChildUsage
{
    long faults = 0;
    double cpuSeconds = 0;
};

ChildUsage childUsage()
{
    ChildUsage c;
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_CHILDREN, &u) == 0) {
        c.faults = u.ru_minflt;
        c.cpuSeconds = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
                       + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
#endif
    return c;
}

bool isConsoleMode(const QString &mode)
{
    return mode.startsWith(QLatin1String("cli-")) || mode == QLatin1String("wscat");
}

/// Starts a console client with its standard output in a file, as `> file` does; the
/// sender's clock says when it had read everything.
void startConsole(QProcess &p, const QString &mode, const QString &url, const QString &scratch)
{
    p.setStandardOutputFile(scratch + QStringLiteral("/stdout"));
    if (mode == QLatin1String("wscat")) {
        p.start(
            QStringLiteral(WSPROBE_NODE),
            {QStringLiteral(WSPROBE_NODE_MODULES "/wscat/bin/wscat"), QStringLiteral("-c"), url});
        return;
    }
    QStringList args{mode == QLatin1String("cli-rec") ? QStringLiteral("record")
                                                      : QStringLiteral("connect"),
                     url};
    if (mode == QLatin1String("cli-json"))
        args << QStringLiteral("--json");
    else if (mode == QLatin1String("cli-rec"))
        args << QStringLiteral("-o") << scratch + QStringLiteral("/flood.wsprobe.jsonl");
    p.start(QStringLiteral(WSPROBE_CLI), args);
}

Result measure(const QString &self, const QString &mode, qint64 n, int size, bool deflate)
{
    QProcess server;
    QStringList serveArgs{QStringLiteral("--serve"), QString::number(n), QString::number(size)};
    if (deflate)
        serveArgs << QStringLiteral("--deflate");
    server.start(self, serveArgs);
    server.waitForReadyRead(10000);
    const quint16 port = quint16(server.readLine().trimmed().split(' ').last().toUInt());
    QProcess receiver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    receiver.setProcessEnvironment(env);
    receiver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QTemporaryDir scratch;
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    if (isConsoleMode(mode)) {
        startConsole(receiver, mode, url, scratch.path());
    } else if (mode == QLatin1String("node")) {
        receiver.start(QStringLiteral(WSPROBE_NODE),
                       {QStringLiteral(WSPROBE_FLOOD_CLIENT), QStringLiteral(WSPROBE_NODE_MODULES),
                        url, QString::number(n), QString::number(size),
                        deflate ? QStringLiteral("1") : QStringLiteral("0")});
    } else {
        QStringList args{QStringLiteral("--receive"), mode, QString::number(port),
                         QString::number(n), QString::number(size)};
        if (deflate)
            args << QStringLiteral("--deflate");
        receiver.start(self, args);
    }
    // Only the receiver is reaped in between (the server after it): its own faults and CPU
    // time, which the machine's other load hardly moves, unlike its wall-clock time.
    const ChildUsage before = childUsage();
    receiver.waitForFinished(-1);
    const ChildUsage after = childUsage();
    server.waitForFinished(10000);
    if (server.state() != QProcess::NotRunning)
        server.kill(); // the raw reader leaves without a closing handshake
    server.waitForFinished(1000);
    Result r;
    r.mode = mode;
    for (const QByteArray &line : server.readAllStandardOutput().split('\n')) {
        if (line.startsWith("CLIENT_CLOSED "))
            r.senderSeconds = line.mid(14).trimmed().toDouble();
    }
    if (isConsoleMode(mode)) {
        // Nothing inside to ask: the client read all when it answered the sender's Close.
        r.messages = r.senderSeconds > 0 && receiver.exitCode() == 0 ? n : 0;
        r.seconds = r.senderSeconds;
        if (r.messages > 0) {
            r.faultsPerMessage = double(after.faults - before.faults) / double(n);
            r.cpuMicrosPerMessage = (after.cpuSeconds - before.cpuSeconds) * 1e6 / double(n);
        }
        return r;
    }
    for (const QByteArray &line : receiver.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        r.messages = f[2].toLongLong();
        r.seconds = f[3].toDouble();
        r.stallMs = f[4].toLongLong();
        r.peakRssKb = f[5].toLongLong();
        r.logBytesPerMessage = f[6].toDouble();
        r.rssBytesPerMessage = f[7].toDouble();
        if (f.size() > 8)
            r.faultsPerMessage = f[8].toDouble();
    }
    return r;
}

/// Each mode `repeat` times, interleaved so a slow moment of the machine does not land on one
/// mode only; the median run by throughput, with the worst stall of all runs.
QMap<QString, Result> measureAll(const QString &self, const QStringList &modes, qint64 n, int size,
                                 bool deflate, int repeat)
{
    QMap<QString, QList<Result>> runs;
    for (int k = 0; k < repeat; ++k) {
        for (const QString &mode : modes)
            runs[mode].append(measure(self, mode, n, size, deflate));
    }
    QMap<QString, Result> shown;
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        QList<Result> &r = it.value();
        std::sort(r.begin(), r.end(),
                  [](const Result &a, const Result &b) { return a.rate() < b.rate(); });
        Result med = r[r.size() / 2];
        for (const Result &x : r)
            med.stallMs = std::max(med.stallMs, x.stallMs);
        shown.insert(it.key(), med);
    }
    return shown;
}

void printTable(const QStringList &modes, const QMap<QString, Result> &results, qint64 n, int size)
{
    std::printf("%-8s %10s %12s %9s %12s %9s %12s %10s %10s %10s %10s\n", "mode", "seconds",
                "msgs/s", "MB/s", "by sender/s", "stall ms", "peak RSS MB", "log B/msg",
                "RSS B/msg", "faults/msg", "cpu us/msg");
    for (const QString &mode : modes) {
        const Result &r = results[mode];
        const bool logged = mode.startsWith(QLatin1String("core")) || mode == QLatin1String("gui");
        const bool inside = !isConsoleMode(mode); // the bench can read its own meters
        std::printf(
            "%-8s %10.3f %12.0f %9.0f %12.0f %9s %12s %10s %10s %10s %10s%s\n", qPrintable(mode),
            r.seconds, r.rate(), r.rate() * size / 1e6, r.senderRate(),
            inside && mode != QLatin1String("raw") ? qPrintable(QString::number(r.stallMs)) : "-",
            inside ? qPrintable(QString::number(r.peakRssKb / 1024.0, 'f', 1)) : "-",
            logged ? qPrintable(QString::number(r.logBytesPerMessage, 'f', 1)) : "-",
            logged ? qPrintable(QString::number(r.rssBytesPerMessage, 'f', 1)) : "-",
            r.faultsPerMessage >= 0 ? qPrintable(QString::number(r.faultsPerMessage, 'f', 3)) : "-",
            r.cpuMicrosPerMessage >= 0 ? qPrintable(QString::number(r.cpuMicrosPerMessage, 'f', 2))
                                       : "-",
            r.messages == n ? "" : "  (incomplete!)");
    }
}

void printRatio(const QMap<QString, Result> &r, const char *a, const char *b, double target,
                const char *what)
{
    const QString ka = QLatin1String(a), kb = QLatin1String(b);
    if (!r.contains(ka) || !r.contains(kb) || r[kb].rate() <= 0)
        return;
    const double ratio = r[ka].rate() / r[kb].rate();
    std::printf("  %-10s %5.2f   %s", qPrintable(ka + QLatin1Char('/') + kb), ratio, what);
    if (target > 0)
        std::printf(" (target >= %.2f: %s)", target, ratio >= target ? "met" : "NOT met");
    std::printf("\n");
}

/// The console programs against each other, every one timed by the sender.
void printConsoleRatio(const QMap<QString, Result> &r, const char *a, const char *b, double target,
                       const char *what)
{
    const QString ka = QLatin1String(a), kb = QLatin1String(b);
    if (!r.contains(ka) || !r.contains(kb) || r[kb].senderRate() <= 0)
        return;
    const double ratio = r[ka].senderRate() / r[kb].senderRate();
    std::printf("  %-10s %5.2f   %s, by sender", qPrintable(ka + QLatin1Char('/') + kb), ratio,
                what);
    if (target > 0)
        std::printf(" (target >= %.2f: %s)", target, ratio >= target ? "met" : "NOT met");
    std::printf("\n");
}

void printRatios(const QMap<QString, Result> &r, int size)
{
    std::printf("ratios of throughput:\n");
    const bool jsonTarget = size == 64 || size == 65536;
    printConsoleRatio(r, "cli-json", "node", jsonTarget ? 1.0 : 0.0,
                      "wsprobe-cli --json > file vs Node ws counting");
    printConsoleRatio(r, "cli-text", "wscat", 1.0, "wsprobe-cli transcript vs wscat");
    printConsoleRatio(r, "cli-rec", "cli-json", 1.0, "record -o vs --json");
    printRatio(r, "core", "node", 1.0, "wire engine + log vs Node ws");
    printRatio(r, "core", "raw", size >= 65536 ? 0.5 : 0.0, "wire engine + log vs the limit");
    printRatio(r, "gui", "node", size == 64 ? 1.0 : 0.0, "window vs Node ws");
    printRatio(r, "gui", "core", 0.8, "window vs engine + log");
    printRatio(r, "core", "bare", 0.0, "wire engine + log vs bare QWebSocket");
    printRatio(r, "core", "core-qt", 1.0, "wire engine vs QWebSocket engine, both logging");
    printRatio(r, "node", "raw", 0.0, "Node ws vs the limit");
    if (r.contains(QStringLiteral("gui"))) {
        const Result &g = r[QStringLiteral("gui")];
        std::printf("  gui longest stall %lld ms (target < 50 ms: %s)\n",
                    static_cast<long long>(g.stallMs), g.stallMs < 50 ? "met" : "NOT met");
        if (size == 64)
            std::printf("  gui memory %.1f B per message beyond the payload (target <= 100: %s)\n",
                        g.rssBytesPerMessage, g.rssBytesPerMessage <= 100 ? "met" : "NOT met");
    }
}

QList<int> parseSizes(const QString &list)
{
    QList<int> sizes;
    for (const QString &s : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = s.trimmed().toInt(&ok);
        if (ok && v > 0)
            sizes.append(v);
    }
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    // The window under test is real but never needs a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool deflate = args.contains(QLatin1String("--deflate"));
    if (args.size() >= 4 && args[1] == QLatin1String("--serve")) {
        FloodSender sender(args[2].toLongLong(), args[3].toInt(), deflate);
        if (!sender.listen())
            return 1;
        QObject::connect(&sender, &FloodSender::clientClosed, [&sender] {
            std::printf("CLIENT_CLOSED %.6f\n", sender.secondsToClientClose());
            std::fflush(stdout);
        });
        std::printf("LISTENING %u\n", sender.port());
        std::fflush(stdout);
        return app.exec();
    }
    if (args.size() >= 6 && args[1] == QLatin1String("--receive")) {
        // The engine and the window keep freed payload memory as the programs do.
        if (args[2].startsWith(QLatin1String("core")) || args[2] == QLatin1String("gui"))
            HeapReuse::keepFreedMemory();
        return runFloodReceiver(args[2], quint16(args[3].toUInt()), args[4].toLongLong(),
                                args[5].toInt(), deflate);
    }

    qint64 maxMessages = 1'000'000;
    qint64 budget = 512LL * 1024 * 1024;
    QList<int> sizes{64};
    int repeat = 3;
    QStringList modes{QStringLiteral("raw"),     QStringLiteral("node"), QStringLiteral("bare"),
                      QStringLiteral("core-qt"), QStringLiteral("core"), QStringLiteral("gui")};
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages"))
            maxMessages = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--bytes"))
            budget = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--size") || args[i] == QLatin1String("--sizes"))
            sizes = parseSizes(args[++i]);
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--modes"))
            modes = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (sizes.isEmpty() || maxMessages < 1) {
        std::fprintf(stderr, "wsprobe-bench-flood: --sizes needs positive numbers\n");
        return 2;
    }
    if (modes.contains(QLatin1String("node")) && !nodeAvailable()) {
        std::printf("(node mode skipped: %s or %s/ws is missing — run scripts/setup-debian.sh)\n",
                    WSPROBE_NODE, WSPROBE_NODE_MODULES);
        modes.removeAll(QStringLiteral("node"));
    }
    std::printf("Flood over loopback, Qt %s; each mode run %d times, interleaved; the median run "
                "by throughput is shown, with the worst stall of all runs\n",
                qVersion(), repeat);
    for (const int size : sizes) {
        const qint64 n = std::min(maxMessages, std::max<qint64>(64, budget / size));
        std::printf("\n== %lld text messages of %d bytes\n", static_cast<long long>(n), size);
        const QMap<QString, Result> plain =
            measureAll(app.applicationFilePath(), modes, n, size, false, repeat);
        printTable(modes, plain, n, size);
        printRatios(plain, size);
        if (!deflate)
            continue;
        // QWebSocket cannot negotiate permessage-deflate and the raw reader parses nothing.
        QStringList compressing;
        for (const QString &m : modes) {
            if (m == QLatin1String("node") || m == QLatin1String("core")
                || m == QLatin1String("gui"))
                compressing << m;
        }
        std::printf("\n== the same, every frame compressed (permessage-deflate)\n");
        const QMap<QString, Result> packed =
            measureAll(app.applicationFilePath(), compressing, n, size, true, repeat);
        printTable(compressing, packed, n, size);
        std::printf("ratios of throughput:\n");
        for (const QString &m : compressing) {
            const double ratio = plain[m].rate() > 0 ? packed[m].rate() / plain[m].rate() : 0;
            std::printf("  %-8s compressed/plain %.2f%s\n", qPrintable(m), ratio,
                        m == QLatin1String("core") && size == 1024 ? (
                            ratio >= 0.8 ? " (target >= 0.80: met)" : " (target >= 0.80: NOT met)")
                                                                   : "");
        }
        printRatio(packed, "core", "node", 1.0, "wire engine + log vs Node ws, both inflating");
    }
    return 0;
}
