// Connection against Qt's QWebSocketServer (the built-in demo server) and a scripted raw TCP
// peer for the negative cases.
#include <QTcpServer>
#include <QTemporaryDir>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "common/testpki.h"
#include "common/tlsechoserver.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "demo/demoserver.h"

Q_DECLARE_METATYPE(EngineKind)
#include <QTest>

class TestConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void readyStateSequence();
    void echoTextAndBinary();
    void subprotocolNegotiation();
    void noCommonSubprotocol();
    void serverInitiatedCloseWithCodeAndReason();
    void closeFrameFromPeerIsReportedVerbatim();
    void connectionRefused();
    void handshakeRejected_data();
    void handshakeRejected();
    void droppedConnectionIs1006();
    void tlsToPlainServerIsReported();
    void ignoredCertificateErrorsAreOnTheOpenEvent();
    void silentPeerTimesOut();
    void requestCarriesHeadersOriginAndProtocols();
    void emptyPathIsSentAsSlash();
    void sendWhenNotOpenIsAnError_data();
    void sendWhenNotOpenIsAnError();
    void invalidRequestKeepsStateClosed();
    void invalidCloseKeepsConnectionOpen();
    void openWhileOpenIsRefused();
    void closeWhileConnectingFailsTheAttempt();
    void bufferedAmountRisesAndDrains();
    void frameLargerThanReadBufferArrives();
    void pingGetsPong();
    void oversizedPingRefused();
    void keepAlivePings();
    void reopenAfterClose();

private:
    ConnectionRequest requestFor(const QUrl &url, const QStringList &protocols = {}) const;
    bool openDemo(Connection &c, ConnectionSpy &spy, const QString &path = "/echo",
                  const QStringList &protocols = {});

    SystemClock m_clock;
    DemoServer *m_server = nullptr;
};

void TestConnection::initTestCase_data()
{
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("wire") << EngineKind::Wire;
    QTest::addRow("qt") << EngineKind::QtWebSockets;
}

void TestConnection::init()
{
    m_server = new DemoServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestConnection::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

ConnectionRequest TestConnection::requestFor(const QUrl &url, const QStringList &protocols) const
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = url;
    r.subprotocols = protocols;
    r.engine = engine;
    return r;
}

bool TestConnection::openDemo(Connection &c, ConnectionSpy &spy, const QString &path,
                              const QStringList &protocols)
{
    if (!c.open(requestFor(m_server->url(path), protocols)))
        return false;
    return spy.waitForState(ReadyState::Open);
}

void TestConnection::readyStateSequence()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QCOMPARE(c.readyState(), ReadyState::Closed);
    QVERIFY(c.open(requestFor(m_server->url("/echo"))));
    QCOMPARE(c.readyState(), ReadyState::Connecting);
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.openedAtMs() > 0);
    QVERIFY(c.close(1000, "done"));
    QCOMPARE(c.readyState(), ReadyState::Closing);
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.states, (QList<ReadyState>{ReadyState::Connecting, ReadyState::Open,
                                            ReadyState::Closing, ReadyState::Closed}));
    const Event close = spy.lastClose();
    QCOMPARE(close.code, 1000);
    QCOMPARE(close.payload, QByteArray("done"));
    QVERIFY(close.wasClean);
    QCOMPARE(spy.eventsOf(EventKind::Open).size(), 1);
    QVERIFY(spy.errors.isEmpty());
}

void TestConnection::echoTextAndBinary()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    const QString text = QString::fromUtf8("xin chào 😀");
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QVERIFY(c.sendText(text.toUtf8()));
    QVERIFY(c.sendBinary(binary));
    QVERIFY(c.sendText(QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 10000);
    const QList<Event> in = spy.messages(Direction::In);
    QCOMPARE(in[0].kind, EventKind::Text);
    QCOMPARE(QString::fromUtf8(in[0].payload), text);
    QCOMPARE(in[1].kind, EventKind::Binary);
    QCOMPARE(in[1].payload, binary);
    QCOMPARE(in[2].payload, QByteArray());
    const QList<Event> out = spy.messages(Direction::Out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[1].payload, binary);
}

