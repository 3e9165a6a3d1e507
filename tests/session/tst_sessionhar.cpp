#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "connection/clock.h"
#include "demo/demoserver.h"
#include "session/har.h"
#include "session/redaction.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"
#include "sessionsample.h"
#include "workbench/connectionworkbench.h"

/// HAR export and import of Wsprobe's own sessions: round trips, and every bad file or
/// value reported and skipped (browser-written HAR files are tst_har's).
class TestSessionHar : public QObject
{
    Q_OBJECT
private slots:
    void harRoundTrip();
    void harKeepsHandshakeAndRequest();
    void harCarriesDecodedValuesOnRequest();
    void harErrors_data();
    void harErrors();
    void harBadMessagesAreSkipped_data();
    void harBadMessagesAreSkipped();
    void harBadEntryValuesAreReported();
    void tabOfTwoConnectionsIsAnEntryEach();
};

void TestSessionHar::harRoundTrip()
{
    QTemporaryDir dir;
    const QString har = dir.filePath("s.har");
    ExportOptions keep;
    keep.keepSecrets = true;
    const EventStore events = sampleEvents();
    QString error;
    QVERIFY2(
        SessionWriter::write(har, SessionWriter::Format::Har, sampleHeader(), events, keep, &error),
        qPrintable(error));

    // Other tools read it as HAR 1.2 with Chrome's fields.
    QFile f(har);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(f.readAll()).object().value("log").toObject();
    QCOMPARE(log.value("version").toString(), QString("1.2"));
    const QJsonObject entry = log.value("entries").toArray().at(0).toObject();
    QCOMPARE(entry.value("_resourceType").toString(), QString("websocket"));
    const QJsonArray messages = entry.value("_webSocketMessages").toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).toObject().value("type").toString(), QString("send"));
    QCOMPARE(messages.at(0).toObject().value("opcode").toInt(), 1);
    QCOMPARE(messages.at(1).toObject().value("opcode").toInt(), 2);
    QCOMPARE(messages.at(1).toObject().value("time").toDouble(), (T0 + 4) / 1000.0);

    QList<Har::EntryInfo> entries;
    QVERIFY2(Har::listFile(har, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].sent, 2);
    QCOMPARE(entries[0].received, 2);
    QCOMPARE(entries[0].startedMs, T0);

    Session back;
    QVERIFY2(Har::readFile(har, 0, &back, &error), qPrintable(error));
    // HAR keeps messages (and, from Wsprobe, the close): binary and Unicode exact, times to
    // the millisecond.
    EventStore expected;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event e = events.at(i);
        if (e.isMessage() || e.kind == EventKind::Close)
            expected.append(e);
    }
    EventStore got;
    for (qsizetype i = 0; i < back.events.size(); ++i) {
        const Event e = back.events.at(i);
        if (e.isMessage() || e.kind == EventKind::Close)
            got.append(e);
    }
    compareEvents(expected, got);

    // And back to JSONL, and HAR again: the same messages.
    const QString jsonl = dir.filePath("again.wsprobe.jsonl");
    QVERIFY(SessionWriter::write(jsonl, SessionWriter::Format::Jsonl, back.header, back.events,
                                 keep, &error));
    Session again;
    QVERIFY(SessionReader::readFile(jsonl, &again, &error));
    compareEvents(back.events, again.events);
}

