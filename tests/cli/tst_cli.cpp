// Runs the built wsprobe-cli as a user would and checks its output and exit status.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/clirun.h"
#include "common/externalserver.h"
#include "common/rawpeer.h"
#include "common/testpki.h"
#include "common/tlsechoserver.h"
#include "demo/demoserver.h"

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonEventsInOrder();
    void closeCodeAndReason();
    void serverClosesFirstExitsAtOnce();
    void connectionRefusedExitsOne();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void interactiveStdin();
    void humanOutput();
    void insecureSaysWhichErrorsWereIgnored_data();
    void insecureSaysWhichErrorsWereIgnored();
    void againstPythonWebsockets();
    void speaksVietnamese();
    void handshakeAndFrames_data();
    void handshakeAndFrames();
    void burstThenCloseLosesNothing_data();
    void burstThenCloseLosesNothing();
    void automaticPongIsPrinted();
    void sameSituationSameExitStatus_data();
    void sameSituationSameExitStatus();

private:
    using Run = CliRun;
    static Run run(const QStringList &args, const QByteArray &stdinData = {},
                   bool closeStdin = true,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return CliRun::run(WSPROBE_CLI_PATH, args, stdinData, closeStdin, env);
    }

    DemoServer m_server;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCli::jsonEventsInOrder()
{
    const Run r = run({"connect", m_server.url("/echo").toString(), "--send", "hello", "--send-hex",
                       "00ff", "--send", "Việt", "--wait-ms", "300", "--json"});
    QCOMPARE(r.exitCode, 0);
    // Every line of stdout is one JSON object.
    QCOMPARE(r.events.size(), r.out.count('\n'));
    QStringList shape;
    for (const QJsonObject &e : r.events) {
        QString s = e.value("event").toString();
        if (s == "message")
            s += ":" + e.value("dir").toString() + ":" + e.value("type").toString();
        shape << s;
        QVERIFY(e.value("time").toString().endsWith('Z'));
    }
    QCOMPARE(shape,
             QStringList({"open", "message:out:text", "message:out:binary", "message:out:text",
                          "message:in:text", "message:in:binary", "message:in:text", "close"}));
    QCOMPARE(r.events[5].value("data").toString(), QString("AP8=")); // base64 of 00 ff
    QCOMPARE(r.events[5].value("size").toInt(), 2);
    QCOMPARE(r.events[6].value("data").toString(), QString::fromUtf8("Việt"));
    QCOMPARE(r.events[6].value("size").toInt(), 6);
    QCOMPARE(r.events.last().value("code").toInt(), 1000);
    QCOMPARE(r.events.last().value("clean").toBool(), true);
    QVERIFY(r.events.first().contains("protocol"));
    QVERIFY(r.events.first().contains("extensions"));
}

void TestCli::closeCodeAndReason()
{
    const Run r = run({"connect", m_server.url("/echo").toString(), "-s", "chat", "--send", "x",
                       "--close", "4000", "--reason", "done here", "--wait-ms", "100", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.first().value("protocol").toString(), QString("chat"));
    QCOMPARE(r.events.last().value("event").toString(), QString("close"));
    QCOMPARE(r.events.last().value("code").toInt(), 4000);
    QCOMPARE(r.events.last().value("reason").toString(), QString("done here"));
}

void TestCli::serverClosesFirstExitsAtOnce()
{
    const Run r = run({"connect", m_server.url("/nowhere").toString(), "--send", "x", "--wait-ms",
                       "20000", "--json"});
    QCOMPARE(r.events.last().value("event").toString(), QString("close"));
    QCOMPARE(r.events.last().value("code").toInt(), DemoServer::UnknownPathCloseCode);
    QCOMPARE(r.exitCode, 0); // the server closed cleanly
    QVERIFY2(r.elapsedMs < 15000, "did not exit when the server closed");
}

void TestCli::connectionRefusedExitsOne()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run({"connect", QString("ws://127.0.0.1:%1/").arg(port), "--json"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[0].value("event").toString(), QString("error"));
    QVERIFY(r.events[0].value("message").toString().contains("refused"));
    QCOMPARE(r.events[1].value("code").toInt(), 1006);
    QCOMPARE(r.events[1].value("clean").toBool(), false);
}

void TestCli::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no args") << QStringList() << "No command";
    QTest::addRow("http url") << QStringList{"connect", "http://127.0.0.1/"} << "ws://";
    QTest::addRow("bad close") << QStringList{"connect", "ws://127.0.0.1/", "--close", "1005"}
                               << "1005";
    QTest::addRow("bad subprotocol")
        << QStringList{"connect", "ws://127.0.0.1/", "-s", "a,b"} << "subprotocol";
}

