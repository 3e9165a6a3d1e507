#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clioptions.h"
#include "common/externalserver.h"
#include "common/testpki.h"
#include "snippet/commandline.h"

Q_DECLARE_METATYPE(ConnectionRequest)

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commands();
    void urlStaysEncoded();
    void leftOutIsListed();
    void shellsQuoteTheSameArguments();
    void shellRunsWhatIsCopied_data();
    void shellRunsWhatIsCopied();
    void wsprobeCliParsesItsOwnCommand_data();
    void wsprobeCliParsesItsOwnCommand();
    void wscatRunsUnderATerminal();

private:
    // The arguments /bin/sh hands to the program the command line names.
    QStringList argsThroughSh(const QString &commandLine);

    QTemporaryDir m_dir;
};

// The parts of the test that depend on wsprobe-cli's parser: its public entry point only.
static bool parseCli(const QStringList &args, ConnectionRequest *request, QString *error)
{
    CliOptions options;
    if (!CliOptions::parse(args, &options, error))
        return false;
    *request = options.request;
    return true;
}

// Every field of the request, one per line, so that a difference shows which one.
static QString describe(const ConnectionRequest &r)
{
    QStringList lines{"url " + r.url.toString(QUrl::FullyEncoded),
                      "subprotocols " + r.subprotocols.join('|'), "origin " + r.origin};
    for (const HeaderField &h : r.headers)
        lines << "header " + QString::fromUtf8(h.name + ": " + h.value);
    lines << QString("handshakeTimeoutMs %1").arg(r.handshakeTimeoutMs)
          << QString("engine %1").arg(int(r.engine)) << QString("autoPong %1").arg(r.autoPong)
          << QString("keepAliveMs %1").arg(r.keepAliveMs)
          << QString("framePayloadBytes %1").arg(r.framePayloadBytes)
          << QString("maxMessageSize %1").arg(r.maxMessageSize)
          << QString("maxFrameSize %1").arg(r.maxFrameSize)
          << QString("maxBufferedBytes %1").arg(r.maxBufferedBytes)
          << QString("outgoingFrameSize %1").arg(r.outgoingFrameSize)
          << QString("closeTimeoutMs %1").arg(r.closeTimeoutMs)
          << QString("followRedirects %1").arg(r.followRedirects) << "caFile " + r.caFile
          << "certFile " + r.certFile << "keyFile " + r.keyFile
          << "keyPassphrase " + r.keyPassphrase
          << QString("ignoreTlsErrors %1").arg(r.ignoreTlsErrors) << "proxy " + r.proxy
          << QString("deflate %1").arg(r.deflate) << QString("reportFrames %1").arg(r.reportFrames);
    return lines.join('\n');
}

