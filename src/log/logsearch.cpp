#include "log/logsearch.h"

#include <algorithm>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

struct LogSearch::Pcre
{
    pcre2_code *code = nullptr;
    pcre2_match_data *data = nullptr;
    ~Pcre()
    {
        pcre2_match_data_free(data);
        pcre2_code_free(code);
    }
};

namespace {

// Whether a match found inside a run of concatenated payloads is a match of the payload it
// lies in. True for patterns without assertions about what surrounds them: such a pattern
// matches the same text wherever the text stands. Anchors, word boundaries, lookaround,
// atomic groups and possessive quantifiers look outside the match or commit early, so those
// patterns are matched payload by payload instead. Conservative: `[^x]` is fine, `(?i)` is
// treated as unsafe.
bool isBlockSafe(const QString &pattern)
{
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
        if (c == QLatin1Char('\\')) {
            if (!inClass && QStringView(u"bBAZzGKQE").contains(next))
                return false;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == QLatin1Char(']'))
                inClass = false;
            continue;
        }
        if (c == QLatin1Char('[')) {
            inClass = true;
            // A ']' first in the class (after an optional '^') is a member, not the end.
            if (next == QLatin1Char('^'))
                ++i;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char(']'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('^') || c == QLatin1Char('$'))
            return false;
        if (c == QLatin1Char('(') && (next == QLatin1Char('?') || next == QLatin1Char('*')))
            return false;
        if (QStringView(u"*+?}").contains(c) && next == QLatin1Char('+'))
            return false;
    }
    return true;
}

const char *bytes(QByteArrayView text)
{
    // PCRE2 wants a subject pointer even for an empty subject.
    return text.data() ? text.data() : "";
}

} // namespace

LogSearch::LogSearch() = default;
LogSearch::~LogSearch() = default;
LogSearch::LogSearch(LogSearch &&) noexcept = default;
LogSearch &LogSearch::operator=(LogSearch &&) noexcept = default;

bool LogSearch::setQuery(const SearchQuery &query, QString *error)
{
    std::unique_ptr<Pcre> pcre;
    bool blockSafe = true;
    bool matchesEmpty = false;
    const QByteArray utf8 = query.pattern.toUtf8();
    // Plain text too goes through PCRE2 (as a literal): its JIT finds a literal faster than
    // glibc's memmem here, 11 ms against 22 ms over 64 MB (bench/search_bench.cpp).
    if (!query.pattern.isEmpty()) {
        uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!query.caseSensitive)
            options |= PCRE2_CASELESS;
        // UCP (Unicode \w, \b, \d) means nothing to a literal, and PCRE2 refuses it there.
        options |= query.regex ? PCRE2_UCP : PCRE2_LITERAL;
        // Invalid UTF-8 (binary rows, loaded session files) splits a subject into fragments
        // that are matched one by one. Left to itself PCRE2 anchors a leading `.*` to the
        // subject's start and its newlines, never trying the fragment after an invalid byte:
        // `.*c` missed "x\xa2c", and a block scan, whose subject starts elsewhere, disagreed
        // with the row's own match. The JIT keeps such patterns linear without the anchor.
        if (query.regex)
            options |= PCRE2_NO_DOTSTAR_ANCHOR;
        int code = 0;
        PCRE2_SIZE offset = 0;
        pcre = std::make_unique<Pcre>();
        pcre->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()),
                                   PCRE2_SIZE(utf8.size()), options, &code, &offset, nullptr);
        if (!pcre->code) {
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(code, message, sizeof message);
            // PCRE counts bytes; the user counts characters.
            const qsizetype at = QString::fromUtf8(utf8.first(qsizetype(offset))).size();
            if (error)
                *error = tr("Regex error at character %1: %2")
                             .arg(at + 1)
                             .arg(QString::fromUtf8(reinterpret_cast<const char *>(message)));
            return false;
        }
        pcre2_jit_compile(pcre->code, PCRE2_JIT_COMPLETE); // falls back to the interpreter
        pcre->data = pcre2_match_data_create_from_pattern(pcre->code, nullptr);
        blockSafe = !query.regex || isBlockSafe(query.pattern);
        if (blockSafe)
            matchesEmpty = pcre2_match(pcre->code, reinterpret_cast<PCRE2_SPTR>(""), 0, 0, 0,
                                       pcre->data, nullptr)
                           >= 0;
    }
    m_query = query;
    m_pcre = std::move(pcre);
    m_blockSafe = blockSafe;
    m_matchesEmpty = matchesEmpty;
    return true;
}

