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

/// A HugeBlock-sized block like allocate(HugeBlock)'s, already mapped by a thread of its own,
/// for std::free(); nullptr when none is ready yet (the caller allocates and prepares its own).
/// The blocks it orders are allocated on the calling thread, so they come from its heap.
///
/// Mapping is most of what a flood into the log costs on a machine whose page clears are slow
/// (two thirds of the engine's samples at 1 KiB on this project's VM, docs/performance.md),
/// and it need not happen on the thread that reads the socket: each call asks the thread to
/// keep two blocks ready, so a store that keeps filling blocks finds them mapped while the
/// second core does the clearing. Blocks nobody asked for within a second are freed again.
/// Linux only (as prepare() is); elsewhere always nullptr.
void *takePrepared();

/// How many blocks the thread keeps mapped ahead while they are being taken.
inline constexpr int PreparedAhead = 2;

/// Frees a HugeBlock from allocate(HugeBlock) or takePrepared(), or keeps it (its pages still
/// mapped) for the next takePrepared() while blocks are being asked for and the pool is short:
/// the journal's queue and a cleared log hand their blocks on instead of the next store
/// clearing fresh ones.
void giveBack(void *block);

/// Blocks mapped and waiting for takePrepared() (for tests).
int preparedBlocks();

} // namespace PageMemory