void TestCli::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.err.contains("Usage:"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::interactiveStdin()
{
    const Run r = run({"connect", m_server.url("/echo").toString(), "--wait-ms", "300", "--json"},
                      "first line\nsecond line\r\nno newline at end");
    QCOMPARE(r.exitCode, 0);
    QStringList sent, received;
    for (const QJsonObject &e : r.events) {
        if (e.value("event").toString() != "message")
            continue;
        (e.value("dir").toString() == "out" ? sent : received) << e.value("data").toString();
    }
    const QStringList lines{"first line", "second line", "no newline at end"};
    QCOMPARE(sent, lines);
    QCOMPARE(received, lines);
}

void TestCli::humanOutput()
{
    const Run r =
        run({"connect", m_server.url("/echo").toString(), "--send", "hi", "--wait-ms", "100"});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains("> text   (2 B) hi"), qPrintable(out));
    QVERIFY2(out.contains("< text   (2 B) hi"), qPrintable(out));
    QVERIFY(out.contains("1000 Normal closure"));
}

void TestCli::insecureSaysWhichErrorsWereIgnored_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("wire") << "wire";
    QTest::addRow("qt") << "qt";
}

void TestCli::insecureSaysWhichErrorsWereIgnored()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(makeTestPki(dir.path(), &error), qPrintable(error));
    TlsEchoServer server; // self-signed, and made out to "Wsprobe Test CA", not 127.0.0.1
    QVERIFY2(server.start(dir.filePath("ca.pem"), dir.filePath("ca.key"), &error),
             qPrintable(error));
    QStringList args{"connect", server.url().toString(), "--insecure", "--engine", engine};
    args += QStringList{"--send", "hi", "--wait-ms", "100"};

    const Run text = run(args);
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split('\n');
    const qsizetype open = lines.indexOf(QRegularExpression(".* open .*"));
    QVERIFY2(open >= 0, text.out.constData());
    QVERIFY2(lines[open].contains("WARNING: certificate errors were ignored"),
             text.out.constData());
    QStringList ignored; // the lines under the open line
    for (qsizetype i = open + 1; i < lines.size() && lines[i].startsWith("  ignored: "); ++i)
        ignored << lines[i].mid(11);
    QVERIFY2(ignored.size() >= 2, text.out.constData());
    const QString all = ignored.join('\n');
    QVERIFY2(all.contains("self-signed", Qt::CaseInsensitive), text.out.constData());
    QVERIFY2(all.contains("host name", Qt::CaseInsensitive), text.out.constData());

    // The same list in the open record.
    const Run json = run(args + QStringList{"--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.events.first().value("event").toString(), QString("open"));
    QStringList fromJson;
    for (const QJsonValue &v : json.events.first().value("tlsErrorsIgnored").toArray())
        fromJson << v.toString();
    QCOMPARE(fromJson, ignored);

    // Without --insecure nothing opens; on plain ws:// nothing is said.
    const Run refused = run({"connect", server.url().toString(), "--engine", engine, "--json"});
    QCOMPARE(refused.exitCode, 1);
    const Run plain = run({"connect", m_server.url("/echo").toString(), "--insecure", "--send", "x",
                           "--wait-ms", "100", "--json"});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.events.first().contains("tlsErrorsIgnored"));
}