bool LogSearch::isPassThrough() const
{
    return !hasPattern() && m_hiddenTypes.isEmpty()
           && (m_directions & AllDirections) == AllDirections && (m_kinds & AllKinds) == AllKinds;
}

bool LogSearch::passesMasks(const EventStore::Row &row) const
{
    return (m_directions >> unsigned(row.direction) & 1u) && (m_kinds >> unsigned(row.kind) & 1u);
}

std::pair<qsizetype, qsizetype> LogSearch::find(QByteArrayView text, qsizetype start) const
{
    if (start > text.size())
        return {-1, 0};
    if (!m_pcre)
        return {0, 0};
    const int rc =
        pcre2_match(m_pcre->code, reinterpret_cast<PCRE2_SPTR>(bytes(text)),
                    PCRE2_SIZE(text.size()), PCRE2_SIZE(start), 0, m_pcre->data, nullptr);
    if (rc < 0) // no match, or a resource limit hit by a pathological pattern
        return {-1, 0};
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(m_pcre->data);
    return {qsizetype(ovector[0]), qsizetype(ovector[1] - ovector[0])};
}

LogSearch LogSearch::plainText(const QString &text)
{
    LogSearch search;
    SearchQuery query;
    query.pattern = text;
    QString error;
    search.setQuery(query, &error); // plain text always parses
    return search;
}

bool LogSearch::matchesPayload(QByteArrayView payload) const
{
    return m_matchesEmpty || find(payload, 0).first >= 0;
}

std::vector<std::pair<qsizetype, qsizetype>> LogSearch::matches(QByteArrayView payload,
                                                                int max) const
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    if (!hasPattern())
        return out;
    qsizetype pos = 0;
    while (pos <= payload.size() && int(out.size()) < max) {
        const auto [at, length] = find(payload, pos);
        if (at < 0)
            break;
        if (length > 0)
            out.emplace_back(at, length);
        pos = at + std::max<qsizetype>(length, 1);
    }
    return out;
}

bool LogSearch::searchesDecoded() const
{
    return m_query.decoded && m_decoder && m_decoder->isActive() && hasPattern();
}

void LogSearch::setLayer(std::shared_ptr<const ProtocolLayer> layer, const QStringList &hiddenTypes,
                         std::shared_ptr<LayerCache> cache)
{
    m_layer = std::move(layer);
    m_layerCache = cache && m_layer && cache->layer() == m_layer ? std::move(cache) : nullptr;
    m_hiddenTypes = m_layer ? hiddenTypes : QStringList();
}

bool LogSearch::usesLayer() const
{
    return m_layer && (searchesPackets() || !m_hiddenTypes.isEmpty());
}

bool LogSearch::searchesPackets() const
{
    return m_layer && m_query.decoded && hasPattern();
}

qsizetype LogSearch::nextMatch(const EventStore &store, qsizetype from, bool backwards) const
{
    const qsizetype rows = store.size();
    for (qsizetype step = 1; step <= rows; ++step) {
        const qsizetype row = ((backwards ? from - step : from + step) % rows + rows) % rows;
        if (accepts(store, row))
            return row;
    }
    return -1;
}

