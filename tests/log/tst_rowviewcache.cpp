#include <map>

#include <QRandomGenerator>
#include <QTest>

#include "log/rowviewcache.h"

/// The table's rows kept by key in blocks of rows next to each other: what is found is what
/// was kept, the bound holds at every step, the least recently used blocks go first, and
/// nothing is kept after clear().
class TestRowViewCache : public QObject
{
    Q_OBJECT
private slots:
    void keptRowsAreFoundAsKept();
    void scrollingDownKeepsTheLatestRows();
    void scrollingBackFindsWhatIsStillKept();
    void leastRecentlyUsedBlockGoesFirst();
    void rowsFarApart();
    void blockBeingFilledIsNeverLetGo();
    void rowLargerThanTheBoundIsNotKept();
    void rowPutAgainIsReplaced();
    void typesBeyondTheLimitAreNotKept();
    void clearForgetsEverything();
    void randomUseMatchesAModel();
};

static QByteArray previewOf(qint64 key)
{
    // Lengths vary with the key, so that offsets in a block are not all alike.
    return "row " + QByteArray::number(key) + ' ' + QByteArray(int(key % 37), char('a' + key % 26));
}

static QString typeOf(qint64 key)
{
    static const QStringList types{QStringLiteral("publish"), QStringLiteral("pingreq"),
                                   QStringLiteral("MESSAGE")};
    return types.at(qsizetype(key % 3));
}

static bool keptAsPut(RowViewCache *cache, qint64 key)
{
    QByteArrayView preview;
    QString type;
    return cache->find(key, &preview, &type) && preview == QByteArrayView(previewOf(key))
           && type == typeOf(key);
}

/// Every key in [first, last): whether each is found; keys found are checked against what was
/// put for them.
static qsizetype foundIn(RowViewCache *cache, qint64 first, qint64 last)
{
    qsizetype found = 0;
    for (qint64 key = first; key < last; ++key) {
        QByteArrayView preview;
        QString type;
        if (!cache->find(key, &preview, &type))
            continue;
        if (preview != QByteArrayView(previewOf(key)) || type != typeOf(key))
            return -1;
        ++found;
    }
    return found;
}

void TestRowViewCache::keptRowsAreFoundAsKept()
{
    RowViewCache cache(1 << 20);
    for (qint64 key = 0; key < 500; ++key)
        QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
    QCOMPARE(cache.size(), 500);
    QCOMPARE(foundIn(&cache, 0, 500), 500);
    QVERIFY(!cache.find(500, nullptr, nullptr));
    QVERIFY(!cache.find(-1, nullptr, nullptr));
    // An empty preview and no type are kept too, and told apart from a row not kept.
    QVERIFY(cache.insert(1000, {}, QString()));
    QByteArrayView preview = "x";
    QString type = QStringLiteral("x");
    QVERIFY(cache.find(1000, &preview, &type));
    QVERIFY(preview.isEmpty());
    QVERIFY(type.isEmpty());
    QVERIFY(!cache.find(1001, &preview, &type));
    QCOMPARE(cache.blockCount(), qsizetype(500 / RowViewCache::RowsPerBlock + 2));
}

void TestRowViewCache::scrollingDownKeepsTheLatestRows()
{
    RowViewCache cache(64 * 1024);
    const qint64 rows = 20000;
    for (qint64 key = 0; key < rows; ++key) {
        QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
        QVERIFY2(cache.totalCost() <= cache.maxCost(), qPrintable(QString::number(key)));
        QVERIFY(keptAsPut(&cache, key)); // what was just kept is there
    }
    // At the bound: the first rows went, the last ones are kept, a whole block at a time,
    // so the rows kept are the latest ones without a gap.
    const qsizetype kept = cache.size();
    QVERIFY2(kept > 500 && kept < rows, qPrintable(QString::number(kept)));
    QCOMPARE(kept % RowViewCache::RowsPerBlock, rows % RowViewCache::RowsPerBlock);
    QCOMPARE(foundIn(&cache, rows - kept, rows), kept);
    QCOMPARE(foundIn(&cache, 0, rows - kept), 0);
    // Blocks go only when the bound asks: what is held is within a block or two of it.
    QVERIFY(cache.totalCost() > cache.maxCost() - 2 * (RowViewCache::blockCost() + 4096));
}