void TestCli::againstPythonWebsockets()
{
    ExternalServer python;
    QString error;
    QVERIFY2(python.startPython("python_ws_server.py", &error), qPrintable(error));
    const Run r = run({"connect", python.url("/echo"), "--send", "ping?", "--send-hex", "cafe",
                       "--wait-ms", "300", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.size(), 6);
    QCOMPARE(r.events[3].value("data").toString(), QString("ping?"));
    QCOMPARE(r.events[4].value("data").toString(), QString("yv4="));
    const Run dropped = run({"connect", python.url("/drop"), "--json"});
    QCOMPARE(dropped.exitCode, 1);
    QCOMPARE(dropped.events.last().value("code").toInt(), 1006);
}

void TestCli::speaksVietnamese()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LC_ALL", "vi_VN.UTF-8");
    env.insert("LANG", "vi_VN.UTF-8");
    env.insert("LANGUAGE", "vi");
    const Run r = run({"connect", "http://127.0.0.1/"}, {}, true, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QString::fromUtf8("là URL HTTP")),
             r.err.constData());
    QVERIFY(QString::fromUtf8(r.err).contains(QString::fromUtf8("Cách dùng:")));
}

void TestCli::handshakeAndFrames_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("wire") << "wire";
}

void TestCli::handshakeAndFrames()
{
    QFETCH(QString, engine);
    const Run r = run({"connect", m_server.url("/echo").toString(), "--engine", engine, "--send",
                       "x", "--show-handshake", "--frames", "--wait-ms", "100", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.first().value("event").toString(), QString("handshake"));
    QCOMPARE(r.events.first().value("status").toInt(), 101);
    const QJsonArray request = r.events.first().value("requestHeaders").toArray();
    QCOMPARE(request.first().toArray().at(0).toString(), QString("Host"));
    QVERIFY(!r.events.first().value("responseHeaders").toArray().isEmpty());
    int frames = 0;
    for (const QJsonObject &e : r.events)
        frames += e.value("event").toString() == "frame";
    QCOMPARE(frames, 4); // text out, text in, close out, close in
    // Without the flags: neither.
    const Run plain = run(
        {"connect", m_server.url("/echo").toString(), "--send", "x", "--wait-ms", "100", "--json"});
    for (const QJsonObject &e : plain.events) {
        QVERIFY(e.value("event").toString() != "handshake");
        QVERIFY(e.value("event").toString() != "frame");
    }
}

void TestCli::burstThenCloseLosesNothing_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("withClose");
    QTest::addRow("100k x 64 B, Close, FIN") << 100000 << 64 << true;
    QTest::addRow("1M x 64 B, Close, FIN") << 1000000 << 64 << true;
    QTest::addRow("4 x 1 MiB, Close, FIN") << 4 << 1024 * 1024 << true;
    QTest::addRow("100k x 64 B, FIN") << 100000 << 64 << false;
}

void TestCli::burstThenCloseLosesNothing()
{
    // A feed that ends with its last messages, Close and FIN in one write: every message is
    // printed, in order, then the server's own close.
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(bool, withClose);
    RawPeer peer;
    QVERIFY(peer.listen());
    QByteArray bytes = RawPeer::burst(count, size);
    if (withClose)
        bytes += RawPeer::closeFrame(4001, "feed over");
    peer.acceptUpgrade(bytes, true);
    // stdin stays open: the CLI waits for the server instead of closing on end of input.
    const Run r = CliRun::run(WSPROBE_CLI_PATH, {"connect", peer.url().toString(), "--json"}, {},
                              false, QProcessEnvironment::systemEnvironment(), 240000, false);
    QCOMPARE(r.exitCode, withClose ? 0 : 1);
    int messages = 0;
    bool inOrder = true;
    QJsonObject last;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.contains("\"event\":\"message\"")) {
            const qsizetype at = line.indexOf("\"data\":\"");
            if (at < 0 || RawPeer::sequenceNumber(QByteArrayView(line).sliced(at + 8)) != messages)
                inOrder = false;
            ++messages;
        } else if (!line.isEmpty()) {
            last = QJsonDocument::fromJson(line).object();
        }
    }
    QCOMPARE(messages, count);
    QVERIFY(inOrder);
    QCOMPARE(last.value("event").toString(), QString("close"));
    QCOMPARE(last.value("code").toInt(), withClose ? 4001 : 1006);
    QCOMPARE(last.value("clean").toBool(), withClose);
    if (withClose)
        QCOMPARE(last.value("reason").toString(), QString("feed over"));
}

