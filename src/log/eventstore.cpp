#include "log/eventstore.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

#include <QtEndian>

#include "log/pagememory.h"

static_assert(sizeof(EventStore::Row) == 32, "rows are meant to stay compact");
static_assert(std::is_trivially_copyable_v<EventStore::Row>);

void EventStore::FreeDeleter::operator()(void *p) const
{
    if (hugeBlock)
        PageMemory::giveBack(p);
    else
        std::free(p);
}

EventStore::Memory EventStore::allocate(size_t bytes)
{
    void *p = PageMemory::allocate(bytes);
    if (!p)
        throw std::bad_alloc();
    return Memory(static_cast<char *>(p), FreeDeleter{bytes == PageMemory::HugeBlock});
}

void EventStore::growFirstChunk()
{
    // Doubling by realloc: the rows move, but no reference to a row outlives an append. A
    // store that holds a few rows (a journal's stage between two hand-overs, a Serve client's
    // log) then holds a few pages, not the 2 MiB of a whole chunk: a stage of sixteen 64 KiB
    // messages took a whole chunk of heap it never touched, which the next payloads' buffers
    // then faulted in (issue 17).
    const qsizetype rows =
        m_firstChunkRows == 0 ? FirstChunkRows : std::min(m_firstChunkRows * 2, ChunkSize);
    char *old = m_chunks.empty() ? nullptr : m_chunks.front().get();
    void *p = std::realloc(old, size_t(rows) * sizeof(Row));
    if (!p)
        throw std::bad_alloc(); // the old rows are still there, still owned
    if (m_chunks.empty())
        m_chunks.emplace_back();
    (void)m_chunks.front().release();
    m_chunks.front().reset(static_cast<char *>(p));
    m_firstChunkRows = rows;
}

EventStore::Memory EventStore::allocateMapped(size_t bytes)
{
    if (bytes == PageMemory::HugeBlock) {
        if (void *p = PageMemory::takePrepared())
            return Memory(static_cast<char *>(p), FreeDeleter{true});
    }
    Memory m = allocate(bytes);
    PageMemory::prepare(m.get(), bytes);
    return m;
}

static size_t wholeBlocks(size_t bytes)
{
    return (bytes + PageMemory::HugeBlock - 1) / PageMemory::HugeBlock * PageMemory::HugeBlock;
}

size_t EventStore::nextBlockSize(quint32 payloadSize) const
{
    // Doubling what the store already holds: 64 KiB, 64 KiB, 128 KiB, ... 2 MiB.
    const auto grown = size_t(std::clamp<qint64>(m_packedBytes, FirstBlockSize, BlockSize));
    if (payloadSize <= grown)
        return grown;
    return std::max(size_t(BlockSize), wholeBlocks(size_t(payloadSize) * 4));
}

EventStore::EventStore() = default;
EventStore::~EventStore() = default;
EventStore::EventStore(EventStore &&other) noexcept
{
    *this = std::move(other);
}

EventStore &EventStore::operator=(EventStore &&other) noexcept
{
    m_chunks = std::move(other.m_chunks);
    m_blocks = std::move(other.m_blocks);
    m_spareBlocks = std::move(other.m_spareBlocks);
    m_opens = std::move(other.m_opens);
    m_handshakes = std::move(other.m_handshakes);
    m_firstChunkRows = std::exchange(other.m_firstChunkRows, 0);
    m_count = std::exchange(other.m_count, 0);
    m_base = std::exchange(other.m_base, 0);
    m_firstLiveBlock = std::exchange(other.m_firstLiveBlock, 0);
    m_sharedBlock = std::exchange(other.m_sharedBlock, -1);
    m_packedBytes = std::exchange(other.m_packedBytes, 0);
    m_shareFrom = other.m_shareFrom;
    m_file = std::move(other.m_file);
    m_fileBlock = std::exchange(other.m_fileBlock, -1);
    m_fileRefused = other.m_fileRefused;
    m_usesFile = other.m_usesFile;
    other.clear();
    return *this;
}

