#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "session/eventjson.h"
#include "session/har.h"
#include "session/journal.h"
#include "session/redaction.h"
#include "session/sessionlibrary.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"
#include "session/transcript.h"

/// Session files: the JSONL format, HAR export and import, redaction, the journal and the
/// session library.
class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void jsonlRoundTrip();
    void harRoundTrip();
    void harKeepsHandshakeAndRequest();
    void exportSelectedRows();
    void transcript();
    void ignoredCertificateErrorsAreKeptAndShown();
    void transcriptWriterSaysWhatLineSays();
    void corruptFiles_data();
    void corruptFiles();
    void truncatedLastLineIsDroppedAndReported();
    void headerlessCliOutput();
    void unknownKindsAndFieldsAreSkipped();
    void hugeLine();
    void cancelStopsLoading();
    void harErrors_data();
    void harErrors();
    void byteOrderMarkIsSkipped();
    void harBadMessagesAreSkipped_data();
    void harBadMessagesAreSkipped();
    void harBadEntryValuesAreReported();
    void headerNumbersOutOfRangeKeepDefaults();
    void hugeHeaderIsWrittenInSlices();
    void redaction_data();
    void redaction();
    void exportRedactsUnlessAsked();
    void userNames_data();
    void userNames();
    void exportsRedactUserNamesEvenWhenKeepingSecrets();
    void journalRedactsOnlyUserNames();
    void journalWritesWhileRunning();
    void journalIsPrivate();
    void filesWithSecretsArePrivateUnderAnyUmask();
    void libraryListsFinishedAndUnfinished();

private:
    static SessionHeader header();
    static EventStore sample();
    static void compareEvents(const EventStore &a, const EventStore &b);
};

static const qint64 T0 = 1767323045678; // 2026-01-02T03:04:05.678Z

// An error message must never carry raw control bytes to a terminal or a dialog.
static bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A HAR file with one WebSocket entry: the messages given, and extra members for the entry.
static QByteArray harWith(const QByteArray &messages, const QByteArray &entryMembers = {})
{
    return R"({"log":{"version":"1.2","entries":[{"startedDateTime":"2026-01-02T03:04:05.678Z",)"
           R"("request":{"url":"wss://a/"},"response":{"status":101},"_webSocketMessages":[)"
           + messages + "]" + entryMembers + "}]}}";
}

SessionHeader TestSession::header()
{
    SessionHeader h;
    h.createdMs = T0;
    h.request.url = QUrl("ws://127.0.0.1:9/chat?room=1&access_token=abc");
    h.request.subprotocols = {"v2.chat", "v1.chat"};
    h.request.headers = {{"Authorization", "Bearer s3cret"}, {"X-Trace", "7"}};
    h.request.origin = "http://localhost";
    h.request.engine = EngineKind::QtWebSockets;
    h.request.keepAliveMs = 1500;
    h.request.deflate = false;
    h.request.keyPassphrase = "never written";
    h.source = "record";
    return h;
}

EventStore TestSession::sample()
{
    EventStore s;
    HandshakeRecord h;
    h.requestLine = "GET /chat?room=1&access_token=abc HTTP/1.1";
    h.requestHeaders = {{"Host", "127.0.0.1:9"}, {"Authorization", "Bearer s3cret"}};
    h.responseSeen = true;
    h.status = 101;
    h.statusLine = "HTTP/1.1 101 Switching Protocols";
    h.responseHeaders = {{"Upgrade", "websocket"}, {"Set-Cookie", "sid=1"}};
    s.append(Event::handshakeRecord(T0 + 1, h));
    s.append(Event::open(T0 + 2, "v2.chat", ""));
    s.append(
        Event::message(T0 + 3, Direction::Out, true, QString::fromUtf8("xin chào 😀").toUtf8()));
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    s.append(Event::message(T0 + 4, Direction::In, false, all));
    s.append(Event::message(T0 + 5, Direction::In, true, "line1\nline2\t\"quoted\""));
    s.append(Event::message(T0 + 6, Direction::Out, true, {}));
    s.append(Event::control(T0 + 7, EventKind::Pong, Direction::In, "p", 3));
    s.append(Event::error(T0 + 8, "something odd"));
    s.append(Event::close(T0 + 1009, 4000, QString::fromUtf8("tạm biệt"), true));
    return s;
}

