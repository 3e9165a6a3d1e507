#pragma once

#include "event.h"

#include <QByteArrayView>

#include <memory>
#include <vector>

/// Append-only, compact storage for millions of events: fixed-size row records in chunks
/// (no reallocation spikes), payload bytes packed into large shared blocks. No per-row heap
/// object, QObject or QVariant; about 32 bytes per event beyond its payload.
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
    EventStore(EventStore &&) noexcept;
    EventStore &operator=(EventStore &&) noexcept;

    qsizetype size() const { return m_count; }
    void append(const Event &event);
    void clear();

    const Row &row(qsizetype i) const { return chunk(i >> ChunkShift)[i & ChunkMask]; }
    /// A view into the store; valid until clear().
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
    // 2 MiB: one transparent huge page where the OS offers them, so that a million events
    // cost a few dozen page faults rather than tens of thousands.
    static constexpr quint32 BlockSize = 2u << 20;
    static constexpr quint32 OwnBlockThreshold = BlockSize / 4;

    struct FreeDeleter
    {
        void operator()(void *p) const;
    };
    using Memory = std::unique_ptr<char, FreeDeleter>;
    static Memory allocate(size_t bytes);

    struct Block
    {
        Memory data;
        quint32 capacity = 0;
        quint32 used = 0;
    };
    struct OpenInfo
    {
        QString protocol;
        QString extensions;
    };

    void storePayload(const QByteArray &payload, Row *row);
    Row *chunk(qsizetype c) const { return reinterpret_cast<Row *>(m_chunks[size_t(c)].get()); }

    std::vector<Memory> m_chunks;
    std::vector<Block> m_blocks;
    std::vector<OpenInfo> m_opens;
    std::vector<std::shared_ptr<const HandshakeRecord>> m_handshakes;
    qsizetype m_count = 0;
    qsizetype m_sharedBlock = -1; ///< block that small payloads are appended to
};
