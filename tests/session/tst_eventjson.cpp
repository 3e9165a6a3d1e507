#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "log/eventstore.h"
#include "session/eventjson.h"

class TestEventJson : public QObject
{
    Q_OBJECT
private slots:
    void appendLineMatchesToLine();
    void fields();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void wholeNumbersInAnySpelling();
    void times_data();
    void times();
    void scannerAgreesWithQt_data();
    void scannerAgreesWithQt();
};

void TestEventJson::appendLineMatchesToLine()
{
    // The journal's fast path must write byte for byte what toLine() writes.
    QList<Event> events;
    events << Event::open(1767323045000, "chat", "permessage-deflate");
    events << Event::open(1767323045000, "", "", {"self-signed", QString::fromUtf8("tên \"máy\"")});
    events << Event::message(1767323045001, Direction::Out, true, "plain");
    events << Event::message(1767323045002, Direction::In, true, "quote \" tab \t é \x01");
    events << Event::message(1767323045003, Direction::In, true, QByteArray("bad \xff utf8"));
    events << Event::message(1767323045004, Direction::In, false, QByteArray("\x00\x01\xff", 3));
    Event compressed = Event::message(1767323045005, Direction::In, true, "squeezed");
    compressed.wireSize = 5;
    events << compressed;
    events << Event::message(1767323045006, Direction::In, true, QByteArray());
    // Past the 16-byte steps of the escaper, with something to escape in the middle and at
    // the end; a binary one out, compressed; one before the session began (negative elapsed).
    events << Event::message(1767323045011, Direction::In, true,
                             QByteArray(40, 'a') + "\"\\\n" + QByteArray(1000, 'b') + '\x1f');
    Event binaryOut =
        Event::message(1767323045012, Direction::Out, false, QByteArray(300, char(0xfe)));
    binaryOut.wireSize = 0;
    events << binaryOut;
    events << Event::message(1767322045000, Direction::In, true, QByteArray(64, 'x'));
    events << Event::message(1767323045013, Direction::None, true, "nobody's");
    events << Event::control(1767323045007, EventKind::Pong, Direction::In, "p", 12);
    events << Event::close(1767323045008, 1000, "bye", true);
    events << Event::error(1767323045009, "boom");
    FrameInfo frame;
    frame.opcode = 2;
    frame.payloadLength = 70000;
    events << Event::frameRecord(1767323045010, frame);
    EventStore store;
    for (const Event &e : std::as_const(events))
        store.append(e);
    for (qint64 start : {qint64(-1), qint64(1767323045000)}) {
        // Appended one after another into one buffer, as the journal and the console do.
        QByteArray fromStore = "previous line\n";
        QByteArray fromEvents = fromStore;
        QByteArray expected = fromStore;
        for (qsizetype i = 0; i < store.size(); ++i) {
            QByteArray fast;
            EventJson::appendLine(&fast, store, i, start);
            QCOMPARE(fast, EventJson::toLine(store.at(i), start) + '\n');
            QByteArray fromEvent;
            EventJson::appendLine(&fromEvent, events.at(i), start);
            QCOMPARE(fromEvent, EventJson::toLine(events.at(i), start) + '\n');
            EventJson::appendLine(&fromStore, store, i, start);
            EventJson::appendLine(&fromEvents, events.at(i), start);
            expected += EventJson::toLine(events.at(i), start) + '\n';
        }
        QCOMPARE(fromStore, expected);
        QCOMPARE(fromEvents, expected);
    }
}

