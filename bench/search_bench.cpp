// Search and filter over a 1,000,000-row log, against grep over the same payloads written one
// per line, in the same run. See docs/performance.md.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "benchutil.h"
#include "log/eventlog.h"
#include "log/logfiltermodel.h"
#include "log/logsearch.h"

namespace {

// A ticker feed: every payload exactly `size` bytes of JSON-looking text.
QByteArray tick(QRandomGenerator &rng, qsizetype seq, qsizetype size)
{
    static const char *const symbols[] = {"BTC-USD", "ETH-USD", "SOL-USD", "ADA-EUR", "XRP-GBP"};
    QByteArray p = "{\"seq\":" + QByteArray::number(seq) + ",\"sym\":\"" + symbols[rng.bounded(5)]
                   + "\",\"px\":" + QByteArray::number(rng.bounded(50000)) + "."
                   + QByteArray::number(rng.bounded(10, 100)) + ",\"side\":\""
                   + (rng.bounded(2) ? "buy" : "sell") + "\"";
    if (p.size() + 1 < size)
        p += ",\"pad\":\"" + QByteArray(std::max<qsizetype>(0, size - p.size() - 10), '.') + "\"";
    p += '}';
    p.resize(size, ' ');
    return p;
}

struct GrepResult
{
    double ms = 0;
    qint64 count = -1;
};

// Best of three: the file is in the page cache after the first run, as our log is in memory.
GrepResult grepCount(const QStringList &flags, const QString &pattern, const QString &file)
{
    GrepResult best;
    best.ms = 1e18;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("grep"), QStringList{QStringLiteral("-c")} + flags
                                            + QStringList{QStringLiteral("--"), pattern, file});
        p.waitForFinished(-1);
        const double ms = t.nsecsElapsed() / 1e6;
        best.count = p.readAllStandardOutput().trimmed().toLongLong();
        best.ms = std::min(best.ms, ms);
    }
    return best;
}

struct FilterResult
{
    double scanMs = 0;   ///< LogSearch::scan over every row, nothing else
    double filterMs = 0; ///< setSearch() until scanFinished, through a view, event loop running
    double stallMs = 0;  ///< longest gap between 5 ms timer ticks while filtering
    qint64 matches = 0;
};

