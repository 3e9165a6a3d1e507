#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "session/eventjson.h"
#include "session/journal.h"
#include "session/sessionreader.h"

/// The journal's queue under a flood: the writer is woken by size, not only by its interval,
/// and a writer that falls behind asks the recording side to hold the peer until it catches up.
/// The recording thread stages events without a lock: they reach the file when its loop runs,
/// at once for a Close, at a size bound, by age where no loop runs, and in finish().
class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void floodWakesTheWriterBeforeItsInterval();
    void writerBehindHoldsThenReleases();
    void settingNoBackPressureReleasesAHold();
    void stagedEventsReachTheFileWhenTheLoopRuns();
    void aCloseIsOnDiskAtOnce();
    void finishAfterABurstWritesAll();
    void aThreadWithoutAnEventLoopIsNotWaitedFor();
    void aLoopThatDoesNotRunHandsOverByAge();
    void largePayloadsWrittenAsTheLineFormatHasThem();

private:
    /// Waits without running this thread's event loop (the journal must not need it here),
    /// a bounded number of times.
    static bool waitWithoutLoop(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }
    static qsizetype linesIn(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : -1;
    }
    static SessionHeader header()
    {
        SessionHeader h;
        h.createdMs = 1767323045678;
        h.request.url = QUrl("ws://127.0.0.1:9/flood");
        h.source = "record";
        return h;
    }
    /// Opens journal on path with the test header, flushing every intervalMs; says why not.
    static bool openJournal(Journal &journal, const QString &path, int intervalMs)
    {
        Journal::Options options;
        options.flushIntervalMs = intervalMs;
        QString error;
        const bool opened = journal.open(path, header(), options, &error);
        if (!opened)
            qWarning("%s", qPrintable(error));
        return opened;
    }
    static Event message(qint64 n)
    {
        return Event::message(1767323045678 + n, Direction::In, true,
                              QByteArray::number(n).leftJustified(64, '.'));
    }
    // Recording a 1 MiB payload that exists already only shares it; writing it escapes and
    // writes a megabyte. So a burst of them outruns the writer by orders of magnitude on any
    // machine, sanitizers included.
    static Event big(qint64 n)
    {
        static const QByteArray payload(1 << 20, '.');
        return Event::message(1767323045678 + n, Direction::In, true, payload);
    }
};

void TestJournal::floodWakesTheWriterBeforeItsInterval()
{
    QTemporaryDir dir;
    Journal journal;
    Journal::Options options;
    options.flushIntervalMs = 600000; // only the size of the queue can wake the writer
    QString error;
    QVERIFY2(journal.open(dir.filePath("f.jsonl"), header(), options, &error), qPrintable(error));
    for (qint64 n = 0; n < 20000; ++n)
        journal.record(message(n));
    // Nor can the loop's handover: the stage goes over as it reaches a batch's worth.
    QVERIFY(waitWithoutLoop([&] { return journal.eventsWritten() >= 8192; }));
    journal.finish();
    QCOMPARE(journal.eventsWritten(), 20000);
}

void TestJournal::writerBehindHoldsThenReleases()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("h.jsonl");
    Journal journal;
    Journal::Options options;
    QString error;
    QVERIFY2(journal.open(path, header(), options, &error), qPrintable(error));
    std::mutex mutex;
    std::vector<std::pair<bool, bool>> calls; // (hold, on the recording thread)
    const std::thread::id recorder = std::this_thread::get_id();
    std::atomic<bool> holding{false};
    // A release comes from the writer's thread, and the window queues it to its own: the
    // recorder takes it in below, as the window's event loop would. (Taken in here, at once, a
    // release could land between the recorder's hold decision and its hold call.)
    std::vector<bool> releases; // queued, each with "on the recording thread"
    journal.setBackPressure([&](bool hold) {
        std::lock_guard lock(mutex);
        const bool onRecorder = std::this_thread::get_id() == recorder;
        if (hold) {
            calls.emplace_back(true, onRecorder);
            holding = true;
        } else {
            releases.push_back(onRecorder);
        }
    });
    auto takeReleases = [&] {
        std::lock_guard lock(mutex);
        for (bool onRecorder : releases)
            calls.emplace_back(false, onRecorder);
        if (!releases.empty())
            holding = false;
        releases.clear();
    };
    // A recorder that honours the hold stops until it is released.
    const qint64 total = 120;
    qint64 n = 0;
    QElapsedTimer timer;
    timer.start();
    while (n < total && timer.elapsed() < 60000) {
        takeReleases();
        if (holding) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        journal.record(big(n));
        ++n;
    }
    QCOMPARE(n, total);
    journal.finish();
    takeReleases();
    QCOMPARE(journal.eventsWritten(), total);
    std::lock_guard lock(mutex);
    QVERIFY2(calls.size() >= 2, "the writer never fell behind: nothing was held");
    for (size_t i = 0; i < calls.size(); ++i) {
        // Holds and releases alternate; a hold comes from the recorder, a release from the
        // writer (or finish()).
        QCOMPARE(calls[i].first, i % 2 == 0);
        if (calls[i].first)
            QVERIFY(calls[i].second);
        else
            QVERIFY(!calls[i].second);
    }
    QVERIFY(!calls.back().first);
    Session s;
    QVERIFY2(SessionReader::readFile(path, &s, &error), qPrintable(error));
    QCOMPARE(s.events.size(), total);
    QCOMPARE(s.events.row(total - 1).timeMs, 1767323045678 + total - 1);
    QCOMPARE(s.events.payload(total - 1).size(), 1 << 20);
}