void TestEventJson::fields()
{
    // 2026-01-02T03:04:05.678Z
    const qint64 t = 1767323045678;
    const QJsonObject text = EventJson::toJson(
        Event::message(t, Direction::Out, true, QString::fromUtf8("xin chào").toUtf8()));
    QCOMPARE(text.value("time").toString(), QString("2026-01-02T03:04:05.678Z"));
    QCOMPARE(text.value("event").toString(), QString("message"));
    QCOMPARE(text.value("dir").toString(), QString("out"));
    QCOMPARE(text.value("type").toString(), QString("text"));
    QCOMPARE(text.value("data").toString(), QString::fromUtf8("xin chào"));
    QCOMPARE(text.value("size").toInt(), 9); // bytes, not characters

    const QJsonObject bin =
        EventJson::toJson(Event::message(t, Direction::In, false, QByteArray("\x00\xff\x10", 3)));
    QCOMPARE(bin.value("type").toString(), QString("binary"));
    QCOMPARE(bin.value("data").toString(), QString("AP8Q"));
    QCOMPARE(bin.value("size").toInt(), 3);

    const QJsonObject close = EventJson::toJson(Event::close(t, 4000, "bye", true));
    QCOMPARE(close.value("event").toString(), QString("close"));
    QCOMPARE(close.value("code").toInt(), 4000);
    QCOMPARE(close.value("reason").toString(), QString("bye"));
    QCOMPARE(close.value("clean").toBool(), true);

    const QJsonObject open = EventJson::toJson(Event::open(t, "chat", ""));
    QCOMPARE(open.value("protocol").toString(), QString("chat"));
    QVERIFY(open.contains("extensions"));
    QVERIFY(!open.contains("tlsErrorsIgnored")); // only when errors were ignored

    const QJsonObject insecure =
        EventJson::toJson(Event::open(t, "", "", {"The certificate is self-signed", "host name"}));
    QCOMPARE(insecure.value("tlsErrorsIgnored").toArray(),
             QJsonArray({"The certificate is self-signed", "host name"}));

    const QJsonObject error = EventJson::toJson(Event::error(t, "refused"));
    QCOMPARE(error.value("message").toString(), QString("refused"));

    const QByteArray line = EventJson::toLine(Event::message(t, Direction::In, true, "a\nb"));
    QVERIFY(!line.contains('\n')); // one object per line, even for multi-line text
}

void TestEventJson::roundTrip_data()
{
    QTest::addColumn<Event>("event");
    QTest::addRow("text unicode") << Event::message(1000, Direction::In, true,
                                                    QString::fromUtf8("😀 Tiếng Việt").toUtf8());
    QTest::addRow("binary all bytes") << [] {
        QByteArray b;
        for (int i = 0; i < 256; ++i)
            b.append(char(i));
        return Event::message(1001, Direction::Out, false, b);
    }();
    QTest::addRow("empty text") << Event::message(1002, Direction::Out, true, {});
    QTest::addRow("open") << Event::open(1003, "chat", "permessage-deflate");
    QTest::addRow("open, certificate errors ignored")
        << Event::open(1003, "", "",
                       {"The certificate is self-signed, and untrusted — certificate CN=x",
                        QString::fromUtf8("tên \"máy\" \\ 😀"), ""});
    QTest::addRow("close") << Event::close(1004, 1006, "", false);
    QTest::addRow("error") << Event::error(1005, "x");
    QTest::addRow("pong") << Event::control(1006, EventKind::Pong, Direction::In, "p", 3);
    FrameInfo f;
    f.direction = Direction::Out;
    f.opcode = 0x0;
    f.fin = false;
    f.rsv = 4;
    f.masked = true;
    f.payloadLength = 70000;
    f.compressed = true;
    f.lengthBits = 64;
    f.nonMinimalLength = true;
    f.maskKey = 0x0a0b0c0d;
    f.head = QByteArray("\x00\x01\xfe\xff", 4);
    QTest::addRow("frame") << Event::frameRecord(1007, f);
    FrameInfo plain;
    plain.direction = Direction::In;
    plain.opcode = 0x8;
    plain.payloadLength = 2;
    QTest::addRow("frame, 7-bit, unmasked, no head") << Event::frameRecord(1008, plain);
    HandshakeRecord h;
    h.requestLine = "GET /x HTTP/1.1";
    h.requestHeaders = {{"Host", "a"}, {"Upgrade", "websocket"}};
    h.responseSeen = true;
    h.status = 403;
    h.statusLine = "HTTP/1.1 403 Forbidden";
    h.responseHeaders = {{"Set-Cookie", "a=1"}, {"Set-Cookie", "b=2"}};
    h.foldedResponseHeaders = {1};
    h.rawBody = "5\r\nhello\r\n0\r\n\r\n";
    h.body = "nope";
    QTest::addRow("handshake") << Event::handshakeRecord(1008, h);
    h.tlsProtocol = "TLS 1.3";
    h.tlsCipher = "TLS_AES_256_GCM_SHA384";
    h.peerCertificates = {QString::fromUtf8("CN=tên \"máy\"")};
    h.tlsErrorsIgnored = {"The certificate is self-signed", "host name"};
    QTest::addRow("handshake tls") << Event::handshakeRecord(1009, h);
    QTest::addRow("text with quotes and controls")
        << Event::message(1010, Direction::In, true, QByteArray("\"\\\x01\t\r\n/\x7f"));
}

