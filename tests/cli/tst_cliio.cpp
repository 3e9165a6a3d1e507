// wsprobe-cli's standard input and output and the files it writes, at their edges: bytes C
// strings lose, peers that write control characters, outputs that refuse what is written.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

#include "common/clirun.h"
#include "common/rawpeer.h"
#include "demo/demoserver.h"
#include "session/sessionreader.h"

class TestCliIo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stdinLineWithNulIsSentWhole();
    void peerControlCharactersAreEscaped();
    void closedStdoutEndsTheRunAtOnce();
    void fullStdoutFails();
    void recordToAFullDeviceFails();
    void recordOnAFullDiskKeepsWholeLines();
    void convertOntoAFullDiskSaysWhy();
    void convertOntoADeviceWritesIntoIt();
    void dashIsStandardInputOrRefused();

private:
    static CliRun run(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRun::run(WSPROBE_CLI_PATH, args, stdinData);
    }
    /// A session of `lines` messages of 1000 bytes each way, recorded from the echo path.
    QString recordSession(int lines);

    DemoServer m_server;
    QTemporaryDir m_dir;
};

namespace {

/// /dev/full, where every write fails with ENOSPC; a run as root against a build that
/// replaces devices can point this at a copy made with mknod (c 1 7).
QString fullDevice()
{
    return qEnvironmentVariable("WSPROBE_TEST_FULL_DEVICE", QStringLiteral("/dev/full"));
}

bool isCharacterDevice(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
#else
    Q_UNUSED(path);
    return false;
#endif
}

/// Runs wsprobe-cli with files limited to maxBytes (RLIMIT_FSIZE, SIGXFSZ ignored): a write
/// past it fails with EFBIG, as a full disk fails with ENOSPC, without a disk to fill.
CliRun runWithFileLimit(const QStringList &args, qint64 maxBytes, const QByteArray &stdinData)
{
    CliRun r;
#ifdef Q_OS_UNIX
    QProcess p;
    p.setChildProcessModifier([maxBytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(maxBytes), rlim_t(maxBytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    QElapsedTimer timer;
    timer.start();
    p.start(WSPROBE_CLI_PATH, args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.elapsedMs = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
#else
    Q_UNUSED(args);
    Q_UNUSED(maxBytes);
    Q_UNUSED(stdinData);
#endif
    return r;
}

QByteArray linesOf(int count, int size)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QByteArray::number(i).rightJustified(size, 'x') + '\n';
    return out;
}

} // namespace

void TestCliIo::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

QString TestCliIo::recordSession(int lines)
{
    const QString file = m_dir.filePath(QStringLiteral("s%1.wsprobe.jsonl").arg(lines));
    const CliRun r =
        run({"record", m_server.url("/echo").toString(), "-o", file, "--wait-ms", "300"},
            linesOf(lines, 1000));
    return r.exitCode == 0 ? file : QString();
}

void TestCliIo::stdinLineWithNulIsSentWhole()
{
    // fgets() ended the line at the NUL: "two" and "four" were sent as one message.
    const CliRun r =
        run({"connect", m_server.url("/echo").toString(), "--wait-ms", "300", "--json"},
            QByteArray("one\ntwo\0three\nfour\nfive\n", 24));
    QCOMPARE(r.exitCode, 0);
    QStringList sent;
    for (const QJsonObject &e : r.events) {
        if (e.value("event").toString() == "message" && e.value("dir").toString() == "out")
            sent << e.value("data").toString();
    }
    QCOMPARE(sent, QStringList({"one", QString::fromUtf8("two\0three", 9), "four", "five"}));
}

void TestCliIo::peerControlCharactersAreEscaped()
{
    // What a peer chooses reaches the terminal only as text: no title, colour or overwrite.
    const QByteArray payload = "red\x1b[31mRED\x1b[0m\x1b]0;pwned title\x07 cr\rback\x08 del\x7f "
                               "csi\xc2\x9b"
                               "2J tab\tok caf\xc3\xa9";
    QByteArray frame = "\x81" + QByteArray(1, char(payload.size())) + payload;
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.setEchoClose(true);
    peer.acceptUpgrade(frame, false, {},
                       "X-Note: a\x1b]0;header title\x07"
                       "b\r\n");
    const CliRun r = run({"connect", peer.url("/").toString(), "--show-handshake", "--send", "x",
                          "--wait-ms", "300"});
    QCOMPARE(r.exitCode, 0);
    for (const char c : r.out) {
        const auto u = uchar(c);
        QVERIFY2((u >= 0x20 && u != 0x7f) || c == '\n' || c == '\t', r.out.toHex(' ').constData());
    }
    QVERIFY2(!r.out.contains("\xc2\x9b"), r.out.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QString::fromUtf8("red\\u001b[31mRED\\u001b[0m\\u001b]0;pwned "
                                            "title\\u0007 cr\\u000dback\\u0008 del\\u007f "
                                            "csi\\u009b2J tab\tok café")),
             qPrintable(out));
    QVERIFY2(out.contains("X-Note: a\\u001b]0;header title\\u0007b"), qPrintable(out));
    // --json keeps the exact text.
    RawPeer jsonPeer;
    QVERIFY(jsonPeer.listen());
    jsonPeer.setEchoClose(true);
    jsonPeer.acceptUpgrade(frame);
    const CliRun json =
        run({"connect", jsonPeer.url("/").toString(), "--send", "x", "--wait-ms", "300", "--json"});
    QCOMPARE(json.exitCode, 0);
    bool found = false;
    for (const QJsonObject &e : json.events)
        found = found || e.value("data").toString() == QString::fromUtf8(payload);
    QVERIFY2(found, json.out.constData());
}

void TestCliIo::closedStdoutEndsTheRunAtOnce()
{
#ifndef Q_OS_UNIX
    QSKIP("a POSIX shell's pipeline");
#endif
    // The pipeline as typed: once head has gone there is no one to print for; the run ends at
    // the next write (the ticker's, every 500 ms), not after 20 s. (QProcess cannot close its
    // end of the child's pipe, hence the shell.)
    const CliRun r = CliRun::run(
        QStringLiteral("/bin/sh"),
        {"-c",
         "{ \"$0\" connect \"$1\" --send x --wait-ms 20000 -q; echo \"status $?\" >&2; } "
         "| head -2",
         WSPROBE_CLI_PATH, m_server.url("/ticker").toString()},
        {}, true, QProcessEnvironment::systemEnvironment(), 30000, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.elapsedMs < 8000, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(r.out.count('\n'), 2);
    // 128 + SIGPIPE, as a shell reports head's writer, and quietly, as SIGPIPE would.
    QCOMPARE(r.err, QByteArray("status 141\n"));
}

void TestCliIo::fullStdoutFails()
{
    if (!isCharacterDevice(fullDevice()))
        QSKIP("no /dev/full here");
    QProcess p;
    p.setStandardOutputFile(fullDevice());
    p.start(WSPROBE_CLI_PATH, {"connect", m_server.url("/echo").toString(), "--send", "x",
                               "--wait-ms", "200", "--json"});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 15000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains("standard output") && err.contains("No space left on device"),
             qPrintable(err));
}

void TestCliIo::recordToAFullDeviceFails()
{
    if (!isCharacterDevice(fullDevice()))
        QSKIP("no /dev/full here");
    const CliRun r = run({"record", m_server.url("/echo").toString(), "-o", fullDevice(), "--send",
                          "x", "--wait-ms", "100"});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(fullDevice()) && err.contains("No space left on device"),
             qPrintable(err));
    QVERIFY(isCharacterDevice(fullDevice()));
    QVERIFY(QFileInfo(fullDevice()).permissions().testFlag(QFile::WriteOther)); // not made private
}

void TestCliIo::recordOnAFullDiskKeepsWholeLines()
{
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE is POSIX");
#endif
    const QString file = m_dir.filePath(QStringLiteral("cut.wsprobe.jsonl"));
    const CliRun r = runWithFileLimit(
        {"record", m_server.url("/echo").toString(), "-o", file, "--wait-ms", "300"}, 64 * 1024,
        linesOf(200, 1000));
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(file) && err.contains("File too large"), qPrintable(err));
    // What was written before the failure is a session that reads to its end.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 100); // the header line at least: a whole line
    QVERIFY(bytes.endsWith('\n'));
    Session session;
    QString error;
    QVERIFY2(SessionReader::load(file, -1, &session, &error), qPrintable(error));
    QCOMPARE(session.skippedLines, 0);
    QVERIFY(session.issues.isEmpty());
}

