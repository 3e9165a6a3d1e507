// What fresh memory costs on this machine, beside writing the same bytes into memory already
// mapped (the baseline, measured in the same run). The log keeps every payload, so every
// message it holds lands in memory that is new to the process; a raw reader or a counting
// client lands in the same warm buffer each time. On this project's VM (a paravirtualised guest
// that reports free memory to its host, `page_reporting.page_reporting_order=11`) that
// difference decides whether a flood run is fast or slow (docs/performance.md, "Fresh memory
// on this VM", tenth session).
//
// wsprobe-bench-first-touch [MiB] [rounds] [pause seconds between rounds]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

constexpr size_t Huge = size_t(2) << 20;

/// An anonymous region aligned to a huge page, so that MADV_HUGEPAGE can use whole ones.
char *region(size_t bytes, bool huge)
{
    void *p =
        mmap(nullptr, bytes + Huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    auto *aligned = reinterpret_cast<char *>((reinterpret_cast<uintptr_t>(p) + Huge - 1)
                                             & ~uintptr_t(Huge - 1));
    madvise(aligned, bytes, huge ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
    return aligned;
}

void unmapAligned(char *p, size_t bytes)
{
    // The whole mapping, not just the aligned part: the next mode starts from what is free.
    munmap(reinterpret_cast<char *>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t(Huge - 1)) - Huge,
           bytes + 2 * Huge);
}

/// Copies `bytes` from `chunk` in 1 MiB steps, as a log copies payloads in.
void fill(char *to, size_t bytes, const std::vector<char> &chunk)
{
    for (size_t at = 0; at < bytes; at += chunk.size())
        std::memcpy(to + at, chunk.data(), std::min(chunk.size(), bytes - at));
}

} // namespace

int main(int argc, char **argv)
{
    const size_t bytes = size_t(argc > 1 ? std::atoi(argv[1]) : 512) << 20;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const int pause = argc > 3 ? std::atoi(argv[3]) : 0;
    if (bytes == 0 || rounds <= 0 || pause < 0) {
        std::fprintf(stderr, "usage: wsprobe-bench-first-touch [MiB] [rounds] [pause seconds]\n");
        return 2;
    }
    const std::vector<char> chunk(size_t(1) << 20, 'x');
    std::printf("%zu MiB per mode; seconds, and the ratio to copying into warm memory\n",
                bytes >> 20);
    std::printf("round     warm   4k-touch      4k-populate (of it)   thp-populate   "
                "memfd-pwrite\n");
    for (int r = 0; r < rounds; ++r) {
        if (r > 0 && pause > 0)
            std::this_thread::sleep_for(std::chrono::seconds(pause));
        // Baseline: the same copy into memory this process has touched already.
        char *warm = region(bytes, true);
        if (!warm)
            return 1;
        fill(warm, bytes, chunk);
        auto t = Clock::now();
        fill(warm, bytes, chunk);
        const double warmSeconds = since(t);
        unmapAligned(warm, bytes);

        // Fresh small pages, each faulted in by the copy (the heap's ordinary case).
        char *small = region(bytes, false);
        t = Clock::now();
        fill(small, bytes, chunk);
        const double touchSeconds = since(t);
        unmapAligned(small, bytes);

        // Fresh small pages mapped ahead by the kernel, then the copy: what is left of the
        // touch's cost is the first access from user space, not the kernel's fault.
        char *mapped = region(bytes, false);
        t = Clock::now();
        madvise(mapped, bytes, MADV_POPULATE_WRITE);
        const double populateSeconds = since(t);
        fill(mapped, bytes, chunk);
        const double mappedSeconds = since(t);
        unmapAligned(mapped, bytes);

        // Fresh huge pages mapped ahead by the kernel, then the copy (the log's blocks).
        char *huge = region(bytes, true);
        t = Clock::now();
        madvise(huge, bytes, MADV_POPULATE_WRITE);
        fill(huge, bytes, chunk);
        const double hugeSeconds = since(t);
        unmapAligned(huge, bytes);

        // Fresh pages of an in-memory file, filled by write() (the log's large payloads).
        const int fd = memfd_create("first-touch", MFD_CLOEXEC);
        t = Clock::now();
        for (size_t at = 0; fd >= 0 && at < bytes; at += chunk.size())
            if (pwrite(fd, chunk.data(), chunk.size(), off_t(at)) < 0)
                break;
        const double fileSeconds = since(t);
        if (fd >= 0)
            close(fd);

        std::printf("%5d  %7.3f  %6.3f %4.1fx  %6.3f %4.1fx (%.3f)  %8.3f %4.1fx  %8.3f %4.1fx\n",
                    r + 1, warmSeconds, touchSeconds, touchSeconds / warmSeconds, mappedSeconds,
                    mappedSeconds / warmSeconds, populateSeconds, hugeSeconds,
                    hugeSeconds / warmSeconds, fileSeconds, fileSeconds / warmSeconds);
        std::fflush(stdout);
    }
    return 0;
}
#else
int main()
{
    std::fprintf(stderr, "wsprobe-bench-first-touch measures Linux memory only\n");
    return 0;
}
#endif