void TestEventJson::roundTrip()
{
    QFETCH(Event, event);
    const QByteArray line = EventJson::toLine(event, 500);
    // What we write, Qt's own parser reads: the writer is not checked only against itself.
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, line.constData());
    QCOMPARE(o.value("elapsedMs").toInteger(), event.timeMs - 500);
    Event back;
    QString error;
    QVERIFY2(EventJson::fromLine(line, &back, &error), qPrintable(error));
    QCOMPARE(back.timeMs, event.timeMs);
    QCOMPARE(int(back.kind), int(event.kind));
    QCOMPARE(int(back.direction), int(event.direction));
    QCOMPARE(back.payload, event.payload);
    QCOMPARE(back.code, event.code);
    QCOMPARE(back.wasClean, event.wasClean);
    QCOMPARE(back.protocol, event.protocol);
    QCOMPARE(back.extensions, event.extensions);
    QCOMPARE(back.tlsErrorsIgnored, event.tlsErrorsIgnored);
    QCOMPARE(back.rttMs, event.rttMs);
    QCOMPARE(back.frame.opcode, event.frame.opcode);
    QCOMPARE(back.frame.fin, event.frame.fin);
    QCOMPARE(back.frame.rsv, event.frame.rsv);
    QCOMPARE(back.frame.masked, event.frame.masked);
    QCOMPARE(back.frame.payloadLength, event.frame.payloadLength);
    QCOMPARE(back.frame.compressed, event.frame.compressed);
    QCOMPARE(back.frame.lengthBits, event.frame.lengthBits);
    QCOMPARE(back.frame.nonMinimalLength, event.frame.nonMinimalLength);
    QCOMPARE(back.frame.maskKey, event.frame.maskKey);
    QCOMPARE(back.frame.head, event.frame.head);
    QCOMPARE(bool(back.handshake), bool(event.handshake));
    if (event.handshake) {
        QCOMPARE(back.handshake->requestLine, event.handshake->requestLine);
        QCOMPARE(back.handshake->requestHeaders, event.handshake->requestHeaders);
        QCOMPARE(back.handshake->status, event.handshake->status);
        QCOMPARE(back.handshake->statusLine, event.handshake->statusLine);
        QCOMPARE(back.handshake->responseHeaders, event.handshake->responseHeaders);
        QCOMPARE(back.handshake->body, event.handshake->body);
        QCOMPARE(back.handshake->rawBody, event.handshake->rawBody);
        QCOMPARE(back.handshake->foldedResponseHeaders, event.handshake->foldedResponseHeaders);
        QCOMPARE(back.handshake->tlsProtocol, event.handshake->tlsProtocol);
        QCOMPARE(back.handshake->tlsCipher, event.handshake->tlsCipher);
        QCOMPARE(back.handshake->peerCertificates, event.handshake->peerCertificates);
        QCOMPARE(back.handshake->tlsErrorsIgnored, event.handshake->tlsErrorsIgnored);
    }
}

void TestEventJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("no time") << QByteArray(R"({"event":"open"})") << "time";
    QTest::addRow("bad time") << QByteArray(R"({"time":"yesterday","event":"open"})") << "time";
    QTest::addRow("unknown event")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"nap"})") << "nap";
    QTest::addRow("bad base64") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"message","type":"binary","data":"!!"})")
                                << "base64";
    QTest::addRow("bad type") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"message","type":"morse"})")
                              << "morse";
    QTest::addRow("not json") << QByteArray("hello") << "unexpected";
    QTest::addRow("array") << QByteArray("[1]") << "object";
    QTest::addRow("trailing text")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"open"} x)") << "after";
    QTest::addRow("wrong type") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":"x"})")
                                << "number";
    QTest::addRow("bad escape") << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"\q"})")
                                << "escape";
    QTest::addRow("cut") << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","ev)") << "closed";
    QTest::addRow("ignored errors not a list") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"open","tlsErrorsIgnored":"all"})")
                                               << "array of strings";
    QTest::addRow("ignored errors not strings") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"open","tlsErrorsIgnored":[1]})")
                                                << "array of strings";
    QTest::addRow("no event") << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z"})") << "event";
    QTest::addRow("unknown direction") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"message","type":"text","data":"x","dir":"sideways"})")
                                       << "sideways";
    QTest::addRow("direction cased")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"ping","data":"","dir":"IN"})")
        << "\"in\" or \"out\"";
    // Numbers a conversion to an integer cannot hold, or that no such field can have.
    QTest::addRow("code 1e300") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":1e300})")
                                << "whole number";
    QTest::addRow("code -1e300") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":-1e300})")
                                 << "whole number";
    QTest::addRow("code with a fraction")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":1000.5})")
        << "whole number";
    QTest::addRow("code out of range")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":4294968296})")
        << "65535";
    QTest::addRow("status 1e300") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"handshake","status":1e300})")
                                  << "whole number";
    QTest::addRow("rtt 1e19") << QByteArray(
        R"({"time":"2026-01-01T00:00:00.000Z","event":"pong","data":"","rttMs":1e19})")
                              << "whole number";
    // Control characters from the file are shown escaped, never raw.
    QTest::addRow("control in event name")
        << QByteArray(R"({"time":"2026-01-01T00:00:00.000Z","event":"na\u0001p\u001b[2J"})")
        << "na\\x01p\\x1B[2J";
    QTest::addRow("control byte") << QByteArray("\x01") << "'\\x01'";
    QTest::addRow("lone byte") << QByteArray("\xEF") << "'\\xEF'";
}

