#include "session/journal.h"

#include <algorithm>
#include <cerrno>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_MACOS)
#include <pthread.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include "json/jsonwriter.h"
#include "session/eventjson.h"
#include "session/sessionlibrary.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};
} // namespace

struct Journal::LoopGuard
{
    std::mutex mutex;
    Journal *journal = nullptr;
};

/// The writer yields to the window's thread: on two cores the window, the writer and
/// the peer share the machine, and a message shown late is worse than a line written late
/// (the queue in between is bounded by what the caller records).
static void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    // Per thread on Linux, and relative: under `nice` the process is at 10 already, and an
    // absolute 10 left the writer level with the window it should yield to.
    const auto tid = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(current + 10, 19));
#elif defined(Q_OS_MACOS)
    pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#endif
}

/// Named, so that perf, top -H and the flood bench (the writer's CPU time) tell it from the
/// window's thread.
static void nameThisThread()
{
#if defined(Q_OS_LINUX)
    pthread_setname_np(pthread_self(), "wsprobe-journal");
#elif defined(Q_OS_MACOS)
    pthread_setname_np("wsprobe-journal");
#endif
}

Journal::Journal() = default;

Journal::~Journal()
{
    finish();
}

bool Journal::open(const QString &path, const SessionHeader &header, const Options &options,
                   QString *error)
{
    finish();
    m_path = path;
    m_options = options;
    m_redaction.builtIn = false;
    m_redaction.names = Redaction::cleanNames(options.redactNames);
    m_header = header;
    if (!m_redaction.isEmpty())
        m_header.request = Redaction::redactRequest(header.request, m_redaction);
    m_written = 0;
    m_in = m_out = 0;
    m_lastMs = header.createdMs;
    m_error.clear();
    if (options.libraryEntry) {
        m_lock = std::make_unique<QLockFile>(SessionLibrary::lockPath(path));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            *error = Tr::tr("Cannot record to %1: another Wsprobe is recording there.").arg(path);
            m_lock.reset();
            return false;
        }
        // QLockFile creates it 0666 less the umask; it names the user's host and process.
        QFile::setPermissions(SessionLibrary::lockPath(path), QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile file(path);
    const QFile::Permissions mode = options.privateFile ? QFile::ReadOwner | QFile::WriteOwner
                                                        : QFile::ReadOwner | QFile::WriteOwner
                                                              | QFile::ReadGroup | QFile::ReadOther;
    // The header is flushed here, not at close(), whose error nobody would see (/dev/full).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, mode)
        || file.write(m_header.toLine() + '\n') < 0 || !file.flush()) {
        *error = Tr::tr("Cannot record to %1: %2").arg(path, file.errorString());
        m_lock.reset();
        return false;
    }
    // An existing file, too; but never a device or a pipe (-o /dev/stdout), which is not ours.
    if (options.privateFile && QFileInfo(path).isFile())
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    m_stop = false;
    m_flushNow = false;
    m_writerGone = false;
    m_stage.clear();
    m_stage.setSharesPayloadsFrom(SharedPayloadBytes);
    m_stageBytes = 0;
    m_handOffPosted = false; // one posted for an earlier file finds its guard empty
    m_loopGuard = std::make_shared<LoopGuard>();
    m_loopGuard->journal = this;
    m_pending.clear();
    m_spares.clear();
    m_pendingEvents = 0;
    m_pendingBytes = 0;
    m_thread = std::thread([this] { run(); });
    return true;
}

void Journal::setBackPressure(std::function<void(bool)> hold)
{
    std::function<void(bool)> release;
    {
        std::lock_guard lock(m_mutex);
        if (m_holding && m_hold)
            release = m_hold;
        m_hold = std::move(hold);
        m_holding = false;
    }
    if (release)
        release(false);
}