void TestSessionHar::harCarriesDecodedValuesOnRequest()
{
    // Chrome's message fields stay as they are; the decoded value (or why there is none) is
    // a custom "_" field, and reading the file back gives the same messages.
    EventStore events;
    const QByteArray cbor = QCborMap{{QStringLiteral("temp"), 21.5}}.toCborValue().toCbor();
    events.append(Event::message(T0 + 1, Direction::In, false, cbor));
    events.append(Event::message(T0 + 2, Direction::In, false, QByteArray("\xff", 1)));
    events.append(Event::message(T0 + 3, Direction::Out, true, "hello"));
    ExportOptions options;
    auto pipeline = std::make_shared<DecodePipeline>();
    QString error;
    QVERIFY2(DecodePipeline::parse("cbor", pipeline.get(), &error), qPrintable(error));
    options.decode = pipeline;
    QTemporaryDir dir;
    const QString har = dir.filePath("decoded.har");
    QVERIFY2(SessionWriter::write(har, SessionWriter::Format::Har, sampleHeader(), events, options,
                                  &error),
             qPrintable(error));
    QFile f(har);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(f.readAll()).object().value("log").toObject();
    const QJsonArray messages =
        log.value("entries").toArray().at(0).toObject().value("_webSocketMessages").toArray();
    QCOMPARE(messages.size(), 3);
    const auto member = [&](int i, const char *name) {
        return messages.at(i).toObject().value(QLatin1String(name));
    };
    QCOMPARE(member(0, "data").toString(), QString::fromLatin1(cbor.toBase64()));
    QCOMPARE(member(0, "_decoded").toObject(), (QJsonObject{{"temp", 21.5}}));
    QVERIFY(!messages.at(0).toObject().contains("_decodeError"));
    const QString failed = member(1, "_decodeError").toString();
    QVERIFY2(failed.startsWith("step 1 (cbor)"), qPrintable(failed));
    QVERIFY(messages.at(2).toObject().contains("_decodeError")); // "hello" is no CBOR value

    Session back;
    QVERIFY2(Har::readFile(har, 0, &back, &error), qPrintable(error));
    EventStore got;
    for (qsizetype i = 0; i < back.events.size(); ++i) {
        if (back.events.at(i).isMessage())
            got.append(back.events.at(i));
    }
    compareEvents(events, got);

    // Without the option, nothing is added.
    QVERIFY(
        SessionWriter::write(har, SessionWriter::Format::Har, sampleHeader(), events, {}, &error));
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("_decode"));
}

void TestSessionHar::harKeepsHandshakeAndRequest()
{
    QTemporaryDir dir;
    const QString har = dir.filePath("s.har");
    ExportOptions keep;
    keep.keepSecrets = true;
    QString error;
    QVERIFY(SessionWriter::write(har, SessionWriter::Format::Har, sampleHeader(), sampleEvents(),
                                 keep, &error));
    Session back;
    QVERIFY(Har::readFile(har, 0, &back, &error));
    QCOMPARE(back.header.request.url, sampleHeader().request.url);
    QCOMPARE(back.header.source, QString("har"));
    const Event hs = back.events.at(0);
    QCOMPARE(int(hs.kind), int(EventKind::Handshake));
    QCOMPARE(hs.handshake->status, 101);
    QCOMPARE(hs.handshake->responseHeaders, sampleEvents().at(0).handshake->responseHeaders);
    QCOMPARE(int(back.events.at(1).kind), int(EventKind::Open));
    QCOMPARE(back.events.at(1).protocol, QString());
    // Only headers a client may set become the request to replay.
    QCOMPARE(back.header.request.headers, (HeaderList{{"Authorization", "Bearer s3cret"}}));
}

void TestSessionHar::harErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("empty") << QByteArray() << "Not a readable HAR file: unexpected end";
    QTest::addRow("not json") << QByteArray("<html>") << "Not a readable HAR file: unexpected";
    QTest::addRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::addRow("no log") << QByteArray(R"({"entries":[]})") << "log";
    QTest::addRow("no websocket") << QByteArray(
        R"({"log":{"entries":[{"request":{"url":"https://a/"},"response":{"status":200}}]}})")
                                  << "no WebSocket entries";
    QTest::addRow("cut") << QByteArray(R"({"log":{"entries":[{"request":{"url":"wss://a/")")
                         << "end of text";
    // Errors name the byte, and show a control byte escaped.
    QTest::addRow("control byte") << QByteArray("{\"log\":{\"entries\":[\x01]}}")
                                  << "unexpected character '\\x01' (at byte 19)";
    QTest::addRow("log not an object") << QByteArray(R"({"log":[]})") << "near byte 8";
    QTest::addRow("entry not an object")
        << QByteArray(R"({"log":{"entries":[1]}})") << "near byte 20";
    QTest::addRow("messages cut") << harWith(R"({"type":"send","time":1,)").chopped(5)
                                  << "(at byte";
}

void TestSessionHar::harErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorContains);
    QList<Har::EntryInfo> entries;
    Session s;
    QString error;
    const bool listed = Har::listEntries(content, &entries, &error);
    if (listed)
        QVERIFY(!Har::readEntry(content, entries.first().index, &s, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY2(!hasControlCharacter(error), qPrintable(error));
}

void TestSessionHar::harBadMessagesAreSkipped_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("issueContains");
    QTest::addRow("time a string")
        << QByteArray(R"({"type":"send","time":"1767323045.7","opcode":1,"data":"x"})")
        << "\"time\" is not a number";
    QTest::addRow("time an object")
        << QByteArray(R"({"type":"send","time":{"s":1},"opcode":1,"data":"x"})")
        << "\"time\" is not a number";
    QTest::addRow("opcode a string")
        << QByteArray(R"({"type":"send","time":1767323045.7,"opcode":"1","data":"x"})")
        << "\"opcode\" is not a number";
    QTest::addRow("data null") << QByteArray(
        R"({"type":"send","time":1767323045.7,"opcode":1,"data":null})")
                               << "\"data\" is not a string";
    QTest::addRow("type a number")
        << QByteArray(R"({"type":1,"time":1767323045.7,"opcode":1,"data":"x"})")
        << "\"type\" is not a string";
    // Numbers whose conversion to an integer was undefined behaviour.
    QTest::addRow("opcode 1e300") << QByteArray(
        R"({"type":"send","time":1767323045.7,"opcode":1e300,"data":"x"})")
                                  << "\"opcode\" 1e+300";
    QTest::addRow("opcode 1.5") << QByteArray(
        R"({"type":"send","time":1767323045.7,"opcode":1.5,"data":"x"})")
                                << "\"opcode\" 1.5";
    QTest::addRow("time 1e300") << QByteArray(
        R"({"type":"receive","time":1e300,"opcode":1,"data":"x"})")
                                << "\"time\" 1e+300";
    QTest::addRow("time -1e300") << QByteArray(
        R"({"type":"receive","time":-1e300,"opcode":1,"data":"x"})")
                                 << "\"time\" -1e+300";
    QTest::addRow("bad base64") << QByteArray(
        R"({"type":"receive","time":1767323045.7,"opcode":2,"data":"@@"})")
                                << "base64";
}

