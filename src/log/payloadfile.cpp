#include "log/payloadfile.h"

#include <algorithm>
#include <atomic>
#include <utility>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <climits>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <thread>
#include <unistd.h>
#include <vector>
#endif

namespace {

std::atomic<qint64> &totalResident()
{
    static std::atomic<qint64> bytes{0};
    return bytes;
}

#if defined(Q_OS_LINUX)
// A kernel without memfd_create (before 3.17) or a sandbox that forbids it answers the same
// every time: stop asking after the first failure.
std::atomic<bool> &filesWork()
{
    static std::atomic<bool> works{true};
    return works;
}

// Each file is a descriptor: a Serve tab with hundreds of clients, each with its own log,
// must not spend the process's descriptors (1,024 by default) that its sockets need. Past
// this many files, stores keep their payloads in anonymous memory.
constexpr int MaxOpenFiles = 64;

std::atomic<int> &openFiles()
{
    static std::atomic<int> files{0};
    return files;
}

void closeFile(int fd)
{
    close(fd);
    openFiles().fetch_sub(1, std::memory_order_relaxed);
}

size_t pageSize()
{
    static const size_t size = size_t(sysconf(_SC_PAGESIZE));
    return size;
}

size_t wholePages(size_t bytes)
{
    return (bytes + pageSize() - 1) / pageSize() * pageSize();
}

bool writeAll(int fd, const char *bytes, size_t size, qint64 offset)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = pwrite(fd, bytes + done, size - done, off_t(offset + qint64(done)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}
#endif

} // namespace

struct PayloadFile::Shared
{
#if defined(Q_OS_LINUX)
    ~Shared()
    {
        if (fd >= 0)
            closeFile(fd);
    }
#endif
    int fd = -1;
    /// Every byte of the file before this offset that was ever written is there: writes are
    /// appended in order, each one's end published when it is done (readers wait on it).
    std::atomic<qint64> written{0};
    qint64 queued = 0; ///< the end of the last write handed out (the owning thread's)
    std::atomic<bool> failed{false};
    std::atomic<bool> abandoned{false}; ///< the store let go: queued writes are skipped
};

#if defined(Q_OS_LINUX)
namespace {

/// The process's payload writer: one thread copies queued payloads into their files, in the
/// order they were queued. On this project's 2-core machine a receiving thread spent 39 % of
/// its time in pwrite() (docs/performance.md, perf7) while the sender's core waited on it; the
/// copy now runs beside the receiver. Never destroyed: its thread may be waiting at exit.
class Writer
{
public:
    static Writer &instance()
    {
        static Writer *writer = new Writer; // intentionally leaked, see above
        return *writer;
    }

    void push(std::shared_ptr<PayloadFile::Shared> file, qint64 offset, QByteArray bytes)
    {
        const qint64 size = bytes.size();
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_pendingBytes < PayloadFile::WriteBehindBytes; });
        if (!m_started) {
            m_started = true;
            std::thread([this] { run(); }).detach();
        }
        m_pendingBytes += size;
        m_jobs.push_back({std::move(file), offset, std::move(bytes)});
        lock.unlock();
        m_work.notify_one();
    }

private:
    struct Job
    {
        std::shared_ptr<PayloadFile::Shared> file;
        qint64 offset;
        QByteArray bytes;
    };

