#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QLockFile>
#include <QString>

#include "connection/eventsink.h"
#include "log/eventstore.h"
#include "session/redaction.h"
#include "session/session.h"

/// Writes a session file while the connection runs. record() only stages the event, without a
/// lock; the stage goes to a writer thread once per burst (when the recording thread's event
/// loop next runs), at once when it reaches a batch's worth, at a Close and in finish(). The
/// writer turns events into lines and writes them at least every flushInterval, at once after
/// a Close and whenever a batch's worth has queued, so a crash or kill -9 loses at most one
/// interval (plus the burst the recording thread is in) and a flood does not pile up in memory.
///
/// A thread without an event dispatcher hands every event over as it comes. One whose loop
/// does not run (a thread blocked in its own work) hands the stage over at the first record
/// that is flushInterval later, by the events' own clock, than the oldest staged event: events
/// never wait on a loop that may never run for longer than that, or than finish().
/// record() and finish() are called on one thread, or finish() once recording has stopped.
class Journal final : public EventSink
{
public:
    struct Options
    {
        /// Create the file readable by its owner only (0600): journals keep secrets.
        bool privateFile = false;
        /// Hold "<file>.lock" while recording and write "<file>.meta" on finish, so that the
        /// session list can tell finished journals from ones a crash left behind. Both are
        /// private (0600) too.
        bool libraryEntry = false;
        int flushIntervalMs = 250;
        /// Header names and query parameters whose values are written as "<redacted>"
        /// (--redact); every other secret is kept, as a journal is for replaying.
        QStringList redactNames;
    };

    Journal();
    ~Journal() override;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// Creates the file and writes the header line. False with *error when it cannot.
    bool open(const QString &path, const SessionHeader &header, const Options &options,
              QString *error);
    void record(const Event &event) override;
    /// Back-pressure for a writer that falls behind a flood: hold(true) is called on the
    /// recording thread when the queue passes a bound, hold(false) on the writer's thread once
    /// it has caught up, so the caller can stop reading from the peer in between — memory stays
    /// bounded and nothing is lost. Set before recording; an empty function turns it off.
    void setBackPressure(std::function<void(bool hold)> hold);
    /// Writes what is staged and queued, closes the file and (library entries) writes the
    /// summary.
    void finish();

    bool isOpen() const { return m_thread.joinable(); }
    QString path() const { return m_path; }
    qint64 eventsWritten() const { return m_written.load(); }
    /// The first write error, if any (a full disk); empty while all is well.
    QString error() const;

private:
    /// Lets the writer at the flush guard's Journal, or nothing once finish() has run: a call
    /// posted to the recording thread may come after the Journal is gone.
    struct LoopGuard;

    void run();
    /// Moves the stage to the writer's queue (one lock per burst); now: a Close, wake the
    /// writer. hold(true) is called from here, on the recording thread unless finishing.
    void handOff(bool now, bool recordingThread);
    /// The recording thread's event loop has run: its burst of events is over.
    void onLoopReturned();
    /// The writer has written a batch: let the peer go on once the queue is short (or always).
    void releaseHold(bool force);

    QString m_path;
    SessionHeader m_header;
    Options m_options;
    Redaction::Rules m_redaction; ///< the user's names only; empty: nothing to redact
    std::unique_ptr<QLockFile> m_lock;

    std::thread m_thread;

    // The recording thread's own, without a lock: taking m_mutex per event to append to the
    // queue (and waking the writer) was ~8 % of the window's thread at 64 B (perf, issue 17).
    EventStore m_stage;
    qint64 m_stageBytes = 0;
    qint64 m_stageFirstMs = 0; ///< time of the oldest staged event
    bool m_handOffPosted = false;
    std::shared_ptr<LoopGuard> m_loopGuard;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    /// Queued stages, packed: a flood of small messages waits here at ~32 bytes per event
    /// beyond its payload rather than as Event objects.
    std::vector<EventStore> m_pending;
    /// Stages the writer has emptied, handed back so that their pages stay warm.
    std::vector<EventStore> m_spares;
    static constexpr size_t MaxSpareStages = 16;
    qsizetype m_pendingEvents = 0;
    /// Payload bytes queued; large ones are shared with the log, but in the console nothing
    /// else holds them, and what is not yet on disk is what a crash loses.
    qint64 m_pendingBytes = 0;
    // Payloads this large are queued by reference, not copied on the recording thread: at
    // 1 MiB each copy went into a fresh 4 MiB block mapped on the window's thread and unmapped
    // by the writer a batch later, a fifth of the window's samples (perf, release).
    static constexpr qsizetype SharedPayloadBytes = 16 * 1024;
    // Text this large that needs no escaping goes to the file from the event's own bytes,
    // not through the line buffer (a copy fewer on the writer).
    static constexpr qsizetype DirectPayloadBytes = 16 * 1024;
    // The most one write() hands the kernel. In 4 MiB writes (and 1 MiB messages written
    // whole) the kernel's copy into the file's pages was 79 % of the writer's samples at
    // 1 KiB, 13 times what the same bytes cost `--json`'s 256 KiB writes (perf, issue 17):
    // the pages a large write gets were slow to touch on this project's VM.
    static constexpr qsizetype WriteBytes = 256 * 1024;
    static constexpr qsizetype WakeEvents = 8192;
    static constexpr qint64 WakeBytes = 1 << 20;
    // Bounds of the queue with back-pressure set: about 12 MB of 64-byte messages, 8 MiB of
    // payloads; the batch being written holds at most as much again. At 32 MiB a flood of
    // 64 KiB messages filled the bound at once: the payloads' buffers reached ~70 MB of fresh
    // heap, two page faults per message (record -o 0.49-0.54 s for 512 MiB; 0.40-0.45 now).
    static constexpr qsizetype HoldEvents = 131072;
    static constexpr qint64 HoldBytes = 8 << 20;
    std::function<void(bool)> m_hold;
    bool m_holding = false;
    bool m_stop = false;
    bool m_flushNow = false;
    /// The writer could not open the file and has ended; read by record() without the lock.
    std::atomic<bool> m_writerGone{false};
    QString m_error;

    std::atomic<qint64> m_written{0};
    // Written by the writer thread only, read after it has joined.
    qint64 m_in = 0, m_out = 0, m_lastMs = 0;
};
