#include "log/pagememory.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>

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

} // namespace PageMemory