    void run()
    {
        std::vector<Job> batch;
        std::vector<iovec> parts;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [this] { return !m_jobs.empty(); });
                // A batch, so that payloads next to each other in a file go in one pwritev().
                while (!m_jobs.empty() && batch.size() < MaxBatch) {
                    batch.push_back(std::move(m_jobs.front()));
                    m_jobs.pop_front();
                }
            }
            qint64 done = 0;
            for (size_t i = 0; i < batch.size();) {
                size_t j = i + 1;
                qint64 end = batch[i].offset + batch[i].bytes.size();
                while (j < batch.size() && batch[j].file == batch[i].file
                       && batch[j].offset == end) {
                    end += batch[j].bytes.size();
                    ++j;
                }
                done += end - batch[i].offset;
                write(batch.data() + i, j - i, end, &parts);
                i = j;
            }
            batch.clear(); // the files' last references are dropped here, outside the lock
            {
                std::lock_guard lock(m_mutex);
                m_pendingBytes -= done;
            }
            m_room.notify_all();
        }
    }

    static void write(Job *jobs, size_t count, qint64 end, std::vector<iovec> *parts)
    {
        PayloadFile::Shared &file = *jobs[0].file;
        if (!file.abandoned.load(std::memory_order_relaxed)
            && !file.failed.load(std::memory_order_relaxed)
            && !writeRun(file.fd, jobs, count, parts))
            file.failed.store(true, std::memory_order_relaxed);
        // The payloads go back to their owners before anyone is told the bytes are here: once
        // payload() returns, the store holds no reference (the engine may reuse its buffer).
        for (size_t k = 0; k < count; ++k)
            jobs[k].bytes = QByteArray();
        if (file.failed.load(std::memory_order_relaxed)) {
            // Out of memory for the file's pages: rows whose bytes were not written read
            // zeros rather than fault past the file's end; the store stops using the file.
            struct stat st;
            if (fstat(file.fd, &st) == 0 && st.st_size < end) {
                [[maybe_unused]] const int truncated = ftruncate(file.fd, off_t(end));
            }
        }
        // Never backwards, whatever order a caller broke: a reader must not wait forever.
        if (end > file.written.load(std::memory_order_relaxed))
            file.written.store(end, std::memory_order_release);
        file.written.notify_all();
    }

    /// One pwritev() for payloads that lie back to back in the file (a batch at 16 KiB).
    static bool writeRun(int fd, Job *jobs, size_t count, std::vector<iovec> *parts)
    {
        parts->clear();
        for (size_t k = 0; k < count; ++k)
            parts->push_back(
                {const_cast<char *>(jobs[k].bytes.constData()), size_t(jobs[k].bytes.size())});
        qint64 at = jobs[0].offset;
        size_t first = 0;
        while (first < parts->size()) {
            const int n = int(std::min<size_t>(parts->size() - first, IOV_MAX));
            const ssize_t wrote = pwritev(fd, parts->data() + first, n, off_t(at));
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote <= 0)
                return false;
            at += wrote;
            // Past the parts written whole; a part written in half goes on from there.
            auto left = size_t(wrote);
            while (first < parts->size() && left >= (*parts)[first].iov_len)
                left -= (*parts)[first++].iov_len;
            if (left > 0) {
                (*parts)[first].iov_base = static_cast<char *>((*parts)[first].iov_base) + left;
                (*parts)[first].iov_len -= left;
            }
        }
        return true;
    }

    static constexpr size_t MaxBatch = 64;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_room;
    std::deque<Job> m_jobs;
    qint64 m_pendingBytes = 0;
    bool m_started = false;
};

} // namespace
#endif

PayloadFile::Segment::~Segment()
{
    reset();
}

PayloadFile::Segment::Segment(Segment &&other) noexcept
{
    *this = std::move(other);
}

PayloadFile::Segment &PayloadFile::Segment::operator=(Segment &&other) noexcept
{
    if (this != &other) {
        reset();
        m_data = std::exchange(other.m_data, nullptr);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_offset = std::exchange(other.m_offset, 0);
        m_resident = std::exchange(other.m_resident, 0);
    }
    return *this;
}

void PayloadFile::Segment::reset()
{
#if defined(Q_OS_LINUX)
    if (m_data)
        munmap(const_cast<char *>(m_data), m_capacity);
#endif
    totalResident().fetch_sub(qint64(m_resident), std::memory_order_relaxed);
    m_data = nullptr;
    m_capacity = 0;
    m_offset = 0;
    m_resident = 0;
}

PayloadFile::~PayloadFile()
{
    // The descriptor is closed once queued writes are done with it too (they are skipped),
    // and its pages go back to the system once no segment maps them either.
    if (m_shared)
        m_shared->abandoned.store(true, std::memory_order_relaxed);
}

PayloadFile::PayloadFile(PayloadFile &&other) noexcept
    : m_shared(std::move(other.m_shared))
    , m_end(std::exchange(other.m_end, 0))
{
}

PayloadFile &PayloadFile::operator=(PayloadFile &&other) noexcept
{
    if (this != &other) {
        if (m_shared)
            m_shared->abandoned.store(true, std::memory_order_relaxed);
        m_shared = std::move(other.m_shared);
        m_end = std::exchange(other.m_end, 0);
    }
    return *this;
}

