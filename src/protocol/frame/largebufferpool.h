#pragma once

#include <QByteArray>
#include <QtGlobal>

/// The wire engine's large payload buffers, handed back once nobody holds them, for reuse.
///
/// A payload of DirectPayloadBytes or more is read into a buffer of its own (FramedEngine).
/// When the log copies it into its file on its writer thread (PayloadFile::writeLater), the
/// buffer is still queued when the next large payload arrives, so the engine would take a
/// fresh one each time: page faults and new resident memory per message at 1 MiB
/// (docs/performance.md, perf8 and core1m). The writer gives each buffer back here once it is
/// copied, and the engine takes its next large buffer from here. Process-wide because the
/// writer is: one mutex taken twice per large message, nothing per small one.
///
/// Bounded: at most MaxBytes are kept (past that, buffers someone else still holds are let go
/// first); a buffer that does not own its bytes or is smaller than MinBytes is not kept.
namespace LargeBufferPool {

/// A buffer of `size` bytes, uninitialised: a kept one whose capacity fits (no more than an
/// eighth spare, so that the log still queues it rather than writing it at once), or a new one.
QByteArray take(qsizetype size);

/// Keeps `buffer` for take() when it owns its bytes, of MinBytes or more, and there is room;
/// otherwise it is released as the caller would have. take() lends it only once nobody else
/// holds it. `buffer` is empty afterwards either way.
void giveBack(QByteArray &&buffer);

/// Bytes kept now (their capacity), and buffers.
qint64 keptBytes();
int keptBuffers();

/// Frees every kept buffer (for tests, and for a caller that knows no flood follows).
void clear();

constexpr qsizetype MinBytes = qsizetype(256) << 10;
/// Two flood's worth of the log's write-behind queue (4 MiB) at 1 MiB messages, with the one
/// the engine is filling.
constexpr qint64 MaxBytes = qint64(8) << 20;

} // namespace LargeBufferPool
