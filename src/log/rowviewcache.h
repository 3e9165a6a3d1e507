#pragma once

#include <array>
#include <memory>
#include <unordered_map>

#include <QByteArrayView>
#include <QString>
#include <QStringList>

/// The log table's rows as LayerCache shows them (a preview line in UTF-8 and the first
/// packet's type), kept by the row's key within a bound of bytes.
///
/// A table asks for rows next to each other, a screenful at a time, so rows are kept in
/// blocks of RowsPerBlock consecutive keys: a block holds its rows' previews in one buffer
/// and their types as positions in the list of types met, so keeping a row allocates
/// nothing most of the time (QCache took a hash node and a heap object a row), and finding
/// one is an index into the block last used, with a hash lookup only on moving to another
/// block. Blocks are let go whole, least recently used first; the block a row is being
/// kept in never is. totalCost() counts every byte held (the blocks, their buffers'
/// capacity, the hash's entries) and never exceeds maxCost().
class RowViewCache
{
public:
    static constexpr int RowsPerBlock = 64;
    /// Distinct types kept (a layer has a few dozen); a row of another is not kept.
    static constexpr int MaxTypes = 1024;

    explicit RowViewCache(qsizetype maxCost);
    ~RowViewCache();
    RowViewCache(const RowViewCache &) = delete;
    RowViewCache &operator=(const RowViewCache &) = delete;

    /// The row of key, its block made the most recently used; false when it is not kept.
    /// *preview stays valid until the next insert() or clear(). Either pointer may be null.
    bool find(qint64 key, QByteArrayView *preview, QString *type);
    /// Keeps the row of key (keys are not negative), letting the least recently used
    /// blocks go to stay within the bound; false when it does not fit even alone in its
    /// block, or its type is one too many (nothing kept).
    bool insert(qint64 key, QByteArrayView preview, const QString &type);
    void clear();

    /// Rows kept.
    qsizetype size() const { return m_rows; }
    qsizetype blockCount() const { return qsizetype(m_blocks.size()); }
    qsizetype totalCost() const { return m_cost; }
    qsizetype maxCost() const { return m_maxCost; }
    /// What a block costs before its previews: a row alone in its block costs this more.
    static qsizetype blockCost();

private:
    struct Block
    {
        qint64 number = 0; ///< key / RowsPerBlock
        Block *older = nullptr;
        Block *newer = nullptr;
        quint64 present = 0; ///< bit i: the row of key number * RowsPerBlock + i is kept
        quint32 used = 0;    ///< bytes of text written
        quint32 capacity = 0;
        std::unique_ptr<char[]> text; ///< the rows' previews, one after the other
        std::array<quint32, RowsPerBlock> offset{};
        std::array<quint32, RowsPerBlock> length{};
        std::array<quint16, RowsPerBlock> type{}; ///< a position in m_types
    };
    /// The block of number, made the most recently used; null when none.
    Block *touch(qint64 number);
    /// Lets the least recently used blocks but keep go until bytes more fit.
    bool makeRoom(qsizetype bytes, const Block *keep);
    void evict(Block *block);
    void linkNewest(Block *block);
    void unlink(Block *block);
    int typeIndex(const QString &type);
    /// The text of the rows kept in block but the one at except.
    static qsizetype liveBytes(const Block &block, int except);

    qsizetype m_maxCost;
    qsizetype m_cost = 0;
    qsizetype m_rows = 0;
    std::unordered_map<qint64, std::unique_ptr<Block>> m_blocks;
    Block *m_oldest = nullptr;
    Block *m_newest = nullptr; ///< also the block looked at last
    QStringList m_types;       ///< [0]: no type
    int m_lastType = 0;
};
