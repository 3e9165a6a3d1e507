// A log with a decoder: rows decoded when asked for and cached with keys that survive the
// oldest rows being dropped; a search that looks into decoded values; the pipeline saved
// and restored with the tab.
#include <QCborMap>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "compose/variables.h"
#include "connection/clock.h"
#include "decode/msgpackcodec.h"
#include "decode/protobufschema.h"
#include "demo/demoserver.h"
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
    void workbenchSendsEncodedJson();
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

void TestDecodedLog::workbenchSendsEncodedJson()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SystemClock clock;
    ConnectionWorkbench wb(clock);
    ConnectionRequest request;
    request.url = server.url(QStringLiteral("/echo"));
    wb.setRequest(request);
    wb.variables().setTable({{QStringLiteral("who"), QStringLiteral("Lan")}});
    wb.log().setDecodePipeline(pipeline(QStringLiteral("base64,zlib,msgpack")));
    wb.log().setEncodesOutgoing(true);
    QCOMPARE(wb.saveState().value(QStringLiteral("encodeJson")).toBool(), true);
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    QString error;
    const OutgoingMessage json{OutgoingMessage::Mode::Json,
                               QStringLiteral(R"({"op": "hi", "who": "{{who}}", "n": [1, 2]})")};
    QVERIFY2(wb.send(json, &error), qPrintable(error));
    // Text (not JSON) is sent as typed.
    QVERIFY(wb.send(OutgoingMessage::text(QStringLiteral("plain")), &error));
    QTRY_COMPARE(wb.log().store().messageCount(Direction::In), 2);
    // The wire had base64 text; Python's own zlib and msgpack read it back.
    QByteArray echoed;
    for (qsizetype i = 0; i < wb.log().store().size(); ++i) {
        const Event e = wb.log().store().at(i);
        if (e.direction == Direction::In && e.kind == EventKind::Text && e.payload != "plain")
            echoed = e.payload;
    }
    QProcess python;
    python.start(
        QStringLiteral(WSPROBE_TEST_PYTHON),
        {QStringLiteral("-c"), QStringLiteral("import sys, base64, zlib, msgpack, json\n"
                                              "print(json.dumps(msgpack.unpackb(zlib.decompress("
                                              "base64.b64decode(sys.stdin.read())))))")});
    python.write(echoed);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.readAllStandardOutput().trimmed(),
             QByteArray(R"({"op": "hi", "who": "Lan", "n": [1, 2]})"));
    // A pipeline that cannot encode (auto) leaves JSON as typed…
    wb.log().setDecodePipeline(pipeline(QStringLiteral("auto")));
    QVERIFY(wb.send(json, &error));
    QTRY_COMPARE(wb.log().store().messageCount(Direction::In), 3);
    QCOMPARE(wb.log().store().at(wb.log().store().size() - 1).kind, EventKind::Text);
    // …and a value the format refuses is an error that names it; nothing is sent.
    if (ProtobufSchema::available()) {
        DecodePipeline chat;
        QVERIFY(DecodePipeline::parse(
            QStringLiteral("protobuf:" WSPROBE_TEST_DATA_DIR "/decode/game.proto:out=game.Chat"),
            &chat, &error));
        wb.log().setDecodePipeline(chat);
        QVERIFY(!wb.send(json, &error));
        QVERIFY2(error.contains(QStringLiteral("game.Chat")), qPrintable(error));
        QCOMPARE(wb.log().store().messageCount(Direction::Out), 3);
    }
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
}

QTEST_GUILESS_MAIN(TestDecodedLog)
#include "tst_decodedlog.moc"