void TestRowViewCache::scrollingBackFindsWhatIsStillKept()
{
    RowViewCache cache(64 * 1024);
    for (qint64 key = 0; key < 3000; ++key)
        QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
    const qsizetype kept = cache.size();
    const qint64 firstKept = 3000 - kept;
    QVERIFY(firstKept > 0);
    // Back up a screen at a time: rows still kept are found, the others are put again
    // (as a table repaints them), and those kept meanwhile stay right.
    for (qint64 top = 2960; top >= 0; top -= 40) {
        for (qint64 key = top; key < top + 40; ++key) {
            if (!keptAsPut(&cache, key)) {
                // Only rows that went before the scroll back: those kept were used since.
                QVERIFY2(key < firstKept, qPrintable(QString::number(key)));
                QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
            }
            QVERIFY(keptAsPut(&cache, key));
            QVERIFY(cache.totalCost() <= cache.maxCost());
        }
    }
    // Back at the top: the top screens are kept, the bottom of the log went.
    QCOMPARE(foundIn(&cache, 0, 400), 400);
    QCOMPARE(foundIn(&cache, 2960, 3000), 0);
    QCOMPARE(foundIn(&cache, 0, 3000), cache.size());
}

void TestRowViewCache::leastRecentlyUsedBlockGoesFirst()
{
    constexpr int B = RowViewCache::RowsPerBlock;
    const QByteArray preview(10, 'p');
    const auto fillIn = [&](RowViewCache *into, qint64 block) {
        for (qint64 key = block * B; key < (block + 1) * B; ++key)
            QVERIFY(into->insert(key, preview, QString()));
    };
    // Room for three blocks of these rows, not four.
    RowViewCache measure(1 << 20);
    for (qint64 block = 0; block < 3; ++block)
        fillIn(&measure, block);
    RowViewCache cache(measure.totalCost() + 100);
    const auto fill = [&](qint64 block) { fillIn(&cache, block); };
    fill(0);
    fill(1);
    fill(2);
    QCOMPARE(cache.blockCount(), 3);
    QVERIFY(cache.find(5, nullptr, nullptr)); // block 0 used again: block 1 is the oldest
    fill(3);
    QVERIFY(cache.totalCost() <= cache.maxCost());
    QCOMPARE(cache.blockCount(), 3);
    QVERIFY(cache.find(0, nullptr, nullptr));
    QVERIFY(!cache.find(B, nullptr, nullptr));
    QVERIFY(!cache.find(2 * B - 1, nullptr, nullptr));
    QVERIFY(cache.find(2 * B, nullptr, nullptr));
    QVERIFY(cache.find(3 * B, nullptr, nullptr));
    QCOMPARE(cache.size(), 3 * B);
}

void TestRowViewCache::rowsFarApart()
{
    constexpr int B = RowViewCache::RowsPerBlock;
    RowViewCache cache(1 << 20);
    // Keys beyond 32 bits (a log that dropped billions of rows), block edges, and rows a
    // block apart: each is in a block of its own, or shares one only with its neighbours.
    const QList<qint64> keys{0, B - 1, B, 1000003, 4000000000, 4000000001, qint64(1) << 40};
    for (qint64 key : keys)
        QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
    QCOMPARE(cache.blockCount(), 5); // 0 and B - 1 share one, as do the two 4e9s
    QCOMPARE(cache.size(), keys.size());
    for (qint64 key : keys)
        QVERIFY2(keptAsPut(&cache, key), qPrintable(QString::number(key)));
    for (qint64 key : {qint64(1), qint64(B + 1), qint64(1000002), qint64(3999999999)})
        QVERIFY(!cache.find(key, nullptr, nullptr));
    // A row alone in its block costs a block: the bound counts it.
    QVERIFY(cache.totalCost() >= 5 * RowViewCache::blockCost());

    // Rows far apart beyond the bound: the oldest go, and the cost never passes the bound.
    RowViewCache small(16 * 1024);
    for (qint64 i = 0; i < 200; ++i) {
        QVERIFY(small.insert(i * 1000, previewOf(i * 1000), typeOf(i * 1000)));
        QVERIFY(small.totalCost() <= small.maxCost());
    }
    QVERIFY(small.blockCount() < 200);
    QCOMPARE(small.size(), small.blockCount());
    QVERIFY(keptAsPut(&small, 199 * 1000));
    QVERIFY(!small.find(0, nullptr, nullptr));
}