void EventStore::append(const Event &event)
{
    if (m_count < ChunkSize) {
        if (m_count == m_firstChunkRows)
            growFirstChunk();
    } else if ((m_count & ChunkMask) == 0) {
        // Past the first, a store is a flood's: its chunks come whole and mapped in one go.
        Memory rows = allocateMapped(size_t(ChunkSize) * sizeof(Row));
        if (qsizetype(m_chunks.size()) == (m_count >> ChunkShift))
            m_chunks.push_back(std::move(rows));
        else
            m_chunks[size_t(m_count >> ChunkShift)] = std::move(rows);
    }
    Row &r = chunk(m_count >> ChunkShift)[m_count & ChunkMask];
    r.timeMs = event.timeMs;
    r.kind = event.kind;
    r.direction = event.direction;
    r.flags = event.wasClean ? 1 : 0;
    switch (event.kind) {
    case EventKind::Close:
    case EventKind::Check: // the matched message's event number
        r.aux = event.code;
        break;
    case EventKind::Pong:
        r.aux = qint32(std::clamp<qint64>(event.rttMs, -1, std::numeric_limits<qint32>::max()));
        break;
    case EventKind::Open:
        r.aux = qint32(m_opens.size());
        m_opens.push_back({event.protocol, event.extensions, event.tlsErrorsIgnored});
        break;
    case EventKind::Handshake:
        r.aux = qint32(m_handshakes.size());
        m_handshakes.push_back(event.handshake ? event.handshake
                                               : std::make_shared<const HandshakeRecord>());
        break;
    case EventKind::Frame: {
        const FrameInfo &f = event.frame;
        const int lengthCode = f.lengthBits == 64 ? 2 : f.lengthBits == 16 ? 1 : 0;
        r.aux = qint32((f.opcode & 0xF) | (f.fin ? 1 << 4 : 0) | ((f.rsv & 0x7) << 5)
                       | (f.masked ? 1 << 8 : 0) | (f.compressed ? 1 << 9 : 0) | (lengthCode << 10)
                       | (f.nonMinimalLength ? 1 << 12 : 0));
        // A frame's payload is its message's: only its length, the mask key and the first
        // bytes are kept.
        QByteArray bytes(12 + f.head.size(), Qt::Uninitialized);
        qToLittleEndian<quint64>(f.payloadLength, bytes.data());
        qToLittleEndian<quint32>(f.maskKey, bytes.data() + 8);
        std::copy(f.head.cbegin(), f.head.cend(), bytes.begin() + 12);
        storePayload(bytes, &r);
        ++m_count;
        return;
    }
    case EventKind::Text:
    case EventKind::Binary:
        r.aux = qint32(std::clamp<qint64>(event.wireSize, -1, std::numeric_limits<qint32>::max()));
        break;
    default:
        r.aux = 0;
        break;
    }
    storePayload(event.payload, &r);
    ++m_count;
}

void EventStore::storePayload(const QByteArray &payload, Row *row)
{
    const auto size = quint32(payload.size());
    row->size = size;
    if (size == 0) {
        row->block = 0;
        row->offset = 0;
        return;
    }
    // Shared only when the payload owns its bytes (fromRawData's would dangle once their owner
    // is gone: capacity() is 0) and carries little more capacity than it uses.
    const qsizetype capacity = payload.capacity();
    if (m_shareFrom > 0 && qsizetype(size) >= m_shareFrom && capacity >= qsizetype(size)
        && capacity - qsizetype(size) <= qsizetype(size / 8)) {
        Block b;
        b.shared = payload;
        b.capacity = b.used = size;
        b.lastRow = m_count;
        row->block = quint32(m_blocks.size());
        row->offset = 0;
        m_blocks.push_back(std::move(b));
        return;
    }
    if (size >= FileThreshold && m_usesFile && m_shareFrom == 0 && storeInFile(payload, row))
        return;
    if (size > OwnBlockThreshold) {
        Block b;
        const size_t bytes = wholeBlocks(size);
        b.data = allocate(bytes);
        PageMemory::prepare(b.data.get(), bytes);
        std::memcpy(b.data.get(), payload.constData(), size);
        b.capacity = quint32(std::min<size_t>(bytes, std::numeric_limits<quint32>::max()));
        b.used = size;
        b.lastRow = m_count;
        row->block = quint32(m_blocks.size());
        row->offset = 0;
        m_blocks.push_back(std::move(b));
        return;
    }
    if (m_sharedBlock < 0
        || m_blocks[m_sharedBlock].capacity - m_blocks[m_sharedBlock].used < size) {
        Block b;
        if (m_spareBlocks.empty()) {
            const size_t bytes = nextBlockSize(size);
            b.data = bytes >= BlockSize ? allocateMapped(bytes) : allocate(bytes);
            b.capacity = quint32(bytes);
        } else {
            b.data = std::move(m_spareBlocks.back());
            m_spareBlocks.pop_back();
            b.capacity = BlockSize;
        }
        m_packedBytes += b.capacity;
        m_sharedBlock = qsizetype(m_blocks.size());
        m_blocks.push_back(std::move(b));
    }
    Block &b = m_blocks[m_sharedBlock];
    std::memcpy(b.data.get() + b.used, payload.constData(), size);
    b.lastRow = m_count;
    row->block = quint32(m_sharedBlock);
    row->offset = b.used;
    b.used += size;
}

