#pragma once

#include <cstddef>
#include <memory>

#include <QByteArray>
#include <QtGlobal>

/// Large payloads kept in an in-memory file (Linux: a memfd) instead of anonymous memory.
///
/// Anonymous memory comes zeroed: the kernel clears each fresh page before the log copies a
/// payload over it, and in this project's VM the clear (with the fault that asks for it) was
/// half of the engine's time from 64 KiB up (docs/performance.md, perf6). A write() into a
/// memfd copies the bytes into fresh page-cache pages without clearing the ones it fills
/// whole, and takes no page fault. The log reads them back through a read-only shared
/// mapping, faulted in only where a row is read (viewed, searched, exported). Elsewhere, or
/// when the kernel refuses, append() returns an invalid segment and the caller keeps its
/// anonymous blocks.
///
/// One writer: a file is used by the thread that owns its store (as the store is). Bytes once
/// written are read through the segment's mapping from any thread the store's own contract
/// allows. writeLater() hands the copy into the file to one writer thread for the process
/// (Linux), so that a receiving thread does not spend a third of its time in pwrite();
/// awaitWritten() is how a reader knows the bytes are there.
class PayloadFile
{
public:
    /// A read-only view of [offset, offset + capacity) of the file, unmapped when destroyed.
    class Segment
    {
    public:
        Segment() = default;
        ~Segment();
        Segment(Segment &&other) noexcept;
        Segment &operator=(Segment &&other) noexcept;
        Segment(const Segment &) = delete;
        Segment &operator=(const Segment &) = delete;

        bool isValid() const { return m_data != nullptr; }
        const char *data() const { return m_data; }
        size_t capacity() const { return m_capacity; }
        /// Bytes of the file's memory this segment holds: its written bytes in whole pages.
        qint64 residentBytes() const { return qint64(m_resident); }

    private:
        friend class PayloadFile;
        void reset();
        const char *m_data = nullptr;
        size_t m_capacity = 0;
        qint64 m_offset = 0;
        size_t m_resident = 0;
    };

    PayloadFile() = default;
    ~PayloadFile();
    PayloadFile(PayloadFile &&other) noexcept;
    PayloadFile &operator=(PayloadFile &&other) noexcept;
    PayloadFile(const PayloadFile &) = delete;
    PayloadFile &operator=(const PayloadFile &) = delete;

    /// A new segment of at least `bytes` (whole pages) after the previous ones; invalid when
    /// this system keeps no such file (then it stops asking), or when 64 files are open
    /// already (a descriptor each).
    Segment append(size_t bytes);
    /// Copies `size` bytes to `at` in the segment; writes are appended in order. False when the
    /// system had no memory for them.
    bool write(Segment &segment, size_t at, const char *bytes, size_t size);
    /// As write(), but the copy is made by the process's payload writer thread, which keeps a
    /// reference to `bytes` until then (a payload that does not own its bytes, or carries much
    /// spare room, is written at once). Writes stay in order; the caller waits only when more
    /// than WriteBehindBytes are queued. False when an earlier write failed: the file is then
    /// no longer used (bytes that failed to be written read as zeros).
    bool writeLater(Segment &segment, size_t at, const QByteArray &bytes);
    /// Returns once the segment's bytes before `end` are in the file (at once unless they were
    /// queued by writeLater() and not written yet). Any thread may call it, as it may read.
    void awaitWritten(const Segment &segment, size_t end) const;
    /// Gives the segment's pages back to the system and unmaps it (after its queued writes).
    void release(Segment &segment);

    /// True when this system keeps payloads in such a file (for tests).
    static bool supported();
    /// Bytes all files of the process hold now (written pages): resident memory that is not in
    /// the process's anonymous RSS (it shows as shared memory once a mapping reads it).
    static qint64 residentBytes();

    /// Bytes queued for the writer thread, all files together, before writeLater() waits: a
    /// few milliseconds of a flood, so the receiver and the writer run side by side.
    static constexpr qint64 WriteBehindBytes = qint64(4) << 20;
    /// Payloads of this size and more are written at once: the wire engine reads them into a
    /// buffer of their own anyway, and queuing them cost about 10 KB more memory and 2.6 page
    /// faults per 1 MiB message for no speed (docs/performance.md, perf8).
    static constexpr qint64 WriteBehindMaxPayload = qint64(256) << 10;

    struct Shared; ///< the descriptor and how far it is written, shared with queued writes

private:
    /// Waits until every write queued so far is in the file.
    void drain() const;
    /// Counts the segment's pages up to `end` as held, once each (residentBytes()).
    static void holdPages(Segment &segment, size_t end);

    std::shared_ptr<Shared> m_shared;
    qint64 m_end = 0; ///< offset after the last segment
};
