#include "log/payloadfile.h"

#include <atomic>
#include <utility>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
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
#endif

} // namespace

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
#if defined(Q_OS_LINUX)
    // Its pages go back to the system once no segment maps them either.
    if (m_fd >= 0)
        closeFile(m_fd);
#endif
}

PayloadFile::PayloadFile(PayloadFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_end(std::exchange(other.m_end, 0))
{
}

PayloadFile &PayloadFile::operator=(PayloadFile &&other) noexcept
{
    if (this != &other) {
#if defined(Q_OS_LINUX)
        if (m_fd >= 0)
            closeFile(m_fd);
#endif
        m_fd = std::exchange(other.m_fd, -1);
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
    if (m_fd < 0) {
        if (openFiles().fetch_add(1, std::memory_order_relaxed) >= MaxOpenFiles) {
            openFiles().fetch_sub(1, std::memory_order_relaxed);
            return s;
        }
        m_fd = memfd_create("wsprobe-log", MFD_CLOEXEC);
        if (m_fd < 0) {
            openFiles().fetch_sub(1, std::memory_order_relaxed);
            if (errno != EMFILE && errno != ENFILE) // only out of descriptors for now
                filesWork().store(false, std::memory_order_relaxed);
            return s;
        }
    }
    // Mapped beyond the file's end, which write() moves: only written bytes are ever read.
    const size_t capacity = wholePages(bytes);
    void *p = mmap(nullptr, capacity, PROT_READ, MAP_SHARED, m_fd, off_t(m_end));
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
    if (m_fd < 0 || !segment.isValid() || at + size > segment.m_capacity)
        return false;
    size_t done = 0;
    while (done < size) {
        const ssize_t n =
            pwrite(m_fd, bytes + done, size - done, off_t(segment.m_offset + qint64(at + done)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    const size_t resident = wholePages(at + size);
    if (resident > segment.m_resident) {
        totalResident().fetch_add(qint64(resident - segment.m_resident), std::memory_order_relaxed);
        segment.m_resident = resident;
    }
    return true;
#else
    (void)segment;
    (void)at;
    (void)bytes;
    (void)size;
    return false;
#endif
}

void PayloadFile::release(Segment &segment)
{
#if defined(Q_OS_LINUX)
    if (m_fd >= 0 && segment.isValid())
        fallocate(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(segment.m_offset),
                  off_t(segment.m_capacity));
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
