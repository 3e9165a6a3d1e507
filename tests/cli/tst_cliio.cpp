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
#include "demo/demoserver.h"
#include "session/sessionreader.h"

class TestCliIo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stdinLineWithNulIsSentWhole();

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

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cliio.moc"
