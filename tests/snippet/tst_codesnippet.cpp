#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/externalserver.h"
#include "common/testpki.h"
#include "snippet/codesnippet.h"

// Quotes, a backslash, a line break and more than one script: what a string literal must keep.
static const QString Tricky = QString::fromUtf8("say \"hi\" \\ it's\nchào 😀 </script>");

class TestCodeSnippet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void browserJsSaysWhatBrowsersCannot();
    void pythonWorksWithOldAndNewWebsockets();
    void nodeWsRuns_data();
    void nodeWsRuns();
    void pythonRuns();
    void browserJsParsesAndRuns();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QJsonObject reply; ///< the server's /inspect answer, printed after "message: "
    };
    Run run(const QString &program, const QStringList &args, const QString &file,
            const QString &code, const QProcessEnvironment &env);
    ConnectionRequest tlsRequest(const QString &path) const;

    QTemporaryDir m_dir;
    ExternalServer m_tls;   ///< wss://, client certificate demanded
    ExternalServer m_plain; ///< ws://
};

void TestCodeSnippet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(makeTestPki(m_dir.path(), &error), qPrintable(error));
    const QString pki = m_dir.path() + "/";
    QVERIFY2(m_tls.startPython(
                 "python_ws_server.py", &error,
                 {"--tls", pki + "server.pem", pki + "server.key", "--client-ca", pki + "ca.pem"}),
             qPrintable(error));
    QVERIFY2(m_plain.startPython("python_ws_server.py", &error), qPrintable(error));
}

ConnectionRequest TestCodeSnippet::tlsRequest(const QString &path) const
{
    const QString pki = m_dir.path() + "/";
    ConnectionRequest r;
    r.url = QUrl(m_tls.url(path, "wss"));
    r.subprotocols = {"x-unknown", "superchat"}; // the server knows only the second
    r.headers = {{"X-Note", "it's $HOME `id` chào"}, {"X-Twice", "1"}, {"X-Twice", "2"}};
    r.origin = "https://app.example";
    r.caFile = pki + "ca.pem";
    r.certFile = pki + "client.pem";
    r.keyFile = pki + "client.key";
    r.keepAliveMs = 20000;
    return r;
}

TestCodeSnippet::Run TestCodeSnippet::run(const QString &program, const QStringList &args,
                                          const QString &file, const QString &code,
                                          const QProcessEnvironment &env)
{
    Run result;
    QFile f(m_dir.path() + "/" + file);
    if (!f.open(QIODevice::WriteOnly))
        return result;
    f.write(code.toUtf8());
    f.close();
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args + QStringList{f.fileName()});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(3000);
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    result.out = QString::fromUtf8(p.readAll());
    const qsizetype at = result.out.indexOf("message: ");
    if (at >= 0) {
        const qsizetype end = result.out.indexOf('\n', at);
        result.reply =
            QJsonDocument::fromJson(result.out.mid(at + 9, end - at - 9).toUtf8()).object();
    }
    return result;
}

void TestCodeSnippet::browserJsSaysWhatBrowsersCannot()
{
    ConnectionRequest r = tlsRequest("/x");
    const Snippet s = CodeSnippet::browserJs(r, "hi");
    QVERIFY(s.text.contains(QString("new WebSocket(\"%1\", [\"x-unknown\", \"superchat\"]);")
                                .arg(r.url.toString(QUrl::FullyEncoded))));
    for (const char *handler : {"ws.onopen", "ws.onmessage", "ws.onerror", "ws.onclose"})
        QVERIFY2(s.text.contains(handler), handler);
    QVERIFY(s.text.contains("left out: X-Note, X-Twice, X-Twice, Origin."));
    const QString omitted = s.omitted.join('\n');
    QVERIFY2(omitted.contains("X-Note") && omitted.contains("app.example")
                 && omitted.contains("certificates") && omitted.contains("20000 ms"),
             qPrintable(omitted));
    // Without headers there is nothing to say about them.
    ConnectionRequest bare;
    bare.url = QUrl("ws://h/");
    QVERIFY(!CodeSnippet::browserJs(bare, "hi").text.contains("left out"));
    QVERIFY(CodeSnippet::browserJs(bare, "hi").omitted.isEmpty());
    QVERIFY(CodeSnippet::browserJs(bare, "hi").text.contains("new WebSocket(\"ws://h/\");"));
}

void TestCodeSnippet::pythonWorksWithOldAndNewWebsockets()
{
    const Snippet s = CodeSnippet::pythonWebsockets(tlsRequest("/x"), "hi");
    QVERIFY(s.text.contains("options[\"additional_headers\"] = HEADERS"));
    QVERIFY(s.text.contains("options[\"extra_headers\"] = HEADERS"));
    ConnectionRequest p12 = tlsRequest("/x");
    p12.keyFile.clear();
    QVERIFY(CodeSnippet::pythonWebsockets(p12, "hi").omitted.join(' ').contains("PKCS#12"));
    QVERIFY(!CodeSnippet::pythonWebsockets(p12, "hi").text.contains("load_cert_chain"));
}

void TestCodeSnippet::nodeWsRuns_data()
{
    QTest::addColumn<bool>("pkcs12");
    QTest::addRow("PEM certificate and key") << false;
    QTest::addRow("PKCS#12 with passphrase") << true;
}

