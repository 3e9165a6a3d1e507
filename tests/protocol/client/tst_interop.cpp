// Connection against WebSocket servers nobody on this project wrote: Python `websockets`
// and Node `ws`, each started by the test as a child process on 127.0.0.1.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "common/connectionspy.h"
#include "common/externalserver.h"
#include "connection/clock.h"
#include "connection/connection.h"

Q_DECLARE_METATYPE(EngineKind)

class TestInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();

    void echoTextAndBinary();
    void largeMessages();
    void subprotocolNegotiation();
    void headersAndOriginArrive();
    void serverCloseWithCodeAndReason_data();
    void serverCloseWithCodeAndReason();
    void serverDropIs1006();
    void clientClose();
    void compression();
    void fragmentedBothWays();

private:
    ConnectionRequest request(const QString &path, const QStringList &protocols = {}) const;
    bool openAndWait(Connection &c, ConnectionSpy &spy, const ConnectionRequest &r);
    ExternalServer *server() const;

    SystemClock m_clock;
    ExternalServer m_python;
    ExternalServer m_node;
};

void TestInterop::initTestCase_data()
{
    QTest::addColumn<QString>("impl");
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("python-websockets/wire") << "python" << EngineKind::Wire;
    QTest::addRow("node-ws/wire") << "node" << EngineKind::Wire;
    QTest::addRow("python-websockets/qt") << "python" << EngineKind::QtWebSockets;
    QTest::addRow("node-ws/qt") << "node" << EngineKind::QtWebSockets;
}

void TestInterop::initTestCase()
{
    QString error;
    QVERIFY2(m_python.startPython("python_ws_server.py", &error), qPrintable(error));
    QVERIFY2(
        m_node.startNode("ws_server.mjs", &error),
        qPrintable(error + "\n(run scripts/setup-debian.sh, which installs tests/servers/node)"));
}

void TestInterop::cleanupTestCase()
{
    m_python.stop();
    m_node.stop();
}

ExternalServer *TestInterop::server() const
{
    QFETCH_GLOBAL(QString, impl);
    return impl == "python" ? const_cast<ExternalServer *>(&m_python)
                            : const_cast<ExternalServer *>(&m_node);
}

ConnectionRequest TestInterop::request(const QString &path, const QStringList &protocols) const
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = QUrl(server()->url(path));
    r.subprotocols = protocols;
    r.engine = engine;
    return r;
}

bool TestInterop::openAndWait(Connection &c, ConnectionSpy &spy, const ConnectionRequest &r)
{
    return c.open(r) && spy.waitForState(ReadyState::Open);
}

void TestInterop::echoTextAndBinary()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, request("/echo")));
    const QString text = QString::fromUtf8("Tiếng Việt · 日本語 · 😀");
    const QByteArray binary("\x00\x01\x02\xfe\xff", 5);
    QVERIFY(c.sendText(text.toUtf8()));
    QVERIFY(c.sendBinary(binary));
    QVERIFY(c.sendBinary(QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 10000);
    const QList<Event> in = spy.messages(Direction::In);
    QCOMPARE(in[0].kind, EventKind::Text);
    QCOMPARE(QString::fromUtf8(in[0].payload), text);
    QCOMPARE(in[1].kind, EventKind::Binary);
    QCOMPARE(in[1].payload, binary);
    QCOMPARE(in[2].kind, EventKind::Binary);
    QCOMPARE(in[2].payload.size(), 0);
    QVERIFY(c.close());
    QVERIFY(spy.waitForClosed());
    QVERIFY(spy.lastClose().wasClean);
}

void TestInterop::largeMessages()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, request("/echo")));
    QByteArray big(4 * 1024 * 1024 + 3, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7) & 0xff);
    QVERIFY(c.sendBinary(big));
    QVERIFY(c.sendText(QString(70000, QChar(0x00E9)).toUtf8()));
    // 16 MiB, the default frame limit, in one frame from the server.
    QByteArray max(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < max.size(); ++i)
        max[i] = char((i * 31) >> 3);
    QVERIFY(c.sendBinary(max));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 60000);
    QCOMPARE(spy.messages(Direction::In)[0].payload, big);
    QCOMPARE(spy.messages(Direction::In)[1].payload.size(), 140000);
    QVERIFY(spy.messages(Direction::In)[2].payload == max);
}

void TestInterop::subprotocolNegotiation()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, request("/subprotocol", {"v9.unknown", "superchat"})));
    QCOMPARE(c.protocol(), QString("superchat"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    // The server's own view of what was negotiated agrees with ours.
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("superchat"));
    c.close();
    QVERIFY(spy.waitForClosed());
}