void TestConnection::subprotocolNegotiation()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy, "/echo", {"unknown.v9", "chat"}));
    QCOMPARE(c.protocol(), QString("chat"));
    QCOMPARE(spy.eventsOf(EventKind::Open).first().protocol, QString("chat"));
}

void TestConnection::noCommonSubprotocol()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    // QWebSocketServer accepts the upgrade without choosing one: protocol stays empty.
    QVERIFY(openDemo(c, spy, "/echo", {"unknown.v9"}));
    QCOMPARE(c.protocol(), QString());
}

void TestConnection::serverInitiatedCloseWithCodeAndReason()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(m_server->url("/no-such-path"))));
    QVERIFY(spy.waitForClosed());
    const Event close = spy.lastClose();
    QCOMPARE(close.code, DemoServer::UnknownPathCloseCode);
    QVERIFY(QString::fromUtf8(close.payload).contains("/no-such-path"));
    QVERIFY(close.wasClean);
    QVERIFY(spy.states.contains(ReadyState::Closing));
}

void TestConnection::closeFrameFromPeerIsReportedVerbatim()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::closeFrame(4321, "maintenance"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(peer.url("/"))));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 4321);
    QCOMPARE(spy.lastClose().payload, QByteArray("maintenance"));
    QVERIFY(spy.lastClose().wasClean);
}

void TestConnection::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now

    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(QUrl(QString("ws://127.0.0.1:%1/").arg(port)))));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("refused"), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains(QString::number(port)));
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
    // The error is in the event stream (and so in the log) before the close.
    QCOMPARE(spy.events.size(), 2);
    QCOMPARE(spy.events[0].kind, EventKind::Error);
    QCOMPARE(spy.events[1].kind, EventKind::Close);
}

void TestConnection::handshakeRejected_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n"
                                       "Content-Length: 9\r\n\r\nforbidden")
                         << "403";
    QTest::addRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                         << "404";
    QTest::addRow("200 instead of 101")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << "200";
    QTest::addRow("101 with wrong accept key") << QByteArray(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n")
                                               << "Accept";
}

void TestConnection::handshakeRejected()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, errorContains);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith(response, /*closeAfter=*/false);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(peer.url("/chat"))));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains(errorContains), qPrintable(spy.errors.first()));
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
    // The peer kept its end open: the client must have dropped the TCP connection itself.
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
}

void TestConnection::droppedConnectionIs1006()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x1, "last words"), /*dropAfter=*/true);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(peer.url("/"))));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.messages(Direction::In).size(), 1);
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("without a closing handshake"),
             qPrintable(spy.errors.first()));
}

void TestConnection::tlsToPlainServerIsReported()
{
    // wss:// to a server that only speaks plain ws: the TLS handshake cannot succeed.
    QUrl url = m_server->url("/echo");
    url.setScheme("wss");
    ConnectionRequest r = requestFor(url);
    r.handshakeTimeoutMs = 1500;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("TLS") || spy.errors.first().contains("within 1500 ms"),
             qPrintable(spy.errors.first()));
    QCOMPARE(spy.lastClose().code, 1006);
}

void TestConnection::ignoredCertificateErrorsAreOnTheOpenEvent()
{
    // A real TLS server whose certificate is self-signed and names another host: two errors.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(makeTestPki(dir.path(), &error), qPrintable(error));
    TlsEchoServer server;
    QVERIFY2(server.start(dir.filePath("ca.pem"), dir.filePath("ca.key"), &error),
             qPrintable(error));
    ConnectionRequest r = requestFor(server.url());
    r.ignoreTlsErrors = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
    const QList<Event> opens = spy.eventsOf(EventKind::Open);
    QCOMPARE(opens.size(), 1);
    const QStringList ignored = opens.first().tlsErrorsIgnored;
    QVERIFY2(ignored.size() >= 2, qPrintable(ignored.join('\n')));
    const QString all = ignored.join('\n');
    QVERIFY2(all.contains("self-signed", Qt::CaseInsensitive), qPrintable(all));
    QVERIFY2(all.contains("host name", Qt::CaseInsensitive), qPrintable(all));
    QVERIFY2(all.contains("CN=Wsprobe Test CA"), qPrintable(all)); // which certificate
    QCOMPARE(c.tlsErrorsIgnored(), ignored);
    QVERIFY(c.sendText("still echoes"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 2));
    c.close();
    QVERIFY(spy.waitForClosed());

    // The next connection starts clean: nothing ignored on plain ws://.
    ConnectionSpy again(&c);
    QVERIFY(openDemo(c, again));
    QCOMPARE(again.eventsOf(EventKind::Open).size(), 1);
    QVERIFY(again.eventsOf(EventKind::Open).first().tlsErrorsIgnored.isEmpty());
    QVERIFY(c.tlsErrorsIgnored().isEmpty());
    c.abort();
}

