// The relay listening on wss:// end to end, with clients nobody on the project wrote: Node
// `ws` trusting the test CA that signed the relay's certificate file, and Qt's QWebSocket
// trusting the self-signed certificate the relay made; the upstream leg on wss:// too, with
// its CA file, with certificate errors ignored, and refused (502 naming the reason) when
// neither is given. The fingerprint shown is the certificate's.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "common/testpki.h"
#include "common/tlsechoserver.h"
#include "connection/clock.h"
#include "protocol/server/servertls.h"
#include "relay/relaycontroller.h"

namespace {

/// tests/servers/node/ws_client.mjs URL SCENARIO OPTIONS to its end (bounded), a JSON object
/// per line it printed.
QList<QJsonObject> nodeClient(const QUrl &url, const QString &scenario, const QJsonObject &options)
{
    QProcess p;
    p.start(QStringLiteral(WSPROBE_TEST_NODE),
            {QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/ws_client.mjs"), url.toString(),
             scenario, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact))});
    // The relay lives in this thread: wait with the event loop running.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
    }
    QList<QJsonObject> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    if (const QByteArray err = p.readAllStandardError(); !err.isEmpty())
        out << QJsonObject{{"event", "stderr"}, {"message", QString::fromUtf8(err)}};
    return out;
}

QString dump(const QList<QJsonObject> &events)
{
    QStringList lines;
    for (const QJsonObject &e : events)
        lines << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRelayTls : public QObject
{
    Q_OBJECT
private:
    QString file(const char *name) const { return m_pki.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_pki;
    SystemClock m_clock;
    TlsEchoServer m_upstream;

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.isValid());
        QString error;
        QVERIFY2(makeTestPki(m_pki.path(), &error), qPrintable(error));
        QVERIFY2(m_upstream.start(file("server.pem"), file("server.key"), &error),
                 qPrintable(error));
    }

    void nodeClientTrustsTheCertificateFile()
    {
        RelayController relay(m_clock);
        RelayConfig config;
        config.listen.tls = true;
        config.listen.certFile = file("server.pem");
        config.listen.keyFile = file("server.key");
        config.upstream.url = m_upstream.url();
        config.upstream.caFile = file("ca.pem");
        QString error;
        QVERIFY2(relay.start(config, &error), qPrintable(error));
        QCOMPARE(relay.url().scheme(), QStringLiteral("wss"));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(file("server.pem"));
        QVERIFY(!chain.isEmpty());
        QCOMPARE(relay.certificateFingerprint(), ServerTls::fingerprint(chain.first()));

        QUrl url = relay.url();
        url.setPath(QStringLiteral("/via-relay"));
        const QList<QJsonObject> events =
            nodeClient(url, QStringLiteral("echo"), {{"ca", file("ca.pem")}});
        // Six messages and one sent in three fragments, each echoed through both wss legs.
        int echoed = 0;
        bool pong = false;
        int closeCode = 0;
        for (const QJsonObject &e : events) {
            const QString kind = e.value("event").toString();
            if (kind == QLatin1String("message")) {
                QVERIFY2(e.value("ok").toBool(), qPrintable(dump(events)));
                ++echoed;
            } else if (kind == QLatin1String("pong")) {
                pong = e.value("data").toString() == QLatin1String("are you there");
            } else if (kind == QLatin1String("close")) {
                closeCode = e.value("code").toInt();
            }
        }
        QVERIFY2(echoed == 7 && pong && closeCode == 1000, qPrintable(dump(events)));
    }

    void qtClientTrustsTheSelfSignedCertificate()
    {
        if (!ServerTls::canGenerate())
            QSKIP("built without OpenSSL's libcrypto");
        QTemporaryDir dir;
        RelayController relay(m_clock);
        RelayConfig config;
        config.listen.tls = true;
        config.listen.selfSigned = true;
        config.listen.selfSignedDir = dir.path();
        config.upstream.url = m_upstream.url();
        config.upstream.ignoreTlsErrors = true; // the other way to reach an untrusted server
        QString error;
        QVERIFY2(relay.start(config, &error), qPrintable(error));
        const QList<QSslCertificate> made = QSslCertificate::fromPath(
            dir.filePath(QString::fromLatin1(ServerTls::SelfSignedCertName)));
        QCOMPARE(made.size(), 1);
        QCOMPARE(relay.certificateFingerprint(), ServerTls::fingerprint(made.first()));

        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(made);
        socket.setSslConfiguration(tls);
        QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy sslErrors(&socket, &QWebSocket::sslErrors);
        connect(&socket, &QWebSocket::connected, &socket,
                [&socket] { socket.sendTextMessage(QStringLiteral("through wss both ways")); });
        socket.open(relay.url());
        QVERIFY(received.wait(10000));
        QCOMPARE(received.first().first().toString(), QStringLiteral("through wss both ways"));
        QCOMPARE(sslErrors.size(), 0);
        // What the client saw is what the relay shows.
        QCOMPARE(ServerTls::fingerprint(socket.sslConfiguration().peerCertificate()),
                 relay.certificateFingerprint());
        socket.close();
    }

    void untrustedUpstreamIsRefusedWithTheReason()
    {
        RelayController relay(m_clock);
        RelayConfig config;
        config.listen.tls = true;
        config.listen.certFile = file("server.pem");
        config.listen.keyFile = file("server.key");
        config.upstream.url = m_upstream.url(); // neither its CA nor ignoring errors
        QString error;
        QVERIFY2(relay.start(config, &error), qPrintable(error));
        const QList<QJsonObject> events =
            nodeClient(relay.url(), QStringLiteral("wait"), {{"ca", file("ca.pem")}});
        QJsonObject refused;
        for (const QJsonObject &e : events) {
            if (e.value("event").toString() == QLatin1String("refused"))
                refused = e;
        }
        QCOMPARE(refused.value("status").toInt(), 502);
        QVERIFY2(refused.value("body").toString().contains(QLatin1String("certificate"),
                                                           Qt::CaseInsensitive),
                 qPrintable(dump(events)));
    }
};

QTEST_GUILESS_MAIN(TestRelayTls)
#include "tst_relaytls.moc"