void TestInterop::headersAndOriginArrive()
{
    ConnectionRequest r = request("/headers", {"chat"});
    r.headers = {{"X-Wsprobe-Test", "42"}, {"Authorization", "Bearer abc"}};
    r.origin = "https://origin.example";
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, r));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    const QJsonObject headers =
        QJsonDocument::fromJson(spy.messages(Direction::In).first().payload).object();
    QCOMPARE(headers.value("x-wsprobe-test").toString(), QString("42"));
    QCOMPARE(headers.value("authorization").toString(), QString("Bearer abc"));
    QCOMPARE(headers.value("origin").toString(), QString("https://origin.example"));
    QVERIFY(headers.value("sec-websocket-protocol").toString().contains("chat"));
    c.close();
    QVERIFY(spy.waitForClosed());
}

void TestInterop::serverCloseWithCodeAndReason_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addRow("1000") << 1000 << "";
    QTest::addRow("1001 going away") << 1001 << "restarting";
    QTest::addRow("4001 app code") << 4001 << QString::fromUtf8("hết giờ");
}

void TestInterop::serverCloseWithCodeAndReason()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    const QString path = QString("/close?code=%1&reason=%2")
                             .arg(code)
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(reason)));
    QVERIFY(c.open(request(path)));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.eventsOf(EventKind::Open).size(), 1);
    QCOMPARE(spy.lastClose().code, code);
    QCOMPARE(QString::fromUtf8(spy.lastClose().payload), reason);
    QVERIFY(spy.lastClose().wasClean);
    QVERIFY(spy.errors.isEmpty());
}

void TestInterop::serverDropIs1006()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request("/drop")));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
}

void TestInterop::clientClose()
{
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, request("/echo")));
    QVERIFY(c.close(4999, "bye"));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 4999);
    QVERIFY(spy.lastClose().wasClean);
}

void TestInterop::compression()
{
    // Python websockets offers permessage-deflate; Node ws is started with it on as well.
    QFETCH_GLOBAL(QString, impl);
    QFETCH_GLOBAL(EngineKind, engine);
    ExternalServer deflating;
    ConnectionRequest r = request("/echo");
    if (impl == "node") {
        QString error;
        QVERIFY2(deflating.start(
                     QStringLiteral(WSPROBE_TEST_NODE),
                     {QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/ws_server.mjs"), "--deflate"},
                     &error),
                 qPrintable(error));
        r.url = QUrl(deflating.url("/echo"));
    }
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, r));
    if (engine == EngineKind::QtWebSockets) {
        QCOMPARE(c.extensions(), QString()); // QWebSocket supports no extensions
    } else {
        QVERIFY2(c.extensions().startsWith("permessage-deflate"), qPrintable(c.extensions()));
    }
    const QByteArray json =
        QByteArray("{\"symbol\":\"WSP\",\"bid\":101.25,\"ask\":101.5}").repeated(200);
    QByteArray binary(300000, Qt::Uninitialized);
    for (qsizetype i = 0; i < binary.size(); ++i)
        binary[i] = char((i / 7) & 0xff);
    QVERIFY(c.sendText(json));
    QVERIFY(c.sendBinary(binary));
    QVERIFY(c.sendText("tiny"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 20000);
    const QList<Event> in = spy.messages(Direction::In);
    QCOMPARE(in[0].payload, json);
    QCOMPARE(in[1].payload, binary);
    QCOMPARE(in[2].payload, QByteArray("tiny"));
    if (engine == EngineKind::Wire) {
        // Both directions were really compressed, and the log knows the wire size.
        QVERIFY(spy.messages(Direction::Out)[0].wireSize > 0);
        QVERIFY(spy.messages(Direction::Out)[0].wireSize < json.size() / 10);
        QVERIFY(in[0].wireSize > 0 && in[0].wireSize < json.size() / 10);
    }
    c.close();
    QVERIFY(spy.waitForClosed());
}

void TestInterop::fragmentedBothWays()
{
    ConnectionRequest r = request("/echo");
    r.outgoingFrameSize = 1000; // the server must reassemble
    r.reportFrames = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openAndWait(c, spy, r));
    QString text;
    for (int i = 0; i < 2500; ++i)
        text += QChar(0x4E00 + i % 200); // 3-byte characters, cut across frame edges
    QVERIFY(c.sendText(text.toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 1, 10000);
    QCOMPARE(QString::fromUtf8(spy.messages(Direction::In).first().payload), text);
    c.close();
    QVERIFY(spy.waitForClosed());
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