void TestSession::compareEvents(const EventStore &a, const EventStore &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Event x = a.at(i), y = b.at(i);
        QCOMPARE(int(x.kind), int(y.kind));
        QCOMPARE(x.timeMs, y.timeMs);
        QCOMPARE(int(x.direction), int(y.direction));
        QCOMPARE(x.payload, y.payload);
        QCOMPARE(x.code, y.code);
        QCOMPARE(x.wasClean, y.wasClean);
        QCOMPARE(x.protocol, y.protocol);
    }
}

void TestSession::jsonlRoundTrip()
{
    const EventStore events = sample();
    ExportOptions keep;
    keep.keepSecrets = true;
    const QByteArray text = SessionWriter::jsonl(header(), events, keep);
    QVERIFY(!text.contains("never written")); // the passphrase is never stored
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + events.size());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value("format").toString(), QString("wsprobe-session"));
    QCOMPARE(first.value("version").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value("elapsedMs").toInt(), 3);
    // The header is written as QJsonDocument wrote it (sorted keys, compact), without one.
    SessionHeader titled = header();
    titled.title = QString::fromUtf8("tiêu đề \"1\"\t\x01");
    titled.request.caFile = "/ca.pem";
    titled.group = "0b7c-tab";
    QCOMPARE(titled.toLine(),
             QJsonDocument::fromJson(titled.toLine()).toJson(QJsonDocument::Compact));
    SessionHeader titledBack;
    QString headerError;
    QVERIFY2(SessionHeader::fromLine(titled.toLine().trimmed(), &titledBack, &headerError),
             qPrintable(headerError));
    QCOMPARE(titledBack.group, QString("0b7c-tab"));
    QCOMPARE(titledBack.title, titled.title);

    Session back;
    QString error;
    QVERIFY2(SessionReader::readData(text, &back, &error), qPrintable(error));
    QVERIFY(back.issues.isEmpty());
    QVERIFY(!back.headerless);
    QCOMPARE(back.header.createdMs, T0);
    QCOMPARE(back.header.request.url, header().request.url);
    QCOMPARE(back.header.request.subprotocols, header().request.subprotocols);
    QCOMPARE(back.header.request.headers, header().request.headers);
    QCOMPARE(back.header.request.origin, header().request.origin);
    QCOMPARE(int(back.header.request.engine), int(EngineKind::QtWebSockets));
    QCOMPARE(back.header.request.keepAliveMs, 1500);
    QCOMPARE(back.header.request.deflate, false);
    QCOMPARE(back.header.source, QString("record"));
    compareEvents(events, back.events);
    const Event hs = back.events.at(0);
    QVERIFY(hs.handshake);
    QCOMPARE(hs.handshake->responseHeaders, sample().at(0).handshake->responseHeaders);

    // Where the Auth helper put its credential is kept, in the file and in settings.
    SessionHeader withAuth = header();
    withAuth.request.auth = {AuthMarker::Kind::ApiKeyQuery, "sig"};
    QCOMPARE(withAuth.toLine(),
             QJsonDocument::fromJson(withAuth.toLine()).toJson(QJsonDocument::Compact));
    Session authBack;
    QVERIFY2(SessionReader::readData(withAuth.toLine() + '\n', &authBack, &error),
             qPrintable(error));
    QCOMPARE(authBack.header.request.auth, withAuth.request.auth);
    QCOMPARE(SessionJson::requestFromJson(SessionJson::requestToJson(withAuth.request)).auth,
             withAuth.request.auth);
    QCOMPARE(int(back.header.request.auth.kind), int(AuthMarker::Kind::None));
}

