// Opening big sessions: a 1,000,000-message .wsprobe.jsonl and a ~100 MB HAR, timed against
// /usr/bin/python3 json.loads of the same files in the same run, with the peak memory of the
// process that loads them. Also the journal's write rate.
//
//   wsprobe-bench-session [--messages N] [--size B] [--dir DIR]
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include "benchutil.h"
#include "connection/clock.h"
#include "session/har.h"
#include "session/journal.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"

namespace {

/// Child mode: load one file and print "<ms> <peak bytes> <events>".
int loadOnly(const QString &path, bool har)
{
    QElapsedTimer t;
    t.start();
    Session s;
    QString error;
    const bool ok =
        har ? Har::readFile(path, 0, &s, &error) : SessionReader::readFile(path, &s, &error);
    const qint64 ms = t.elapsed();
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld %lld %lld\n", static_cast<long long>(ms), static_cast<long long>(peakRss()),
                static_cast<long long>(s.events.size()));
    return 0;
}

double pythonSeconds(const QString &code, const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), code, path});
    p.waitForFinished(-1);
    return p.readAllStandardOutput().trimmed().toDouble();
}

struct Load
{
    qint64 ms = 0, peak = 0, events = 0;
};

Load loadInChild(const QString &self, const QString &path, bool har)
{
    QProcess p;
    p.start(self, {har ? QStringLiteral("--load-har") : QStringLiteral("--load"), path});
    p.waitForFinished(-1);
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    Load l;
    if (f.size() == 3) {
        l.ms = f[0].toLongLong();
        l.peak = f[1].toLongLong();
        l.events = f[2].toLongLong();
    }
    return l;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--load"))
        return loadOnly(args[2], false);
    if (args.size() == 3 && args[1] == QLatin1String("--load-har"))
        return loadOnly(args[2], true);
    qsizetype messages = 1000000, size = 64;
    QString dir;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            messages = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--size"))
            size = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
    }
    QTemporaryDir temp(dir.isEmpty() ? QString() : dir + QStringLiteral("/bench-XXXXXX"));

    // The session: alternating out/in text messages of `size` bytes, 1 ms apart.
    SessionHeader header;
    header.createdMs = 1767323045678;
    header.request.url = QUrl(QStringLiteral("ws://127.0.0.1:9/feed"));
    EventStore events;
    events.append(Event::open(header.createdMs, {}, {}));
    QByteArray payload(size, 'x');
    for (qsizetype i = 0; i < messages; ++i) {
        const QByteArray n = QByteArray::number(i);
        payload.replace(0, n.size(), n);
        events.append(Event::message(header.createdMs + i, i % 2 ? Direction::In : Direction::Out,
                                     true, payload));
    }
    const QString jsonl = temp.filePath(QStringLiteral("bench.wsprobe.jsonl"));
    const QString har = temp.filePath(QStringLiteral("bench.har"));
    QString error;
    QElapsedTimer t;
    t.start();
    if (!SessionWriter::write(jsonl, SessionWriter::Format::Jsonl, header, events, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 writeMs = t.elapsed();
    SessionWriter::write(har, SessionWriter::Format::Har, header, events, {}, &error);

    // The journal: the same events through the writer thread.
    const QString journalPath = temp.filePath(QStringLiteral("journal.wsprobe.jsonl"));
    Journal journal;
    journal.open(journalPath, header, {}, &error);
    t.restart();
    for (qsizetype i = 0; i < events.size(); ++i)
        journal.record(events.at(i));
    const qint64 recordMs = t.elapsed();
    journal.finish();
    const qint64 journalMs = t.elapsed();

    const QString self = QCoreApplication::applicationFilePath();
    const double pyLines =
        pythonSeconds(QStringLiteral("import json,sys,time\nt=time.perf_counter()\n"
                                     "[json.loads(l) for l in open(sys.argv[1],'rb')]\n"
                                     "print(time.perf_counter()-t)"),
                      jsonl);
    const Load jl = loadInChild(self, jsonl, false);
    const double pyHar = pythonSeconds(
        QStringLiteral("import json,sys,time\nt=time.perf_counter()\n"
                       "json.load(open(sys.argv[1],'rb'))\nprint(time.perf_counter()-t)"),
        har);
    const Load hl = loadInChild(self, har, true);

    const double mb = 1024.0 * 1024.0;
    const qint64 jsonlBytes = QFileInfo(jsonl).size(), harBytes = QFileInfo(har).size();
    std::printf("session: %lld messages x %lld B\n", static_cast<long long>(messages),
                static_cast<long long>(size));
    std::printf("write .wsprobe.jsonl: %.1f MB in %lld ms\n", jsonlBytes / mb,
                static_cast<long long>(writeMs));
    std::printf("journal: record() %lld ms on the caller, written %lld ms (%.2f M events/s)\n",
                static_cast<long long>(recordMs), static_cast<long long>(journalMs),
                events.size() / 1000.0 / qMax<qint64>(1, journalMs));
    std::printf(
        "open .wsprobe.jsonl %.1f MB: %lld ms (%lld events); python json.loads per line "
        "%.0f ms; ratio %.2f (target <= 1.0); peak RSS %.1f MB = %.2f x file (target < 2)\n",
        jsonlBytes / mb, static_cast<long long>(jl.ms), static_cast<long long>(jl.events),
        pyLines * 1000, jl.ms / (pyLines * 1000), jl.peak / mb,
        double(jl.peak) / double(jsonlBytes));
    std::printf("open .har %.1f MB: %lld ms (%lld events); python json.load %.0f ms; ratio %.2f; "
                "peak RSS %.1f MB = %.2f x file\n",
                harBytes / mb, static_cast<long long>(hl.ms), static_cast<long long>(hl.events),
                pyHar * 1000, hl.ms / (pyHar * 1000), hl.peak / mb,
                double(hl.peak) / double(harBytes));
    return 0;
}
