#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

#include "connection/event.h"
#include "log/payloadfile.h"

/// Append-only, compact storage for millions of events: fixed-size row records in chunks
/// (the first grows to its size as rows arrive, the rest come whole: no reallocation spikes),
/// payload bytes packed into large blocks. No per-row heap object, QObject or QVariant; about
/// 32 bytes per event beyond its payload.
class EventStore
{
public:
    struct Row
    {
        qint64 timeMs;
        quint32 block;
        quint32 offset;
        quint32 size;
        qint32 aux; ///< Close: code; Pong: RTT ms; Open/Handshake: side-table index; Frame: bits
        EventKind kind;
        Direction direction;
        quint8 flags; ///< bit 0: close was clean
    };

    EventStore();
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;
    /// Moving leaves the source empty and ready for appends, with its settings
    /// (setSharesPayloadsFrom, setKeepsPayloadsInFile) kept: a queue moves its stores on and
    /// refills the one moved from.
    EventStore(EventStore &&) noexcept;
    EventStore &operator=(EventStore &&) noexcept;

    qsizetype size() const { return m_count - m_base; }
    void append(const Event &event);
    void clear();
    /// Empties the store but keeps its first chunk of rows and a few payload blocks for the
    /// next appends: a queue emptied and refilled thousands of times a second (the journal's)
    /// then touches the same warm pages instead of fresh ones — every first touch of a page is
    /// a fault and a clear, a fifth of a flood's time in this VM.
    void recycle();
    /// Payloads of `bytes` or more are kept by reference to the event's QByteArray instead of
    /// being copied (0, the default: every payload is copied). For a queue whose events live a
    /// few milliseconds (the journal's): on the recording thread a large payload then costs a
    /// reference count, not a copy into memory that must be mapped first.
    void setSharesPayloadsFrom(qsizetype bytes) { m_shareFrom = bytes; }
    /// Payloads of 16 KiB or more go to a PayloadFile where the system has one (the default),
    /// unless the store shares them (above). Off: every payload in anonymous memory (tests of
    /// that path on Linux).
    void setKeepsPayloadsInFile(bool on) { m_usesFile = on; }
    /// Forgets the n oldest events; what was index n becomes index 0. Memory comes back a
    /// chunk or a payload block at a time, once nothing live is in it.
    void dropFront(qsizetype n);
    /// Events dropped from the front since the store was created or cleared.
    qsizetype droppedCount() const { return m_base; }

    const Row &row(qsizetype i) const
    {
        const qsizetype p = i + m_base;
        return chunk(p >> ChunkShift)[p & ChunkMask];
    }
    /// A view into the store; valid until clear(). A large payload's may wait for its copy
    /// into the store's file to be done (PayloadFile::writeLater), a moment after append().
    QByteArrayView payload(qsizetype i) const;
    /// The whole event, payload copied out.
    Event at(qsizetype i) const;
    /// Frame rows: the frame's description (its payload is not kept).
    FrameInfo frameAt(qsizetype i) const;

    /// Text and binary messages in one direction.
    qsizetype messageCount(Direction direction) const;

    /// Bytes held: row chunks, payload blocks and side tables.
    qint64 memoryUsage() const;

private:
    static constexpr int ChunkShift = 16;
    static constexpr qsizetype ChunkSize = qsizetype(1) << ChunkShift;
    static constexpr qsizetype ChunkMask = ChunkSize - 1;
    static constexpr qsizetype FirstChunkRows = 512; ///< 16 KiB
    // Payloads are packed into blocks that grow from 64 KiB to 2 MiB (a log of a few
    // messages stays small; a flood's blocks are huge pages mapped in one call: see
    // PageMemory). A payload over 512 KiB opens a block of at least four times its size, in
    // whole 2 MiB pages, so large ones are packed too; above 8 MiB a payload gets whole 2 MiB
    // pages of its own. Every payload is copied: a copy into mapped memory costs far less than
    // the page faults of keeping the engine's freshly allocated buffer (1 MiB: 2.0 s -> 1.3 s
    // per 512 MiB), and the engine reuses its freed buffer for the next message.
    static constexpr quint32 BlockSize = 2u << 20;
    static constexpr quint32 FirstBlockSize = 64u * 1024;
    static constexpr quint32 OwnBlockThreshold = 8u << 20;
    // Payloads this large go to a PayloadFile (Linux) when the store keeps them (it shares
    // none): written there, their pages are not cleared first (docs/performance.md, perf6).
    // Smaller ones stay packed: a system call per message costs more than it saves.
    static constexpr quint32 FileThreshold = 16u * 1024;
    static constexpr size_t FileSegmentSize = size_t(64) << 20;

    struct FreeDeleter
    {
        // Constructors, not a member initializer or default argument: unique_ptr needs the
        // deleter default constructible while EventStore is still incomplete.
        FreeDeleter() noexcept
            : hugeBlock(false)
        {
        }
        explicit FreeDeleter(bool huge) noexcept
            : hugeBlock(huge)
        {
        }
        /// A HugeBlock from PageMemory: handed back to its pool rather than freed.
        bool hugeBlock;
        void operator()(void *p) const;
    };
    using Memory = std::unique_ptr<char, FreeDeleter>;
    static Memory allocate(size_t bytes);
    /// Mapped for writing: a block PageMemory's thread mapped ahead when one is ready.
    static Memory allocateMapped(size_t bytes);
    /// The first chunk of rows, doubled from FirstChunkRows up to ChunkSize as rows arrive.
    void growFirstChunk();
    size_t nextBlockSize(quint32 payloadSize) const;

    struct Block
    {
        Memory data;               ///< packed payloads, or one large payload
        QByteArray shared;         ///< or one payload kept by reference (setSharesPayloadsFrom)
        PayloadFile::Segment file; ///< or large payloads packed into m_file
        const char *bytes() const
        {
            return data ? data.get() : file.isValid() ? file.data() : shared.constData();
        }
        bool live() const { return bool(data) || file.isValid() || !shared.isNull(); }
        quint32 capacity = 0;
        quint32 used = 0;
        qsizetype lastRow = -1; ///< the newest physical row with a payload here
    };
    struct OpenInfo
    {
        QString protocol;
        QString extensions;
        QStringList tlsErrorsIgnored;
    };

    void storePayload(const QByteArray &payload, Row *row);
    bool storeInFile(const QByteArray &payload, Row *row);
    Row *chunk(qsizetype c) const { return reinterpret_cast<Row *>(m_chunks[size_t(c)].get()); }

    std::vector<Memory> m_chunks;
    std::vector<Block> m_blocks;
    std::vector<Memory> m_spareBlocks; ///< packed blocks kept by recycle(), BlockSize each
    static constexpr size_t MaxSpareBlocks = 4;
    std::vector<OpenInfo> m_opens;
    std::vector<std::shared_ptr<const HandshakeRecord>> m_handshakes;
    qsizetype m_firstChunkRows = 0; ///< rows the first chunk has room for
    qsizetype m_count = 0;          ///< rows ever appended (physical)
    qsizetype m_base = 0;           ///< physical index of row 0
    size_t m_firstLiveBlock = 0;
    qsizetype m_sharedBlock = -1; ///< block that small payloads are appended to
    qint64 m_packedBytes = 0;     ///< capacity of the packed blocks taken since clear()
    qsizetype m_shareFrom = 0;    ///< payloads this large are shared; 0: none
    PayloadFile m_file;           ///< large payloads (FileThreshold), where the system allows
    qsizetype m_fileBlock = -1;   ///< block of the file segment being filled
    bool m_fileRefused = false;   ///< the system gave no file: stop asking
    bool m_usesFile = true;
};
