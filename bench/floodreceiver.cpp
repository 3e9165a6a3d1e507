#include "floodreceiver.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <thread>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "connection/clock.h"
#include "connection/connection.h"
#include "log/eventlog.h"
#include "log/payloadfile.h"
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

/// Minor page faults of the whole process so far: each is a first touch of a page (and, for
/// fresh memory, its clearing), a cost that timing on a shared machine hides in its noise but
/// that counts the same in every run.
qint64 minorFaults()
{
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0)
        return u.ru_minflt;
#endif
    return -1;
}

/// User and system CPU time of the calling thread, seconds: the receiving thread's own work,
/// which other load on this 2-core machine moves far less than the wall-clock time. The system
/// part holds the first touches of fresh pages, whose cost this VM varies from run to run (the
/// host takes back free memory); the user part is the program's own code.
struct ThreadCpu
{
    double user = -1;
    double system = -1;
};

ThreadCpu threadCpu()
{
    ThreadCpu c;
#ifdef RUSAGE_THREAD
    rusage u{};
    if (getrusage(RUSAGE_THREAD, &u) == 0) {
        c.user = double(u.ru_utime.tv_sec) + double(u.ru_utime.tv_usec) / 1e6;
        c.system = double(u.ru_stime.tv_sec) + double(u.ru_stime.tv_usec) / 1e6;
    }
#endif
    return c;
}

#ifdef Q_OS_LINUX
/// CPU time of the tab's journal writer (the thread named "wsprobe-journal"), which competes
/// with the window and the sender for the two cores at 64 KiB and up. Its times go with its
/// thread when it ends (after the last message, when the window closes), so they are read from
/// /proc every 5 ms while it runs: the last 5 ms at most are missed. The total is the
/// scheduler's, in nanoseconds; user and system are counted in 10 ms ticks, too coarse for a
/// writer that runs a few hundred ms. Linux only.
class WriterCpuWatch
{
public:
    struct Times
    {
        double user = 0, system = 0, total = 0; ///< seconds
    };
    WriterCpuWatch()
        : m_thread([this] { run(); })
    {
    }
    ~WriterCpuWatch() { stop(); }
    Times stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_times;
    }

private:
    /// The task folder of a writer not seen before, or empty.
    QString findWriter()
    {
        const QString tasks = QStringLiteral("/proc/self/task/");
        for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks + tid + QStringLiteral("/comm"));
            if (m_seen.count(tid) || !comm.open(QIODevice::ReadOnly)
                || comm.readAll().trimmed() != "wsprobe-journal")
                continue;
            m_seen.insert(tid);
            return tasks + tid + '/';
        }
        return {};
    }
    static bool read(int fd, char *buf, size_t size)
    {
        const ssize_t n = ::pread(fd, buf, size - 1, 0);
        if (n <= 0)
            return false;
        buf[n] = 0;
        return true;
    }
    void run()
    {
        const double tick = 1.0 / double(sysconf(_SC_CLK_TCK));
        Times ended; // writers that have ended
        int stat = -1, sched = -1;
        while (!m_stop) {
            if (stat < 0) {
                const QString task = findWriter();
                if (!task.isEmpty()) {
                    stat = ::open(qPrintable(task + QStringLiteral("stat")), O_RDONLY);
                    sched = ::open(qPrintable(task + QStringLiteral("schedstat")), O_RDONLY);
                }
            }
            char buf[1024], sbuf[128];
            if (stat >= 0 && (!read(stat, buf, sizeof buf) || !read(sched, sbuf, sizeof sbuf))) {
                ::close(stat);
                ::close(sched);
                stat = sched = -1;
                ended = m_times;
            } else if (stat >= 0) {
                // Fields after the name's closing parenthesis: state is the 3rd, utime 14th.
                const char *p = std::strrchr(buf, ')');
                unsigned long long utime = 0, stime = 0, ns = 0;
                if (p
                    && std::sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu",
                                   &utime, &stime)
                           == 2
                    && std::sscanf(sbuf, "%llu", &ns) == 1)
                    m_times = {ended.user + double(utime) * tick,
                               ended.system + double(stime) * tick, ended.total + double(ns) / 1e9};
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (stat >= 0) {
            ::close(stat);
            ::close(sched);
        }
    }

    std::atomic<bool> m_stop{false};
    std::set<QString> m_seen;
    Times m_times;
    std::thread m_thread;
};
#endif

