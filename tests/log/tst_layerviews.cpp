// LayerCache's views (the preview line and the first type of each row, kept in blocks of rows
// next to each other: RowViewCache) as the log's table asks for them: pages far apart and
// back, a repaint that reads nothing, a log replaced, cleared or trimmed at its front.
#include <QTest>

#include "common/layermessages.h"
#include "log/eventlog.h"
#include "log/layercache.h"
#include "protocols/mqttlayer.h"
#include "protocols/protocolregistry.h"

using namespace LayerMessages;

class TestLayerViews : public QObject
{
    Q_OBJECT
private slots:
    void pagesFarApartAndBack_data();
    void pagesFarApartAndBack();
    void adoptAndClearForgetTheViews();
    void droppedRowsKeepTheirViews();
};

namespace {

/// Messages that each read alone (nothing paired across rows), each row's its own.
QByteArray stompRow(int i)
{
    const QByteArray body = R"({"sensor":"probe-)" + QByteArray::number(i % 500)
                            + R"(","say":"hello )" + QByteArray::number(i) + "\"}";
    return sockJs({stomp("MESSAGE",
                         {{"destination", "/topic/sensors"},
                          {"subscription", "sub-1"},
                          {"message-id", QByteArray::number(i)}},
                         body)});
}

QByteArray mqttRow(int i)
{
    static MqttLayer layer;
    return mqtt(layer, QStringLiteral("publish"),
                {{QStringLiteral("topic"), QStringLiteral("sensors/%1").arg(i)},
                 {QStringLiteral("payload"), QByteArray("reading " + QByteArray::number(i))}});
}

QString previewAt(const EventLog &log, int row)
{
    return log.index(row, EventLog::PreviewColumn).data().toString();
}

} // namespace

void TestLayerViews::pagesFarApartAndBack_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addRow("stomp-sockjs") << QStringLiteral("stomp-sockjs");
    QTest::addRow("mqtt") << QStringLiteral("mqtt");
}

void TestLayerViews::pagesFarApartAndBack()
{
    QFETCH(QString, layer);
    const bool stompLog = layer.startsWith(QLatin1String("stomp"));
    EventStore store;
    for (int i = 0; i < 6000; ++i)
        store.append(Event::message(i, i % 10 ? Direction::In : Direction::Out, stompLog,
                                    stompLog ? stompRow(i) : mqttRow(i)));
    // A bound that holds a few pages' views; the reference holds every row it reads.
    LayerCache cache(24 * 1024);
    cache.setLayer(ProtocolRegistry::create(layer));
    LayerCache reference(64 << 20);
    reference.setLayer(ProtocolRegistry::create(layer));
    constexpr int PageRows = 20;
    constexpr int Step = 300; // rows from one page to the next
    QList<int> tops;
    for (int top = 0; top + PageRows <= store.size(); top += Step)
        tops << top;
    const auto paint = [&](int top) {
        for (int row = top; row < top + PageRows; ++row) {
            const QString shown = cache.preview(store, row);
            QVERIFY(!shown.isEmpty());
            QCOMPARE(shown, reference.preview(store, row));
            QCOMPARE(cache.firstType(store, row), reference.firstType(store, row));
            QVERIFY(cache.totalCost() <= cache.maxCost());
        }
    };
    const auto repaintReadsNothing = [&](int top) {
        const qint64 before = cache.decodes();
        paint(top);
        QCOMPARE(cache.decodes(), before);
    };
    for (int top : tops) {
        paint(top);
        repaintReadsNothing(top);
    }
    // More rows were painted than the views kept: the first pages went.
    QVERIFY2(cache.viewCount() < tops.size() * PageRows,
             qPrintable(QString::number(cache.viewCount())));
    QVERIFY(cache.viewCount() >= 2 * PageRows);
    // Back up: the last pages painted are still there, the first are read again.
    repaintReadsNothing(tops.last());
    repaintReadsNothing(tops.at(tops.size() - 2));
    for (qsizetype i = tops.size() - 1; i >= 0; --i) {
        paint(tops.at(i));
        repaintReadsNothing(tops.at(i));
    }
    const qint64 before = cache.decodes();
    paint(tops.last());
    QVERIFY(cache.decodes() > before);
}

void TestLayerViews::adoptAndClearForgetTheViews()
{
    EventLog log;
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("stomp-sockjs")));
    for (int i = 0; i < 300; ++i)
        log.append(Event::message(i, Direction::In, true, stompRow(i)));
    log.flush();
    for (int row = 0; row < log.rowCount(); ++row)
        QVERIFY(previewAt(log, row).contains(QStringLiteral("hello %1\"").arg(row)));
    QCOMPARE(log.layerCache()->viewCount(), 300);
    // Another log in the same table: keys restart at 0, so a view kept would show the old
    // log's row.
    EventStore other;
    for (int i = 0; i < 200; ++i)
        other.append(Event::message(i, Direction::In, true, stompRow(1000 + i)));
    log.adopt(std::move(other));
    QCOMPARE(log.layerCache()->viewCount(), 0);
    QCOMPARE(log.layerCache()->views().totalCost(), 0);
    for (int row = 0; row < log.rowCount(); ++row)
        QVERIFY(previewAt(log, row).contains(QStringLiteral("hello %1\"").arg(1000 + row)));
    log.clear();
    QCOMPARE(log.layerCache()->viewCount(), 0);
    QCOMPARE(log.layerCache()->views().blockCount(), 0);
    log.append(Event::message(1, Direction::In, true, stompRow(7)));
    log.flush();
    QVERIFY(previewAt(log, 0).contains(QStringLiteral("hello 7\"")));
}

void TestLayerViews::droppedRowsKeepTheirViews()
{
    EventLog log;
    log.setMaxRows(500);
    log.setProtocolLayer(ProtocolRegistry::create(QStringLiteral("mqtt")));
    int next = 0;
    const auto append = [&](int n) {
        for (int i = 0; i < n; ++i, ++next)
            log.append(Event::message(next, Direction::In, false, mqttRow(next)));
        log.flush();
    };
    const auto paintAll = [&] {
        const qint64 dropped = log.store().droppedCount();
        for (int row = 0; row < log.rowCount(); ++row) {
            const QString shown = previewAt(log, row);
            QVERIFY2(shown.contains(QStringLiteral("sensors/%1 ").arg(dropped + row)),
                     qPrintable(shown));
        }
    };
    append(500);
    paintAll();
    QCOMPARE(log.layerCache()->decodes(), 500);
    // Rows dropped from the front: the rows left keep their keys, and their views.
    for (int round = 0; round < 10; ++round) {
        append(130);
        QCOMPARE(log.rowCount(), 500);
        paintAll();
        QCOMPARE(log.layerCache()->decodes(), 500 + 130 * (round + 1));
    }
}

QTEST_GUILESS_MAIN(TestLayerViews)
#include "tst_layerviews.moc"
