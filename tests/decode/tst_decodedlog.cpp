// A log with a decoder: rows decoded when asked for and cached with keys that survive the
// oldest rows being dropped; a search that looks into decoded values; the pipeline saved
// and restored with the tab.
#include <QCborMap>
#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "log/eventlog.h"
#include "log/logfiltermodel.h"
#include "log/logsearch.h"
#include "workbench/connectionworkbench.h"

namespace {

DecodePipeline pipeline(const QString &spec)
{
    DecodePipeline p;
    QString error;
    if (!DecodePipeline::parse(spec, &p, &error))
        qFatal("%s", qPrintable(error));
    return p;
}

QByteArray cborOf(const QString &key, const QString &value)
{
    QCborMap m;
    m.insert(key, value);
    return QCborValue(m).toCbor();
}

} // namespace

class TestDecodedLog : public QObject
{
    Q_OBJECT
private slots:
    void decodesOnlyWhatIsAskedFor();
    void keysSurviveDroppedRows();
    void searchDecoded();
    void workbenchSavesPipeline();
};

void TestDecodedLog::decodesOnlyWhatIsAskedFor()
{
    EventLog log;
    for (int i = 0; i < 1000; ++i)
        log.append(Event::message(i, Direction::In, false,
                                  cborOf(QStringLiteral("n"), QString::number(i))));
    log.flush();
    QVERIFY(!log.decodedAt(5)); // no pipeline: nothing decoded
    QSignalSpy changed(&log, &EventLog::decodingChanged);
    log.setDecodePipeline(pipeline(QStringLiteral("cbor")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(log.decoder()->misses(), 0); // setting a pipeline decodes nothing
    const auto m = log.decodedAt(7);
    QVERIFY(m && m->ok);
    QCOMPARE(m->value.toMap().value(QStringLiteral("n")).toString(), QStringLiteral("7"));
    QCOMPARE(log.decodedAt(7).get(), m.get());
    QCOMPARE(log.decoder()->misses(), 1);
    log.clear();
    QCOMPARE(log.decoder()->size(), 0);
}

void TestDecodedLog::keysSurviveDroppedRows()
{
    EventLog log;
    log.setMaxRows(10);
    log.setDecodePipeline(pipeline(QStringLiteral("json")));
    for (int i = 0; i < 10; ++i)
        log.append(Event::message(i, Direction::In, true, QByteArray::number(i)));
    log.flush();
    QCOMPARE(log.decodedAt(9)->value.toInteger(), 9);
    for (int i = 10; i < 15; ++i)
        log.append(Event::message(i, Direction::In, true, QByteArray::number(i)));
    log.flush();
    QCOMPARE(log.droppedCount(), 5);
    // Row 4 is now what was row 9: the cached entry is found under its old key.
    const qint64 misses = log.decoder()->misses();
    QCOMPARE(log.decodedAt(4)->value.toInteger(), 9);
    QCOMPARE(log.decoder()->misses(), misses);
    QCOMPARE(log.decodedAt(9)->value.toInteger(), 14);
}

void TestDecodedLog::searchDecoded()
{
    EventLog log;
    log.append(Event::message(1, Direction::In, false,
                              cborOf(QStringLiteral("city"), QStringLiteral("Hà Nội"))));
    log.append(Event::message(2, Direction::In, false,
                              cborOf(QStringLiteral("city"), QStringLiteral("Huế"))));
    log.append(Event::message(3, Direction::In, true, "Hà Nội in plain text"));
    log.flush();
    log.setDecodePipeline(pipeline(QStringLiteral("cbor")));
    LogFilterModel filter(&log);
    LogSearch raw;
    QString error;
    // The JSON form's `"city": "` exists only once decoded: the raw bytes have no quotes.
    QVERIFY(raw.setQuery({QStringLiteral("\"city\": \"H"), false, false, false}, &error));
    raw.setDecoder(log.decoder());
    QVERIFY(!raw.searchesDecoded());
    filter.setSearch(std::move(raw));
    QTRY_VERIFY(!filter.isScanning());
    QCOMPARE(filter.rowCount(), 0);
    LogSearch decoded;
    QVERIFY(decoded.setQuery({QStringLiteral("\"city\": \"H"), false, false, true}, &error));
    decoded.setDecoder(log.decoder());
    QVERIFY(decoded.searchesDecoded());
    filter.setSearch(std::move(decoded));
    QTRY_VERIFY(!filter.isScanning());
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.sourceRow(0), 0);
    QCOMPARE(filter.sourceRow(1), 1);
    // The search decoded every row but kept none of them in the cache.
    QCOMPARE(log.decoder()->size(), 0);
}

void TestDecodedLog::workbenchSavesPipeline()
{
    SystemClock clock;
    ConnectionWorkbench a(clock);
    QVERIFY(!a.saveState().contains(QStringLiteral("decode")));
    a.log().setDecodePipeline(pipeline(QStringLiteral("base64,zlib,cbor")));
    const QVariantMap state = a.saveState();
    QCOMPARE(state.value(QStringLiteral("decode")).toString(), QStringLiteral("base64,zlib,cbor"));
    ConnectionWorkbench b(clock);
    b.restoreState(state);
    QCOMPARE(b.log().decodePipeline().spec(), QStringLiteral("base64,zlib,cbor"));
    // A pipeline that no longer loads is reported, not silently dropped.
    QVariantMap broken = state;
    broken.insert(QStringLiteral("decode"), QStringLiteral("protobuf:/nonexistent.proto:a.B"));
    ConnectionWorkbench c(clock);
    QSignalSpy notice(&c, &ConnectionWorkbench::notice);
    c.restoreState(broken);
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QStringLiteral("nonexistent.proto")));
    QVERIFY(c.log().decodePipeline().isEmpty());
}

QTEST_GUILESS_MAIN(TestDecodedLog)
#include "tst_decodedlog.moc"