static ConnectionRequest richRequest()
{
    ConnectionRequest r;
    r.url = QUrl("wss://api.example.com/feed?v=2&room=a%20b");
    r.subprotocols = {"graphql-ws", "chat"};
    r.headers = {{"Authorization", "Bearer abc"}, {"X-Note", "it's $HOME `id`"}};
    r.origin = "https://app.example.com";
    return r;
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A tiny program under each tool's name that prints its arguments, NUL-terminated.
    QDir(m_dir.path()).mkdir("bin");
    for (const char *name : {"wscat", "websocat", "wsprobe-cli"}) {
        QFile f(m_dir.path() + "/bin/" + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '%s\\000' \"$0\" \"$@\"\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFile::ExeOwner));
    }
}

QStringList TestCommandLine::argsThroughSh(const QString &commandLine)
{
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PATH", m_dir.path() + "/bin:/usr/bin:/bin");
    sh.setProcessEnvironment(env);
    sh.start("/bin/sh", {"-c", commandLine});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return {"(sh failed)", QString::fromUtf8(sh.readAllStandardError())};
    QList<QByteArray> out = sh.readAllStandardOutput().split('\0');
    out.removeLast();
    QStringList args;
    for (const QByteArray &a : out)
        args << QString::fromUtf8(a);
    if (!args.isEmpty())
        args.first() = QFileInfo(args.first()).fileName();
    return args;
}

void TestCommandLine::commands()
{
    ConnectionRequest r = richRequest();
    r.headers.removeLast();
    QCOMPARE(CommandLine::wscat(r).text,
             QString("wscat -c 'wss://api.example.com/feed?v=2&room=a%20b' -s graphql-ws -s chat "
                     "-H 'Authorization:Bearer abc' -o https://app.example.com"));
    QCOMPARE(CommandLine::websocat(r).text,
             QString("websocat 'wss://api.example.com/feed?v=2&room=a%20b' --protocol "
                     "'graphql-ws, chat' --origin https://app.example.com "
                     "-H 'Authorization: Bearer abc'"));
    r.engine = EngineKind::QtWebSockets;
    r.autoPong = false;
    QCOMPARE(
        CommandLine::wsprobeCli(r).text,
        QString("wsprobe-cli connect 'wss://api.example.com/feed?v=2&room=a%20b' -s graphql-ws "
                "-s chat -H 'Authorization: Bearer abc' --origin https://app.example.com "
                "--engine qt --no-auto-pong"));

    // TLS, proxy, redirects, pings and limits, each in the tool's own words.
    ConnectionRequest t;
    t.url = QUrl("wss://127.0.0.1:9/x");
    t.caFile = "/c/ca.pem";
    t.certFile = "/c/client.pem";
    t.keyFile = "/c/client.key";
    t.keyPassphrase = "pw";
    t.ignoreTlsErrors = true;
    t.followRedirects = true;
    t.proxy = "http://proxy:3128";
    QCOMPARE(CommandLine::wscat(t).args.mid(3),
             QStringList({"--ca", "/c/ca.pem", "--cert", "/c/client.pem", "--key", "/c/client.key",
                          "--passphrase", "pw", "-n", "-L", "--max-redirects", "5", "--proxy",
                          "http://proxy:3128"}));
    t.certFile = "/c/client.p12";
    t.keyFile.clear();
    t.proxy = "socks5://user:pw@10.0.0.1:1081";
    t.keepAliveMs = 30000;
    t.autoPong = false;
    t.maxMessageSize = 1000;
    t.maxFrameSize = 500;
    t.followRedirects = false;
    QCOMPARE(CommandLine::websocat(t).args.mid(2),
             QStringList({"-k", "--client-pkcs12-der", "/c/client.p12", "--client-pkcs12-passwd",
                          "pw", "--socks5", "10.0.0.1:1081", "--socks5-user-pass", "user:pw",
                          "--ping-interval", "30", "--inhibit-pongs", "0",
                          "--max-ws-message-length", "1000", "--max-ws-frame-length", "500"}));
}

void TestCommandLine::urlStaysEncoded()
{
    ConnectionRequest r;
    r.url = QUrl("ws://h/chat?room=a%20b&x=%23y");
    for (const Snippet &s :
         {CommandLine::wscat(r), CommandLine::websocat(r), CommandLine::wsprobeCli(r)}) {
        QVERIFY2(s.args.contains("ws://h/chat?room=a%20b&x=%23y"), qPrintable(s.text));
    }
}

void TestCommandLine::leftOutIsListed()
{
    ConnectionRequest r;
    r.url = QUrl("wss://h/");
    r.certFile = "client.p12";
    r.keyPassphrase = "secret";
    r.caFile = "ca.pem";
    r.proxy = "socks5://127.0.0.1:1080";
    r.deflate = false;
    r.handshakeTimeoutMs = 3000;
    r.headers = {{"Cookie", "a=1"}, {"Cookie", "b=2"}};

    const Snippet wscat = CommandLine::wscat(r);
    QVERIFY(!wscat.args.contains("secret")); // the passphrase of a file wscat cannot read
    QVERIFY(!wscat.args.contains("--cert"));
    const QString w = wscat.omitted.join('\n');
    QVERIFY2(w.contains("PKCS#12") && w.contains("socks5://127.0.0.1:1080")
                 && w.contains("permessage-deflate") && w.contains("3000 ms")
                 && w.contains("Cookie"),
             qPrintable(w));

    const Snippet websocat = CommandLine::websocat(r);
    QVERIFY(websocat.args.contains("--client-pkcs12-der"));
    QVERIFY2(websocat.omitted.join('\n').contains("ca.pem"), qPrintable(websocat.text));

    // Node writes header values as Latin-1; wscat cannot send UTF-8 beyond ASCII.
    ConnectionRequest utf8;
    utf8.url = QUrl("ws://h/");
    utf8.headers = {{"X-Name", "chào"}};
    QVERIFY(CommandLine::wscat(utf8).omitted.join(' ').contains("Latin-1"));
    utf8.headers = {{"X-Name", "chao"}};
    QVERIFY(CommandLine::wscat(utf8).omitted.isEmpty());

    const Snippet cli = CommandLine::wsprobeCli(r);
    QCOMPARE(cli.omitted.size(), 1);
    QVERIFY(cli.omitted.first().contains("3000 ms"));
    r.handshakeTimeoutMs = ConnectionRequest().handshakeTimeoutMs;
    QVERIFY(CommandLine::wsprobeCli(r).omitted.isEmpty());
}

void TestCommandLine::shellsQuoteTheSameArguments()
{
    const ConnectionRequest r = richRequest();
    const Snippet posix = CommandLine::wscat(r, Shell::Posix);
    const Snippet ps = CommandLine::wscat(r, Shell::PowerShell);
    const Snippet cmd = CommandLine::wscat(r, Shell::Cmd);
    QCOMPARE(ps.args, posix.args);
    QCOMPARE(cmd.args, posix.args);
    QVERIFY(ps.text.contains("'X-Note:it''s $HOME `id`'"));
    QVERIFY(cmd.text.contains("^\"wss://api.example.com/feed?v=2^&room=a^%20b^\""));
    QVERIFY(posix.omitted.isEmpty() && ps.omitted.isEmpty() && cmd.omitted.isEmpty());

    // What a shell's quoting cannot carry is listed with the rest.
    ConnectionRequest limits;
    limits.url = QUrl("ws://h/");
    limits.headers = {{"X-Json", "{\"a\":1}"}};
    QVERIFY(CommandLine::wsprobeCli(limits, Shell::Posix).omitted.isEmpty());
    QVERIFY(CommandLine::wsprobeCli(limits, Shell::PowerShell).omitted.join(' ').contains("7.3"));
    limits.origin = "https://a\nb";
    QVERIFY(CommandLine::wsprobeCli(limits, Shell::Cmd).omitted.join(' ').contains("line break"));
}

void TestCommandLine::shellRunsWhatIsCopied_data()
{
    QTest::addColumn<int>("tool");
    QTest::addRow("wscat") << 0;
    QTest::addRow("websocat") << 1;
    QTest::addRow("wsprobe-cli") << 2;
}

void TestCommandLine::shellRunsWhatIsCopied()
{
    QFETCH(int, tool);
    ConnectionRequest r = richRequest();
    r.headers << HeaderField{"X-Unicode", "chào 😀 \"q\" \\ ; & | > *"};
    r.caFile = "/tmp/my certs/ca.pem";
    r.keyPassphrase = "pa$$ 'word'";
    r.certFile = "/tmp/client.p12";
    const Snippet s = tool == 0   ? CommandLine::wscat(r)
                      : tool == 1 ? CommandLine::websocat(r)
                                  : CommandLine::wsprobeCli(r);
    QCOMPARE(argsThroughSh(s.text), s.args);
}

void TestCommandLine::wsprobeCliParsesItsOwnCommand_data()
{
    QTest::addColumn<ConnectionRequest>("request");
    QTest::addRow("headers, subprotocols, encoded query") << richRequest();
    ConnectionRequest all = richRequest();
    all.engine = EngineKind::QtWebSockets;
    all.autoPong = false;
    all.keepAliveMs = 2500;
    all.framePayloadBytes = -1;
    all.maxMessageSize = 4096;
    all.maxFrameSize = 1024;
    all.maxBufferedBytes = 1 << 20;
    all.outgoingFrameSize = 100;
    all.followRedirects = true;
    all.caFile = "/tmp/my certs/ca.pem";
    all.certFile = "/tmp/client.pem";
    all.keyFile = "/tmp/client.key";
    all.keyPassphrase = "pa$$ 'word'";
    all.ignoreTlsErrors = true;
    all.proxy = "socks5://127.0.0.1:1080";
    all.deflate = false;
    all.reportFrames = true;
    QTest::addRow("every option") << all;
    ConnectionRequest small;
    small.url = QUrl("ws://127.0.0.1:8080/echo");
    small.maxMessageSize = 1000; // lowers the frame limit with it
    small.maxFrameSize = 1000;
    QTest::addRow("message limit under the frame limit") << small;
}

void TestCommandLine::wsprobeCliParsesItsOwnCommand()
{
    QFETCH(ConnectionRequest, request);
    const Snippet s = CommandLine::wsprobeCli(request);
    const QStringList args = argsThroughSh(s.text);
    QCOMPARE(args.value(0), QString("wsprobe-cli"));
    ConnectionRequest parsed;
    QString error;
    QVERIFY2(parseCli(args.mid(1), &parsed, &error), qPrintable(error + "\n" + s.text));
    QCOMPARE(parsed.url, request.url);
    QCOMPARE(describe(parsed), describe(request));
}

void TestCommandLine::wscatRunsUnderATerminal()
{
    // wscat from npm, started by /bin/sh from the copied text under a pseudo-terminal, against
    // Python websockets over wss:// with a test CA and a client certificate it demands.
    const QString wscat = WSPROBE_TEST_SERVERS_DIR "/node/node_modules/.bin/wscat";
    QVERIFY2(QFile::exists(wscat), "run scripts/setup-debian.sh: it installs tests/servers/node");
    QString error;
    QVERIFY2(makeTestPki(m_dir.path(), &error), qPrintable(error));
    const QString pki = m_dir.path() + "/";
    ExternalServer server;
    QVERIFY2(server.startPython(
                 "python_ws_server.py", &error,
                 {"--tls", pki + "server.pem", pki + "server.key", "--client-ca", pki + "ca.pem"}),
             qPrintable(error));

    ConnectionRequest r;
    r.url = QUrl(server.url("/inspect?room=a%20b", "wss"));
    r.subprotocols = {"superchat"};
    r.headers = {{"X-Note", "it's $HOME `id` \"q\" \\ & | ;"}};
    r.origin = "https://app.example";
    r.caFile = pki + "ca.pem";
    r.certFile = pki + "client.pem";
    r.keyFile = pki + "client.key";
    const Snippet s = CommandLine::wscat(r);
    QVERIFY2(s.omitted.isEmpty(), qPrintable(s.omitted.join('\n')));

    QProcess pty;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PATH",
               QString(WSPROBE_TEST_SERVERS_DIR "/node/node_modules/.bin:") + env.value("PATH"));
    env.insert("NO_COLOR", "1");
    pty.setProcessEnvironment(env);
    pty.start(WSPROBE_TEST_PYTHON,
              {WSPROBE_TEST_SERVERS_DIR "/ptyrun.py", "30", s.text, "expect", "Connected", "send",
               "hello from wscat", "expect", "\"client_cert\": true}"});
    QVERIFY(pty.waitForFinished(60000));
    const QString out = QString::fromUtf8(pty.readAllStandardOutput());
    QVERIFY2(pty.exitCode() == 0, qPrintable(s.text + "\n" + out));
    const qsizetype at = out.indexOf("{\"message\"");
    QVERIFY2(at >= 0, qPrintable(out));
    const QJsonObject seen =
        QJsonDocument::fromJson(out.mid(at, out.indexOf('\n', at) - at).trimmed().toUtf8())
            .object();
    QCOMPARE(seen["message"].toString(), QString("hello from wscat"));
    QCOMPARE(seen["path"].toString(), QString("/inspect?room=a%20b"));
    QCOMPARE(seen["subprotocol"].toString(), QString("superchat"));
    QCOMPARE(seen["headers"].toObject()["x-note"].toString(),
             QString("it's $HOME `id` \"q\" \\ & | ;"));
    QCOMPARE(seen["headers"].toObject()["origin"].toString(), QString("https://app.example"));
    QVERIFY(seen["client_cert"].toBool());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
