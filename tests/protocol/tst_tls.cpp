// wss:// against Python websockets serving TLS with a throwaway CA made by openssl at test
// time: untrusted certificates explained, a custom CA, ignoring errors, mutual TLS.
#include <QTemporaryDir>
#include <QTest>

#include "common/connectionspy.h"
#include "common/externalserver.h"
#include "common/testpki.h"
#include "connection/clock.h"
#include "connection/connection.h"

Q_DECLARE_METATYPE(EngineKind)

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void untrustedCertificateIsExplained();
    void customCaTrusts();
    void wrongCaStillFails();
    void ignoringErrorsIsExplicit();
    void mutualTls_data();
    void mutualTls();
    void unreadableFiles_data();
    void unreadableFiles();
    void plainServerGetsAHint();

private:
    ConnectionRequest request(const ExternalServer &server) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    SystemClock m_clock;
    QTemporaryDir m_dir;
    ExternalServer m_tls;
    ExternalServer m_mutual;
    ExternalServer m_plain;
};

void TestTls::initTestCase_data()
{
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("wire") << EngineKind::Wire;
    QTest::addRow("qt") << EngineKind::QtWebSockets;
}

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(makeTestPki(m_dir.path(), &error), qPrintable(error));
    QVERIFY2(m_tls.startPython("python_ws_server.py", &error,
                               {"--tls", file("server.pem"), file("server.key")}),
             qPrintable(error));
    QVERIFY2(m_mutual.startPython(
                 "python_ws_server.py", &error,
                 {"--tls", file("server.pem"), file("server.key"), "--client-ca", file("ca.pem")}),
             qPrintable(error));
    // Node's HTTP server answers a TLS ClientHello with "400 Bad Request" at once, as most
    // plain servers do; Python websockets waits for a request line that never comes.
    QVERIFY2(m_plain.startNode("ws_server.mjs", &error), qPrintable(error));
}

ConnectionRequest TestTls::request(const ExternalServer &server) const
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = QUrl(server.url("/echo", "wss"));
    r.engine = engine;
    r.handshakeTimeoutMs = 10000;
    return r;
}

void TestTls::untrustedCertificateIsExplained()
{
    QFETCH_GLOBAL(EngineKind, engine);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(m_tls)));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    const QString e = spy.errors.first();
    QVERIFY2(e.contains("TLS"), qPrintable(e));
    // The wire engine names the certificate; QWebSocket reports its error before the details.
    if (engine == EngineKind::Wire) {
        QVERIFY2(e.contains("CN=127.0.0.1") && e.contains("issuer CN=Wsprobe Test CA"),
                 qPrintable(e));
        QVERIFY2(e.contains("valid "), qPrintable(e));
    }
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
}

void TestTls::customCaTrusts()
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r = request(m_tls);
    r.caFile = file("ca.pem");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
    QVERIFY(c.sendText("over tls"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 2));
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("over tls"));
    if (engine == EngineKind::Wire) {
        QVERIFY2(c.handshake().tlsProtocol.startsWith("TLS 1."),
                 qPrintable(c.handshake().tlsProtocol));
        QVERIFY(!c.handshake().tlsCipher.isEmpty());
        QVERIFY(c.handshake().peerCertificates.first().contains("CN=127.0.0.1"));
    }
    c.close();
    QVERIFY(spy.waitForClosed());
    QVERIFY(spy.lastClose().wasClean);
}

void TestTls::wrongCaStillFails()
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r = request(m_tls);
    r.caFile = file("other-ca.pem");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
    QVERIFY(spy.errors.first().contains(engine == EngineKind::Wire ? "CN=127.0.0.1" : "TLS"));
}

void TestTls::ignoringErrorsIsExplicit()
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r = request(m_tls);
    r.ignoreTlsErrors = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
    if (engine == EngineKind::Wire)
        QVERIFY(c.handshake().tlsErrorsIgnored.join(' ').contains("CN=127.0.0.1"));
    c.abort();
}

void TestTls::mutualTls_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("error");
    QTest::addRow("no client certificate") << ""
                                           << ""
                                           << ""
                                           << "client certificate";
    QTest::addRow("PEM certificate and key") << "client.pem"
                                             << "client.key"
                                             << ""
                                             << "";
    QTest::addRow("PKCS#12") << "client.p12"
                             << ""
                             << "secret"
                             << "";
    QTest::addRow("PKCS#12, wrong passphrase") << "client.p12"
                                               << ""
                                               << "wrong"
                                               << "passphrase";
}

void TestTls::mutualTls()
{
    QFETCH_GLOBAL(EngineKind, engine);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, pass);
    QFETCH(QString, error);
    ConnectionRequest r = request(m_mutual);
    r.caFile = file("ca.pem");
    if (!cert.isEmpty())
        r.certFile = file(cert);
    if (!key.isEmpty())
        r.keyFile = file(key);
    r.keyPassphrase = pass;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    if (error.isEmpty()) {
        QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
        QVERIFY(c.sendText("mutual"));
        QVERIFY(spy.waitForEvents(EventKind::Text, 2));
        c.abort();
    } else {
        QVERIFY(spy.waitForClosed());
        QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
        QVERIFY(!spy.errors.isEmpty());
        // QWebSocket cannot tell a refused client certificate from any other early close.
        if (engine == EngineKind::Wire || cert.endsWith(".p12"))
            QVERIFY2(spy.errors.join(' ').contains(error), qPrintable(spy.errors.join('\n')));
    }
}

void TestTls::unreadableFiles_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::addRow("missing CA file") << "ca"
                                     << "/nonexistent/ca.pem"
                                     << "Cannot read the CA file";
    QTest::addRow("CA file not a certificate") << "ca"
                                               << "san.ext"
                                               << "no PEM or DER certificate";
    QTest::addRow("missing client certificate") << "cert"
                                                << "/nonexistent/c.pem"
                                                << "Cannot read the client certificate";
}

void TestTls::unreadableFiles()
{
    QFETCH(QString, field);
    QFETCH(QString, path);
    QFETCH(QString, error);
    ConnectionRequest r = request(m_tls);
    const QString full = path.startsWith('/') ? path : file(path);
    (field == "ca" ? r.caFile : r.certFile) = full;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains(full));
}

QTEST_GUILESS_MAIN(TestTls)
// QA: wss:// to a plain ws:// server gave only OpenSSL's "error:0A00010B:SSL
// routines::wrong version number". Its text stays (it is what a search engine knows), with
// what it means and what to try.
void TestTls::plainServerGetsAHint()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    const ConnectionRequest r = request(m_plain);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    const QString e = spy.errors.first();
    QVERIFY2(e.contains("TLS handshake"), qPrintable(e));
    QVERIFY2(e.contains("The server did not answer TLS; is it a ws:// server?"), qPrintable(e));
    QUrl plain = r.url;
    plain.setScheme("ws");
    QVERIFY2(e.contains("Try " + plain.toString() + "."), qPrintable(e));
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
}

#include "tst_tls.moc"
