#include <QRandomGenerator>
#include <QTest>

#include "log/packettypeindex.h"

/// The type index's verdict for a filter, the one look a million-row filter takes per row,
/// against what the index's separate questions (contains, onlyOf, firstIn) say.
class TestPacketTypeIndex : public QObject
{
    Q_OBJECT
private slots:
    void verdictAgreesWithTheIndex();
    void verdictFollowsNewSetsAndLists();
};

namespace {

PacketTypeIndex::Verdict expectedVerdict(PacketTypeIndex &index, qint64 key,
                                         const QStringList &types)
{
    if (index.contains(key))
        return index.onlyOf(key, types) ? PacketTypeIndex::Verdict::Hidden
                                        : PacketTypeIndex::Verdict::Shown;
    switch (index.firstIn(key, types)) {
    case 1:
        return PacketTypeIndex::Verdict::FirstHidden;
    case 0:
        return PacketTypeIndex::Verdict::Shown;
    default:
        return PacketTypeIndex::Verdict::Unknown;
    }
}

QList<LayerPacket> packetsOf(const QStringList &types, quint32 bits, bool malformed)
{
    QList<LayerPacket> packets;
    for (int t = 0; t < types.size(); ++t) {
        if (bits & (1u << t)) {
            LayerPacket p;
            p.type = types[t];
            packets << p;
        }
    }
    if (malformed && !packets.isEmpty())
        packets.last().error = QStringLiteral("broken");
    return packets;
}

} // namespace

void TestPacketTypeIndex::verdictAgreesWithTheIndex()
{
    // Rows recorded every way the index records them (read, glanced, first type told,
    // malformed from the first bytes, not at all), asked under lists of hidden types that
    // change between passes (and lists naming types the index does not hold).
    QStringList types;
    for (int t = 0; t < 6; ++t)
        types << QStringLiteral("t%1").arg(t);
    QRandomGenerator random(16);
    PacketTypeIndex index;
    index.reset(types);
    constexpr int Rows = 2000;
    for (int key = 0; key < Rows; ++key) {
        const quint32 bits = random.bounded(64u);
        switch (random.bounded(6)) {
        case 0:
            index.record(key, packetsOf(types, bits, random.bounded(8) == 0), 0);
            break;
        case 1:
            if (bits)
                index.recordTypes(key, bits, qCountTrailingZeroBits(bits), 0);
            break;
        case 2:
            index.recordFirst(key, int(random.bounded(6)), 0);
            break;
        case 3:
            index.recordMalformed(key, 0);
            break;
        default:
            break; // not recorded
        }
    }
    int seen[4] = {};
    for (int pass = 0; pass < 20; ++pass) {
        QStringList hidden;
        for (int t = 0; t < 6; ++t)
            if (random.bounded(2))
                hidden << types[t];
        if (pass % 5 == 4)
            hidden << QStringLiteral("unknown");
        for (int key = 0; key < Rows + 10; ++key) {
            const PacketTypeIndex::Verdict v = index.verdict(key, hidden);
            QCOMPARE(v, expectedVerdict(index, key, hidden));
            ++seen[int(v)];
        }
    }
    for (int v = 0; v < 4; ++v)
        QVERIFY2(seen[v] > 100, qPrintable(QString::number(v)));
}

void TestPacketTypeIndex::verdictFollowsNewSetsAndLists()
{
    // Sets met after the first verdicts, a type added to the table after a list was asked,
    // the same list asked again: each verdict as the index's own questions give it.
    const QStringList types{QStringLiteral("ping"), QStringLiteral("event")};
    PacketTypeIndex index;
    index.reset(types);
    const QStringList pings{QStringLiteral("ping")};
    index.recordTypes(0, 1, 0, 0);
    QCOMPARE(index.verdict(0, pings), PacketTypeIndex::Verdict::Hidden);
    index.recordTypes(1, 3, 1, 0);
    QCOMPARE(index.verdict(1, pings), PacketTypeIndex::Verdict::Shown);
    index.recordFirst(2, 0, 0);
    QCOMPARE(index.verdict(2, pings), PacketTypeIndex::Verdict::FirstHidden);
    // A list naming a type the table learns later: asked again once it is there.
    const QStringList pingsAndOther{QStringLiteral("ping"), QStringLiteral("other")};
    LayerPacket other;
    other.type = QStringLiteral("other");
    QCOMPARE(index.verdict(0, pingsAndOther), PacketTypeIndex::Verdict::Hidden);
    index.record(3, {other}, 0);
    QCOMPARE(index.verdict(3, pingsAndOther), PacketTypeIndex::Verdict::Hidden);
    QCOMPARE(index.verdict(3, pings), PacketTypeIndex::Verdict::Shown);
    QCOMPARE(index.verdict(2, pings), PacketTypeIndex::Verdict::FirstHidden);
    QCOMPARE(index.verdict(4, pings), PacketTypeIndex::Verdict::Unknown);
    // reset() forgets the verdicts with the sets.
    index.reset(types);
    index.recordTypes(0, 2, 1, 0);
    QCOMPARE(index.verdict(0, pings), PacketTypeIndex::Verdict::Shown);
}

QTEST_GUILESS_MAIN(TestPacketTypeIndex)
#include "tst_packettypeindex.moc"