void Journal::record(const Event &event)
{
    if (!m_thread.joinable() || m_writerGone.load(std::memory_order_relaxed))
        return; // its error says so; queueing for nobody would only grow
    if (m_stage.size() == 0)
        m_stageFirstMs = event.timeMs;
    if (event.kind == EventKind::Handshake && !m_redaction.isEmpty())
        m_stage.append(Redaction::redactEvent(event, m_redaction));
    else
        m_stage.append(event);
    m_stageBytes += event.payload.size();
    // A flood must not wait for its burst to end: at a million messages a second a stage
    // without a bound is tens of MB (issue 17: a third of the window's memory per message).
    const bool full = m_stage.size() >= WakeEvents || m_stageBytes >= WakeBytes;
    if (full || event.kind == EventKind::Close
        || event.timeMs - m_stageFirstMs >= m_options.flushIntervalMs) {
        handOff(event.kind == EventKind::Close, true);
        return;
    }
    if (m_handOffPosted)
        return;
    // Once per burst: the call runs when this thread's loop next does, after the events that
    // came in the same read. Posted to the dispatcher, the one object sure to live in this
    // thread; without one nothing would ever run it, so the event goes over at once.
    QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance();
    if (!loop || loop->thread() != QThread::currentThread()) {
        handOff(false, true);
        return;
    }
    m_handOffPosted = true;
    QMetaObject::invokeMethod(
        loop,
        [guard = m_loopGuard] {
            std::lock_guard lock(guard->mutex);
            if (guard->journal)
                guard->journal->onLoopReturned();
        },
        Qt::QueuedConnection);
}

void Journal::onLoopReturned()
{
    m_handOffPosted = false;
    handOff(false, true);
}

void Journal::handOff(bool now, bool recordingThread)
{
    if (m_stage.size() == 0)
        return;
    std::function<void(bool)> hold;
    {
        std::lock_guard lock(m_mutex);
        if (m_writerGone) {
            m_stage.clear();
            m_stageBytes = 0;
            return;
        }
        m_pendingEvents += m_stage.size();
        m_pendingBytes += m_stageBytes;
        m_pending.push_back(std::move(m_stage));
        if (!m_spares.empty()) {
            m_stage = std::move(m_spares.back());
            m_spares.pop_back();
        }
        // Waking the writer by size keeps the queue at a batch; a Close is written at once.
        const bool full = m_pendingEvents >= WakeEvents || m_pendingBytes >= WakeBytes;
        if ((full && !m_flushNow) || now) {
            m_flushNow = true;
            m_wake.notify_one();
        }
        if (recordingThread && m_hold && !m_holding
            && (m_pendingEvents >= HoldEvents || m_pendingBytes >= HoldBytes)) {
            m_holding = true;
            hold = m_hold;
        }
    }
    m_stageBytes = 0; // the next stage, a spare or the store moved from: it shares as set in open()
    if (hold)
        hold(true);
}

void Journal::releaseHold(bool force)
{
    std::function<void(bool)> release;
    {
        std::lock_guard lock(m_mutex);
        if (!m_holding || !m_hold)
            return;
        // Half the bound, so that reading does not stop and start at every batch.
        if (!force && (m_pendingEvents >= HoldEvents / 2 || m_pendingBytes >= HoldBytes / 2))
            return;
        m_holding = false;
        release = m_hold;
    }
    release(false);
}

