#include "log/rowviewcache.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace {

/// A block's smallest buffer of previews.
constexpr qsizetype MinText = 256;

} // namespace

RowViewCache::RowViewCache(qsizetype maxCost)
    : m_maxCost(std::max<qsizetype>(0, maxCost))
{
    m_types.append(QString());
}

RowViewCache::~RowViewCache() = default;

qsizetype RowViewCache::blockCost()
{
    // The block, its allocation's header and the hash's node and bucket.
    return qsizetype(sizeof(Block)) + 64;
}

void RowViewCache::clear()
{
    m_blocks.clear();
    m_oldest = m_newest = nullptr;
    m_cost = 0;
    m_rows = 0;
    m_types = QStringList{QString()};
    m_lastType = 0;
}

void RowViewCache::linkNewest(Block *block)
{
    block->older = m_newest;
    block->newer = nullptr;
    if (m_newest)
        m_newest->newer = block;
    m_newest = block;
    if (!m_oldest)
        m_oldest = block;
}

void RowViewCache::unlink(Block *block)
{
    (block->older ? block->older->newer : m_oldest) = block->newer;
    (block->newer ? block->newer->older : m_newest) = block->older;
    block->older = block->newer = nullptr;
}

RowViewCache::Block *RowViewCache::touch(qint64 number)
{
    // Rows are asked for a screenful at a time: mostly from the block asked last.
    if (m_newest && m_newest->number == number)
        return m_newest;
    const auto it = m_blocks.find(number);
    if (it == m_blocks.end())
        return nullptr;
    Block *block = it->second.get();
    unlink(block);
    linkNewest(block);
    return block;
}

void RowViewCache::evict(Block *block)
{
    unlink(block);
    m_cost -= blockCost() + block->capacity;
    m_rows -= std::popcount(block->present);
    m_blocks.erase(block->number);
}

bool RowViewCache::makeRoom(qsizetype bytes, const Block *keep)
{
    while (m_cost + bytes > m_maxCost && m_oldest && m_oldest != keep)
        evict(m_oldest);
    return m_cost + bytes <= m_maxCost;
}

int RowViewCache::typeIndex(const QString &type)
{
    if (type.isEmpty())
        return 0;
    // Rows next to each other mostly share their type; the list is a layer's few types.
    const auto same = [&](const QString &t) {
        return (t.constData() == type.constData() && t.size() == type.size()) || t == type;
    };
    if (same(m_types.at(m_lastType)))
        return m_lastType;
    for (qsizetype i = 1; i < m_types.size(); ++i) {
        if (same(m_types.at(i)))
            return m_lastType = int(i);
    }
    if (m_types.size() >= MaxTypes)
        return -1;
    m_types.append(type);
    return m_lastType = int(m_types.size() - 1);
}

bool RowViewCache::find(qint64 key, QByteArrayView *preview, QString *type)
{
    if (key < 0)
        return false;
    Block *block = touch(key / RowsPerBlock);
    const int slot = int(key % RowsPerBlock);
    if (!block || !(block->present & (quint64(1) << slot)))
        return false;
    if (preview)
        *preview = QByteArrayView(block->text.get() + block->offset[size_t(slot)],
                                  block->length[size_t(slot)]);
    if (type)
        *type = m_types.at(block->type[size_t(slot)]);
    return true;
}

qsizetype RowViewCache::liveBytes(const Block &block, int except)
{
    qsizetype bytes = 0;
    for (int i = 0; i < RowsPerBlock; ++i) {
        if (i != except && (block.present & (quint64(1) << i)))
            bytes += block.length[size_t(i)];
    }
    return bytes;
}

bool RowViewCache::insert(qint64 key, QByteArrayView preview, const QString &type)
{
    if (key < 0)
        return false;
    const qint64 number = key / RowsPerBlock;
    const int slot = int(key % RowsPerBlock);
    Block *block = touch(number);
    const qsizetype length = preview.size();
    const qsizetype capacity = block ? qsizetype(block->capacity) : 0;
    qsizetype used = block ? qsizetype(block->used) : 0;
    // A full buffer is replaced by one holding the rows kept (not the bytes that rows put
    // again left behind) and this one, with room for as many rows again of the same average
    // length, up to the block's last row: a block filled by scrolling ends with little room
    // to spare, a row alone in its block takes little more than its own.
    const bool rebuild = used + length > capacity;
    qsizetype grown = capacity;
    if (rebuild) {
        used = block ? liveBytes(*block, slot) : 0;
        const quint64 others = block ? block->present & ~(quint64(1) << slot) : quint64(0);
        const qsizetype rows = std::popcount(others) + 1;
        const qsizetype average = (used + length) / rows + 1;
        grown = std::max(used + length + average * std::min(rows, RowsPerBlock - rows), MinText);
        grown = std::min(grown, qsizetype(UINT32_MAX));
    }
    // What the row takes alone in its block, with a buffer just large enough.
    const qsizetype least = blockCost() + (rebuild ? used + length : capacity);
    if (least > m_maxCost || used + length > qsizetype(UINT32_MAX))
        return false;
    const int typeAt = typeIndex(type);
    if (typeAt < 0)
        return false;
    const qsizetype fresh = block ? 0 : blockCost();
    if (!makeRoom(fresh + grown - capacity, block)) {
        grown = rebuild ? used + length : capacity; // near the bound: no room to spare
        if (!makeRoom(fresh + grown - capacity, block))
            return false; // not reached: least fits once the other blocks are gone
    }
    if (!block) {
        auto owned = std::make_unique<Block>();
        block = owned.get();
        block->number = number;
        m_blocks.emplace(number, std::move(owned));
        linkNewest(block);
        m_cost += blockCost();
    }
    if (rebuild) {
        auto text = std::make_unique_for_overwrite<char[]>(size_t(grown));
        quint32 at = 0;
        for (int i = 0; i < RowsPerBlock; ++i) {
            if (i == slot || !(block->present & (quint64(1) << i)))
                continue;
            const size_t s = size_t(i);
            if (block->length[s] > 0)
                std::memcpy(text.get() + at, block->text.get() + block->offset[s],
                            block->length[s]);
            block->offset[s] = at;
            at += block->length[s];
        }
        block->text = std::move(text);
        block->capacity = quint32(grown);
        block->used = at;
        m_cost += grown - capacity;
    }
    const size_t row = size_t(slot);
    if (length > 0)
        std::memcpy(block->text.get() + block->used, preview.data(), size_t(length));
    block->offset[row] = block->used;
    block->length[row] = quint32(length);
    block->type[row] = quint16(typeAt);
    block->used += quint32(length);
    const quint64 bit = quint64(1) << slot;
    if (!(block->present & bit))
        ++m_rows;
    block->present |= bit;
    return true;
}