void TestCodeSnippet::nodeWsRuns()
{
    QFETCH(bool, pkcs12);
    const QString node = WSPROBE_TEST_NODE;
    if (node.isEmpty() || node.endsWith("NOTFOUND"))
        QSKIP("node was not found when the tests were configured");
    const QString modules = WSPROBE_TEST_SERVERS_DIR "/node/node_modules";
    QVERIFY2(QDir(modules + "/ws").exists(), "run scripts/setup-debian.sh");
    ConnectionRequest r = tlsRequest("/inspect?room=a%20b");
    if (pkcs12) {
        r.certFile = m_dir.path() + "/client.p12";
        r.keyFile.clear();
        r.keyPassphrase = "secret";
    }
    const Snippet s = CodeSnippet::nodeWs(r, Tricky);
    QCOMPARE(s.text.contains("pfx: fs.readFileSync("), pkcs12);
    QVERIFY2(s.omitted.isEmpty(), qPrintable(s.omitted.join('\n')));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NODE_PATH", modules);
    const Run got = run(node, {}, "snippet.js", s.text, env);
    QVERIFY2(got.exitCode == 0 && !got.reply.isEmpty(), qPrintable(s.text + "\n" + got.out));
    QCOMPARE(got.reply["message"].toString(), Tricky);
    QCOMPARE(got.reply["path"].toString(), QString("/inspect?room=a%20b"));
    QCOMPARE(got.reply["subprotocol"].toString(), QString("superchat"));
    const QJsonObject headers = got.reply["headers"].toObject();
    QCOMPARE(headers["sec-websocket-protocol"].toString().remove(' '),
             QString("x-unknown,superchat"));
    QCOMPARE(headers["x-note"].toString(), QString("it's $HOME `id` chào"));
    QCOMPARE(headers["x-twice"].toString(), QString("1, 2"));
    QCOMPARE(headers["origin"].toString(), QString("https://app.example"));
    QVERIFY(got.reply["client_cert"].toBool());
    QVERIFY2(got.out.contains("close: 1000 done"), qPrintable(got.out));
}

void TestCodeSnippet::pythonRuns()
{
    // Debian 12's python3-websockets 10.4 takes extra_headers; the snippet must pick it.
    const ConnectionRequest r = tlsRequest("/inspect?room=a%20b");
    const Snippet s = CodeSnippet::pythonWebsockets(r, Tricky);
    QVERIFY2(s.omitted.isEmpty(), qPrintable(s.omitted.join('\n')));
    const Run got = run(WSPROBE_TEST_PYTHON, {}, "snippet.py", s.text,
                        QProcessEnvironment::systemEnvironment());
    QVERIFY2(got.exitCode == 0 && !got.reply.isEmpty(), qPrintable(s.text + "\n" + got.out));
    QCOMPARE(got.reply["message"].toString(), Tricky);
    QCOMPARE(got.reply["path"].toString(), QString("/inspect?room=a%20b"));
    QCOMPARE(got.reply["subprotocol"].toString(), QString("superchat"));
    const QJsonObject headers = got.reply["headers"].toObject();
    QCOMPARE(headers["sec-websocket-protocol"].toString().remove(' '),
             QString("x-unknown,superchat"));
    QCOMPARE(headers["x-note"].toString(), QString("it's $HOME `id` chào"));
    QCOMPARE(headers["x-twice"].toString(), QString("1, 2"));
    QCOMPARE(headers["origin"].toString(), QString("https://app.example"));
    QVERIFY(got.reply["client_cert"].toBool());
    QVERIFY2(got.out.contains("close: 1000"), qPrintable(got.out));
}

void TestCodeSnippet::browserJsParsesAndRuns()
{
    const QString node = WSPROBE_TEST_NODE;
    if (node.isEmpty() || node.endsWith("NOTFOUND"))
        QSKIP("node was not found when the tests were configured");
    ConnectionRequest r;
    r.url = QUrl(m_plain.url("/inspect?room=a%20b"));
    r.subprotocols = {"chat"};
    const Snippet s = CodeSnippet::browserJs(r, Tricky);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Run check = run(node, {"--check"}, "browser.js", s.text, env);
    QVERIFY2(check.exitCode == 0, qPrintable(s.text + "\n" + check.out));

    // Node 22 has the WHATWG WebSocket (the browser's API) built in; Node 20 behind a flag.
    QStringList flags;
    QProcess probe;
    probe.start(node, {"-e", "process.exit(typeof WebSocket === 'function' ? 0 : 1)"});
    probe.waitForFinished(10000);
    if (probe.exitCode() != 0) {
        probe.start(node, {"--experimental-websocket", "-e",
                           "process.exit(typeof WebSocket === 'function' ? 0 : 1)"});
        probe.waitForFinished(10000);
        if (probe.exitCode() != 0)
            QSKIP("this node has no WebSocket API; the snippet was only parsed");
        flags << "--experimental-websocket";
    }
    const Run got = run(node, flags, "browser.js", s.text, env);
    QVERIFY2(got.exitCode == 0 && !got.reply.isEmpty(), qPrintable(s.text + "\n" + got.out));
    QCOMPARE(got.reply["message"].toString(), Tricky);
    QCOMPARE(got.reply["path"].toString(), QString("/inspect?room=a%20b"));
    QCOMPARE(got.reply["subprotocol"].toString(), QString("chat"));
    QVERIFY2(got.out.contains("open, subprotocol: \"chat\""), qPrintable(got.out));
    QVERIFY2(got.out.contains("close: 1000 done clean"), qPrintable(got.out));
}

QTEST_GUILESS_MAIN(TestCodeSnippet)
#include "tst_codesnippet.moc"
