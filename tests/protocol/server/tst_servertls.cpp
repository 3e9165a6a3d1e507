// The server over TLS: certificate and key files with every way they can be wrong, a
// self-signed certificate made on first use and kept, and clients that trust it connecting
// over wss (Wsprobe's own client and QWebSocket).
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "common/connectionspy.h"
#include "common/rawclient.h"
#include "common/testpki.h"
#include "common/testserver.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/server/servertls.h"

class TestServerTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badFiles_data();
    void badFiles();
    void unreadableFile();
    void certificateFilesServeWss();
    void selfSignedIsMadeOnceAndTrusted();
    void qtClientTrustsTheSelfSignedCertificate();
    void plainClientOnTlsPortIsNamed();
    void tlsNeedsAnIdentity();

private:
    struct Client
    {
        std::unique_ptr<Connection> connection;
        std::unique_ptr<ConnectionSpy> spy;
    };
    Client connectClient(const QUrl &url, const QString &caFile);
    QString file(const QString &name) const { return m_pki.filePath(name); }
    QTemporaryDir m_pki;
    SystemClock m_clock;
};

void TestServerTls::initTestCase()
{
    QVERIFY(m_pki.isValid());
    QString error;
    QVERIFY2(makeTestPki(m_pki.path(), &error), qPrintable(error));
    QFile garbage(file("garbage.pem"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a certificate\n");
}

TestServerTls::Client TestServerTls::connectClient(const QUrl &url, const QString &caFile)
{
    Client c;
    c.connection = std::make_unique<Connection>(m_clock);
    c.spy = std::make_unique<ConnectionSpy>(c.connection.get());
    ConnectionRequest r;
    r.url = url;
    r.caFile = caFile;
    r.closeTimeoutMs = 2000;
    c.connection->open(r);
    return c;
}

void TestServerTls::badFiles_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");
    QTest::addRow("missing certificate") << "nope.pem"
                                         << "server.key"
                                         << "The certificate file %1 does not exist.";
    QTest::addRow("missing key") << "server.pem"
                                 << "nope.key"
                                 << "The private key file %2 does not exist.";
    QTest::addRow("garbage certificate") << "garbage.pem"
                                         << "server.key"
                                         << "The certificate file %1 holds no PEM certificate";
    QTest::addRow("garbage key") << "server.pem"
                                 << "garbage.pem"
                                 << "The file %2 holds no private key in PEM";
    QTest::addRow("certificate as key") << "server.pem"
                                        << "server.pem"
                                        << "The file %2 holds no private key in PEM";
    QTest::addRow("mismatched key") << "server.pem"
                                    << "client.key"
                                    << "The private key in %2 does not belong to the certificate "
                                       "in %1.";
    QTest::addRow("a folder") << "."
                              << "server.key"
                              << "Cannot read the certificate file %1";
}

void TestServerTls::badFiles()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, error);
    ServerConfig config;
    config.tls = true;
    config.certFile = file(cert);
    config.keyFile = file(key);
    WebSocketListener listener;
    QString message;
    QVERIFY(!listener.listen(config, &message));
    error.replace("%1", config.certFile).replace("%2", config.keyFile);
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QVERIFY(!listener.isListening());
}

void TestServerTls::unreadableFile()
{
    if (geteuid() == 0)
        QSKIP("root reads any file");
    QFile::copy(file("server.key"), file("locked.key"));
    QFile::setPermissions(file("locked.key"), QFileDevice::Permissions());
    ServerConfig config;
    config.tls = true;
    config.certFile = file("server.pem");
    config.keyFile = file("locked.key");
    WebSocketListener listener;
    QString message;
    QVERIFY(!listener.listen(config, &message));
    QVERIFY2(message.startsWith("Cannot read the private key file"), qPrintable(message));
}