void TestSession::harRoundTrip()
{
    QTemporaryDir dir;
    const QString har = dir.filePath("s.har");
    ExportOptions keep;
    keep.keepSecrets = true;
    const EventStore events = sample();
    QString error;
    QVERIFY2(SessionWriter::write(har, SessionWriter::Format::Har, header(), events, keep, &error),
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

void TestSession::harKeepsHandshakeAndRequest()
{
    QTemporaryDir dir;
    const QString har = dir.filePath("s.har");
    ExportOptions keep;
    keep.keepSecrets = true;
    QString error;
    QVERIFY(
        SessionWriter::write(har, SessionWriter::Format::Har, header(), sample(), keep, &error));
    Session back;
    QVERIFY(Har::readFile(har, 0, &back, &error));
    QCOMPARE(back.header.request.url, header().request.url);
    QCOMPARE(back.header.source, QString("har"));
    const Event hs = back.events.at(0);
    QCOMPARE(int(hs.kind), int(EventKind::Handshake));
    QCOMPARE(hs.handshake->status, 101);
    QCOMPARE(hs.handshake->responseHeaders, sample().at(0).handshake->responseHeaders);
    QCOMPARE(int(back.events.at(1).kind), int(EventKind::Open));
    QCOMPARE(back.events.at(1).protocol, QString());
    // Only headers a client may set become the request to replay.
    QCOMPARE(back.header.request.headers, (HeaderList{{"Authorization", "Bearer s3cret"}}));
}

void TestSession::exportSelectedRows()
{
    ExportOptions options;
    options.rows = {2, 4};
    const QByteArray text = SessionWriter::jsonl(header(), sample(), options);
    Session back;
    QString error;
    QVERIFY(SessionReader::readData(text, &back, &error));
    QCOMPARE(back.events.size(), 2);
    QCOMPARE(back.events.at(0).payload, sample().at(2).payload);
    QCOMPARE(back.events.at(1).payload, sample().at(4).payload);
}

void TestSession::transcript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("t.txt");
    QString error;
    QCOMPARE(int(SessionWriter::formatForPath(path)), int(SessionWriter::Format::Transcript));
    QVERIFY(SessionWriter::write(path, SessionWriter::Format::Transcript, header(), sample(), {},
                                 &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains("ws://127.0.0.1:9/chat?room=1&access_token=<redacted>"));
    QVERIFY(text.contains(QString::fromUtf8("> text   (14 B) xin chào 😀")));
    QVERIFY(text.contains("00 01 02 03"));
    QVERIFY(text.contains("+    1.009s"));
    QVERIFY(!text.contains("s3cret"));
}

void TestSession::ignoredCertificateErrorsAreKeptAndShown()
{
    const QStringList errors{"The certificate is self-signed, and untrusted — certificate CN=x",
                             "The host name did not match any of the valid hosts"};
    EventStore events;
    events.append(Event::open(T0 + 2, "", "", errors));
    events.append(Event::open(T0 + 3, "chat", ""));
    QCOMPARE(events.at(0).tlsErrorsIgnored, errors);

    // The console's text and the transcript export say so on the open line, and which ones.
    const QStringList lines = Transcript::line(events.at(0)).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].contains("WARNING: certificate errors were ignored"), qPrintable(lines[0]));
    QCOMPARE(lines[1], "  ignored: " + errors[0]);
    QCOMPARE(lines[2], "  ignored: " + errors[1]);
    QVERIFY(!Transcript::line(events.at(1)).contains("WARNING"));

    // A session file keeps them.
    Session back;
    QString error;
    QVERIFY2(SessionReader::readData(SessionWriter::jsonl(header(), events), &back, &error),
             qPrintable(error));
    QCOMPARE(back.events.size(), 2);
    QCOMPARE(back.events.at(0).tlsErrorsIgnored, errors);
    QVERIFY(back.events.at(1).tlsErrorsIgnored.isEmpty());
}

void TestSession::transcriptWriterSaysWhatLineSays()
{
    // The console's fast path must print exactly the line the general path prints.
    EventStore events = sample();
    events.append(Event::message(T0 + 50, Direction::In, true, "a\nb \"q\" \t"));
    events.append(Event::message(T0 + 51, Direction::Out, true, QByteArray()));
    events.append(Event::message(T0 + 52, Direction::In, true, "bad \xff\xfe utf-8"));
    events.append(Event::message(T0 + 53, Direction::In, false, QByteArray()));
    events.append(
        Event::message(T0 - 86'400'000, Direction::Out, false, QByteArray("\x00\x7f", 2)));
    QVERIFY(events.size() > 10);
    Transcript::Writer writer;
    QByteArray all;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event e = events.at(i);
        QByteArray got;
        writer.appendLine(&got, e);
        QCOMPARE(QString::fromUtf8(got), Transcript::line(e) + QLatin1Char('\n'));
        all += got;
    }
    QVERIFY(all.contains(QString::fromUtf8("bad \uFFFD\uFFFD utf-8").toUtf8()));
}

