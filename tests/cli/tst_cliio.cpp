// wsprobe-cli's standard input and output and the files it writes, at their edges: bytes C
// strings lose, peers that write control characters, outputs that refuse what is written.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

private:
    static CliRun run(const QStringList &args, const QByteArray &stdinData = {})
    {
        return CliRun::run(WSPROBE_CLI_PATH, args, stdinData);
    }

    DemoServer m_server;
    QTemporaryDir m_dir;
};

void TestCliIo::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
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

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cliio.moc"