void TestServerTls::certificateFilesServeWss()
{
    ServerConfig config;
    config.tls = true;
    config.certFile = file("server.pem");
    config.keyFile = file("server.key");
    TestServer server(config);
    server.echo = true;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QCOMPARE(server.url().scheme(), QString("wss"));
    QCOMPARE(server.listener.certificate(), QSslCertificate::fromPath(file("server.pem")).value(0));
    Client c = connectClient(server.url(), file("ca.pem"));
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    c.connection->sendText("over TLS");
    QVERIFY(QTest::qWaitFor([&] { return !c.spy->messages(Direction::In).isEmpty(); }, 10000));
    QCOMPARE(c.spy->messages(Direction::In).first().payload, QByteArray("over TLS"));
    QVERIFY(server.client().engine->isEncrypted());
    QVERIFY(server.client().connection->handshake().tlsProtocol.startsWith("TLS"));
    QVERIFY(!server.client().connection->handshake().tlsCipher.isEmpty());
}

void TestServerTls::selfSignedIsMadeOnceAndTrusted()
{
    if (!ServerTls::canGenerate())
        QSKIP("built without OpenSSL's libcrypto");
    QTemporaryDir dir;
    ServerConfig config;
    config.selfSigned = true;
    config.selfSignedDir = dir.path() + "/tls";
    TestServer server(config);
    server.echo = true;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    const QString certPath = config.selfSignedDir + "/wsprobe-server.pem";
    const QString keyPath = config.selfSignedDir + "/wsprobe-server.key";
    QVERIFY(QFile::exists(certPath));
    QCOMPARE(QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString fingerprint = server.listener.certificateFingerprint();
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QVERIFY(QRegularExpression("^([0-9A-F]{2}:){31}[0-9A-F]{2}$").match(fingerprint).hasMatch());
    const QSslCertificate certificate = QSslCertificate::fromPath(certPath).value(0);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{"Wsprobe local server"});

    // A client that trusts that certificate connects over wss.
    Client c = connectClient(server.url(), certPath);
    QVERIFY2(c.spy->waitForState(ReadyState::Open), qPrintable(c.spy->errors.join('\n')));
    c.connection->sendText("self-signed");
    QVERIFY(QTest::qWaitFor([&] { return !c.spy->messages(Direction::In).isEmpty(); }, 10000));
    // One that does not is refused by its own verification; the server goes on.
    Client stranger = connectClient(server.url(), QString());
    QVERIFY(stranger.spy->waitForClosed());
    QVERIFY2(stranger.spy->errors.join('\n').contains("TLS"),
             qPrintable(stranger.spy->errors.join('\n')));

    // The next run keeps the certificate, so that trust given once lasts.
    WebSocketListener again;
    QVERIFY2(again.listen(config, &error), qPrintable(error));
    QCOMPARE(again.certificateFingerprint(), fingerprint);
}

void TestServerTls::qtClientTrustsTheSelfSignedCertificate()
{
    if (!ServerTls::canGenerate())
        QSKIP("built without OpenSSL's libcrypto");
    QTemporaryDir dir;
    ServerConfig config;
    config.selfSigned = true;
    config.selfSignedDir = dir.path();
    TestServer server(config);
    server.echo = true;
    QVERIFY(server.listen());
    QWebSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.listener.certificate()});
    socket.setSslConfiguration(tls);
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy errors(&socket, &QWebSocket::sslErrors);
    connect(&socket, &QWebSocket::connected, &socket, [&] { socket.sendTextMessage("qt"); });
    socket.open(server.url());
    QVERIFY(received.wait(10000));
    QCOMPARE(received.first().first().toString(), QString("qt"));
    QCOMPARE(errors.size(), 0);
}

void TestServerTls::plainClientOnTlsPortIsNamed()
{
    ServerConfig config;
    config.tls = true;
    config.certFile = file("server.pem");
    config.keyFile = file("server.key");
    TestServer server(config);
    server.echo = true;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest());
    QVERIFY(raw.waitForDisconnect());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QVERIFY2(server.client().spy->errors.join('\n').contains("TLS handshake with the client"),
             qPrintable(server.client().spy->errors.join('\n')));
    // The listener still serves a real TLS client.
    Client c = connectClient(server.url(), file("ca.pem"));
    QVERIFY(c.spy->waitForState(ReadyState::Open));
}

void TestServerTls::tlsNeedsAnIdentity()
{
    ServerConfig config;
    config.tls = true;
    WebSocketListener listener;
    QString error;
    QVERIFY(!listener.listen(config, &error));
    QVERIFY2(error.contains("needs a certificate file"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
