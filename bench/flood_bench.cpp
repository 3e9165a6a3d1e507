// Flood benchmark: N small text messages over loopback into (a) a bare QWebSocket that only
// counts, (b) Connection + EventLog on the QWebSocket engine and (c) on the wire engine,
// (d) the real main window (wire engine), offscreen, log visible.
// Each receiver runs in its own process so that its peak memory is its own.
//
//   wsprobe-bench-flood [--messages N] [--size BYTES] [--repeat K] [--deflate]
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include "connection/clock.h"
#include "connection/connection.h"
#include "floodsender.h"
#include "log/eventlog.h"
#include "window/mainwindow.h"

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Largest gap between ticks of a 5 ms timer, beyond the 5 ms: how long the loop was stuck.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_max = std::max(m_max, gap - 5);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxStallMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

struct Result
{
    QString mode;
    qint64 messages = 0;
    double seconds = 0;
    qint64 stallMs = 0;
    qint64 peakRssKb = 0;
    double logBytesPerMessage = 0; ///< the log's own storage beyond payload
    double rssBytesPerMessage = 0; ///< RSS growth beyond payload
};

int runReceiver(const QString &mode, quint16 port, qint64 n, int size)
{
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    const qint64 rssBefore = statusKb("VmRSS:");
    StallMeter stalls;
    QElapsedTimer timer;
    qint64 count = 0;
    double seconds = 0;
    auto received = [&] {
        if (++count == 1)
            timer.start();
        if (count == n) {
            seconds = timer.nsecsElapsed() / 1e9;
            QTimer::singleShot(200, qApp, &QCoreApplication::quit); // let the log flush
        }
    };

    SystemClock clock;
    std::unique_ptr<QWebSocket> bare;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<EventLog> log;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    if (mode == QLatin1String("bare")) {
        bare = std::make_unique<QWebSocket>();
        if (qEnvironmentVariableIsSet("WSPROBE_BENCH_BARE_READ_BUFFER"))
            bare->setReadBufferSize(qEnvironmentVariableIntValue("WSPROBE_BENCH_BARE_READ_BUFFER"));
        QObject::connect(bare.get(), &QWebSocket::textMessageReceived, qApp, received);
        bare->open(url);
    } else if (mode.startsWith(QLatin1String("core"))) {
        connection = std::make_unique<Connection>(clock);
        log = std::make_unique<EventLog>();
        connection->addSink(log.get());
        QObject::connect(connection.get(), &Connection::messageReceived, qApp, received);
        ConnectionRequest r;
        r.url = url;
        r.engine = mode == QLatin1String("core-qt") ? EngineKind::QtWebSockets : EngineKind::Wire;
        connection->open(r);
    } else {
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("b.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<MainWindow>(clock, *settings);
        window->resize(1200, 800);
        window->show();
        QObject::connect(window->connection(), &Connection::messageReceived, qApp, received);
        window->connectTo(url.toString());
    }
    QTimer::singleShot(600000, qApp, &QCoreApplication::quit); // never hang
    qApp->exec();

    Result r;
    r.mode = mode;
    r.messages = count;
    r.seconds = seconds;
    r.stallMs = stalls.maxStallMs();
    r.peakRssKb = statusKb("VmHWM:");
    const EventLog *l = log ? log.get() : window ? window->log() : nullptr;
    if (l && count > 0) {
        r.logBytesPerMessage = double(l->store().memoryUsage()) / double(l->totalCount()) - size;
        r.rssBytesPerMessage = (statusKb("VmRSS:") - rssBefore) * 1024.0 / double(count) - size;
    }
    std::printf("RESULT %s %lld %.6f %lld %lld %.1f %.1f\n", qPrintable(r.mode),
                static_cast<long long>(r.messages), r.seconds, static_cast<long long>(r.stallMs),
                static_cast<long long>(r.peakRssKb), r.logBytesPerMessage, r.rssBytesPerMessage);
    return count == n ? 0 : 1;
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
    receiver.start(self, {QStringLiteral("--receive"), mode, QString::number(port),
                          QString::number(n), QString::number(size)});
    receiver.waitForFinished(-1);
    server.waitForFinished(10000);
    Result r;
    r.mode = mode;
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
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    // The window under test is real but never needs a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("--serve")) {
        FloodSender sender(args[2].toLongLong(), args[3].toInt(),
                           args.contains(QLatin1String("--deflate")));
        if (!sender.listen())
            return 1;
        std::printf("LISTENING %u\n", sender.port());
        std::fflush(stdout);
        return app.exec();
    }
    if (args.size() >= 6 && args[1] == QLatin1String("--receive"))
        return runReceiver(args[2], quint16(args[3].toUInt()), args[4].toLongLong(),
                           args[5].toInt());

    qint64 n = 1'000'000;
    int size = 64;
    int repeat = 3;
    const bool deflate = args.contains(QLatin1String("--deflate"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages"))
            n = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--size"))
            size = args[++i].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[++i].toInt());
    }
    std::printf("Flood: %lld text messages of %d bytes over loopback, Qt %s; each mode run %d "
                "times, interleaved; the median run by throughput is shown%s\n",
                static_cast<long long>(n), size, qVersion(), repeat,
                deflate ? "; permessage-deflate for clients that offer it (the wire engine)" : "");
    std::printf("%-8s %10s %12s %9s %12s %14s %14s\n", "mode", "seconds", "msgs/s", "stall ms",
                "peak RSS MB", "log B/msg", "RSS B/msg");
    const QStringList modes{QStringLiteral("bare"), QStringLiteral("core-qt"),
                            QStringLiteral("core"), QStringLiteral("gui")};
    QList<QList<Result>> runs(modes.size());
    // Interleaved, so that a slow moment of the machine does not land on one mode only.
    for (int k = 0; k < repeat; ++k) {
        for (qsizetype m = 0; m < modes.size(); ++m)
            runs[m].append(measure(app.applicationFilePath(), modes[m], n, size, deflate));
    }
    QList<Result> results;
    for (QList<Result> &r : runs) {
        std::sort(r.begin(), r.end(),
                  [](const Result &a, const Result &b) { return a.seconds < b.seconds; });
        const Result &med = r[r.size() / 2];
        qint64 worstStall = 0;
        for (const Result &x : r)
            worstStall = std::max(worstStall, x.stallMs);
        Result shown = med;
        shown.stallMs = worstStall; // the worst stall of all runs, not the median's
        results.append(shown);
        std::printf("%-8s %10.3f %12.0f %9lld %12.1f %14.1f %14.1f%s\n", qPrintable(shown.mode),
                    shown.seconds, shown.seconds > 0 ? shown.messages / shown.seconds : 0.0,
                    static_cast<long long>(shown.stallMs), shown.peakRssKb / 1024.0,
                    shown.logBytesPerMessage, shown.rssBytesPerMessage,
                    shown.messages == n ? "" : "  (incomplete!)");
    }
    const auto rate = [](const Result &r) { return r.seconds > 0 ? r.messages / r.seconds : 0.0; };
    const double qtRatio = rate(results[1]) / rate(results[0]);
    const double coreRatio = rate(results[2]) / rate(results[0]);
    const double guiRatio = rate(results[3]) / rate(results[0]);
    std::printf(
        "\ncore-qt/bare throughput ratio: %.2f   (Connection + log on the QWebSocket engine)\n",
        qtRatio);
    std::printf("core/bare throughput ratio:    %.2f   (Connection + log on the wire engine)\n",
                coreRatio);
    std::printf("wire/qt engine ratio:          %.2f   (target >= 1.0: %s)\n", coreRatio / qtRatio,
                coreRatio >= qtRatio ? "met" : "NOT met");
    std::printf("gui/bare throughput ratio:     %.2f   (target >= 0.50: %s)\n", guiRatio,
                guiRatio >= 0.5 ? "met" : "NOT met");
    std::printf("gui longest stall:             %lld ms (target < 100 ms: %s)\n",
                static_cast<long long>(results[3].stallMs),
                results[3].stallMs < 100 ? "met" : "NOT met");
    std::printf(
        "gui memory per message:        %.1f B beyond payload, by RSS (target <= 150: %s)\n",
        results[3].rssBytesPerMessage, results[3].rssBytesPerMessage <= 150 ? "met" : "NOT met");
    return 0;
}
