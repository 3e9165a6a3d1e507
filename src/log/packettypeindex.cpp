#include "log/packettypeindex.h"

#include <algorithm>

namespace {
/// Rows let go from the front at least at once: trimming is a move of what follows, so it
/// waits for a quarter of the rows held to be dropped (a few bytes moved per row dropped).
constexpr qint64 MinTrimRows = 4096;
} // namespace

void PacketTypeIndex::reset(const QStringList &types)
{
    m_types.clear();
    m_bits.clear();
    m_sets.clear();
    m_codeOfSet.clear();
    m_lastCode = 0;
    m_lastType.clear();
    m_codes.clear();
    m_codes.shrink_to_fit();
    m_base = 0;
    m_askedTypes.clear();
    m_askedTable = -1;
    m_verdicts.clear();
    for (const QString &type : types)
        typeBit(type);
}

int PacketTypeIndex::typeBit(const QString &type)
{
    // Layers hand out their types' shared strings: the same data as last time is the same
    // type (m_lastType holds it, so no other string can take its place meanwhile).
    if (type.constData() == m_lastType.constData() && type.size() == m_lastType.size()
        && !m_lastType.isNull())
        return m_lastBit;
    const auto it = m_bits.constFind(type);
    if (it != m_bits.constEnd()) {
        m_lastType = type;
        m_lastBit = *it;
        return *it;
    }
    if (m_types.size() >= MaxTypes)
        return -1;
    const int bit = int(m_types.size());
    m_types.append(type);
    m_bits.insert(type, bit);
    return bit;
}

quint8 PacketTypeIndex::code(qint64 key) const
{
    const qint64 at = key - m_base;
    return at >= 0 && at < qint64(m_codes.size()) ? m_codes[size_t(at)] : 0;
}

bool PacketTypeIndex::contains(qint64 key) const
{
    const quint8 c = code(key);
    return c != 0 && !(m_sets[c - 1] & FirstOnly);
}

void PacketTypeIndex::recordFirst(qint64 key, int type, qint64 firstKey)
{
    // reset() gave the layer's types their positions as bits.
    if (key < firstKey || type < 0 || type >= m_types.size() || code(key) != 0)
        return;
    put(key, FirstOnly | (quint64(type) << FirstShift), firstKey);
}

bool PacketTypeIndex::typeIn(int type, const QStringList &types)
{
    return type >= 0 && type < MaxTypes && (maskOf(types) >> type) & 1;
}

int PacketTypeIndex::firstIn(qint64 key, const QStringList &types)
{
    const quint8 c = code(key);
    if (c == 0 || !(m_sets[c - 1] & FirstOnly))
        return -1;
    const int bit = int((m_sets[c - 1] >> FirstShift) & 0xFF);
    return (maskOf(types) >> bit) & 1 ? 1 : 0;
}

void PacketTypeIndex::record(qint64 key, const QList<LayerPacket> &packets, qint64 firstKey)
{
    if (key < firstKey || contains(key))
        return;
    quint64 set = quint64(0xFF) << FirstShift;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const LayerPacket &p = packets[i];
        const int bit = typeBit(p.type);
        if (bit >= 0)
            set |= quint64(1) << bit;
        if (bit < 0 || !p.ok())
            set |= Other;
        if (i == 0)
            set = (set & ~(quint64(0xFF) << FirstShift))
                  | (quint64(bit < 0 ? 0xFF : bit) << FirstShift);
    }
    put(key, set, firstKey);
}

void PacketTypeIndex::recordTypes(qint64 key, quint64 types, int first, qint64 firstKey)
{
    if (key < firstKey || contains(key))
        return;
    // As record() makes the set of those packets: a type beyond the bits is never hidden.
    quint64 set = types & TypeBits;
    if (types & ~TypeBits)
        set |= Other;
    set |= quint64(first >= 0 && first < MaxTypes ? first : 0xFF) << FirstShift;
    put(key, set, firstKey);
}