FilterResult runFilter(EventLog &log, LogFilterModel &filter, const SearchQuery &query)
{
    FilterResult r;
    LogSearch search;
    QString error;
    if (!search.setQuery(query, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    {
        double best = 1e18;
        for (int run = 0; run < 3; ++run) {
            std::vector<qint32> rows;
            rows.reserve(size_t(log.totalCount()));
            QElapsedTimer t;
            t.start();
            search.scan(log.store(), 0, log.totalCount(), &rows);
            best = std::min(best, t.nsecsElapsed() / 1e6);
            r.matches = qint64(rows.size());
        }
        r.scanMs = best;
    }

    QEventLoop loop;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QElapsedTimer sinceTick;
    double worst = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        worst = std::max(worst, sinceTick.nsecsElapsed() / 1e6 - 5);
        sinceTick.restart();
    });
    QObject::connect(&filter, &LogFilterModel::scanFinished, &loop, &QEventLoop::quit);
    heartbeat.start();
    sinceTick.start();
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(0, [&] { filter.setSearch(std::move(search)); });
    loop.exec();
    r.filterMs = t.nsecsElapsed() / 1e6;
    heartbeat.stop();
    r.stallMs = std::max(0.0, worst);
    if (filter.rowCount() != r.matches)
        std::fprintf(stderr, "filter shows %d rows, scan found %lld\n", filter.rowCount(),
                     static_cast<long long>(r.matches));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    qsizetype messages = 1000000, size = 64;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            messages = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--size"))
            size = args[i + 1].toLongLong();
    }
    QTemporaryDir temp;
    const QString lines = temp.filePath(QStringLiteral("payloads.txt"));
    EventLog log;
    {
        QFile out(lines);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(lines));
            return 1;
        }
        QRandomGenerator rng(42);
        QByteArray buffer;
        for (qsizetype i = 0; i < messages; ++i) {
            const QByteArray p = tick(rng, i, size);
            log.append(
                Event::message(1767323045678 + i, i % 2 ? Direction::In : Direction::Out, true, p));
            buffer += p;
            buffer += '\n';
            if (buffer.size() > (1 << 20)) {
                out.write(buffer);
                buffer.clear();
            }
        }
        out.write(buffer);
    }
    log.flush();
    const qint64 rssBefore = peakRss();

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(20);
    LogFilterModel filter(&log);
    view.setModel(&filter);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();

    struct Case
    {
        const char *name;
        SearchQuery query;
        QStringList grepFlags;
    };
    const Case cases[] = {
        {"plain, rare", {QStringLiteral("\"px\":4321.5"), false, true}, {QStringLiteral("-F")}},
        {"plain, every 5th row", {QStringLiteral("ETH-USD"), false, true}, {QStringLiteral("-F")}},
        {"plain, caseless",
         {QStringLiteral("eth-usd"), false, false},
         {QStringLiteral("-F"), QStringLiteral("-i")}},
        {"regex", {QStringLiteral("\"px\":4321[0-9]\\.5"), true, true}, {QStringLiteral("-E")}},
        {"regex, alternation",
         {QStringLiteral("SOL-USD\",\"px\":1[0-9]{3}\\.|sell\",\"pad"), true, true},
         {QStringLiteral("-E")}},
        {"regex, anchored",
         {QStringLiteral("^\\{\"seq\":12345[0-9]*,"), true, true},
         {QStringLiteral("-E")}},
    };
    std::printf("search: %lld messages x %lld B; log %.1f MB in memory\n",
                static_cast<long long>(messages), static_cast<long long>(size),
                log.store().memoryUsage() / 1048576.0);
    std::printf("%-22s %9s %9s %9s %9s %7s %8s %s\n", "query", "matches", "grep ms", "scan ms",
                "filter ms", "ratio", "stall ms", "");
    double worstRatio = 0, worstStall = 0;
    for (const Case &c : cases) {
        const GrepResult g = grepCount(c.grepFlags, c.query.pattern, lines);
        const FilterResult f = runFilter(log, filter, c.query);
        const double ratio = f.filterMs / g.ms;
        worstRatio = std::max(worstRatio, ratio);
        worstStall = std::max(worstStall, f.stallMs);
        std::printf("%-22s %9lld %9.1f %9.1f %9.1f %7.2f %8.1f %s\n", c.name,
                    static_cast<long long>(f.matches), g.ms, f.scanMs, f.filterMs, ratio, f.stallMs,
                    g.count == f.matches ? "" : "(grep counted differently!)");
    }

    // Typing a query one key at a time: each keystroke starts a new filter.
    const QString typed = QStringLiteral("\"px\":4321.5");
    double worstKey = 0;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        const FilterResult f = runFilter(log, filter, {typed.left(n), false, true});
        worstKey = std::max(worstKey, f.filterMs);
        worstStall = std::max(worstStall, f.stallMs);
    }
    std::printf("typing %lld keys: slowest keystroke %.1f ms until all rows were filtered\n",
                static_cast<long long>(typed.size()), worstKey);
    std::printf("peak RSS %.1f MB (log loaded: %.1f MB; the filter adds at most 4 B per row)\n",
                peakRss() / 1048576.0, rssBefore / 1048576.0);
    std::printf("worst filter/grep ratio %.2f (target <= 1.0: %s); longest stall %.1f ms "
                "(target < 100: %s)\n",
                worstRatio, worstRatio <= 1.0 ? "met" : "NOT met", worstStall,
                worstStall < 100 ? "met" : "NOT met");
    return 0;
}