void TestSession::corruptFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorContains");
    const QByteArray event = R"({"event":"open","time":"2026-01-01T00:00:00.000Z"})";
    QTest::addRow("empty") << QByteArray() << "empty";
    QTest::addRow("blank lines") << QByteArray("\n\n  \n") << "empty";
    QTest::addRow("not json") << QByteArray("hello world\n") << "line 1";
    QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "line 1";
    QTest::addRow("other format") << QByteArray(R"({"format":"har","version":1})"
                                                "\n")
                                  << "har";
    QTest::addRow("newer version")
        << QByteArray(
               R"({"format":"wsprobe-session","version":2,"created":"2026-01-01T00:00:00.000Z"})"
               "\n")
               + event
        << "newer";
    QTest::addRow("version text") << QByteArray(
        R"({"format":"wsprobe-session","version":"1","created":"2026-01-01T00:00:00.000Z"})")
                                  << "version";
    QTest::addRow("version zero") << QByteArray(
        R"({"format":"wsprobe-session","version":0,"created":"2026-01-01T00:00:00.000Z"})")
                                  << "version";
    QTest::addRow("no created") << QByteArray(R"({"format":"wsprobe-session","version":1})")
                                << "created";
    QTest::addRow("version 1e300") << QByteArray(
        R"({"format":"wsprobe-session","version":1e300,"created":"2026-01-01T00:00:00.000Z"})")
                                   << "whole number";
    QTest::addRow("control bytes in format")
        << QByteArray(R"({"format":"wsprobe\u0001\u001b[2J","version":1})")
        << "wsprobe\\x01\\x1B[2J";
}

void TestSession::corruptFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorContains);
    Session s;
    QString error;
    QVERIFY(!SessionReader::readData(content, &s, &error));
    QVERIFY2(error.contains(errorContains, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!hasControlCharacter(error), qPrintable(error));

    // The same through a file on disk.
    QTemporaryDir dir;
    QFile f(dir.filePath("x.wsprobe.jsonl"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(!SessionReader::readFile(f.fileName(), &s, &error));
    QVERIFY2(error.contains(errorContains, Qt::CaseInsensitive), qPrintable(error));
}

void TestSession::truncatedLastLineIsDroppedAndReported()
{
    QByteArray text = SessionWriter::jsonl(header(), sample());
    // A bad line in the middle, and a last line cut in the middle of writing.
    QList<QByteArray> lines = text.split('\n');
    lines.insert(
        3, R"({"event":"message","type":"binary","data":"***","time":"2026-01-01T00:00:00.000Z"})");
    lines.insert(5, "{not json");
    text = lines.join('\n');
    text.chop(1); // no final newline
    text.chop(20);
    Session s;
    QString error;
    QVERIFY2(SessionReader::readData(text, &s, &error), qPrintable(error));
    QCOMPARE(s.events.size(), sample().size() - 1);
    QCOMPARE(s.issues.size(), 3);
    QCOMPARE(s.issues[0].line, 4);
    QVERIFY2(s.issues[0].message.contains("base64"), qPrintable(s.issues[0].message));
    QCOMPARE(s.issues[1].line, 6);
    QCOMPARE(s.issues[2].line, 12);
    QVERIFY2(s.issues[2].message.contains("incomplete"), qPrintable(s.issues[2].message));
}

void TestSession::headerlessCliOutput()
{
    const QByteArray text =
        R"({"event":"open","extensions":"","protocol":"","time":"2026-11-26T07:50:13.354Z"}
{"data":"hello","dir":"out","event":"message","size":5,"time":"2026-11-26T07:50:13.354Z","type":"text"}
{"data":"AP8=","dir":"in","event":"message","size":2,"time":"2026-11-26T07:50:13.355Z","type":"binary"}
)";
    Session s;
    QString error;
    QVERIFY2(SessionReader::readData(text, &s, &error), qPrintable(error));
    QVERIFY(s.headerless);
    QCOMPARE(s.events.size(), 3);
    QCOMPARE(s.events.at(2).payload, QByteArray("\x00\xff", 2));
    QCOMPARE(s.header.createdMs, s.events.at(0).timeMs);
}

void TestSession::unknownKindsAndFieldsAreSkipped()
{
    QByteArray text = SessionWriter::jsonl(header(), sample());
    text += R"({"event":"telepathy","time":"2026-01-01T00:00:00.000Z"})"
            "\n";
    text += R"({"event":"open","time":"2026-01-01T00:00:00.000Z","future":{"x":[1,2]}})"
            "\n";
    Session s;
    QString error;
    QVERIFY(SessionReader::readData(text, &s, &error));
    QCOMPARE(s.events.size(), sample().size() + 1);
    QCOMPARE(s.issues.size(), 1);
    QCOMPARE(s.issues[0].line, 0);
    QVERIFY2(s.issues[0].message.contains("1 record"), qPrintable(s.issues[0].message));
}

void TestSession::hugeLine()
{
    // A 40 MB text message is a valid record and loads; 40 MB of garbage is reported.
    QByteArray text = header().toLine() + '\n';
    const QByteArray big(40 << 20, 'x');
    text += EventJson::toLine(Event::message(T0, Direction::In, true, big)) + '\n';
    text += "{\"event\":\"message\",\"data\":\"" + big + "\n";
    text += EventJson::toLine(Event::close(T0, 1000, "", true)) + '\n';
    Session s;
    QString error;
    QVERIFY(SessionReader::readData(text, &s, &error));
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events.at(0).payload.size(), big.size());
    QCOMPARE(s.issues.size(), 1);
    QCOMPARE(s.issues[0].line, 3);
}

