// The session commands of wsprobe-cli, run as a user would: record, convert, replay.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/burst.h"
#include "common/clirun.h"
#include "common/externalserver.h"
#include "common/rawpeer.h"
#include "demo/demoserver.h"
#include "session/sessionreader.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WSPROBE_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WSPROBE_SANITIZED
#endif
#endif

class TestCliSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recordWritesPrivateSession();
    void recordPrintsOnATerminalOrWhenAsked();
    void killedRecordingKeepsWhatWasFlushed();
    void convertRoundTrip();
    void convertRedactsUnlessAsked();
    void convertKeepingSecretsIsPrivate();
    void convertListsAndPicksHarEntries();
    void redactNamesInEveryFileWritten();
    void convertPeakMemory_data();
    void convertPeakMemory();
    void replayMatchesEcho();
    void replayAgainstPythonWebsockets();
    void replayDifferencesExitThree();
    void ignoreRulesMakeVolatileValuesPass();
    void replayWritesNewSession();
    void replayConnectionFailureExitsOne();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void recordBurstThenCloseLosesNothing_data();
    void recordBurstThenCloseLosesNothing();

private:
    static CliRun cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRun::run(WSPROBE_CLI_PATH, args, stdinData);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Records a short echo session: three messages out, three back.
    QString recordEcho();

    DemoServer m_server;
    QTemporaryDir m_dir;
    int m_recordings = 0;
};

void TestCliSession::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

QString TestCliSession::recordEcho()
{
    const QString file = path(QStringLiteral("echo-%1.wsprobe.jsonl").arg(++m_recordings));
    const CliRun r = cli({"record", m_server.url("/echo").toString(), "-o", file, "--send",
                          R"({"op":"hello","n":1})", "--send", "Tiếng Việt", "--send-hex", "00ff10",
                          "--wait-ms", "200", "-H", "Authorization: Bearer s3cret"});
    return r.exitCode == 0 ? file : QString();
}

void TestCliSession::recordWritesPrivateSession()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    Session s;
    QString error;
    QVERIFY2(SessionReader::readFile(file, &s, &error), qPrintable(error));
    QVERIFY(s.issues.isEmpty());
    QCOMPARE(s.header.request.url, m_server.url("/echo"));
    QCOMPARE(s.header.source, QString("record"));
    QStringList shape;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event e = s.events.at(i);
        shape << EventNames::kindId(e.kind) + EventNames::directionId(e.direction);
    }
    QCOMPARE(shape.join(' '), QString("handshake open textout textout binaryout textin textin "
                                      "binaryin close"));
    QCOMPARE(s.events.at(6).payload, QString("Tiếng Việt").toUtf8());
    QCOMPARE(s.events.at(7).payload, QByteArray("\x00\xff\x10", 3));
}

void TestCliSession::recordPrintsOnATerminalOrWhenAsked()
{
    // Standard output is a pipe here: the file is the record, and a second copy of every
    // event is written only when asked for with --json.
    const QStringList args{
        "record", m_server.url("/echo").toString(), "--send", "marker-1", "--wait-ms", "200"};
    const CliRun quiet = cli(args + QStringList{"-o", path("quiet.wsprobe.jsonl")});
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, QByteArray());
    QFile file(path("quiet.wsprobe.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("marker-1"), 2); // out and echoed back

    const CliRun json = cli(args + QStringList{"-o", path("json.wsprobe.jsonl"), "--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.count("marker-1"), 2);
    QVERIFY(!json.events.isEmpty());
}

void TestCliSession::killedRecordingKeepsWhatWasFlushed()
{
    // Lines from stdin are sent as they come; kill -9 once they are out, then load the file.
    const QString file = path("killed.wsprobe.jsonl");
    QProcess p;
    p.start(WSPROBE_CLI_PATH, {"record", m_server.url("/echo").toString(), "-o", file});
    QVERIFY(p.waitForStarted(10000));
    for (int i = 0; i < 50; ++i)
        p.write(QByteArray("message ") + QByteArray::number(i) + '\n');
    auto echoed = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) && f.readAll().count("\"dir\":\"in\"") == 50;
    };
    // The journal flushes at least every 500 ms, while the process keeps running.
    QTRY_VERIFY_WITH_TIMEOUT(echoed(), 10000);
    QCOMPARE(p.state(), QProcess::Running);
    p.kill(); // SIGKILL: no chance to finish the file
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    Session s;
    QString error;
    QVERIFY2(SessionReader::readFile(file, &s, &error), qPrintable(error));
    int in = 0, out = 0;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event e = s.events.at(i);
        if (e.kind == EventKind::Text)
            ++(e.direction == Direction::In ? in : out);
    }
    QCOMPARE(out, 50);
    QCOMPARE(in, 50);
    QCOMPARE(s.events.at(s.events.size() - 1).payload, QByteArray("message 49"));
}