PayloadFile::Segment PayloadFile::append(size_t bytes)
{
    Segment s;
#if defined(Q_OS_LINUX)
    if (!filesWork().load(std::memory_order_relaxed) || bytes == 0)
        return s;
    if (!m_shared) {
        if (openFiles().fetch_add(1, std::memory_order_relaxed) >= MaxOpenFiles) {
            openFiles().fetch_sub(1, std::memory_order_relaxed);
            return s;
        }
        const int fd = memfd_create("wsprobe-log", MFD_CLOEXEC);
        if (fd < 0) {
            openFiles().fetch_sub(1, std::memory_order_relaxed);
            if (errno != EMFILE && errno != ENFILE) // only out of descriptors for now
                filesWork().store(false, std::memory_order_relaxed);
            return s;
        }
        m_shared = std::make_shared<Shared>();
        m_shared->fd = fd;
    }
    // Mapped beyond the file's end, which write() moves: only written bytes are ever read.
    const size_t capacity = wholePages(bytes);
    void *p = mmap(nullptr, capacity, PROT_READ, MAP_SHARED, m_shared->fd, off_t(m_end));
    if (p == MAP_FAILED)
        return s;
    s.m_data = static_cast<const char *>(p);
    s.m_capacity = capacity;
    s.m_offset = m_end;
    m_end += qint64(capacity);
#else
    (void)bytes;
#endif
    return s;
}

bool PayloadFile::write(Segment &segment, size_t at, const char *bytes, size_t size)
{
#if defined(Q_OS_LINUX)
    if (!m_shared || !segment.isValid() || at + size > segment.m_capacity
        || m_shared->failed.load(std::memory_order_relaxed))
        return false;
    // Behind what is queued, so that the file is written in order (awaitWritten).
    drain();
    const qint64 offset = segment.m_offset + qint64(at);
    if (!writeAll(m_shared->fd, bytes, size, offset))
        return false;
    m_shared->queued = std::max(m_shared->queued, offset + qint64(size));
    m_shared->written.store(m_shared->queued, std::memory_order_release);
    holdPages(segment, at + size);
    return true;
#else
    (void)segment;
    (void)at;
    (void)bytes;
    (void)size;
    return false;
#endif
}

#if defined(Q_OS_LINUX) // elsewhere nothing is written into a file
void PayloadFile::holdPages(Segment &segment, size_t end)
{
    const size_t resident = wholePages(end);
    if (resident > segment.m_resident) {
        totalResident().fetch_add(qint64(resident - segment.m_resident), std::memory_order_relaxed);
        segment.m_resident = resident;
    }
}
#endif

bool PayloadFile::writeLater(Segment &segment, size_t at, const QByteArray &bytes)
{
#if defined(Q_OS_LINUX)
    const auto size = size_t(bytes.size());
    // A reference keeps the bytes only when they are the array's own (fromRawData's belong to
    // someone else: capacity() is 0) and hold no large spare room in memory meanwhile.
    const auto capacity = size_t(std::max<qsizetype>(0, bytes.capacity()));
    if (capacity < size || capacity - size > size / 8 || qint64(size) >= WriteBehindMaxPayload)
        return write(segment, at, bytes.constData(), size);
    if (!m_shared || !segment.isValid() || at + size > segment.m_capacity
        || m_shared->failed.load(std::memory_order_relaxed))
        return false;
    const qint64 offset = segment.m_offset + qint64(at);
    m_shared->queued = std::max(m_shared->queued, offset + qint64(size));
    Writer::instance().push(m_shared, offset, bytes);
    holdPages(segment, at + size);
    return true;
#else
    return write(segment, at, bytes.constData(), size_t(bytes.size()));
#endif
}

void PayloadFile::awaitWritten(const Segment &segment, size_t end) const
{
#if defined(Q_OS_LINUX) // elsewhere no file, nothing queued
    if (!m_shared)
        return;
    const qint64 needed = segment.m_offset + qint64(end);
    for (qint64 w = m_shared->written.load(std::memory_order_acquire); w < needed;
         w = m_shared->written.load(std::memory_order_acquire))
        m_shared->written.wait(w, std::memory_order_acquire);
#else
    (void)segment;
    (void)end;
#endif
}

void PayloadFile::drain() const
{
#if defined(Q_OS_LINUX)
    if (!m_shared)
        return;
    for (qint64 w = m_shared->written.load(std::memory_order_acquire); w < m_shared->queued;
         w = m_shared->written.load(std::memory_order_acquire))
        m_shared->written.wait(w, std::memory_order_acquire);
#endif
}

void PayloadFile::release(Segment &segment)
{
#if defined(Q_OS_LINUX)
    if (m_shared && segment.isValid()) {
        drain(); // a hole punched under a queued write would fill again
        fallocate(m_shared->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(segment.m_offset),
                  off_t(segment.m_capacity));
    }
#endif
    segment.reset();
}

bool PayloadFile::supported()
{
#if defined(Q_OS_LINUX)
    PayloadFile probe;
    return probe.append(1).isValid();
#else
    return false;
#endif
}

qint64 PayloadFile::residentBytes()
{
    return totalResident().load(std::memory_order_relaxed);
}
