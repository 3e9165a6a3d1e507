#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "session/journal.h"
#include "session/sessionreader.h"

/// The journal's queue under a flood: the writer is woken by size, not only by its interval,
/// and a writer that falls behind asks the recording side to hold the peer until it catches up.
class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void floodWakesTheWriterBeforeItsInterval();
    void writerBehindHoldsThenReleases();
    void settingNoBackPressureReleasesAHold();

private:
    static SessionHeader header()
    {
        SessionHeader h;
        h.createdMs = 1767323045678;
        h.request.url = QUrl("ws://127.0.0.1:9/flood");
        h.source = "record";
        return h;
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
    QTRY_VERIFY_WITH_TIMEOUT(journal.eventsWritten() >= 8192, 10000);
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

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