void TestCli::automaticPongIsPrinted()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x9, "hb-1") + RawPeer::closeFrame(1000, ""), true);
    const Run r =
        CliRun::run(WSPROBE_CLI_PATH, {"connect", peer.url().toString(), "--json"}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QStringList shape;
    for (const QJsonObject &e : r.events)
        shape << e.value("event").toString() + ":" + e.value("dir").toString();
    QCOMPARE(shape, QStringList({"open:", "ping:in", "pong:out", "frame:out", "close:"}));
    QCOMPARE(QByteArray::fromBase64(r.events[2].value("data").toString().toLatin1()),
             QByteArray("hb-1"));
    QCOMPARE(r.events[3].value("opcode").toString(), QString("close"));
    QCOMPARE(QByteArray::fromBase64(r.events[3].value("head").toString().toLatin1()),
             QByteArray("\x03\xe8", 2));
}

void TestCli::sameSituationSameExitStatus_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("afterUpgrade");
    QTest::addColumn<QByteArray>("closeReply"); ///< the server's answer to our Close, if any
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("clean");
    const QStringList close4000{"--close", "4000", "--reason", "x", "--wait-ms", "100"};
    for (const char *engine : {"wire", "qt"}) {
        QTest::addRow("%s: RSV1 set by the server", engine)
            << QString(engine) << QByteArray("\xc1\x01x", 3) << QByteArray() << QStringList() << 1
            << 1002 << QString() << false;
        QTest::addRow("%s: --max-message-size exceeded", engine)
            << QString(engine) << RawPeer::frame(0x2, QByteArray(100, 'm')) << QByteArray()
            << QStringList{"--max-message-size", "10"} << 1 << 1009 << QString() << false;
        QTest::addRow("%s: server answers --close 4000 with 1000", engine)
            << QString(engine) << QByteArray() << RawPeer::closeFrame(1000, "") << close4000 << 0
            << 1000 << QString() << true;
        QTest::addRow("%s: server closes with an empty Close", engine)
            << QString(engine) << RawPeer::frame(0x8, {}) << QByteArray() << QStringList() << 0
            << 1005 << QString() << true;
    }
}

void TestCli::sameSituationSameExitStatus()
{
    // Exit status follows the closing handshake, not the engine that saw it.
    QFETCH(QString, engine);
    QFETCH(QByteArray, afterUpgrade);
    QFETCH(QByteArray, closeReply);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(bool, clean);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(afterUpgrade);
    if (!closeReply.isEmpty())
        peer.answerClose(closeReply);
    const Run r =
        run(QStringList{"connect", peer.url().toString(), "--engine", engine, "--json"} + args);
    QVERIFY2(!r.events.isEmpty(), r.err.constData());
    QCOMPARE(r.events.last().value("event").toString(), QString("close"));
    QCOMPARE(r.events.last().value("code").toInt(), code);
    if (clean)
        QCOMPARE(r.events.last().value("reason").toString(), reason);
    QCOMPARE(r.events.last().value("clean").toBool(), clean);
    QCOMPARE(r.exitCode, exitCode);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
