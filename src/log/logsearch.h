#pragma once

#include <memory>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "decode/decodecache.h"
#include "log/eventstore.h"
#include "log/layercache.h"
#include "protocols/protocollayer.h"

/// What the log's search box asks for.
struct SearchQuery
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = false;
    /// Messages match when their decoded text matches too (needs LogSearch::setDecoder).
    bool decoded = false;
};

/// Which rows the log shows: a direction and kind mask and a payload search. Matching runs
/// over the store's packed payload blocks, a whole block per call, rather than row by row,
/// so that a million-row log is searched at the speed of `grep` over the same bytes.
class LogSearch
{
    Q_DECLARE_TR_FUNCTIONS(LogSearch)
public:
    LogSearch();
    ~LogSearch();
    LogSearch(LogSearch &&) noexcept;
    LogSearch &operator=(LogSearch &&) noexcept;
    /// A search for text as a find box asks: plain, any case, every row (Serve's merged log,
    /// a Relay conversation).
    static LogSearch plainText(const QString &text);

    /// False with a message naming the position when the regular expression is invalid; the
    /// previous query stays in force then.
    bool setQuery(const SearchQuery &query, QString *error);
    const SearchQuery &query() const { return m_query; }
    bool hasPattern() const { return !m_query.pattern.isEmpty(); }

    /// Where a query with `decoded` looks for the decoded form of a row: the log's cache.
    /// Rows are decoded as the search reaches them and only kept if already cached.
    void setDecoder(std::shared_ptr<DecodeCache> decoder) { m_decoder = std::move(decoder); }
    bool searchesDecoded() const;
    /// The tab's protocol layer: messages whose packets are all of a type in hiddenTypes
    /// (heartbeats…) are not shown, and a query with `decoded` also matches a message's packet
    /// summaries. Without `decoded` a pattern looks at the raw payloads only, so that a
    /// million-row search runs over the log's blocks instead of reading every row's packets
    /// (640–1,200× slower, docs/performance.md).
    /// With cache (the log's, for that layer) rows are read as the log shows them and
    /// through its cache, without pushing out what is cached.
    void setLayer(std::shared_ptr<const ProtocolLayer> layer, const QStringList &hiddenTypes = {},
                  std::shared_ptr<LayerCache> cache = {});
    QStringList hiddenPacketTypes() const { return m_hiddenTypes; }
    /// Whether messages are looked at through the layer (row by row, not in runs).
    bool usesLayer() const;
    /// Whether a pattern is also matched against packet summaries (a query with `decoded`).
    bool searchesPackets() const;

    /// Bit (1 << int(Direction)) set = shown. Direction::None covers events of no direction.
    void setDirections(unsigned mask) { m_directions = mask; }
    unsigned directions() const { return m_directions; }
    /// Bit (1 << int(EventKind)) set = shown.
    void setKinds(unsigned mask) { m_kinds = mask; }
    unsigned kinds() const { return m_kinds; }
    static constexpr unsigned AllDirections = 0x7;
    static constexpr unsigned AllKinds = 0x3FF;
    /// Nothing filtered out: every row is shown.
    bool isPassThrough() const;

    /// True when the row passes the masks and, with a pattern, its payload matches. Frame rows
    /// never match a pattern: their payload is a length, not data.
    bool accepts(const EventStore &store, qsizetype row) const;
    /// The first row after `from` (before it, backwards) that accepts(), going round past the
    /// end; `from` itself is tried last. -1 when no row does. Start at -1 (forwards) or
    /// store.size() (backwards) to begin at an end. Find-next in a log uses this.
    qsizetype nextMatch(const EventStore &store, qsizetype from, bool backwards) const;
    /// Appends the rows in [from, to) that accepts() to out, in order. Returns how many.
    qsizetype scan(const EventStore &store, qsizetype from, qsizetype to,
                   std::vector<qint32> *out) const;
    /// Matches in one payload as (byte offset, byte length), at most max of them; for
    /// highlighting. Empty matches are skipped.
    std::vector<std::pair<qsizetype, qsizetype>> matches(QByteArrayView payload,
                                                         int max = 1000) const;
    /// Whether one payload contains a match.
    bool matchesPayload(QByteArrayView payload) const;

private:
    struct Pcre;
    bool passesMasks(const EventStore::Row &row) const;
    /// First match at or after start in [0, text.size()): its offset and length, or -1.
    std::pair<qsizetype, qsizetype> find(QByteArrayView text, qsizetype start) const;
    qsizetype scanRun(const EventStore &store, qsizetype first, qsizetype last,
                      QByteArrayView block, std::vector<qint32> *out) const;

    SearchQuery m_query;
    unsigned m_directions = AllDirections;
    unsigned m_kinds = AllKinds;
    std::unique_ptr<Pcre> m_pcre;
    std::shared_ptr<DecodeCache> m_decoder;
    std::shared_ptr<const ProtocolLayer> m_layer;
    std::shared_ptr<LayerCache> m_layerCache;
    QStringList m_hiddenTypes;
    bool m_blockSafe = true;     ///< a match in a block is a match in its row (no anchors)
    bool m_matchesEmpty = false; ///< matches every payload, even an empty one
};
