#include "log/pagememory.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14; older headers lack the name, older kernels say EINVAL
#endif
#endif

namespace PageMemory {

namespace {

#if defined(__linux__)
// An older kernel answers EINVAL to every call: stop asking after the first. The journal's
// thread and the window's share it.
std::atomic<bool> &populateWorks()
{
    static std::atomic<bool> works{true};
    return works;
}

size_t pageSize()
{
    static const size_t size = size_t(sysconf(_SC_PAGESIZE));
    return size;
}

/// The blocks mapped ahead for takePrepared() and the thread that maps them.
class Preparer
{
public:
    void *take()
    {
        void *block = nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_lastAsked = Clock::now();
            if (!m_started) {
                m_started = true;
                // Detached, and the pool is never destroyed: an exit never waits for a clear
                // in progress, and no static destructor pulls the pool from under the thread.
                std::thread([this] { run(); }).detach();
            }
            if (!m_ready.empty()) {
                block = m_ready.back();
                m_ready.pop_back();
            }
        }
        m_wake.notify_one();
        return block;
    }

    void giveBack(void *block)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_started && m_ready.size() < Kept && Clock::now() - m_lastAsked < Idle) {
                m_ready.push_back(block);
                return;
            }
        }
        std::free(block);
    }

    int ready()
    {
        std::lock_guard lock(m_mutex);
        return int(m_ready.size());
    }

private:
    using Clock = std::chrono::steady_clock;
    // Four blocks are 8 MiB: at 64-byte messages the log fills one every ~20 ms, at 1 KiB
    // every ~4 ms, and a block takes 3-5 ms to map here when its pages come cold from the host.
    static constexpr size_t Depth = PreparedAhead;
    // Handed back by stores: as much as the journal's queue holds before it stops the peer.
    static constexpr size_t Kept = 16;
    static constexpr auto Idle = std::chrono::seconds(1);

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const bool asked = Clock::now() - m_lastAsked < Idle;
            if (asked && m_ready.size() < Depth) {
                lock.unlock();
                void *block = allocate(HugeBlock);
                if (block)
                    prepare(block, HugeBlock);
                lock.lock();
                if (!block) // out of memory: the stores' own allocations will say so
                    m_wake.wait_for(lock, Idle);
                else
                    m_ready.push_back(block);
            } else if (!asked && !m_ready.empty()) {
                std::vector<void *> unused;
                unused.swap(m_ready);
                lock.unlock();
                for (void *block : unused)
                    std::free(block);
                lock.lock();
            } else if (asked) {
                m_wake.wait_for(lock, Idle); // full: until a take, or to notice the quiet
            } else {
                m_wake.wait(lock); // nothing kept: until someone asks again
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<void *> m_ready;
    Clock::time_point m_lastAsked;
    bool m_started = false;
};

Preparer &preparer()
{
    static Preparer *const pool = new Preparer;
    return *pool;
}
#endif

} // namespace

void *allocate(size_t bytes)
{
#if defined(__linux__)
    if (bytes >= HugeBlock && bytes % HugeBlock == 0) {
        void *p = nullptr;
        if (posix_memalign(&p, HugeBlock, bytes) != 0)
            return nullptr;
        // Advice only: with transparent huge pages off the block is plain pages.
        madvise(p, bytes, MADV_HUGEPAGE);
        return p;
    }
#endif
    return std::malloc(bytes);
}

void prepare(void *begin, size_t bytes)
{
#if defined(__linux__)
    if (!populateWorks().load(std::memory_order_relaxed) || bytes == 0)
        return;
    const size_t page = pageSize();
    const auto from = (reinterpret_cast<uintptr_t>(begin) + page - 1) & ~(page - 1);
    const auto to = (reinterpret_cast<uintptr_t>(begin) + bytes) & ~(page - 1);
    if (to <= from)
        return;
    if (madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE) != 0)
        populateWorks().store(false, std::memory_order_relaxed);
#else
    (void)begin;
    (void)bytes;
#endif
}

bool preparesPages()
{
#if defined(__linux__)
    return populateWorks().load(std::memory_order_relaxed);
#else
    return false;
#endif
}

void *takePrepared()
{
#if defined(__linux__)
    if (populateWorks().load(std::memory_order_relaxed))
        return preparer().take();
#endif
    return nullptr;
}

void giveBack(void *block)
{
#if defined(__linux__)
    if (block && populateWorks().load(std::memory_order_relaxed)) {
        preparer().giveBack(block);
        return;
    }
#endif
    std::free(block);
}

int preparedBlocks()
{
#if defined(__linux__)
    return preparer().ready();
#else
    return 0;
#endif
}

} // namespace PageMemory