void TestConnection::silentPeerTimesOut()
{
    RawPeer silent;
    QVERIFY(silent.listen());
    silent.respondWith({});
    ConnectionRequest r = requestFor(silent.url());
    r.handshakeTimeoutMs = 300;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("within 300 ms"), qPrintable(spy.errors.first()));
    QCOMPARE(spy.lastClose().code, 1006);
    QTRY_VERIFY_WITH_TIMEOUT(silent.clientDisconnected(), 5000);
}

void TestConnection::requestCarriesHeadersOriginAndProtocols()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, "b");
    ConnectionRequest r = requestFor(peer.url("/path?q=1"), {"a", "b"});
    r.headers = {{"X-Custom", "one"}, {"Authorization", "Bearer secret"}};
    r.origin = "https://app.example";
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    const QByteArray req = peer.request();
    QVERIFY2(req.startsWith("GET /path?q=1 HTTP/1.1\r\n"), req.constData());
    QVERIFY(req.contains("X-Custom: one\r\n"));
    QVERIFY(req.contains("Authorization: Bearer secret\r\n"));
    QVERIFY(req.toLower().contains("origin: https://app.example\r\n"));
    QVERIFY(req.toLower().contains("sec-websocket-protocol: a,b")
            || req.toLower().contains("sec-websocket-protocol: a, b"));
    QCOMPARE(c.protocol(), QString("b"));
    c.abort();
}

void TestConnection::emptyPathIsSentAsSlash()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(QUrl(QString("ws://127.0.0.1:%1?x=1").arg(peer.port())))));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY2(peer.request().startsWith("GET /?x=1 HTTP/1.1\r\n"), peer.request().constData());
    c.abort();
}

void TestConnection::sendWhenNotOpenIsAnError_data()
{
    QTest::addColumn<bool>("connecting");
    QTest::addRow("closed") << false;
    QTest::addRow("connecting") << true;
}

void TestConnection::sendWhenNotOpenIsAnError()
{
    QFETCH(bool, connecting);
    RawPeer silent; // accepts TCP, never answers: the connection stays CONNECTING
    QVERIFY(silent.listen());
    silent.respondWith({});
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    if (connecting)
        QVERIFY(c.open(requestFor(silent.url())));
    QVERIFY(!c.sendText("hello"));
    QVERIFY(!c.sendBinary("\x01"));
    QVERIFY(!c.ping());
    QCOMPARE(spy.errors.size(), 3);
    const QString state = connecting ? "CONNECTING (readyState 0)" : "CLOSED (readyState 3)";
    QVERIFY2(spy.errors.first().contains(state), qPrintable(spy.errors.first()));
    QVERIFY(spy.messages(Direction::Out).isEmpty());
    QCOMPARE(spy.eventsOf(EventKind::Error).size(), 3);
    c.abort();
}

void TestConnection::invalidRequestKeepsStateClosed()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(!c.open(requestFor(QUrl("http://127.0.0.1/"))));
    QVERIFY(!c.open(requestFor(m_server->url("/echo"), {"bad token"})));
    ConnectionRequest r = requestFor(m_server->url("/echo"));
    r.headers = {{"Sec-WebSocket-Key", "x"}};
    QVERIFY(!c.open(r));
    QCOMPARE(c.readyState(), ReadyState::Closed);
    QVERIFY(spy.states.isEmpty());
    QCOMPARE(spy.errors.size(), 3);
    QCOMPARE(spy.eventsOf(EventKind::Error).size(), 3);
}