void TestRowViewCache::blockBeingFilledIsNeverLetGo()
{
    // A bound near two blocks: filling the second lets the first go, never the second,
    // until the second alone cannot grow.
    const qsizetype bound = 2 * RowViewCache::blockCost() + 3000;
    RowViewCache cache(bound);
    for (qint64 key = 0; key < 10; ++key)
        QVERIFY(cache.insert(key, QByteArray(100, 'a'), QString()));
    const QByteArray b(100, 'b');
    qint64 refused = -1;
    for (qint64 key = 64; key < 128 && refused < 0; ++key) {
        if (!cache.insert(key, b, QString()))
            refused = key;
        QVERIFY(cache.totalCost() <= bound);
        for (qint64 k = 64; k < key; ++k) {
            QByteArrayView preview;
            QVERIFY2(cache.find(k, &preview, nullptr), qPrintable(QString::number(k)));
            QCOMPARE(preview.toByteArray(), b);
        }
    }
    QVERIFY(refused > 64);
    QVERIFY(!cache.find(refused, nullptr, nullptr));
    QVERIFY(!cache.find(0, nullptr, nullptr));
    QCOMPARE(cache.blockCount(), 1);
    QCOMPARE(cache.size(), refused - 64);
}

void TestRowViewCache::rowLargerThanTheBoundIsNotKept()
{
    RowViewCache cache(8 * 1024);
    QVERIFY(cache.insert(1, "small", QString()));
    QVERIFY(!cache.insert(2, QByteArray(8 * 1024, 'x'), QString()));
    QVERIFY(!cache.find(2, nullptr, nullptr));
    QVERIFY(cache.find(1, nullptr, nullptr)); // refused before anything was let go
    QVERIFY(cache.totalCost() <= cache.maxCost());
    // One that fits only alone: the others go for it.
    QVERIFY(cache.insert(200, QByteArray(8 * 1024 - RowViewCache::blockCost(), 'y'), QString()));
    QVERIFY(!cache.find(1, nullptr, nullptr));
    QVERIFY(cache.find(200, nullptr, nullptr));
    QCOMPARE(cache.totalCost(), cache.maxCost());
    RowViewCache none(0);
    QVERIFY(!none.insert(0, {}, QString()));
    QCOMPARE(none.totalCost(), 0);
}

void TestRowViewCache::rowPutAgainIsReplaced()
{
    RowViewCache cache(1 << 20);
    QVERIFY(cache.insert(7, "first", QStringLiteral("a")));
    QVERIFY(cache.insert(8, "neighbour", QStringLiteral("b")));
    QVERIFY(cache.insert(7, "second, longer", QStringLiteral("c")));
    QCOMPARE(cache.size(), 2);
    QByteArrayView preview;
    QString type;
    QVERIFY(cache.find(7, &preview, &type));
    QCOMPARE(preview.toByteArray(), QByteArray("second, longer"));
    QCOMPARE(type, QStringLiteral("c"));
    QVERIFY(cache.find(8, &preview, &type));
    QCOMPARE(preview.toByteArray(), QByteArray("neighbour"));
    QCOMPARE(type, QStringLiteral("b"));
    // Put again and again, larger each time: the bytes left behind are dropped when the
    // block's buffer is full, so it never outgrows a bound that its rows fit in.
    RowViewCache small(RowViewCache::blockCost() + 2048);
    QVERIFY(small.insert(1, "neighbour", QString()));
    for (int i = 0; i < 1000; ++i) {
        const QByteArray put = QByteArray::number(i) + QByteArray(500 + i % 300, 'r');
        QVERIFY2(small.insert(7, put, QString()), qPrintable(QString::number(i)));
        QVERIFY(small.totalCost() <= small.maxCost());
        QVERIFY(small.find(7, &preview, nullptr));
        QCOMPARE(preview.toByteArray(), put);
    }
    QVERIFY(small.find(1, &preview, nullptr));
    QCOMPARE(preview.toByteArray(), QByteArray("neighbour"));
    QCOMPARE(small.size(), 2);
}