/// With WSPROBE_BENCH_STALLS set: the last events delivered, so that a stall can be pinned on
/// the event whose handling it was (the entry before the gap).
class EventTrace : public QObject
{
public:
    struct Entry
    {
        qint64 ns;
        int type;
        const char *receiver;
        const char *parent;
        int interval; ///< a QTimer's, which tells the log's flush (50 ms) from the others
    };
    explicit EventTrace(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        m_ring[m_next++ % m_ring.size()] = {
            m_clock.nsecsElapsed(), int(e->type()), o->metaObject()->className(),
            o->parent() ? o->parent()->metaObject()->className() : "",
            o->inherits("QTimer") ? static_cast<QTimer *>(o)->interval() : -1};
        return false;
    }
    /// Entries of the last `ms`, each with the time until the next one.
    void dump(qint64 ms) const
    {
        const qint64 now = m_clock.nsecsElapsed();
        for (size_t i = 0; i < m_ring.size(); ++i) {
            const Entry &a = m_ring[(m_next + i) % m_ring.size()];
            const Entry &b = m_ring[(m_next + i + 1) % m_ring.size()];
            const qint64 until = (i + 1 == m_ring.size() ? now : b.ns) - a.ns;
            if (a.receiver && now - a.ns < ms * 1000000 && until > 2000000)
                std::fprintf(stderr, "  %6.1f ms  event %d to %s in %s (%d)\n", until / 1e6, a.type,
                             a.receiver, a.parent, a.interval);
        }
    }

private:
    const QElapsedTimer &m_clock;
    std::array<Entry, 4096> m_ring{};
    size_t m_next = 0;
};

/// Largest gap between ticks of a 5 ms timer, beyond the 5 ms: how long the loop was stuck,
/// from the first message (begin()) to the last (end()). Before the first, the window's
/// construction and first paint (fonts loaded, ~100 ms offscreen) are start-up, not a stall
/// under the flood, and the meter used to count them.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const qint64 now = m_clock.msecsSinceReference();
            m_max = std::max(m_max, gap - 5);
            // WSPROBE_BENCH_STALLS=MS prints each stall over MS on CLOCK_MONOTONIC (the clock
            // of `perf record -k CLOCK_MONOTONIC`), so a profile can be cut to the stalls.
            if (m_report > 0 && gap - 5 > m_report) {
                std::fprintf(stderr, "STALL %lld %lld\n", static_cast<long long>(now - gap),
                             static_cast<long long>(now));
                m_trace.dump(gap);
            }
        });
    }
    void begin()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    void end()
    {
        // The gap up to the last message counts too.
        if (m_timer.isActive())
            m_max = std::max(m_max, m_clock.elapsed() - 5);
        m_timer.stop();
    }
    qint64 maxStallMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    const int m_report = qEnvironmentVariableIntValue("WSPROBE_BENCH_STALLS");
    QElapsedTimer m_traceClock;
    EventTrace m_trace{m_traceClock};

public:
    void traceEvents()
    {
        if (m_report > 0) {
            m_traceClock.start();
            qApp->installEventFilter(&m_trace);
        }
    }
};

/// Resident memory as the log holds it, kB: the process's RSS without its shared memory, plus
/// the pages of the log's payload files. Written with write(), those are in no mapping until a
/// row is read, so VmRSS misses them; the few a read has mapped show as RssShmem, so they are
/// counted once.
qint64 residentKb()
{
    return statusKb("VmRSS:") - statusKb("RssShmem:") + PayloadFile::residentBytes() / 1024;
}

void printResult(const char *mode, qint64 count, double seconds, qint64 stallMs, double logBytes,
                 double rssBytes, double faultsPerMessage = -1)
{
    // The peak: VmHWM plus the payload files at the end (they only grow during a flood), an
    // upper bound where a read mapped some of their pages.
    std::printf("RESULT %s %lld %.6f %lld %lld %.1f %.1f %.4f\n", mode,
                static_cast<long long>(count), seconds, static_cast<long long>(stallMs),
                statusKb("VmHWM:") + PayloadFile::residentBytes() / 1024, logBytes, rssBytes,
                faultsPerMessage);
    std::fflush(stdout);
}

