// Runs the built wsprobe-cli as a user would and checks its output and exit status.
#include <csignal> // SIGINT, SIGTERM; kill() on POSIX
#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/burst.h"
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
    void spaceInQueryIsSentEncoded();
    void burstThenCloseLosesNothing_data();
    void burstThenCloseLosesNothing();
    void automaticPongIsPrinted();
    void stdinWaitsForAPeerThatDoesNotRead();
    void signalClosesWithGoingAway_data();
    void signalClosesWithGoingAway();
    void secondSignalExitsAtOnce();
    void closeAnySendsAsGiven_data();
    void closeAnySendsAsGiven();
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
    QTest::addRow("1001 is the application's own")
        << QStringList{"connect", "ws://127.0.0.1/", "--close", "1001"} << "1001";
    QTest::addRow("close-any beyond two bytes")
        << QStringList{"connect", "ws://127.0.0.1/", "--close-any", "--close", "65536"}
        << "\"65536\"";
    QTest::addRow("close-any, long reason, qt engine")
        << QStringList{"connect", "ws://127.0.0.1/", "--close-any",    "--engine",
                       "qt",      "--reason",        QString(124, 'r')}
        << "QWebSocket engine";
    QTest::addRow("bad subprotocol")
        << QStringList{"connect", "ws://127.0.0.1/", "-s", "a,b"} << "subprotocol";
    QTest::addRow("port out of range") << QStringList{"connect", "ws://127.0.0.1:99999/"}
                                       << "The port 99999 is out of range (1–65535).";
    QTest::addRow("ipv6 unclosed")
        << QStringList{"connect", "ws://[::1"} << "The IPv6 address is missing its closing \"]\".";
}

void TestCli::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // One line of error and one of hint, not the whole usage.
    QVERIFY2(r.err.startsWith("wsprobe-cli: "), r.err.constData());
    QVERIFY2(r.err.endsWith("Try 'wsprobe-cli connect --help'.\n")
                 || r.err.endsWith("Try 'wsprobe-cli --help'.\n"),
             r.err.constData());
    QCOMPARE(r.err.count('\n'), 2);
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
    // The hint too, and the help.
    QVERIFY2(QString::fromUtf8(r.err).contains("'wsprobe-cli connect --help'"), r.err.constData());
    QVERIFY(!r.err.contains("Try "));
    const Run help = run({"help", "connect"}, {}, true, env);
    QVERIFY2(QString::fromUtf8(help.out).contains(QString::fromUtf8("Cách dùng:")),
             help.out.constData());
    // A URL's refusal too (from the core, as the window gives it).
    const Run port = run({"connect", "ws://127.0.0.1:99999/"}, {}, true, env);
    QCOMPARE(port.exitCode, 2);
    QVERIFY2(QString::fromUtf8(port.err).contains(QString::fromUtf8("Cổng 99999 nằm ngoài")),
             port.err.constData());
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