void TestRowViewCache::typesBeyondTheLimitAreNotKept()
{
    RowViewCache cache(16 << 20);
    // The list starts with "no type"; every other row has a type of its own.
    for (int i = 1; i < RowViewCache::MaxTypes; ++i)
        QVERIFY(cache.insert(i, "p", QStringLiteral("type %1").arg(i)));
    QVERIFY(!cache.insert(0, "p", QStringLiteral("one too many")));
    QVERIFY(!cache.find(0, nullptr, nullptr));
    QVERIFY(cache.insert(0, "p", QStringLiteral("type 5"))); // a type met before
    QString type;
    QVERIFY(cache.find(RowViewCache::MaxTypes - 1, nullptr, &type));
    QCOMPARE(type, QStringLiteral("type %1").arg(RowViewCache::MaxTypes - 1));
    cache.clear(); // and the types with it
    QVERIFY(cache.insert(0, "p", QStringLiteral("one too many")));
}

void TestRowViewCache::clearForgetsEverything()
{
    RowViewCache cache(1 << 20);
    for (qint64 key = 0; key < 300; ++key)
        QVERIFY(cache.insert(key, previewOf(key), typeOf(key)));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.blockCount(), 0);
    QCOMPARE(cache.totalCost(), 0);
    QCOMPARE(foundIn(&cache, 0, 300), 0);
    // Keys restart after a clear: what is put now is what is found.
    QVERIFY(cache.insert(3, "after", QString()));
    QByteArrayView preview;
    QVERIFY(cache.find(3, &preview, nullptr));
    QCOMPARE(preview.toByteArray(), QByteArray("after"));
    QCOMPARE(cache.size(), 1);
    QVERIFY(!cache.find(4, nullptr, nullptr));
}

void TestRowViewCache::randomUseMatchesAModel()
{
    // Screens painted at random places, some near the last, some far, some rows put again
    // with another preview: a row found always holds what was last put for it, the rows
    // counted are the rows found, and the bound holds after every step.
    QRandomGenerator random(16);
    RowViewCache cache(48 * 1024);
    std::map<qint64, QByteArray> model;
    qint64 top = 0;
    for (int screen = 0; screen < 400; ++screen) {
        const quint32 move = random.bounded(10);
        top = move < 6   ? top + 40
              : move < 8 ? std::max<qint64>(0, top - 40)
                         : qint64(random.bounded(200000));
        for (qint64 key = top; key < top + 40; ++key) {
            QByteArrayView preview;
            if (cache.find(key, &preview, nullptr) && random.bounded(20) != 0) {
                QCOMPARE(preview.toByteArray(), model.at(key));
                continue;
            }
            const QByteArray put =
                previewOf(key) + QByteArray(int(random.bounded(300)), char('A' + screen % 26));
            QVERIFY(cache.insert(key, put, typeOf(key)));
            model[key] = put;
            QVERIFY(cache.totalCost() <= cache.maxCost());
        }
    }
    qsizetype found = 0;
    for (const auto &[key, put] : model) {
        QByteArrayView preview;
        QString type;
        if (!cache.find(key, &preview, &type))
            continue;
        QCOMPARE(preview.toByteArray(), put);
        QCOMPARE(type, typeOf(key));
        ++found;
    }
    QCOMPARE(found, cache.size());
    QVERIFY(found > 100);
}

QTEST_GUILESS_MAIN(TestRowViewCache)
#include "tst_rowviewcache.moc"