void TestSession::cancelStopsLoading()
{
    QByteArray text = header().toLine() + '\n';
    const QByteArray line = EventJson::toLine(Event::message(T0, Direction::In, true, "x")) + '\n';
    for (int i = 0; i < 200000; ++i)
        text += line;
    Session s;
    QString error;
    int calls = 0;
    QVERIFY(SessionReader::readData(text, &s, &error, [&](qint64, qint64) { return ++calls < 2; }));
    QVERIFY(s.cancelled);
    QVERIFY(s.events.size() < 200000);
}

void TestSession::harErrors_data()
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

void TestSession::harErrors()
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

void TestSession::byteOrderMarkIsSkipped()
{
    // Windows tools save HAR and JSON Lines with a UTF-8 byte order mark.
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray har =
        bom + harWith(R"({"type":"send","time":1767323045.679,"opcode":1,"data":"hi"})");
    QList<Har::EntryInfo> entries;
    QString error;
    QVERIFY2(Har::listEntries(har, &entries, &error), qPrintable(error));
    Session s;
    QVERIFY2(Har::readEntry(har, entries.first().index, &s, &error), qPrintable(error));
    QCOMPARE(s.events.at(s.events.size() - 1).payload, QByteArray("hi"));
    QCOMPARE(s.events.at(s.events.size() - 1).timeMs, T0 + 1);

    // Recognised as HAR by its content under another name, too.
    QTemporaryDir dir;
    QFile f(dir.filePath("capture.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(har);
    f.close();
    QVERIFY2(SessionReader::load(f.fileName(), -1, &s, &error), qPrintable(error));
    QCOMPARE(s.header.source, QString("har"));

    const QByteArray jsonl = bom + SessionWriter::jsonl(header(), sample());
    QVERIFY2(SessionReader::readData(jsonl, &s, &error), qPrintable(error));
    QVERIFY(!s.headerless);
    QCOMPARE(s.events.size(), sample().size());
}

void TestSession::harBadMessagesAreSkipped_data()
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

void TestSession::harBadMessagesAreSkipped()
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

void TestSession::harBadEntryValuesAreReported()
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

void TestSession::headerNumbersOutOfRangeKeepDefaults()
{
    // Options that do not fit their type keep their defaults instead of wrapping around.
    const QByteArray text =
        R"({"format":"wsprobe-session","version":1,"created":"2026-01-02T03:04:05.678Z",)"
        R"("request":{"url":"ws://h/","options":{"handshakeTimeoutMs":5e9,"keepAliveMs":1e300,)"
        R"("maxMessageSize":1.5,"closeTimeoutMs":-7,"maxFrameSize":1e3,"autoPong":"yes"}}})"
        "\n";
    Session s;
    QString error;
    QVERIFY2(SessionReader::readData(text, &s, &error), qPrintable(error));
    const ConnectionRequest defaults;
    const ConnectionRequest &r = s.header.request;
    QCOMPARE(r.handshakeTimeoutMs, defaults.handshakeTimeoutMs);
    QCOMPARE(r.keepAliveMs, defaults.keepAliveMs);
    QCOMPARE(r.maxMessageSize, defaults.maxMessageSize);
    QCOMPARE(r.closeTimeoutMs, -7);
    QCOMPARE(r.maxFrameSize, qint64(1000));
    QCOMPARE(r.autoPong, defaults.autoPong);
    QCOMPARE(r.url, QUrl("ws://h/"));
}

void TestSession::hugeHeaderIsWrittenInSlices()
{
    // A legal header can be hundreds of megabytes; it is written a few megabytes at a time,
    // never built whole beside the header it comes from, and reads back the same.
    SessionHeader h = header();
    h.title = QString(24 << 20, QChar(u'é'));
    h.request.headers.append({"X-Big", QByteArray(24 << 20, '"')});
    qsizetype total = 0, largest = 0;
    QByteArray out;
    QVERIFY(h.writeLine(&out, [&](QByteArray *chunk) {
        total += chunk->size();
        largest = std::max(largest, chunk->size());
        chunk->clear();
        return true;
    }));
    total += out.size();
    QVERIFY2(largest < (12 << 20), qPrintable(QString::number(largest)));
    QVERIFY(total > (96 << 20));
    const QByteArray line = h.toLine();
    QCOMPARE(line.size() + 1, total);
    QCOMPARE(QJsonDocument::fromJson(line).object().value("title").toString(), h.title);

    QTemporaryDir dir;
    const QString path = dir.filePath("big.wsprobe.jsonl");
    QString error;
    ExportOptions keep;
    keep.keepSecrets = true;
    QVERIFY2(SessionWriter::write(path, SessionWriter::Format::Jsonl, h, sample(), keep, &error),
             qPrintable(error));
    Session back;
    QVERIFY2(SessionReader::readFile(path, &back, &error), qPrintable(error));
    QCOMPARE(back.header.title, h.title);
    QCOMPARE(back.header.request.headers, h.request.headers);
    QCOMPARE(back.header.request.subprotocols, h.request.subprotocols);
    QCOMPARE(back.header.request.origin, h.request.origin);
    QCOMPARE(back.header.request.keepAliveMs, h.request.keepAliveMs);
    compareEvents(back.events, sample());
}

void TestSession::redaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("token") << "wss://h/p?access_token=abc&room=1"
                           << "wss://h/p?access_token=<redacted>&room=1";
    QTest::addRow("key case") << "wss://h/?apiKey=1&x=2"
                              << "wss://h/?apiKey=<redacted>&x=2";
    QTest::addRow("password and secret")
        << "ws://h/?Password=p&client_secret=s&auth=a"
        << "ws://h/?Password=<redacted>&client_secret=<redacted>&auth=<redacted>";
    QTest::addRow("harmless") << "ws://h/?room=1&user=me"
                              << "ws://h/?room=1&user=me";
    QTest::addRow("user password") << "ws://me:pw@h/"
                                   << "ws://me:<redacted>@h/";
}

void TestSession::redaction()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(QUrl::fromPercentEncoding(Redaction::redactUrl(QUrl(url)).toEncoded()), expected);
}

