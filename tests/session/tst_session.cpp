#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "session/eventjson.h"
#include "session/har.h"
#include "session/journal.h"
#include "session/redaction.h"
#include "session/sessionlibrary.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"
#include "session/transcript.h"
#include "sessionsample.h"

/// Session files: the JSONL format, transcripts, damaged and odd files, the journal while
/// running and the session library.
class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void jsonlRoundTrip();
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
    void byteOrderMarkIsSkipped();
    void headerNumbersOutOfRangeKeepDefaults();
    void hugeHeaderIsWrittenInSlices();
    void journalWritesWhileRunning();
    void libraryListsFinishedAndUnfinished();
};

void TestSession::jsonlRoundTrip()
{
    const EventStore events = sampleEvents();
    ExportOptions keep;
    keep.keepSecrets = true;
    const QByteArray text = SessionWriter::jsonl(sampleHeader(), events, keep);
    QVERIFY(!text.contains("never written")); // the passphrase is never stored
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + events.size());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value("format").toString(), QString("wsprobe-session"));
    QCOMPARE(first.value("version").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value("elapsedMs").toInt(), 3);
    // The header is written as QJsonDocument wrote it (sorted keys, compact), without one.
    SessionHeader titled = sampleHeader();
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
    QCOMPARE(back.header.request.url, sampleHeader().request.url);
    QCOMPARE(back.header.request.subprotocols, sampleHeader().request.subprotocols);
    QCOMPARE(back.header.request.headers, sampleHeader().request.headers);
    QCOMPARE(back.header.request.origin, sampleHeader().request.origin);
    QCOMPARE(int(back.header.request.engine), int(EngineKind::QtWebSockets));
    QCOMPARE(back.header.request.keepAliveMs, 1500);
    QCOMPARE(back.header.request.deflate, false);
    QCOMPARE(back.header.source, QString("record"));
    compareEvents(events, back.events);
    const Event hs = back.events.at(0);
    QVERIFY(hs.handshake);
    QCOMPARE(hs.handshake->responseHeaders, sampleEvents().at(0).handshake->responseHeaders);

    // Where the Auth helper put its credential is kept, in the file and in settings.
    SessionHeader withAuth = sampleHeader();
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

void TestSession::exportSelectedRows()
{
    ExportOptions options;
    options.rows = {2, 4};
    const QByteArray text = SessionWriter::jsonl(sampleHeader(), sampleEvents(), options);
    Session back;
    QString error;
    QVERIFY(SessionReader::readData(text, &back, &error));
    QCOMPARE(back.events.size(), 2);
    QCOMPARE(back.events.at(0).payload, sampleEvents().at(2).payload);
    QCOMPARE(back.events.at(1).payload, sampleEvents().at(4).payload);
}

void TestSession::transcript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("t.txt");
    QString error;
    QCOMPARE(int(SessionWriter::formatForPath(path)), int(SessionWriter::Format::Transcript));
    QVERIFY(SessionWriter::write(path, SessionWriter::Format::Transcript, sampleHeader(),
                                 sampleEvents(), {}, &error));
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
    QVERIFY2(SessionReader::readData(SessionWriter::jsonl(sampleHeader(), events), &back, &error),
             qPrintable(error));
    QCOMPARE(back.events.size(), 2);
    QCOMPARE(back.events.at(0).tlsErrorsIgnored, errors);
    QVERIFY(back.events.at(1).tlsErrorsIgnored.isEmpty());
}

void TestSession::transcriptWriterSaysWhatLineSays()
{
    // The console's fast path must print exactly the line the general path prints.
    EventStore events = sampleEvents();
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
    QByteArray text = SessionWriter::jsonl(sampleHeader(), sampleEvents());
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
    QCOMPARE(s.events.size(), sampleEvents().size() - 1);
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
    QByteArray text = SessionWriter::jsonl(sampleHeader(), sampleEvents());
    text += R"({"event":"telepathy","time":"2026-01-01T00:00:00.000Z"})"
            "\n";
    text += R"({"event":"open","time":"2026-01-01T00:00:00.000Z","future":{"x":[1,2]}})"
            "\n";
    Session s;
    QString error;
    QVERIFY(SessionReader::readData(text, &s, &error));
    QCOMPARE(s.events.size(), sampleEvents().size() + 1);
    QCOMPARE(s.issues.size(), 1);
    QCOMPARE(s.issues[0].line, 0);
    QVERIFY2(s.issues[0].message.contains("1 record"), qPrintable(s.issues[0].message));
}