void TestJournal::settingNoBackPressureReleasesAHold()
{
    QTemporaryDir dir;
    Journal journal;
    QString error;
    QVERIFY2(journal.open(dir.filePath("r.jsonl"), header(), {}, &error), qPrintable(error));
    std::vector<bool> calls;
    journal.setBackPressure([&](bool hold) { calls.push_back(hold); });
    qint64 n = 0;
    while (calls.empty() && n < 200) {
        journal.record(big(n));
        ++n;
    }
    QCOMPARE(calls, std::vector<bool>{true});
    // Whoever detaches (a tab whose connection ended) is not left holding its peer.
    journal.setBackPressure({});
    QCOMPARE(calls, (std::vector<bool>{true, false}));
    journal.finish();
    QCOMPARE(journal.eventsWritten(), n);
}

void TestJournal::stagedEventsReachTheFileWhenTheLoopRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.jsonl");
    Journal journal;
    QVERIFY(openJournal(journal, path, 100));
    // One instant, a few events: neither age nor size hands the stage over, only the loop.
    const Event e = message(0);
    for (int n = 0; n < 10; ++n)
        journal.record(e);
    QVERIFY(waitWithoutLoop([&] { return journal.eventsWritten() > 0; }, 500) == false);
    QTRY_COMPARE_WITH_TIMEOUT(linesIn(path), 11, 10000);
    QCOMPARE(journal.eventsWritten(), 10);
    // And the next burst as well: the handover is posted again once the last one has run.
    journal.record(e);
    QTRY_COMPARE_WITH_TIMEOUT(linesIn(path), 12, 10000);
    journal.finish();
}

void TestJournal::aCloseIsOnDiskAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("c.jsonl");
    Journal journal;
    QVERIFY(openJournal(journal, path, 600000));
    for (qint64 n = 0; n < 3; ++n)
        journal.record(message(0));
    journal.record(Event::close(1767323045678, 1000, "bye", true));
    // Without the loop and long before the interval: the messages before it too.
    QVERIFY(waitWithoutLoop([&] { return linesIn(path) == 5; }));
    journal.finish();
}

void TestJournal::finishAfterABurstWritesAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("b.jsonl");
    Journal journal;
    QVERIFY(openJournal(journal, path, 600000));
    const qint64 total = 30000; // not a whole number of stages: the last one is still staged
    for (qint64 n = 0; n < total; ++n)
        journal.record(Event::message(1767323045678, Direction::In, true,
                                      QByteArray::number(n).leftJustified(64, '.')));
    journal.finish();
    QCOMPARE(journal.eventsWritten(), total);
    Session s;
    QString error;
    QVERIFY2(SessionReader::readFile(path, &s, &error), qPrintable(error));
    QCOMPARE(s.events.size(), total);
    QCOMPARE(s.events.payload(total - 1).first(5), QByteArray("29999"));
}

void TestJournal::aThreadWithoutAnEventLoopIsNotWaitedFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("t.jsonl");
    Journal journal;
    QVERIFY(openJournal(journal, path, 100));
    std::atomic<bool> seen{false};
    // A plain thread: nothing would ever run a call posted to it, and it records no more.
    std::thread recorder([&] {
        for (int n = 0; n < 5; ++n)
            journal.record(message(0));
        waitWithoutLoop([&] { return seen.load(); });
    });
    const bool written = waitWithoutLoop([&] { return linesIn(path) == 6; });
    seen = true;
    recorder.join();
    QVERIFY(written);
    journal.finish();
}

void TestJournal::aLoopThatDoesNotRunHandsOverByAge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("a.jsonl");
    Journal journal;
    QVERIFY(openJournal(journal, path, 100));
    // This thread has a loop but stays out of it: the event an interval later (by the
    // events' clock) takes the stage with it.
    journal.record(message(0));
    journal.record(message(50));
    journal.record(message(100));
    QVERIFY(waitWithoutLoop([&] { return linesIn(path) == 4; }));
    journal.finish();
}

void TestJournal::largePayloadsWrittenAsTheLineFormatHasThem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("l.jsonl");
    Journal journal;
    QString error;
    QVERIFY2(journal.open(path, header(), {}, &error), qPrintable(error));
    QByteArray plain(64 * 1024, 'a');
    for (qsizetype i = 0; i < plain.size(); i += 7)
        plain[i] = char('!' + i % 90); // printable ASCII but the quote and the backslash
    plain.replace('"', '#').replace('\\', '/');
    QByteArray quoted = plain;
    quoted[quoted.size() - 3] = '"';
    QByteArray control = plain;
    control[40000] = '\n';
    QByteArray accented = plain;
    accented.replace(100, 2, "\xc3\xa9");
    QByteArray invalid = plain;
    invalid[20000] = '\xff';
    QByteArray binary(100 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 131 % 251);
    const QList<Event> events{
        Event::message(1767323045678, Direction::In, true, plain),
        Event::message(1767323045679, Direction::Out, true, quoted),
        Event::message(1767323045680, Direction::In, true, control),
        Event::message(1767323045681, Direction::In, true, accented),
        Event::message(1767323045682, Direction::In, true, invalid),
        Event::message(1767323045683, Direction::In, false, binary),
        Event::message(1767323045684, Direction::In, true, "small"),
        Event::message(1767323045685, Direction::Out, true, QByteArray(1 << 20, 'z')),
        Event::message(1767323045686, Direction::Out, false, QByteArray(1 << 20, '\0')),
        Event::close(1767323045687, 1000, "bye", true),
    };
    QByteArray expected = header().toLine() + '\n';
    for (const Event &e : events) {
        journal.record(e);
        EventJson::appendLine(&expected, e, header().createdMs);
    }
    journal.finish();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