bool EventStore::storeInFile(const QByteArray &payload, Row *row)
{
    const auto size = size_t(payload.size());
    if (m_fileRefused || size > (size_t(1) << 30))
        return false;
    if (m_fileBlock < 0 || m_blocks[m_fileBlock].capacity - m_blocks[m_fileBlock].used < size) {
        PayloadFile::Segment segment = m_file.append(std::max(FileSegmentSize, size));
        if (!segment.isValid()) {
            m_fileRefused = true;
            return false;
        }
        Block b;
        b.capacity = quint32(segment.capacity());
        b.file = std::move(segment);
        m_fileBlock = qsizetype(m_blocks.size());
        m_blocks.push_back(std::move(b));
    }
    Block &b = m_blocks[m_fileBlock];
    // The copy into the file is made beside this thread (PayloadFile's writer); payload()
    // waits for it, so a view is still valid until clear().
    if (!m_file.writeLater(b.file, b.used, payload)) {
        // No memory for the file's pages: anonymous memory may still have some.
        m_fileRefused = true;
        return false;
    }
    b.lastRow = m_count;
    row->block = quint32(m_fileBlock);
    row->offset = b.used;
    b.used += quint32(size);
    return true;
}

qsizetype EventStore::messageCount(Direction direction) const
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < size(); ++i) {
        const Row &r = row(i);
        n += (r.kind == EventKind::Text || r.kind == EventKind::Binary) && r.direction == direction;
    }
    return n;
}

void EventStore::clear()
{
    m_chunks.clear();
    m_blocks.clear();
    m_file = PayloadFile();
    m_fileBlock = -1;
    m_fileRefused = false;
    m_spareBlocks.clear();
    m_opens.clear();
    m_handshakes.clear();
    m_firstChunkRows = 0;
    m_count = 0;
    m_base = 0;
    m_firstLiveBlock = 0;
    m_sharedBlock = -1;
    m_packedBytes = 0;
}

void EventStore::recycle()
{
    Memory firstChunk = m_chunks.empty() ? Memory() : std::move(m_chunks.front());
    const qsizetype firstChunkRows = m_firstChunkRows;
    std::vector<Memory> spares = std::move(m_spareBlocks);
    for (Block &b : m_blocks) {
        if (b.data && b.capacity == BlockSize && spares.size() < MaxSpareBlocks)
            spares.push_back(std::move(b.data));
    }
    clear();
    // A store that recycles is refilled at the rate it was emptied: go straight to full blocks.
    m_spareBlocks = std::move(spares);
    if (!m_spareBlocks.empty())
        m_packedBytes = BlockSize;
    if (firstChunk) {
        m_chunks.push_back(std::move(firstChunk));
        m_firstChunkRows = firstChunkRows;
    }
}