void TestEventJson::times_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("Z") << QByteArray("2026-01-02T03:04:05.678Z") << qint64(1767323045678);
    QTest::addRow("epoch") << QByteArray("1970-01-01T00:00:00.000Z") << qint64(0);
    QTest::addRow("leap day") << QByteArray("2024-02-29T23:59:59.999Z") << qint64(1709251199999);
    QTest::addRow("offset") << QByteArray("2026-01-02T10:04:05.678+07:00") << qint64(1767323045678);
    QTest::addRow("no millis") << QByteArray("2026-01-02T03:04:05Z") << qint64(1767323045000);
    QTest::addRow("bad month") << QByteArray("2026-13-02T03:04:05.678Z") << qint64(-1);
    QTest::addRow("junk") << QByteArray("2026-01-02T03:04:05.67xZ") << qint64(-1);
}

void TestEventJson::times()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    qint64 parsed = -1;
    QCOMPARE(TimeFormat::parseIso(text, &parsed), ms >= 0);
    if (ms >= 0) {
        QCOMPARE(parsed, ms);
        if (text.endsWith(".678Z") || text.endsWith(".999Z") || text.endsWith(".000Z"))
            QCOMPARE(TimeFormat::iso(ms).toLatin1(), text);
    }
}

void TestEventJson::scannerAgreesWithQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("qtIsLenient");
    // Qt accepts these two, RFC 8259 does not; the scanner follows the RFC.
    QTest::addRow("1.") << QByteArray("1.") << true;
    QTest::addRow("raw tab") << QByteArray("\"\t\"") << true;
    const char *cases[] = {
        "{}",
        "[]",
        "[1,2,3]",
        "{\"a\":[{},[],\"x\"]}",
        "  {\"a\" : 1 }  ",
        "-0.5e+3",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "true",
        "null",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "01",
        "-",
        "\"abc",
        "{\"a\":tru}",
        "[",
        "{\"a\":1}}",
        "{,}",
        "[,1]",
        "1e",
        "{1:2}",
    };
    for (const char *c : cases)
        QTest::addRow("%s", c) << QByteArray(c) << false;
}

void TestEventJson::scannerAgreesWithQt()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, qtIsLenient);
    // Qt parses only objects and arrays at the top level; wrap scalars for the comparison.
    const QByteArray wrapped = "[" + json + "]";
    QJsonParseError qtError;
    QJsonDocument::fromJson(wrapped, &qtError);
    JsonScanner scanner(wrapped);
    bool ok = true;
    while (true) {
        const auto t = scanner.next();
        if (t == JsonScanner::Token::Error) {
            ok = false;
            break;
        }
        if (t == JsonScanner::Token::End)
            break;
    }
    QCOMPARE(ok, qtError.error == QJsonParseError::NoError && !qtIsLenient);
}

void TestEventJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    Event e;
    QString error;
    QVERIFY(!EventJson::fromLine(json, &e, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY2(std::none_of(error.begin(), error.end(),
                          [](QChar c) { return c.category() == QChar::Other_Control; }),
             qPrintable(error));
}

void TestEventJson::wholeNumbersInAnySpelling()
{
    Event e;
    QString error;
    QVERIFY2(EventJson::fromLine(
                 R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":1.0e3,"clean":true})",
                 &e, &error),
             qPrintable(error));
    QCOMPARE(e.code, 1000);
    QVERIFY2(EventJson::fromLine(
                 R"({"time":"2026-01-01T00:00:00.000Z","event":"close","code":-0.0})", &e, &error),
             qPrintable(error));
    QCOMPARE(e.code, 0);
}

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