void TestSessionHar::harBadMessagesAreSkipped()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, issueContains);
    // One bad message between two good ones: it is skipped and reported; the rest loads.
    const QByteArray content =
        harWith(R"({"type":"send","time":1767323045.679,"opcode":1,"data":"one"},)" + bad
                + R"(,{"type":"receive","time":1767323045.680,"opcode":2,"data":"dHdv"})");
    QList<Har::EntryInfo> entries;
    QString error;
    QVERIFY2(Har::listEntries(content, &entries, &error), qPrintable(error));
    Session s;
    QVERIFY2(Har::readEntry(content, entries.first().index, &s, &error), qPrintable(error));
    QList<QByteArray> payloads;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        if (s.events.at(i).isMessage())
            payloads << s.events.at(i).payload;
    }
    QCOMPARE(payloads, (QList<QByteArray>{"one", "two"}));
    QCOMPARE(s.events.at(s.events.size() - 1).timeMs, T0 + 2);
    QCOMPARE(s.issues.size(), 1);
    const QString issue = s.issues[0].message;
    QVERIFY2(issue.contains(issueContains), qPrintable(issue));
    QVERIFY2(
        issue.contains(QString("message 2 of the entry (at byte %1)").arg(content.indexOf(bad))),
        qPrintable(issue));
}

void TestSessionHar::harBadEntryValuesAreReported()
{
    const QByteArray message = R"({"type":"send","time":1767323045.679,"opcode":1,"data":"one"})";
    QString error;
    Session s;
    // A status of the wrong type or range, a close with a code no close can have: the entry
    // loads without them, and says so.
    QByteArray content = harWith(message, R"(,"_wsprobeClose":{"code":1e300,"time":1})");
    content.replace(R"("status":101)", R"("status":"101")");
    QVERIFY2(Har::readEntry(content, 0, &s, &error), qPrintable(error));
    QCOMPARE(s.issues.size(), 2);
    QVERIFY2(s.issues[0].message.contains("\"status\" is not a number (byte"),
             qPrintable(s.issues[0].message));
    QVERIFY2(s.issues[1].message.contains("_wsprobeClose"), qPrintable(s.issues[1].message));
    QCOMPARE(int(s.events.at(s.events.size() - 1).kind), int(EventKind::Text));

    content.replace(R"("status":"101")", R"("status":1e300)");
    content.replace(R"("code":1e300)", R"("code":1000)");
    QVERIFY2(Har::readEntry(content, 0, &s, &error), qPrintable(error));
    QCOMPARE(s.issues.size(), 1);
    QVERIFY2(s.issues[0].message.contains("1e+300 is not an HTTP status"),
             qPrintable(s.issues[0].message));
    QCOMPARE(s.events.at(s.events.size() - 1).code, 1000);
}

