#include <QRandomGenerator>
#include <QTest>

#include "log/eventstore.h"
#include "log/layerstream.h"
#include "protocols/mqttlayer.h"

/// A streamed layer's packets found in a log read in any order: MQTT packets cut across
/// messages at random, both directions interleaved, opens between them; each row read alone,
/// in order, and by jumps forwards and backwards across the stream's marks, gives the packets
/// whose last byte it holds.
class TestLayerStream : public QObject
{
    Q_OBJECT
private slots:
    void rowsReadInAnyOrder();
    void rowsDroppedFromTheFront();
};

namespace {

QByteArray publish(int n)
{
    const QByteArray topic = "t/" + QByteArray::number(n);
    QByteArray body;
    body += char(0);
    body += char(topic.size());
    body += topic;
    body += QByteArray(n % 40, 'x');
    return char(0x30) + QByteArray(1, char(body.size())) + body; // body < 128 bytes
}

/// A log of about rows messages and its packets per row as a reading must find them (the
/// topic numbers, -1 for a PINGREQ; none: a "partial" row or an open).
struct Log
{
    EventStore store;
    std::vector<std::vector<int>> expected;
};

Log makeLog(int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    Log log;
    // Per direction: bytes not yet sent and the packets they end, as (the offset after the
    // packet's last byte, topic or -1).
    QByteArray pending[2];
    std::vector<std::pair<qsizetype, int>> ends[2];
    const auto send = [&](int side, qsizetype cut) {
        std::vector<int> mine;
        while (!ends[side].empty() && ends[side].front().first <= cut) {
            mine.push_back(ends[side].front().second);
            ends[side].erase(ends[side].begin());
        }
        for (auto &e : ends[side])
            e.first -= cut;
        log.store.append(Event::message(log.store.size(), side ? Direction::Out : Direction::In,
                                        false, pending[side].first(cut)));
        pending[side].remove(0, cut);
        log.expected.push_back(mine);
    };
    int next = 0;
    while (log.store.size() < rows) {
        const int side = int(random.bounded(2));
        while (pending[side].size() < 120) {
            const bool ping = random.bounded(4) == 0;
            const int n = next++;
            pending[side] += ping ? QByteArray("\xc0\x00", 2) : publish(n);
            ends[side].emplace_back(pending[side].size(), ping ? -1 : n);
        }
        // Cut anywhere: inside a header, inside a body, at a boundary; at times all of it.
        send(side, random.bounded(3) == 0 ? pending[side].size() : 1 + random.bounded(100));
        if (random.bounded(50) == 0) {
            // An open only where both directions end a packet: nothing is cut off by it.
            for (int s = 0; s < 2; ++s)
                if (!pending[s].isEmpty())
                    send(s, pending[s].size());
            log.store.append(Event::open(log.store.size(), {}, {}));
            log.expected.emplace_back();
        }
    }
    return log;
}

/// What a row's reading says, to compare with what the log's building put there.
std::vector<int> topicsOf(const QList<LayerPacket> &packets)
{
    std::vector<int> out;
    for (const LayerPacket &p : packets) {
        if (p.type == QLatin1String("partial"))
            continue;
        if (!p.ok())
            out.push_back(-2);
        else if (p.type == QLatin1String("pingreq"))
            out.push_back(-1);
        else
            out.push_back(p.name.mid(2).toInt());
    }
    return out;
}

} // namespace

void TestLayerStream::rowsReadInAnyOrder()
{
    const MqttLayer mqtt;
    for (quint32 seed = 1; seed <= 4; ++seed) {
        Log log = makeLog(1500, seed);
        const qsizetype rows = log.store.size();
        const auto isMessage = [&](qsizetype row) {
            return log.store.row(row).kind == EventKind::Binary;
        };
        QVERIFY(rows > 4 * LayerStream::Stride);
        // In order: what the log holds (some rows are partial, some hold several packets).
        LayerStream inOrder;
        int partial = 0;
        for (qsizetype row = 0; row < rows; ++row) {
            if (!isMessage(row))
                continue;
            const auto got = topicsOf(inOrder.packets(mqtt, log.store, row));
            QCOMPARE(got, log.expected[size_t(row)]);
            partial += got.empty() ? 1 : 0;
        }
        QVERIFY(partial > 10);
        // Jumps: far and near, forwards and back, the same row twice, the three readings.
        QRandomGenerator random(seed * 7);
        LayerStream jumping;
        qsizetype row = 0;
        for (int step = 0; step < 3000; ++step) {
            switch (random.bounded(5)) {
            case 0:
                row = random.bounded(int(rows));
                break;
            case 1:
                row = std::max<qsizetype>(0, row - random.bounded(LayerStream::Stride * 2));
                break;
            case 2:
                break;
            default:
                row = std::min(rows - 1, row + random.bounded(40));
            }
            if (!isMessage(row))
                continue;
            const std::vector<int> &want = log.expected[size_t(row)];
            const int hint = jumping.firstTypeHint(mqtt, log.store, row);
            if (want.empty())
                QCOMPARE(hint, LayerStream::PartialHint);
            else if (hint >= 0)
                QCOMPARE(hint, want.front() < 0 ? 11 : 2); // pingreq, publish
            QCOMPARE(topicsOf(jumping.packets(mqtt, log.store, row)), want);
        }
    }
}

void TestLayerStream::rowsDroppedFromTheFront()
{
    // The marks and the cursor of rows the log let go are not started from.
    const MqttLayer mqtt;
    Log log = makeLog(1200, 9);
    LayerStream stream;
    for (qsizetype row = 0; row < log.store.size(); row += 97)
        stream.packets(mqtt, log.store, row);
    // Drop up to a row where both directions end a packet: an open, or the rows before one.
    qsizetype cut = -1;
    for (qsizetype row = 600; row < log.store.size() && cut < 0; ++row)
        if (log.store.row(row).kind == EventKind::Open)
            cut = row;
    QVERIFY(cut > 0);
    log.store.dropFront(cut);
    for (qsizetype row = log.store.size() - 1; row >= 0; row -= 13) {
        if (log.store.row(row).kind != EventKind::Binary)
            continue;
        QCOMPARE(topicsOf(stream.packets(mqtt, log.store, row)),
                 log.expected[size_t(row + log.store.droppedCount())]);
    }
}

QTEST_GUILESS_MAIN(TestLayerStream)
#include "tst_layerstream.moc"