void TestSession::exportRedactsUnlessAsked()
{
    const QByteArray redacted = SessionWriter::jsonl(header(), sample());
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(!redacted.contains(secret), secret);
    QVERIFY(redacted.contains("access_token=<redacted>"));
    QVERIFY(redacted.contains("X-Trace")); // other headers stay
    ExportOptions keep;
    keep.keepSecrets = true;
    const QByteArray kept = SessionWriter::jsonl(header(), sample(), keep);
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(kept.contains(secret), secret);

    QTemporaryDir dir;
    QString error;
    QVERIFY(SessionWriter::write(dir.filePath("r.har"), SessionWriter::Format::Har, header(),
                                 sample(), {}, &error));
    QFile f(dir.filePath("r.har"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray har = f.readAll();
    for (const char *secret : {"s3cret", "sid=1", "access_token=abc"})
        QVERIFY2(!har.contains(secret), secret);
}

void TestSession::userNames_data()
{
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    // Names given: "X-Api-Token", "sig". A parameter matches when its name contains one.
    QTest::addRow("parameter") << true << "wss://h/?sig=1&room=2"
                               << "wss://h/?sig=<redacted>&room=2";
    QTest::addRow("parameter, any case, contained")
        << true << "wss://h/?x_SIG_v2=1&x-api-token=2"
        << "wss://h/?x_SIG_v2=<redacted>&x-api-token=<redacted>";
    QTest::addRow("built-in rules too") << true << "wss://h/?sig=1&access_token=2"
                                        << "wss://h/?sig=<redacted>&access_token=<redacted>";
    QTest::addRow("user names only") << false << "wss://me:pw@h/?sig=1&access_token=2"
                                     << "wss://me:pw@h/?sig=<redacted>&access_token=2";
}

void TestSession::userNames()
{
    QFETCH(bool, builtIn);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    Redaction::Rules rules;
    rules.builtIn = builtIn;
    rules.names = Redaction::cleanNames({" X-Api-Token ", "", "sig", "x-api-token"});
    QCOMPARE(rules.names, QStringList({"X-Api-Token", "sig"}));
    QCOMPARE(QUrl::fromPercentEncoding(Redaction::redactUrl(QUrl(url), rules).toEncoded()),
             expected);
    // Header names match whole, in any case.
    HeaderList headers{{"x-api-token", "a"}, {"X-Api-Token-Id", "b"}, {"Authorization", "c"}};
    Redaction::redactHeaders(&headers, rules);
    QCOMPARE(headers[0].value, Redaction::placeholder());
    QCOMPARE(headers[1].value, QByteArray("b"));
    QCOMPARE(headers[2].value, builtIn ? Redaction::placeholder() : QByteArray("c"));
    QCOMPARE(Redaction::redactRequestLine("GET /p?sig=abc&n=1 HTTP/1.1", rules),
             QByteArray("GET /p?sig=<redacted>&n=1 HTTP/1.1"));
}

void TestSession::exportsRedactUserNamesEvenWhenKeepingSecrets()
{
    SessionHeader h = header();
    h.request.url = QUrl("ws://127.0.0.1:9/chat?room=1&sig=urlsig");
    h.request.headers << HeaderField{"X-Api-Token", "header-token"};
    EventStore events;
    HandshakeRecord hs;
    hs.requestLine = "GET /chat?room=1&sig=linesig HTTP/1.1";
    hs.requestHeaders = {{"x-api-token", "handshake-token"}, {"Authorization", "Bearer s3cret"}};
    hs.responseSeen = true;
    hs.status = 101;
    hs.statusLine = "HTTP/1.1 101 Switching Protocols";
    events.append(Event::handshakeRecord(T0 + 1, hs));
    events.append(Event::open(T0 + 2, "", ""));
    QTemporaryDir dir;
    for (bool keep : {false, true}) {
        ExportOptions options;
        options.keepSecrets = keep;
        options.redactNames = {"X-API-TOKEN", "sig"};
        for (const char *name : {"u.wsprobe.jsonl", "u.har", "u.txt"}) {
            const QString path = dir.filePath(name);
            QString error;
            QVERIFY2(SessionWriter::write(path, SessionWriter::formatForPath(path), h, events,
                                          options, &error),
                     qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            for (const char *secret : {"header-token", "handshake-token", "urlsig", "linesig"})
                QVERIFY2(!text.contains(secret), qPrintable(QString("%1 in %2").arg(secret, name)));
            QVERIFY2(text.contains("redacted"), name); // HAR percent-encodes the URL's
            // The built-in ones follow "Keep secrets" as before.
            QCOMPARE(text.contains("s3cret"), keep);
        }
    }
}

void TestSession::journalRedactsOnlyUserNames()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("r.wsprobe.jsonl");
    SessionHeader h = header();
    h.request.headers << HeaderField{"X-Api-Token", "header-token"};
    Journal journal;
    Journal::Options options;
    options.privateFile = true;
    options.redactNames = {"x-api-token"};
    QString error;
    QVERIFY2(journal.open(path, h, options, &error), qPrintable(error));
    HandshakeRecord hs;
    hs.requestLine = "GET /chat?x-api-token=linetoken HTTP/1.1";
    hs.requestHeaders = {{"X-Api-Token", "handshake-token"}, {"Authorization", "Bearer s3cret"}};
    journal.record(Event::handshakeRecord(T0 + 1, hs));
    journal.record(Event::message(T0 + 2, Direction::Out, true, "payloads are never touched"));
    journal.finish();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    for (const char *secret : {"header-token", "handshake-token", "linetoken"})
        QVERIFY2(!text.contains(secret), secret);
    // Everything else stays, for replaying.
    QVERIFY(text.contains("Bearer s3cret"));
    QVERIFY(text.contains("access_token=abc"));
    QVERIFY(text.contains("payloads are never touched"));
}

void TestSession::journalWritesWhileRunning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("j.wsprobe.jsonl");
    Journal journal;
    Journal::Options options;
    options.flushIntervalMs = 100;
    QString error;
    QVERIFY2(journal.open(path, header(), options, &error), qPrintable(error));
    const EventStore events = sample();
    for (qsizetype i = 0; i + 1 < events.size(); ++i)
        journal.record(events.at(i));
    // Without finish(): what a crash right now would leave on disk.
    Session s;
    QTRY_VERIFY_WITH_TIMEOUT(
        SessionReader::readFile(path, &s, &error) && s.events.size() == events.size() - 1, 2000);
    QCOMPARE(journal.eventsWritten(), events.size() - 1);
    // A close is written at once, not at the next interval.
    journal.record(events.at(events.size() - 1));
    QTRY_COMPARE_WITH_TIMEOUT(journal.eventsWritten(), events.size(), 90);
    journal.finish();
    QVERIFY(SessionReader::readFile(path, &s, &error));
    compareEvents(events, s.events);
    QVERIFY(journal.error().isEmpty());
    // The journal keeps what exports redact.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Bearer s3cret"));
}

void TestSession::journalIsPrivate()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    QString error;
    auto journal = library.startJournal(header(), &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(QFile::permissions(journal->path())
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(library.directory())
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
#endif
}

void TestSession::filesWithSecretsArePrivateUnderAnyUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are advisory on this platform");
#else
    // umask 000: whatever is not made private explicitly comes out 0666.
    const mode_t saved = ::umask(0);
    const auto restore = qScopeGuard([saved] { ::umask(saved); });
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    auto isPrivate = [&](const QString &path) {
        const QFile::Permissions p = QFile::permissions(path);
        return (p & others) == QFile::Permissions() && (p & owner) == owner;
    };
    QTemporaryDir dir;
    QString error;

    ExportOptions keep;
    keep.keepSecrets = true;
    for (const char *name : {"kept.wsprobe.jsonl", "kept.har", "kept.txt"}) {
        const QString path = dir.filePath(name);
        QVERIFY2(SessionWriter::write(path, SessionWriter::formatForPath(path), header(), sample(),
                                      keep, &error),
                 qPrintable(error));
        QVERIFY2(isPrivate(path), name);
    }
    // A file that was there, readable by everyone, is replaced by a private one.
    const QString old = dir.filePath("old.wsprobe.jsonl");
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.setPermissions(owner | QFile::ReadGroup | QFile::ReadOther));
    }
    QVERIFY(
        SessionWriter::write(old, SessionWriter::Format::Jsonl, header(), sample(), keep, &error));
    QVERIFY(isPrivate(old));
    // A redacted export is for sharing and keeps the usual mode.
    const QString shared = dir.filePath("shared.har");
    QVERIFY(
        SessionWriter::write(shared, SessionWriter::Format::Har, header(), sample(), {}, &error));
    QVERIFY(QFile::permissions(shared) & QFile::ReadOther);

    // The library's journal, its lock while recording and its summary afterwards.
    SessionLibrary library(dir.filePath("sessions"));
    auto journal = library.startJournal(header(), &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY(isPrivate(journal->path()));
    QVERIFY(QFile::exists(SessionLibrary::lockPath(journal->path())));
    QVERIFY(isPrivate(SessionLibrary::lockPath(journal->path())));
    journal->finish();
    QVERIFY(QFile::exists(SessionLibrary::summaryPath(journal->path())));
    QVERIFY(isPrivate(SessionLibrary::summaryPath(journal->path())));
#endif
}