void TestSessionHar::tabOfTwoConnectionsIsAnEntryEach()
{
    // One tab connects to A, sends, disconnects, then connects to B and sends: what QA saved.
    DemoServer a, b;
    QVERIFY2(a.start(), qPrintable(a.errorString()));
    QVERIFY2(b.start(), qPrintable(b.errorString()));
    SystemClock clock;
    ConnectionWorkbench wb(clock);
    const QList<std::pair<QUrl, QByteArray>> rounds = {{a.url(), "first-conn"},
                                                       {b.url(), "second-conn"}};
    for (const auto &[url, text] : rounds) {
        ConnectionRequest request;
        request.url = url;
        wb.setRequest(request);
        QVERIFY(wb.open());
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
        const int before = int(wb.log().store().messageCount(Direction::In));
        QVERIFY(wb.connection().sendText(text));
        QTRY_COMPARE(int(wb.log().store().messageCount(Direction::In)), before + 1);
        if (url == a.url()) {
            wb.close();
            QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
        }
    }
    // The second connection stays open, as it was when QA saved.
    wb.log().flush();
    const EventStore &events = wb.log().store();
    SessionHeader header; // as the tab makes it: its latest request, its first row's time
    header.request = wb.connection().request();
    header.createdMs = events.row(0).timeMs;
    header.source = QStringLiteral("record");

    QTemporaryDir dir;
    const QString har = dir.filePath("tab.har");
    QString error;
    QVERIFY2(SessionWriter::write(har, SessionWriter::Format::Har, header, events, {}, &error),
             qPrintable(error));
    QFile f(har);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(f.readAll()).object()["log"].toObject()["entries"].toArray();
    // An entry per connection, each with its own URL, Host, messages and close.
    QCOMPARE(entries.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject entry = entries[i].toObject();
        const QUrl url = rounds[i].first;
        const QJsonObject request = entry["request"].toObject();
        QCOMPARE(request["url"].toString(), url.toString());
        QString host;
        for (const QJsonValue h : request["headers"].toArray()) {
            if (h["name"].toString().compare("Host", Qt::CaseInsensitive) == 0)
                host = h["value"].toString();
        }
        QCOMPARE(host, QStringLiteral("127.0.0.1:%1").arg(url.port()));
        QCOMPARE(entry["response"].toObject()["status"].toInt(), 101);
        const QJsonArray messages = entry["_webSocketMessages"].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0]["type"].toString(), QString("send"));
        QCOMPARE(messages[0]["data"].toString(), QString::fromLatin1(rounds[i].second));
        QCOMPARE(messages[1]["type"].toString(), QString("receive"));
        QCOMPARE(entry.contains("_wsprobeClose"), i == 0);
    }
    QCOMPARE(entries[0]["_wsprobeClose"]["code"].toInt(), 1000);
    QVERIFY(entries[0]["_wsprobeClose"]["time"].toDouble()
            <= entries[1]["_webSocketMessages"][0]["time"].toDouble());

    // Read back, it is the tab again: each connection's rows, in the order they happened.
    Session back;
    QVERIFY2(SessionReader::load(har, -1, &back, &error), qPrintable(error));
    QCOMPARE(back.header.request.url, b.url());
    QList<int> kinds;
    for (qsizetype i = 0; i < back.events.size(); ++i) {
        kinds << int(back.events.row(i).kind);
        if (i > 0)
            QVERIFY2(back.events.row(i).timeMs >= back.events.row(i - 1).timeMs,
                     qPrintable(QStringLiteral("row %1 is older than the one before").arg(i)));
    }
    const QList<int> expected = {
        int(EventKind::Handshake), int(EventKind::Open),  int(EventKind::Text),
        int(EventKind::Text),      int(EventKind::Close), int(EventKind::Handshake),
        int(EventKind::Open),      int(EventKind::Text),  int(EventKind::Text)};
    QCOMPARE(kinds, expected);
    QCOMPARE(back.events.at(2).payload, QByteArray("first-conn"));
    QCOMPARE(back.events.at(7).payload, QByteArray("second-conn"));
    const HeaderList secondRequest = back.events.at(5).handshake->requestHeaders;
    QVERIFY(std::any_of(secondRequest.cbegin(), secondRequest.cend(), [&](const HeaderField &h) {
        return h.name.compare("Host", Qt::CaseInsensitive) == 0
               && h.value == QByteArray("127.0.0.1:") + QByteArray::number(b.port());
    }));
    // Each entry still opens on its own, as one connection.
    Session second;
    QVERIFY2(Har::readFile(har, 1, &second, &error), qPrintable(error));
    QCOMPARE(second.header.request.url, b.url());
    QCOMPARE(second.events.messageCount(Direction::Out), 1);
}

QTEST_GUILESS_MAIN(TestSessionHar)
#include "tst_sessionhar.moc"