void TestCliSession::convertRoundTrip()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    const QString har = path("round.har"), back = path("round.wsprobe.jsonl");
    CliRun r = cli({"convert", file, har, "--keep-secrets"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("round.har"));
    r = cli({"convert", har, back});
    QCOMPARE(r.exitCode, 0);
    Session a, b;
    QString error;
    QVERIFY(SessionReader::readFile(file, &a, &error));
    QVERIFY(SessionReader::readFile(back, &b, &error));
    QList<Event> x, y;
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        if (a.events.at(i).isMessage())
            x << a.events.at(i);
    }
    for (qsizetype i = 0; i < b.events.size(); ++i) {
        if (b.events.at(i).isMessage())
            y << b.events.at(i);
    }
    QCOMPARE(y.size(), x.size());
    for (qsizetype i = 0; i < x.size(); ++i) {
        QCOMPARE(y[i].payload, x[i].payload);
        QCOMPARE(int(y[i].kind), int(x[i].kind));
        QCOMPARE(y[i].timeMs, x[i].timeMs);
    }
    // And to a transcript.
    r = cli({"convert", back, path("round.txt")});
    QCOMPARE(r.exitCode, 0);
    QFile txt(path("round.txt"));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QVERIFY(txt.readAll().contains("00 ff 10"));
}

void TestCliSession::convertRedactsUnlessAsked()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    QCOMPARE(cli({"convert", file, path("redacted.har")}).exitCode, 0);
    QCOMPARE(cli({"convert", file, path("kept.har"), "--keep-secrets"}).exitCode, 0);
    QFile redacted(path("redacted.har")), kept(path("kept.har"));
    QVERIFY(redacted.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
    const QByteArray r = redacted.readAll(), k = kept.readAll();
    QVERIFY(!r.contains("s3cret"));
    QVERIFY(r.contains("<redacted>"));
    QVERIFY(k.contains("Bearer s3cret"));
}