void TestConnection::invalidCloseKeepsConnectionOpen()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    QVERIFY(!c.close(1005));
    QVERIFY(!c.close(999));
    QVERIFY(!c.close(1000, QString(124, 'x')));
    QCOMPARE(c.readyState(), ReadyState::Open);
    QCOMPARE(spy.errors.size(), 3);
    QVERIFY(c.sendText("still here"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 2));
}

void TestConnection::openWhileOpenIsRefused()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    QVERIFY(!c.open(requestFor(m_server->url("/echo"))));
    QVERIFY(spy.errors.first().contains("Already OPEN"));
    QCOMPARE(c.readyState(), ReadyState::Open);
}

void TestConnection::closeWhileConnectingFailsTheAttempt()
{
    RawPeer silent;
    QVERIFY(silent.listen());
    silent.respondWith({});
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(silent.url())));
    QTRY_VERIFY_WITH_TIMEOUT(!silent.request().isEmpty(), 5000);
    QVERIFY(c.close());
    QCOMPARE(c.readyState(), ReadyState::Closed);
    QCOMPARE(spy.lastClose().code, 1006);
    QTRY_VERIFY_WITH_TIMEOUT(silent.clientDisconnected(), 5000);
}

void TestConnection::bufferedAmountRisesAndDrains()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    const QByteArray big(8 * 1024 * 1024, 'b');
    QVERIFY(c.sendBinary(big));
    // Queued but not yet written: the loop has not run since send().
    QCOMPARE(c.bufferedAmount(), qint64(big.size()));
    QTRY_COMPARE_WITH_TIMEOUT(c.bufferedAmount(), qint64(0), 20000);
    QVERIFY(spy.bufferedAmounts.contains(qint64(big.size())));
    QCOMPARE(spy.bufferedAmounts.last(), qint64(0));
    QVERIFY(spy.waitForEvents(EventKind::Binary, 2, 20000));
    QCOMPARE(spy.messages(Direction::In).first().payload.size(), big.size());
}

void TestConnection::frameLargerThanReadBufferArrives()
{
    // One frame far larger than the engine's read buffer, then small ones behind it.
    RawPeer peer;
    QVERIFY(peer.listen());
    const QByteArray big(3 * 1024 * 1024 + 7, 'q');
    peer.acceptUpgrade(RawPeer::frame(0x2, big) + RawPeer::frame(0x1, "after")
                       + RawPeer::frame(0x1, "last"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(peer.url())));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 20000);
    QCOMPARE(spy.messages(Direction::In)[0].payload, big);
    QCOMPARE(spy.messages(Direction::In)[2].payload, QByteArray("last"));
    c.abort();
}

void TestConnection::pingGetsPong()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    QVERIFY(c.ping("abc"));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 1));
    const Event pong = spy.eventsOf(EventKind::Pong).first();
    QCOMPARE(pong.payload, QByteArray("abc"));
    QVERIFY(pong.rttMs >= 0);
    QCOMPARE(spy.eventsOf(EventKind::Ping).first().direction, Direction::Out);
}

void TestConnection::oversizedPingRefused()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openDemo(c, spy));
    QVERIFY(!c.ping(QByteArray(126, 'p')));
    QVERIFY(spy.errors.first().contains("125"));
    QVERIFY(c.ping(QByteArray(125, 'p')));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 1));
}

void TestConnection::keepAlivePings()
{
    ConnectionRequest r = requestFor(m_server->url("/echo"));
    r.keepAliveMs = 50;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 3));
    QVERIFY(spy.eventsOf(EventKind::Ping).size() >= 3);
    QVERIFY(c.close());
    QVERIFY(spy.waitForClosed());
    const qsizetype pings = spy.eventsOf(EventKind::Ping).size();
    QTest::qWait(200);
    QCOMPARE(spy.eventsOf(EventKind::Ping).size(), pings); // no pings once closed
}

void TestConnection::reopenAfterClose()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(m_server->url("/no-such-path"))));
    QVERIFY(spy.waitForEvents(EventKind::Close, 1));
    QCOMPARE(spy.lastClose().code, 4404);
    // A fresh socket per attempt: the previous close code does not leak into this one.
    QVERIFY(openDemo(c, spy));
    c.abort();
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(openDemo(c, spy));
    QVERIFY(c.close(4000));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 4000);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
