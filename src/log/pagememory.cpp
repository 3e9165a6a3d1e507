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
///
/// The taker allocates the blocks it orders and the thread only maps them: a thread that
/// allocated for itself took a malloc arena of its own, so the memory a store freed (kept by
/// HeapReuse in the taker's arena, its pages still mapped) was never used again and every
/// block came cold — 15-20 MB more resident in the window after a million messages.
class Preparer
{
public:
    void *take()
    {
        void *block = nullptr;
        size_t order = 0;
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
            const size_t held = m_ready.size() + m_ordered.size() + m_allocating + m_mapping;
            order = held < Depth ? Depth - held : 0;
            m_allocating += order;
        }
        if (order > 0) {
            std::vector<void *> fresh;
            for (size_t i = 0; i < order; ++i) {
                if (void *b = allocate(HugeBlock)) // untouched: nothing is mapped yet
                    fresh.push_back(b);
            }
            {
                std::lock_guard lock(m_mutex);
                m_allocating -= order;
                m_ordered.insert(m_ordered.end(), fresh.begin(), fresh.end());
            }
            m_wake.notify_one();
        }
        return block;
    }

    void giveBack(void *block)
    {
        void *cold = nullptr;
        {
            std::lock_guard lock(m_mutex);
            if (m_started && m_ready.size() < Depth && Clock::now() - m_lastAsked < Idle) {
                m_ready.push_back(block);
                block = nullptr;
                // A block already mapped stands in for one ordered and not yet touched.
                if (!m_ordered.empty()) {
                    cold = m_ordered.back();
                    m_ordered.pop_back();
                }
            }
        }
        std::free(block);
        std::free(cold);
    }

    int ready()
    {
        std::lock_guard lock(m_mutex);
        return int(m_ready.size());
    }

private:
    using Clock = std::chrono::steady_clock;
    // What the pool holds is resident memory beyond the log's: two blocks, 4 MiB. At 64-byte
    // messages the log fills one every ~20 ms; at 1 KiB every few ms, faster than a block's
    // cold pages can be mapped here (3-5 ms), so more depth would only hold more memory.
    static constexpr size_t Depth = PreparedAhead;
    static constexpr auto Idle = std::chrono::seconds(1);

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const bool asked = Clock::now() - m_lastAsked < Idle;
            if (!m_ordered.empty()) {
                void *block = m_ordered.back();
                m_ordered.pop_back();
                ++m_mapping;
                lock.unlock();
                prepare(block, HugeBlock);
                lock.lock();
                --m_mapping;
                m_ready.push_back(block);
            } else if (!asked && !m_ready.empty()) {
                std::vector<void *> unused;
                unused.swap(m_ready);
                lock.unlock();
                for (void *block : unused)
                    std::free(block);
                lock.lock();
            } else if (asked) {
                m_wake.wait_for(lock, Idle); // until an order, or to notice the quiet
            } else {
                m_wake.wait(lock); // nothing kept: until someone asks again
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<void *> m_ready;   ///< mapped, for the next take
    std::vector<void *> m_ordered; ///< allocated by a taker, to be mapped
    size_t m_allocating = 0;       ///< being allocated by takers
    size_t m_mapping = 0;          ///< being mapped by the thread
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
