// Through an HTTP CONNECT proxy written here, on loopback, with both engines.
#include <QTest>

#include "common/connectionspy.h"
#include "common/connectproxy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "demo/demoserver.h"

Q_DECLARE_METATYPE(EngineKind)

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void throughConnectProxy();
    void proxyRefuses();
    void badProxySetting_data();
    void badProxySetting();

private:
    ConnectionRequest request(const DemoServer &server, const QString &proxy) const;
    SystemClock m_clock;
};

void TestProxy::initTestCase_data()
{
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("wire") << EngineKind::Wire;
    QTest::addRow("qt") << EngineKind::QtWebSockets;
}

ConnectionRequest TestProxy::request(const DemoServer &server, const QString &proxy) const
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = server.url("/echo");
    r.engine = engine;
    r.proxy = proxy;
    r.handshakeTimeoutMs = 10000;
    return r;
}

void TestProxy::throughConnectProxy()
{
    DemoServer server;
    QVERIFY(server.start());
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(server, QString("http://127.0.0.1:%1").arg(proxy.port()))));
    QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
    QVERIFY(c.sendText("via proxy"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 2));
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("via proxy"));
    QCOMPARE(proxy.requestLines().size(), 1);
    QVERIFY2(proxy.requestLines().first().startsWith(
                 "CONNECT 127.0.0.1:" + QByteArray::number(server.port()) + " HTTP/1."),
             proxy.requestLines().first().constData());
    c.close();
    QVERIFY(spy.waitForClosed());
}

void TestProxy::proxyRefuses()
{
    DemoServer server;
    QVERIFY(server.start());
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    proxy.refuseWith("HTTP/1.1 403 Forbidden");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(server, QString("http://127.0.0.1:%1").arg(proxy.port()))));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("Proxy"), qPrintable(spy.errors.first()));
    QCOMPARE(spy.lastClose().code, 1006);
}

void TestProxy::badProxySetting_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("error");
    QTest::addRow("ftp") << "ftp://127.0.0.1:21"
                         << "not understood";
    QTest::addRow("no port") << "http://127.0.0.1"
                             << "no port";
    QTest::addRow("garbage") << "proxy please"
                             << "not understood";
}

void TestProxy::badProxySetting()
{
    QFETCH(QString, proxy);
    QFETCH(QString, error);
    DemoServer server;
    QVERIFY(server.start());
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(!c.open(request(server, proxy)));
    QCOMPARE(c.readyState(), ReadyState::Closed);
    QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