void TestCli::spaceInQueryIsSentEncoded()
{
    // As a browser and Node send it; it was refused ("Invalid query").
    const Run r = run({"connect", m_server.url("/echo").toString() + "?reason=server says bye",
                       "--send", "x", "--show-handshake", "--wait-ms", "100", "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.events.first().value("event").toString(), QString("handshake"));
    QCOMPARE(r.events.first().value("requestLine").toString(),
             QString("GET /echo?reason=server%20says%20bye HTTP/1.1"));
}

void TestCli::burstThenCloseLosesNothing_data()
{
    Burst::addRows();
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
    peer.acceptUpgrade(Burst::bytes(count, size, withClose), true);
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
    QCOMPARE(last.value("code").toInt(), withClose ? int(Burst::CloseCode) : 1006);
    QCOMPARE(last.value("clean").toBool(), withClose);
    if (withClose)
        QCOMPARE(last.value("reason").toString(), QString(Burst::CloseReason));
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

void TestCli::stdinWaitsForAPeerThatDoesNotRead()
{
    // Lines from stdin toward a peer that stops reading: the console program stops reading
    // its stdin (the pipe backs up) rather than holding everything in memory.
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(WSPROBE_CLI_PATH, {"connect", peer.url().toString(), "--json"});
    QVERIFY(p.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!peer.request().isEmpty(), 10000);
    peer.stopReading();
    const QByteArray line = QByteArray(1023, 'z') + '\n';
    QByteArray input;
    for (int i = 0; i < 48 * 1024; ++i)
        input += line; // 48 MiB
    p.write(input);
    // Without back-pressure all of it is read within a second; with it, most stays unread.
    QTest::qWait(3000);
    QVERIFY2(p.bytesToWrite() > 24 << 20, qPrintable(QString::number(p.bytesToWrite())));
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();
    p.waitForFinished(5000);
}

namespace {

// wsprobe-cli connected to peer, printing JSON, waiting on an open stdin; null if it did not
// print its open event in time.
std::unique_ptr<QProcess> startConnected(const RawPeer &peer)
{
    auto p = std::make_unique<QProcess>();
    p->start(WSPROBE_CLI_PATH, {"connect", peer.url().toString(), "--json"});
    if (!p->waitForStarted(10000))
        return nullptr;
    if (!QTest::qWaitFor([&p] { return p->peek(1 << 16).contains("\"event\":\"open\""); }, 10000))
        return nullptr;
    return p;
}

} // namespace

void TestCli::signalClosesWithGoingAway_data()
{
#ifdef Q_OS_UNIX
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("SIGINT") << int(SIGINT) << 130;
    QTest::addRow("SIGTERM") << int(SIGTERM) << 143;
#endif
}

void TestCli::signalClosesWithGoingAway()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    const std::unique_ptr<QProcess> p = startConnected(peer);
    QVERIFY(p);
    QCOMPARE(::kill(pid_t(p->processId()), signalNumber), 0);
    QVERIFY(QTest::qWaitFor([&p] { return p->state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), exitCode);
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(RawPeer::closeCode(close), 1001);
    // The closing handshake completed and was printed before the exit.
    const QByteArray out = p->readAllStandardOutput();
    QVERIFY2(out.contains("\"clean\":true,\"code\":1001,\"event\":\"close\""), out.constData());
#else
    QSKIP("POSIX signals");
#endif
}

void TestCli::secondSignalExitsAtOnce()
{
#ifdef Q_OS_UNIX
    RawPeer silent; // never answers the Close
    QVERIFY(silent.listen());
    silent.acceptUpgrade();
    const std::unique_ptr<QProcess> p = startConnected(silent);
    QVERIFY(p);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(p->processId()), SIGINT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(silent.clientClose().opcode, quint8(0x8), 5000);
    QCOMPARE(p->state(), QProcess::Running); // waiting for the server's Close
    QCOMPARE(::kill(pid_t(p->processId()), SIGINT), 0);
    QVERIFY(QTest::qWaitFor([&p] { return p->state() == QProcess::NotRunning; }, 10000));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 130);
#else
    QSKIP("POSIX signals");
#endif
}

void TestCli::closeAnySendsAsGiven_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("1005") << 1005 << QByteArray("no status, yet one");
    QTest::addRow("999") << 999 << QByteArray();
    QTest::addRow("65535") << 65535 << QByteArray("top");
    QTest::addRow("0") << 0 << QByteArray();
    QTest::addRow("200-byte reason") << 1000 << QByteArray(200, 'z');
}

void TestCli::closeAnySendsAsGiven()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    QStringList args{
        "connect", peer.url().toString(), "--send", "x", "--wait-ms", "0", "--close-any",
        "--close", QString::number(code), "--json"};
    if (!reason.isEmpty())
        args << "--reason" << QString::fromUtf8(reason);
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(RawPeer::closeCode(close), code);
    QCOMPARE(close.payload.mid(2), reason);
    // Printed exactly as sent, though frames were not asked for.
    bool printed = false;
    for (const QJsonObject &e : r.events) {
        if (e.value("event").toString() == "frame" && e.value("dir").toString() == "out"
            && e.value("opcode").toString() == "close") {
            QCOMPARE(QByteArray::fromBase64(e.value("head").toString().toLatin1()), close.payload);
            printed = true;
        }
    }
    QVERIFY2(printed, r.out.constData());
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