void PacketTypeIndex::recordMalformed(qint64 key, qint64 firstKey)
{
    if (key < firstKey || code(key) != 0)
        return;
    put(key, Other | (quint64(0xFF) << FirstShift), firstKey);
}

void PacketTypeIndex::put(qint64 key, quint64 set, qint64 firstKey)
{
    quint8 c = m_lastCode != 0 && m_lastSet == set ? m_lastCode : m_codeOfSet.value(set, 0);
    if (c == 0) {
        if (m_sets.size() >= size_t(MaxSets))
            return; // the row is read through the layer each time
        m_sets.push_back(set);
        c = quint8(m_sets.size());
        m_codeOfSet.insert(set, c);
    }
    m_lastSet = set;
    m_lastCode = c;
    // The rows the log dropped are let go, in large steps.
    if (firstKey - m_base >= std::max<qint64>(MinTrimRows, qint64(m_codes.size()) / 4)) {
        const qint64 n = std::min<qint64>(firstKey - m_base, qint64(m_codes.size()));
        m_codes.erase(m_codes.begin(), m_codes.begin() + n);
        m_base = firstKey;
    }
    if (m_codes.empty())
        m_base = std::max(m_base, firstKey);
    const qint64 at = key - m_base;
    if (at >= qint64(m_codes.size()))
        m_codes.resize(size_t(at) + 1, 0);
    m_codes[size_t(at)] = c;
}

quint64 PacketTypeIndex::maskOf(const QStringList &types)
{
    // A filter asks the same list for every row: its mask is worked out once.
    if (m_askedTable == m_types.size() && types.constData() == m_askedTypes.constData()
        && types.size() == m_askedTypes.size())
        return m_askedMask;
    quint64 mask = 0;
    for (const QString &type : types) {
        const auto it = m_bits.constFind(type);
        if (it != m_bits.constEnd())
            mask |= quint64(1) << *it;
    }
    m_askedTypes = types; // held so that its data is not reused by another list
    m_askedMask = mask;
    m_askedTable = m_types.size();
    return mask;
}

bool PacketTypeIndex::onlyOf(qint64 key, const QStringList &types)
{
    const quint8 c = code(key);
    if (c == 0)
        return false;
    const quint64 set = m_sets[c - 1];
    if (set & (Other | FirstOnly))
        return false;
    return ((set & TypeBits) & ~maskOf(types)) == 0;
}

PacketTypeIndex::Verdict PacketTypeIndex::verdict(qint64 key, const QStringList &types)
{
    const quint8 c = code(key);
    if (c == 0)
        return Verdict::Unknown;
    const quint64 mask = maskOf(types);
    if (mask != m_verdictMask)
        m_verdicts.clear();
    m_verdictMask = mask;
    // Sets met since the last look are added; a set's code never changes.
    for (size_t i = m_verdicts.size(); i < m_sets.size(); ++i) {
        const quint64 set = m_sets[i];
        Verdict v = Verdict::Shown;
        if (set & FirstOnly)
            v = (mask >> ((set >> FirstShift) & 0xFF)) & 1 ? Verdict::FirstHidden : Verdict::Shown;
        else if (!(set & Other) && ((set & TypeBits) & ~mask) == 0)
            v = Verdict::Hidden;
        m_verdicts.push_back(v);
    }
    return m_verdicts[c - 1];
}

QString PacketTypeIndex::firstType(qint64 key) const
{
    const quint8 c = code(key);
    if (c == 0)
        return {};
    if (m_sets[c - 1] & FirstOnly)
        return {}; // told, not read: a malformed first packet may have another type
    const int bit = int((m_sets[c - 1] >> FirstShift) & 0xFF);
    return bit < m_types.size() ? m_types[bit] : QString();
}

qsizetype PacketTypeIndex::recorded() const
{
    return qsizetype(std::count_if(m_codes.begin(), m_codes.end(), [&](quint8 c) {
        return c != 0 && !(m_sets[c - 1] & FirstOnly);
    }));
}
