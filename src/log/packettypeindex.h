#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "protocols/protocollayer.h"

/// Which packet types each message of a log holds at a protocol layer's level, one byte a
/// row, so that *Hide Heartbeats* and the *Packet Types* filter run over a million rows
/// without reading them through the layer again each time the filter changes.
///
/// A row's byte names one of the sets of types met so far (at most MaxSets: a log holds few
/// distinct ones: {ping}, {event}, {publish, puback}…), each a bit mask over the layer's
/// packet types; 0: the row was not read yet. Rows are recorded as the layer decodes them
/// (painted, searched, filtered), keyed by their position since the log began, as
/// LayerCache's are; the rows the log dropped from its front are let go. The index is no
/// larger than the log (a byte a row) and is rebuilt from nothing when the layer changes.
class PacketTypeIndex
{
public:
    /// Forgets every row; types: the layer's packetTypes() (others met are added).
    void reset(const QStringList &types);

    /// The packets read from the row of key; firstKey: the oldest row the log still holds.
    void record(qint64 key, const QList<LayerPacket> &packets, qint64 firstKey);
    /// The packets' types as ProtocolLayer::glance() tells them (LayerGlance::types, bits
    /// over reset()'s types; first: the first packet's position there), all well formed.
    void recordTypes(qint64 key, quint64 types, int first, qint64 firstKey);
    /// The row's first packet is malformed, as told from its first bytes
    /// (ProtocolLayer::MalformedHint): the row is never hidden, and its reading adds nothing
    /// the filter needs (firstType() is "" for it: the row's own reading names its type).
    void recordMalformed(qint64 key, qint64 firstKey);
    /// Only the type of the row's first packet as told from its first bytes
    /// (ProtocolLayer::firstTypeHint: its position in reset()'s types), which record()
    /// completes when the row is read.
    void recordFirst(qint64 key, int type, qint64 firstKey);
    /// Whether the type at position type of reset()'s types is in types.
    bool typeIn(int type, const QStringList &types);
    /// Whether the row's packets are recorded (not only its first type).
    bool contains(qint64 key) const;
    /// For a row with only its first type recorded: 1 when that type is in types, 0 when
    /// not; -1 for any other row.
    int firstIn(qint64 key, const QStringList &types);
    /// Whether the row of key (recorded) holds only well-formed packets of types in types
    /// (a row of no packets does).
    bool onlyOf(qint64 key, const QStringList &types);
    /// The type of the row's first packet; "" when the row holds none or is not recorded.
    QString firstType(qint64 key) const;

    /// What the index alone says of a row under a filter hiding types.
    enum class Verdict : quint8 {
        Unknown,     ///< not recorded
        Hidden,      ///< onlyOf() the hidden types
        Shown,       ///< recorded, not onlyOf() them; or only a first type that is not hidden
        FirstHidden, ///< only its first type is known, and that one is hidden: read the row
    };
    /// contains(), onlyOf() and firstIn() in one look: a filter asks this for every row of a
    /// million, so each set's verdict is worked out once per list of types (kept while the
    /// list and the sets stay the same), and a row costs its byte and a table's entry.
    Verdict verdict(qint64 key, const QStringList &types);

    /// Rows recorded (for tests); bytes held.
    qsizetype recorded() const;
    qsizetype bytes() const { return qsizetype(m_codes.capacity()); }

    /// Distinct type sets; rows with another set are not recorded (read through the layer).
    static constexpr int MaxSets = 254;

private:
    /// A set: bits 0–47 the types (MaxTypes), bits 48–55 the first packet's type (0xFF:
    /// none), bit 63 malformed packets and types beyond MaxTypes, which are never hidden;
    /// bit 62: only the first type is known (recordFirst).
    static constexpr int MaxTypes = 48;
    static constexpr quint64 TypeBits = (quint64(1) << MaxTypes) - 1;
    static constexpr int FirstShift = 48;
    static constexpr quint64 Other = quint64(1) << 63;
    static constexpr quint64 FirstOnly = quint64(1) << 62;
    /// Gives the row of key the code of set.
    void put(qint64 key, quint64 set, qint64 firstKey);
    quint8 code(qint64 key) const;
    int typeBit(const QString &type);
    quint64 maskOf(const QStringList &types);

    QStringList m_types;         ///< bit i: m_types[i]
    QHash<QString, int> m_bits;  ///< type → bit
    std::vector<quint64> m_sets; ///< code - 1 → set
    QHash<quint64, quint8> m_codeOfSet;
    /// The last set put and its code: rows in a run mostly share their set (a first pass
    /// over a million rows puts one a row).
    quint64 m_lastSet = 0;
    quint8 m_lastCode = 0;
    /// The last type looked up by typeBit() and its bit.
    QString m_lastType;
    int m_lastBit = -1;
    std::vector<quint8> m_codes; ///< key - m_base → code
    qint64 m_base = 0;
    /// The last types asked about and their mask, kept while the type table stays the same.
    QStringList m_askedTypes;
    quint64 m_askedMask = 0;
    qsizetype m_askedTable = -1;
    /// code - 1 → verdict under m_verdictMask, for the sets met so far.
    std::vector<Verdict> m_verdicts;
    quint64 m_verdictMask = 0;
};
