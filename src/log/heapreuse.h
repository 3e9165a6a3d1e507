#pragma once

/// The memory a flood's payloads leave behind, kept for the next ones.
///
/// The wire engine assembles every message in a buffer of its own, and the log and the journal
/// copy it into their mapped blocks (PageMemory), so a flood frees a payload-sized buffer per
/// message and a journal frees its written batches. glibc gives the freed top of its heap back to
/// the system as soon as 128 KiB of it is free, and maps an allocation past its mmap threshold
/// afresh each time, so `wsprobe-cli record` at 64 KiB took every payload's pages in again: a
/// page fault and a page clear per 4 KiB, most of its system time (docs/performance.md). This
/// keeps up to 128 MiB of freed heap (a journal holds back up to 8 MiB of payloads before it
/// pauses the reading, twice that in flight), and allocations up to 32 MiB on the heap, for
/// reuse. Other C libraries' allocators keep freed memory by themselves: there is nothing to do
/// there.
namespace HeapReuse {

/// Call once, first thing in main(), before threads start allocating.
void keepFreedMemory();

/// True when this build can tune its allocator (glibc's own, not a sanitizer's).
bool available();

} // namespace HeapReuse