void TestCliIo::convertOntoAFullDiskSaysWhy()
{
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE is POSIX");
#endif
    const QString in = recordSession(200);
    QVERIFY(!in.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("converted.txt"));
    const CliRun r = runWithFileLimit({"convert", in, out}, 64 * 1024, {});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(out) && err.contains("File too large"), qPrintable(err));
    QVERIFY2(!err.contains("cancel", Qt::CaseInsensitive), qPrintable(err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out)); // nothing half-written left behind
}

void TestCliIo::convertOntoADeviceWritesIntoIt()
{
    if (!isCharacterDevice(fullDevice()))
        QSKIP("no /dev/full here");
    const QString in = recordSession(5);
    QVERIFY(!in.isEmpty());
    const CliRun r = run({"convert", in, fullDevice(), "--to", "jsonl"});
    // Written into, not replaced by a regular file (as root QSaveFile renamed one onto it).
    QVERIFY(isCharacterDevice(fullDevice()));
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(fullDevice()) && err.contains("No space left on device"),
             qPrintable(err));
    QVERIFY2(!err.contains("QIODevice"), qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TestCliIo::dashIsStandardInputOrRefused()
{
    // replay - reads the session from standard input, as convert - does.
    const QString file = recordSession(3);
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CliRun replay = run({"replay", "-", "--json"}, f.readAll());
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QVERIFY2(replay.err.contains("Replayed 3 of 3"), replay.err.constData());
    // record -o - and replay -o - are refused rather than writing a file named "-".
    const QStringList refused[] = {
        {"record", m_server.url("/echo").toString(), "-o", "-", "--send", "x"},
        {"replay", file, "-o", "-"},
    };
    for (const QStringList &args : refused) {
        const CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard output (-)"), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("-")));
    }
}

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cliio.moc"