void TestCliSession::convertListsAndPicksHarEntries()
{
    const QString two = WSPROBE_TEST_DATA_DIR "/har/two-websockets.har";
    // --list: number, message count and URL of each WebSocket entry, tab-separated.
    CliRun r = cli({"convert", "--list", two});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("1\t2\twss://app.example/feed\n"
                               "3\t3\twss://app.example/chat?room=7\n"));
    // Firefox's entry has no messages at all: "-", not 0.
    r = cli({"convert", "--list", WSPROBE_TEST_DATA_DIR "/har/firefox.har"});
    QCOMPARE(r.out, QByteArray("1\t-\twss://app.example/socket?room=1\n"));

    // Without --entry the first is converted, and the others are not passed over in silence.
    r = cli({"convert", two, path("first.wsprobe.jsonl")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("2 WebSocket entries") && r.out.contains("--entry"), r.out);
    Session s;
    QString error;
    QVERIFY(SessionReader::readFile(path("first.wsprobe.jsonl"), &s, &error));
    QCOMPARE(s.header.request.url, QUrl("wss://app.example/feed"));

    r = cli({"convert", "--entry", "3", two, path("chat.wsprobe.jsonl")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("--entry"), r.out);
    QVERIFY(SessionReader::readFile(path("chat.wsprobe.jsonl"), &s, &error));
    QCOMPARE(s.header.request.url, QUrl("wss://app.example/chat?room=7"));
    QCOMPARE(s.events.messageCount(Direction::Out), 2);

    // An entry that is not a WebSocket, and --entry on a session file, are refused.
    r = cli({"convert", "--entry", "2", two, path("x.wsprobe.jsonl")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("1, 3"), r.err);
    r = cli({"convert", "--entry", "0", path("chat.wsprobe.jsonl"), path("y.har")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--entry"), r.err);
    QCOMPARE(cli({"convert", "--list", two, path("z.har")}).exitCode, 2);
}

void TestCliSession::convertKeepingSecretsIsPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are advisory on this platform");
#else
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    // The program inherits umask 000: only an explicit mode keeps the file private.
    const mode_t saved = ::umask(0);
    const auto restore = qScopeGuard([saved] { ::umask(saved); });
    for (const char *name : {"kept.wsprobe.jsonl", "kept-too.har", "kept.txt"}) {
        const QString out = path(name);
        const CliRun r = cli({"convert", file, out, "--keep-secrets"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QFile::permissions(out)
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
    }
    const QString recorded = recordEcho();
    QVERIFY(!recorded.isEmpty());
    QCOMPARE(QFile::permissions(recorded)
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
#endif
}

void TestCliSession::redactNamesInEveryFileWritten()
{
    const QString recorded = path("named.wsprobe.jsonl");
    QUrl url = m_server.url("/echo");
    url.setQuery("room=1&sig=urlsig");
    QCOMPARE(cli({"record", url.toString(), "-o", recorded, "--send", "x", "--wait-ms", "100", "-H",
                  "X-Api-Token: header-token", "-H", "Authorization: Bearer s3cret", "--redact",
                  "x-api-token", "--redact", "SIG"})
                 .exitCode,
             0);
    auto read = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QByteArray text = read(recorded);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains("header-token") && !text.contains("urlsig"), text.constData());
    QVERIFY(text.contains("Bearer s3cret")); // a recording keeps the rest, as before

    // convert: the names on top of the built-in rules, and even with --keep-secrets.
    const QString plain = recordEcho();
    QVERIFY(!plain.isEmpty());
    for (const QStringList &extra : {QStringList(), QStringList{"--keep-secrets"}}) {
        const QString har = path("named.har");
        QCOMPARE(
            cli(QStringList{"convert", plain, har, "--redact", "authorization"} + extra).exitCode,
            0);
        QVERIFY(!read(har).contains("s3cret"));
    }

    // replay -o
    const QString replayed = path("named-replay.wsprobe.jsonl");
    QCOMPARE(cli({"replay", plain, "-o", replayed, "--speed", "0", "-H", "X-Api-Token: again",
                  "--redact", "X-API-TOKEN"})
                 .exitCode,
             0);
    text = read(replayed);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains("\"again\""), text.constData());
    QVERIFY(text.contains("Bearer s3cret"));
}

void TestCliSession::convertPeakMemory_data()
{
    // What comes before and after the long run of 'x' that makes one line 64 MiB long.
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray header =
        R"({"format":"wsprobe-session","version":1,"created":"2026-01-02T03:04:05.678Z",)";
    const QByteArray url = R"("request":{"url":"ws://127.0.0.1:1/")";
    const QByteArray message =
        R"({"event":"message","time":"2026-01-02T03:04:05.679Z","dir":"in","type":"text",)"
        R"("data":")";
    const QByteArray shortMessage = message + "x\"}\n";
    QTest::addRow("header with a long title") << header + url + R"(},"title":")"
                                              << "\"}\n" + shortMessage;
    QTest::addRow("header with a long header value") << header + url + R"(,"headers":[["X-Big",")"
                                                     << "\"]]}}\n" + shortMessage;
    QTest::addRow("long message") << header + url + "}}\n" + message << QByteArray("\"}\n");
}

void TestCliSession::convertPeakMemory()
{
#if !defined(Q_OS_LINUX) || defined(WSPROBE_SANITIZED)
    QSKIP("measured with Linux's ru_maxrss, and only without a sanitizer's shadow memory");
#endif
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    // One 64 MiB line: converting it may hold it about twice (the parsed value and the line
    // written from it), not once per copy made on the way (seven times before).
    constexpr qint64 Line = qint64(64) << 20;
    const QString in = path("long-line.wsprobe.jsonl"), out = path("long-line-out.wsprobe.jsonl");
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
        const QByteArray chunk(1 << 20, 'x');
        for (qint64 written = 0; written < Line; written += chunk.size())
            f.write(chunk);
        f.write(after);
    }
    // A fresh Python process has the converter as its only child, so its ru_maxrss for
    // children is the converter's peak resident size (KiB on Linux).
    const char *script =
        "import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n";
    QProcess p;
    p.start(WSPROBE_TEST_PYTHON,
            {"-c", script, WSPROBE_CLI_PATH, "convert", in, out, "--keep-secrets"});
    QVERIFY(p.waitForFinished(120000));
    const QList<QByteArray> result = p.readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(result.size(), 2);
    QCOMPARE(result[0], QByteArray("0"));
    const qint64 peak = result[1].toLongLong() << 10;
    // Twice the line, the program itself (about 15 MiB) and room for the allocator's slack.
    QVERIFY2(peak < 2 * Line + (qint64(64) << 20),
             qPrintable(
                 QStringLiteral("peak %1 MiB for a %2 MiB line").arg(peak >> 20).arg(Line >> 20)));
    QVERIFY(QFileInfo(out).size() > Line);
    QFile::remove(in);
    QFile::remove(out);
}