bool LogSearch::accepts(const EventStore &store, qsizetype row) const
{
    const EventStore::Row &r = store.row(row);
    if (!passesMasks(r))
        return false;
    const bool message = r.kind == EventKind::Text || r.kind == EventKind::Binary;
    QList<LayerPacket> packets;
    // The log's cache knows each row's types once it has read the row: a filter that
    // changes reads no row again (PacketTypeIndex).
    if (m_layerCache && message && !m_hiddenTypes.isEmpty()
        && m_layerCache->onlyOfTypes(store, row, m_hiddenTypes))
        return false;
    if (m_layerCache && message && searchesPackets()) {
        packets = m_layerCache->packets(store, row, false);
    } else if (m_layer && !m_layerCache && message
               && (searchesPackets() || !m_hiddenTypes.isEmpty())) {
        // Without the log's cache (a search of a store of its own): the layer's reading.
        packets = m_layer->decode(store.payload(row), r.kind == EventKind::Binary, r.direction);
        const bool allHidden =
            !m_hiddenTypes.isEmpty()
            && std::all_of(packets.cbegin(), packets.cend(), [&](const LayerPacket &p) {
                   return p.ok() && m_hiddenTypes.contains(p.type);
               });
        if (allHidden)
            return false;
    }
    if (!hasPattern())
        return true;
    // A script's result rows are not searched (docs/scripting.md): their text is the
    // script's, and the Kinds filter shows or hides them as a whole.
    if (r.kind == EventKind::Frame || r.kind == EventKind::Check)
        return false;
    if (matchesPayload(store.payload(row)))
        return true;
    if (searchesPackets()) {
        for (const LayerPacket &p : packets)
            if (matchesPayload(p.summary.toUtf8()))
                return true;
    }
    if (!searchesDecoded() || (r.kind != EventKind::Text && r.kind != EventKind::Binary))
        return false;
    const auto decoded =
        m_decoder->get(store.droppedCount() + row, store.payload(row), r.direction, false);
    return decoded->ok && matchesPayload(decoded->text.toUtf8());
}

qsizetype LogSearch::scan(const EventStore &store, qsizetype from, qsizetype to,
                          std::vector<qint32> *out) const
{
    qsizetype found = 0;
    qsizetype i = from;
    while (i < to) {
        const EventStore::Row &r = store.row(i);
        const bool searchable =
            r.kind != EventKind::Frame && r.kind != EventKind::Check && r.size > 0;
        if (!hasPattern() || m_matchesEmpty || !m_blockSafe || !searchable || searchesDecoded()
            || usesLayer()) {
            if (accepts(store, i)) {
                out->push_back(qint32(i));
                ++found;
            }
            ++i;
            continue;
        }
        // A run: the following rows whose payloads lie back to back in the same block.
        quint32 end = r.offset + r.size;
        qsizetype j = i + 1;
        qsizetype last = i;
        for (; j < to; ++j) {
            const EventStore::Row &next = store.row(j);
            if (next.size == 0)
                continue;
            if (next.block != r.block || next.offset != end)
                break;
            end += next.size;
            last = j;
        }
        // The last row's view first: a large payload's bytes may still be on their way into
        // the store's file, written in order (PayloadFile::writeLater).
        store.payload(last);
        const QByteArrayView run(store.payload(i).data(), qsizetype(end - r.offset));
        found += scanRun(store, i, j, run, out);
        i = j;
    }
    return found;
}

qsizetype LogSearch::scanRun(const EventStore &store, qsizetype first, qsizetype last,
                             QByteArrayView run, std::vector<qint32> *out) const
{
    const quint32 base = store.row(first).offset;
    qsizetype found = 0;
    qsizetype k = first;
    qsizetype pos = 0;
    while (k < last) {
        const auto [at, length] = find(run, pos);
        if (at < 0)
            break;
        // The row the match starts in (empty rows hold no bytes and are stepped over).
        for (;; ++k) {
            const EventStore::Row &r = store.row(k);
            if (r.size > 0 && qsizetype(r.offset - base + r.size) > at)
                break;
        }
        const EventStore::Row &r = store.row(k);
        const bool candidate =
            passesMasks(r) && r.kind != EventKind::Frame && r.kind != EventKind::Check;
        const bool inside = at + length <= qsizetype(r.offset - base + r.size);
        // A match reaching into the next payload says nothing about this one alone.
        if (candidate && (inside || find(store.payload(k), 0).first >= 0)) {
            out->push_back(qint32(k));
            ++found;
        }
        for (++k; k < last && store.row(k).size == 0; ++k) {
        }
        if (k < last)
            pos = qsizetype(store.row(k).offset - base);
    }
    return found;
}