void EventStore::dropFront(qsizetype n)
{
    m_base = std::min(m_count, m_base + std::max<qsizetype>(0, n));
    // Whole chunks of rows below the base.
    for (qsizetype c = 0; c < (m_base >> ChunkShift); ++c)
        m_chunks[size_t(c)].reset();
    // Payload blocks whose newest row is gone; the block being filled stays.
    bool leading = true;
    for (size_t b = m_firstLiveBlock; b < m_blocks.size(); ++b) {
        Block &block = m_blocks[b];
        const bool dead = block.lastRow < m_base && qsizetype(b) != m_sharedBlock;
        if (dead && block.live()) {
            if (block.file.isValid())
                m_file.release(block.file);
            if (qsizetype(b) == m_fileBlock)
                m_fileBlock = -1;
            block.data.reset();
            block.shared = QByteArray();
            block.capacity = block.used = 0;
        }
        if (leading && (dead || !block.live()))
            m_firstLiveBlock = b + 1;
        else
            leading = false;
    }
}

QByteArrayView EventStore::payload(qsizetype i) const
{
    const Row &r = row(i);
    if (r.size == 0)
        return {};
    const Block &b = m_blocks[r.block];
    if (b.file.isValid())
        m_file.awaitWritten(b.file, size_t(r.offset) + r.size);
    return QByteArrayView(b.bytes() + r.offset, qsizetype(r.size));
}

Event EventStore::at(qsizetype i) const
{
    const Row &r = row(i);
    Event e;
    e.timeMs = r.timeMs;
    e.kind = r.kind;
    e.direction = r.direction;
    e.payload = payload(i).toByteArray();
    e.wasClean = r.flags & 1;
    if (r.kind == EventKind::Close || r.kind == EventKind::Check) {
        e.code = r.aux;
    } else if (r.kind == EventKind::Pong) {
        e.rttMs = r.aux;
    } else if (r.kind == EventKind::Open) {
        e.protocol = m_opens[size_t(r.aux)].protocol;
        e.extensions = m_opens[size_t(r.aux)].extensions;
        e.tlsErrorsIgnored = m_opens[size_t(r.aux)].tlsErrorsIgnored;
    } else if (r.kind == EventKind::Text || r.kind == EventKind::Binary) {
        e.wireSize = r.aux;
    } else if (r.kind == EventKind::Handshake) {
        e.handshake = m_handshakes[size_t(r.aux)];
        e.code = e.handshake->status;
    } else if (r.kind == EventKind::Frame) {
        e.payload.clear();
        e.frame = frameAt(i);
    }
    return e;
}

FrameInfo EventStore::frameAt(qsizetype i) const
{
    const Row &r = row(i);
    FrameInfo f;
    if (r.kind != EventKind::Frame)
        return f;
    f.direction = r.direction;
    f.opcode = quint8(r.aux & 0xF);
    f.fin = r.aux & (1 << 4);
    f.rsv = quint8((r.aux >> 5) & 0x7);
    f.masked = r.aux & (1 << 8);
    f.compressed = r.aux & (1 << 9);
    const int lengthCode = (r.aux >> 10) & 0x3;
    f.lengthBits = lengthCode == 2 ? 64 : lengthCode == 1 ? 16 : 7;
    f.nonMinimalLength = r.aux & (1 << 12);
    const QByteArrayView bytes = payload(i);
    f.payloadLength = qFromLittleEndian<quint64>(bytes.data());
    f.maskKey = qFromLittleEndian<quint32>(bytes.data() + 8);
    f.head = bytes.sliced(12).toByteArray();
    return f;
}

qint64 EventStore::memoryUsage() const
{
    qint64 bytes = 0;
    for (size_t c = 0; c < m_chunks.size(); ++c) {
        if (m_chunks[c])
            bytes += (c == 0 ? m_firstChunkRows : ChunkSize) * qint64(sizeof(Row));
    }
    for (const Block &b : m_blocks)
        bytes += b.file.isValid() ? b.file.residentBytes() : b.capacity;
    bytes += qint64(m_spareBlocks.size()) * BlockSize;
    bytes += qint64(m_opens.size() * sizeof(OpenInfo));
    return bytes;
}