void TestCliSession::replayMatchesEcho()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    const CliRun r = cli({"replay", file, "--compare", "--speed", "0"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("PASS: 3"), r.out.constData());
}

void TestCliSession::replayAgainstPythonWebsockets()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    ExternalServer python;
    QString error;
    QVERIFY2(python.startPython("python_ws_server.py", &error), qPrintable(error));
    const CliRun r =
        cli({"replay", file, "--url", python.url("/echo"), "--compare", "--json", "--speed", "4"});
    QCOMPARE(r.exitCode, 0);
    int in = 0;
    for (const QJsonObject &e : r.events)
        in += e.value("dir").toString() == "in";
    QCOMPARE(in, 3);
}

void TestCliSession::replayDifferencesExitThree()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    // The ticker ignores what it is sent and speaks of prices.
    const CliRun r = cli({"replay", file, "--url", m_server.url("/ticker").toString(), "--compare",
                          "--linger-ms", "1200"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("FAIL"), r.out.constData());
    QVERIFY2(r.out.contains("$.op: \"hello\" → (absent)"), r.out.constData());
}

void TestCliSession::ignoreRulesMakeVolatileValuesPass()
{
    // Two ticks recorded; replayed, their prices and times differ, their order does not.
    const QString file = path("ticker.wsprobe.jsonl");
    QCOMPARE(
        cli({"record", m_server.url("/ticker").toString(), "-o", file, "--wait-ms", "1200"}, {})
            .exitCode,
        0);
    CliRun r = cli({"replay", file, "--compare", "--linger-ms", "3000"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("$.time"), r.out.constData());
    r = cli({"replay", file, "--compare", "--linger-ms", "3000", "--ignore-key", "price",
             "--ignore-regex", R"(\d{4}-\d\d-\d\dT[0-9:.]+Z)"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY2(r.out.contains("PASS"), r.out.constData());
}

void TestCliSession::replayWritesNewSession()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    const QString replayed = path("replayed.wsprobe.jsonl");
    QCOMPARE(cli({"replay", file, "-o", replayed, "--speed", "0"}).exitCode, 0);
    Session s;
    QString error;
    QVERIFY2(SessionReader::readFile(replayed, &s, &error), qPrintable(error));
    QCOMPARE(s.header.source, QString("replay"));
    int messages = 0;
    for (qsizetype i = 0; i < s.events.size(); ++i)
        messages += s.events.at(i).isMessage();
    QCOMPARE(messages, 6);
}

void TestCliSession::replayConnectionFailureExitsOne()
{
    const QString file = recordEcho();
    QVERIFY(!file.isEmpty());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const CliRun r =
        cli({"replay", file, "--url", QString("ws://127.0.0.1:%1/").arg(port), "--compare"});
    QCOMPARE(r.exitCode, 1);
}

void TestCliSession::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QFile corrupt(path("corrupt.wsprobe.jsonl"));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("this is not json\n");
    corrupt.close();
    QFile har(path("nows.har"));
    QVERIFY(har.open(QIODevice::WriteOnly));
    har.write(R"({"log":{"entries":[{"request":{"url":"https://x/"}}]}})");
    har.close();
    QTest::addRow("missing file") << QStringList{"replay", path("nope.wsprobe.jsonl")}
                                  << "Cannot open";
    QTest::addRow("corrupt") << QStringList{"replay", corrupt.fileName()} << "line 1";
    QTest::addRow("har without websocket")
        << QStringList{"replay", har.fileName()} << "no WebSocket entries";
    QTest::addRow("bad regex") << QStringList{"replay", corrupt.fileName(), "--ignore-regex", "("}
                               << "not valid";
    QTest::addRow("bad speed") << QStringList{"replay", "x", "--speed", "fast"} << "--speed";
    QTest::addRow("record without -o") << QStringList{"record", "ws://127.0.0.1:1/"} << "-o";
    QTest::addRow("convert one file") << QStringList{"convert", "a.har"} << "two files";
    QTest::addRow("convert missing")
        << QStringList{"convert", path("nope.har"), path("out.wsprobe.jsonl")} << "Cannot open";
    QTest::addRow("record unwritable")
        << QStringList{"record", "ws://127.0.0.1:1/", "-o", path("no/such/dir/x.jsonl")}
        << "Cannot record";
}

void TestCliSession::badInputExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCliSession::recordBurstThenCloseLosesNothing_data()
{
    Burst::addRows();
}

void TestCliSession::recordBurstThenCloseLosesNothing()
{
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(bool, withClose);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(Burst::bytes(count, size, withClose), true);
    const QString file = path(QStringLiteral("burst-%1.wsprobe.jsonl").arg(++m_recordings));
    const CliRun r =
        CliRun::run(WSPROBE_CLI_PATH, {"record", peer.url().toString(), "-o", file}, {}, false,
                    QProcessEnvironment::systemEnvironment(), 240000, false);
    QCOMPARE(r.exitCode, withClose ? 0 : 1);
    Session s;
    QString error;
    QVERIFY2(SessionReader::readFile(file, &s, &error), qPrintable(error));
    QVERIFY(s.issues.isEmpty());
    int messages = 0;
    bool inOrder = true;
    Event last;
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event e = s.events.at(i);
        if (e.isMessage()) {
            if (RawPeer::sequenceNumber(e.payload) != messages)
                inOrder = false;
            ++messages;
        }
        last = e;
    }
    QCOMPARE(messages, count);
    QVERIFY(inOrder);
    QCOMPARE(last.kind, EventKind::Close);
    QCOMPARE(last.code, withClose ? int(Burst::CloseCode) : 1006);
    QCOMPARE(last.wasClean, withClose);
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