#ifdef Q_OS_UNIX
/// The limit of the machine: blocking reads of 256 KiB into one buffer, nothing parsed.
/// Messages are counted as whole frames' worth of bytes after the 101.
int runRaw(quint16 port, qint64 messages, int size)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("raw reader: connect");
        return 1;
    }
    const QByteArray request =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n";
    if (::write(fd, request.constData(), size_t(request.size())) != request.size()) {
        std::perror("raw reader: write");
        return 1;
    }
    const qint64 wanted = messages * floodFrameBytes(size);
    std::unique_ptr<char[]> buffer(new char[256 * 1024]);
    QByteArray head;
    qint64 body = 0;
    QElapsedTimer timer;
    while (body < wanted) {
        const ssize_t got = ::read(fd, buffer.get(), 256 * 1024);
        if (got <= 0)
            break;
        if (!timer.isValid()) {
            head.append(buffer.get(), got);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            body = head.size() - (end + 4);
            timer.start();
            continue;
        }
        body += got;
    }
    const double seconds = timer.isValid() ? timer.nsecsElapsed() / 1e9 : 0;
    ::close(fd);
    const qint64 count = std::min(messages, body / floodFrameBytes(size));
    printResult("raw", count, seconds, 0, 0, 0);
    return count == messages ? 0 : 1;
}
#endif

} // namespace

qint64 floodFrameBytes(qint64 payload)
{
    return payload + (payload <= 125 ? 2 : payload <= 0xffff ? 4 : 10);
}

int runFloodReceiver(const QString &mode, quint16 port, qint64 n, int size, bool deflate)
{
    if (mode == QLatin1String("raw")) {
#ifdef Q_OS_UNIX
        return runRaw(port, n, size);
#else
        printResult("raw", 0, 0, 0, 0, 0);
        return 1;
#endif
    }
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    const qint64 rssBefore = residentKb();
    StallMeter stalls;
    stalls.traceEvents();
    QElapsedTimer timer;
    qint64 count = 0;
    double seconds = 0;
    qint64 faultsAtFirst = 0, faultsAtLast = 0;
    ThreadCpu cpuAtFirst, cpuAtLast;
    auto received = [&] {
        if (++count == 1) {
            timer.start();
            faultsAtFirst = minorFaults();
            cpuAtFirst = threadCpu();
            stalls.begin();
        }
        if (count == n) {
            seconds = timer.nsecsElapsed() / 1e9;
            faultsAtLast = minorFaults();
            cpuAtLast = threadCpu();
            stalls.end();
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
#ifdef Q_OS_LINUX
    std::unique_ptr<WriterCpuWatch> writerCpu;
#endif
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
        r.deflate = deflate;
        connection->open(r);
    } else {
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("b.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<MainWindow>(clock, *settings);
        // The tab's journal goes with the temporary folder: every gui run left its recording
        // in the user's data folder (62 GB after a day of runs).
        window->setSessionFolder(dir->filePath(QStringLiteral("sessions")));
        window->resize(1200, 800);
        window->show();
        QObject::connect(window->connection(), &Connection::messageReceived, qApp, received);
#ifdef Q_OS_LINUX
        writerCpu = std::make_unique<WriterCpuWatch>();
#endif
        window->connectTo(url.toString());
    }
    QTimer::singleShot(600000, qApp, &QCoreApplication::quit); // never hang
    qApp->exec();

    double logBytes = 0;
    double rssBytes = 0;
    const EventLog *l = log ? log.get() : window ? window->log() : nullptr;
    if (l && count > 0) {
        // Beyond the messages' payloads, per message (the few other events' rows and bytes
        // included): dividing the whole by every event made 1 MiB's figure negative.
        logBytes = (double(l->store().memoryUsage()) - double(count) * size) / double(count);
        rssBytes = (residentKb() - rssBefore) * 1024.0 / double(count) - size;
    }
    const double faults = count == n && faultsAtFirst >= 0
                              ? double(faultsAtLast - faultsAtFirst) / double(count)
                              : -1;
    printResult(qPrintable(mode), count, seconds, stalls.maxStallMs(), logBytes, rssBytes, faults);
    // On standard error, which the bench passes through: read by hand when comparing builds.
    if (count == n && cpuAtFirst.user >= 0)
        std::fprintf(stderr,
                     "THREAD_CPU %s user %.3f system %.3f us/msg (receiving thread, first to "
                     "last message)\n",
                     qPrintable(mode), (cpuAtLast.user - cpuAtFirst.user) * 1e6 / double(count),
                     (cpuAtLast.system - cpuAtFirst.system) * 1e6 / double(count));
#ifdef Q_OS_LINUX
    if (writerCpu && count == n) {
        window.reset(); // the journal writes what is left and ends
        QThreadPool::globalInstance()->waitForDone();
        const WriterCpuWatch::Times w = writerCpu->stop();
        std::fprintf(stderr,
                     "THREAD_CPU gui-writer user %.3f system %.3f total %.3f us/msg (journal "
                     "writer, whole run; user and system in 10 ms ticks)\n",
                     w.user * 1e6 / double(count), w.system * 1e6 / double(count),
                     w.total * 1e6 / double(count));
    }
#endif
    return count == n ? 0 : 1;
}