void TestSession::libraryListsFinishedAndUnfinished()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    QString error;
    SessionHeader h = header();
    auto finished = library.startJournal(h, &error);
    QVERIFY(finished);
    const EventStore events = sample();
    for (qsizetype i = 0; i < events.size(); ++i)
        finished->record(events.at(i));
    finished->finish();

    h.createdMs += 60000;
    auto live = library.startJournal(h, &error);
    QVERIFY(live);
    QVERIFY(library.unfinished().isEmpty()); // recording, not abandoned

    // A journal a crash left behind: no summary, and nobody holds its lock.
    const QString crashed = dir.filePath("sessions/crashed.wsprobe.jsonl");
    {
        h.createdMs += 60000;
        QFile f(crashed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(h.toLine() + '\n' + EventJson::toLine(events.at(2), h.createdMs) + '\n'
                + "{\"data\":\"cut of");
    }
    const QList<SessionLibrary::Entry> entries = library.list();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(int(entries[0].state), int(SessionLibrary::Entry::State::Unfinished));
    QCOMPARE(int(entries[1].state), int(SessionLibrary::Entry::State::Recording));
    QCOMPARE(int(entries[2].state), int(SessionLibrary::Entry::State::Finished));
    QCOMPARE(entries[2].summary.messagesIn, 2);
    QCOMPARE(entries[2].summary.messagesOut, 2);
    QCOMPARE(entries[2].summary.url, header().request.url);
    QCOMPARE(library.unfinished(), QStringList{crashed});

    Session recovered;
    QVERIFY2(library.recover(crashed, &recovered, &error), qPrintable(error));
    QCOMPARE(recovered.events.size(), 1);
    QCOMPARE(recovered.issues.size(), 1); // the cut line, reported
    QVERIFY(library.unfinished().isEmpty());

    QVERIFY(!library.remove(live->path(), &error)); // still recording
    live->finish();
    QVERIFY2(library.remove(live->path(), &error), qPrintable(error));
    QCOMPARE(library.list().size(), 2);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