void TestSession::hugeLine()
{
    // A 40 MB text message is a valid record and loads; 40 MB of garbage is reported.
    QByteArray text = sampleHeader().toLine() + '\n';
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
    QByteArray text = sampleHeader().toLine() + '\n';
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

    const QByteArray jsonl = bom + SessionWriter::jsonl(sampleHeader(), sampleEvents());
    QVERIFY2(SessionReader::readData(jsonl, &s, &error), qPrintable(error));
    QVERIFY(!s.headerless);
    QCOMPARE(s.events.size(), sampleEvents().size());
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
    SessionHeader h = sampleHeader();
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
    QVERIFY2(
        SessionWriter::write(path, SessionWriter::Format::Jsonl, h, sampleEvents(), keep, &error),
        qPrintable(error));
    Session back;
    QVERIFY2(SessionReader::readFile(path, &back, &error), qPrintable(error));
    QCOMPARE(back.header.title, h.title);
    QCOMPARE(back.header.request.headers, h.request.headers);
    QCOMPARE(back.header.request.subprotocols, h.request.subprotocols);
    QCOMPARE(back.header.request.origin, h.request.origin);
    QCOMPARE(back.header.request.keepAliveMs, h.request.keepAliveMs);
    compareEvents(back.events, sampleEvents());
}

void TestSession::journalWritesWhileRunning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("j.wsprobe.jsonl");
    Journal journal;
    Journal::Options options;
    options.flushIntervalMs = 100;
    QString error;
    QVERIFY2(journal.open(path, sampleHeader(), options, &error), qPrintable(error));
    const EventStore events = sampleEvents();
    for (qsizetype i = 0; i + 1 < events.size(); ++i)
        journal.record(events.at(i));
    // Without finish(): what a crash right now would leave on disk.
    Session s;
    QTRY_VERIFY_WITH_TIMEOUT(
        SessionReader::readFile(path, &s, &error) && s.events.size() == events.size() - 1, 2000);
    QCOMPARE(journal.eventsWritten(), events.size() - 1);
    journal.record(events.at(events.size() - 1));
    QTRY_COMPARE_WITH_TIMEOUT(journal.eventsWritten(), events.size(), 2000);
    journal.finish();
    QVERIFY(SessionReader::readFile(path, &s, &error));
    compareEvents(events, s.events);
    QVERIFY(journal.error().isEmpty());
    // The journal keeps what exports redact.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Bearer s3cret"));

    // A close is written at once, not at the next interval: with a minute between writes,
    // only the close's own wake-up can write these events within the wait (a bound of less
    // than the interval would do it too, but fails on a machine that stalls for that long).
    Journal atClose;
    options.flushIntervalMs = 60000;
    QVERIFY2(atClose.open(dir.filePath("close.wsprobe.jsonl"), sampleHeader(), options, &error),
             qPrintable(error));
    for (qsizetype i = 0; i + 1 < events.size(); ++i)
        atClose.record(events.at(i));
    QTest::qWait(50);
    QCOMPARE(atClose.eventsWritten(), 0);
    atClose.record(events.at(events.size() - 1));
    QTRY_COMPARE_WITH_TIMEOUT(atClose.eventsWritten(), events.size(), 10000);
    atClose.finish();
}

void TestSession::libraryListsFinishedAndUnfinished()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    QString error;
    SessionHeader h = sampleHeader();
    auto finished = library.startJournal(h, &error);
    QVERIFY(finished);
    const EventStore events = sampleEvents();
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
    QCOMPARE(entries[2].summary.url, sampleHeader().request.url);
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
