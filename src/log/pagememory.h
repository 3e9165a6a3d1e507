#pragma once

#include <cstddef>

/// Memory for the log's payload blocks and row chunks, taken from the system in large steps.
///
/// A log keeps every payload, so a flood writes into memory nobody touched before: a page
/// fault and a page clear per 4 KiB. On this project's VM a fault costs several microseconds
/// (half of the engine's time at 1 KiB, docs/performance.md). On Linux, blocks of
/// `HugeBlock` bytes are aligned for transparent huge pages and advised so (one fault and one
/// TLB entry per 2 MiB where the kernel allows it, as `/sys/kernel/mm/transparent_hugepage`
/// set to `madvise` does by default), and `prepare()` maps a range in one system call
/// (`MADV_POPULATE_WRITE`, Linux 5.14) instead of one fault per page. Elsewhere, or when the
/// kernel says no, both are plain memory and pages come on first touch as before.
namespace PageMemory {

inline constexpr size_t HugeBlock = size_t(2) << 20;

/// `bytes` of uninitialised memory for std::free(); nullptr when out of memory. A multiple of
/// HugeBlock is aligned to it and advised for huge pages.
void *allocate(size_t bytes);

/// Maps [begin, begin + bytes) for writing now (whole pages inside it); nothing when the
/// system cannot.
void prepare(void *begin, size_t bytes);

/// True when prepare() maps memory on this system (for tests).
bool preparesPages();

} // namespace PageMemory