QString Journal::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void Journal::run()
{
    lowerThisThreadsPriority();
    nameThisThread();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        {
            std::lock_guard lock(m_mutex);
            m_error = Tr::tr("Cannot record to %1: %2").arg(m_path, file.errorString());
            m_writerGone = true;
            m_pending.clear();
            m_pendingEvents = 0;
            m_pendingBytes = 0;
        }
        releaseHold(true); // nothing will drain the queue: never keep the peer waiting on it
        return;
    }
    std::vector<EventStore> batches;
    QByteArray buffer;
    // The file's size after the last cycle that was written whole: it ends there on a line's
    // end, where a failed cycle's partial lines are cut off.
    qint64 whole = file.size();
    bool broken = false;
    auto failed = [&] { // the first error is the one to report
        broken = true;
        std::lock_guard lock(m_mutex);
        if (m_error.isEmpty())
            m_error = Tr::tr("Recording to %1 failed: %2").arg(m_path, file.errorString());
    };
    // A short write (the disk filled during it) carries no reason; the retry of the rest
    // fails with the system's (ENOSPC, EFBIG), which is the one to report.
    auto writeOut = [&](QByteArrayView bytes) {
        for (qsizetype at = 0; at < bytes.size() && !broken;) {
            const qint64 n = file.write(bytes.data() + at, std::min(WriteBytes, bytes.size() - at));
            if (n <= 0) {
                failed();
                return;
            }
            at += n;
        }
    };
    // A large message's data goes to the file from the event's own bytes: escaped into the
    // buffer it was copied once there and again into the kernel, on a thread that shares two
    // cores with the window and the peer. Text goes as it is where escaping would not change
    // it; binary's base64 is written from its own array. Same bytes as appendLine().
    auto writeDirect = [&](const EventStore &batch, qsizetype i) {
        const EventStore::Row &r = batch.row(i);
        if (r.size < DirectPayloadBytes
            || (r.kind != EventKind::Binary && r.kind != EventKind::Text))
            return false;
        const QByteArrayView payload = batch.payload(i);
        const bool text = r.kind == EventKind::Text;
        if ((text && !JsonWriter::isPlain(payload))
            || !EventJson::appendMessageHead(&buffer, batch, i, m_header.createdMs))
            return false;
        writeOut(buffer);
        buffer.truncate(0);
        if (text)
            writeOut(payload);
        else
            writeOut(QByteArray::fromRawData(payload.data(), payload.size()).toBase64());
        EventJson::appendMessageTail(&buffer, batch, i);
        return true;
    };
    bool stop = false;
    while (!stop) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushIntervalMs),
                            [this] { return m_stop || m_flushNow; });
            std::swap(batches, m_pending);
            m_pendingEvents = 0;
            m_pendingBytes = 0;
            m_flushNow = false;
            stop = m_stop;
        }
        qint64 events = 0;
        for (EventStore &batch : batches) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const EventStore::Row &r = batch.row(i);
                if (!writeDirect(batch, i))
                    EventJson::appendLine(&buffer, batch, i, m_header.createdMs);
                if (r.kind == EventKind::Text || r.kind == EventKind::Binary)
                    ++(r.direction == Direction::In ? m_in : m_out);
                m_lastMs = qMax(m_lastMs, r.timeMs);
                // Large batches go out in pieces, so the buffer stays small (WriteBytes).
                if (buffer.size() > WriteBytes) {
                    writeOut(buffer);
                    buffer.truncate(0); // keeps the capacity for the next piece
                }
            }
            events += batch.size();
        }
        if (!buffer.isEmpty()) {
            writeOut(buffer);
            buffer.truncate(0);
        }
        // QFile::write buffers; flush() hands the bytes to the OS, which keeps them through a
        // crash of this process.
        if (!batches.empty() && !broken && !file.flush() && !file.flush()) // the retry: why
            failed();
        if (broken) {
            // Stop at the last whole line rather than go on with a gap in the middle: what is
            // in the file stays a session that reads to its end. close() drops what QFile
            // still buffers; a shorter size needs no space. A device (/dev/full) has none.
            file.close();
            if (QFileInfo(m_path).isFile())
                QFile::resize(m_path, whole);
            {
                std::lock_guard lock(m_mutex);
                m_writerGone = true;
                m_pending.clear();
                m_pendingEvents = 0;
                m_pendingBytes = 0;
            }
            releaseHold(true);
            return;
        }
        if (!batches.empty())
            whole = file.size();
        m_written += events;
        // Emptied here, on the writer, and handed back as the next stages: their pages stay
        // warm. A cycle of the writer takes a stage per burst of the recording thread (a read
        // of the window's); fresh stages were page faults on the window's thread.
        for (EventStore &batch : batches)
            batch.recycle();
        {
            std::lock_guard lock(m_mutex);
            while (!batches.empty() && m_spares.size() < MaxSpareStages) {
                m_spares.push_back(std::move(batches.back()));
                batches.pop_back();
            }
        }
        batches.clear();
        releaseHold(stop);
    }
}

void Journal::finish()
{
    if (!m_thread.joinable())
        return;
    {
        // A handover posted to the recording thread finds nothing to do from now on; one
        // running on it now (finish() on another thread) is waited for.
        std::lock_guard guard(m_loopGuard->mutex);
        m_loopGuard->journal = nullptr;
    }
    handOff(true, false);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_options.libraryEntry) {
        SessionLibrary::Summary summary;
        summary.url = m_header.request.url;
        summary.createdMs = m_header.createdMs;
        summary.endedMs = m_lastMs;
        summary.messagesIn = m_in;
        summary.messagesOut = m_out;
        summary.events = m_written;
        summary.group = m_header.group;
        SessionLibrary::writeSummary(m_path, summary);
    }
    m_lock.reset(); // unlocks and removes the lock file
}
