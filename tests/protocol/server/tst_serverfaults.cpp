// The server's fault injection, each observed by Wsprobe's own client engine as it reports it:
// a refused or delayed or never-finished upgrade, ignored pings, a server that stops reading,
// invalid Close frames, a dropped connection, and frames the rules forbid.
#include <QElapsedTimer>
#include <QTest>

#include "common/connectionspy.h"
#include "common/testserver.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/frame/rawframe.h"
#include "protocol/handshake.h"

class TestServerFaults : public QObject
{
    Q_OBJECT
private slots:
    void refusedUpgrade();
    void delayedUpgrade();
    void neverFinishedHandshake();
    void ignoredPings();
    void stoppedReading();
    void invalidClose_data();
    void invalidClose();
    void droppedConnection();
    void forbiddenFrames_data();
    void forbiddenFrames();
    void rawFrameThatCannotBeWritten();

private:
    struct Client
    {
        std::unique_ptr<Connection> connection;
        std::unique_ptr<ConnectionSpy> spy;
    };
    Client connectClient(const QUrl &url, ConnectionRequest r = ConnectionRequest());
    SystemClock m_clock;
};

TestServerFaults::Client TestServerFaults::connectClient(const QUrl &url, ConnectionRequest r)
{
    Client c;
    c.connection = std::make_unique<Connection>(m_clock);
    c.spy = std::make_unique<ConnectionSpy>(c.connection.get());
    r.url = url;
    r.engine = EngineKind::Wire;
    r.closeTimeoutMs = 2000;
    c.connection->open(r);
    return c;
}

void TestServerFaults::refusedUpgrade()
{
    ServerConfig config;
    config.faults.refuse.status = 403;
    config.faults.refuse.headers = {{"X-Why", "testing"}, {"Content-Type", "text/plain"}};
    config.faults.refuse.body = "not today";
    TestServer server(config);
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForClosed());
    const HandshakeRecord &record = c.connection->handshake();
    QCOMPARE(record.status, 403);
    QCOMPARE(record.statusLine, QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(Handshake::headerValue(record.responseHeaders, "X-Why"), QByteArray("testing"));
    QCOMPARE(record.body, QByteArray("not today"));
    QCOMPARE(c.spy->lastClose().code, 1006);
    QVERIFY2(c.spy->errors.join('\n').contains("refused the WebSocket upgrade"),
             qPrintable(c.spy->errors.join('\n')));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QVERIFY(server.client().spy->errors.join('\n').contains("as this server is set to"));
    QCOMPARE(server.client().connection->handshake().status, 403);
}

void TestServerFaults::delayedUpgrade()
{
    ServerConfig config;
    config.faults.upgradeDelayMs = 400;
    TestServer server(config);
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
}

void TestServerFaults::neverFinishedHandshake()
{
    ServerConfig config;
    config.faults.neverFinishHandshake = true;
    TestServer server(config);
    server.options.handshakeTimeoutMs = 300; // the server's own timeout must not end it
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.handshakeTimeoutMs = 800;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForClosed());
    QVERIFY2(c.spy->errors.join('\n').contains("within 800 ms"),
             qPrintable(c.spy->errors.join('\n')));
    // The server read the request and kept quiet: its record has the request, no response.
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QVERIFY(server.client().spy->errors.join('\n').contains("during the opening handshake"));
    QCOMPARE(server.client().connection->handshake().requestLine, QByteArray("GET / HTTP/1.1"));
    QVERIFY(!server.client().connection->handshake().responseSeen);
}

void TestServerFaults::ignoredPings()
{
    ServerConfig config;
    config.faults.ignorePings = true;
    TestServer server(config);
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    c.connection->ping("anyone?");
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForEvents(EventKind::Ping, 1));
    QTest::qWait(300);
    QVERIFY(c.spy->eventsOf(EventKind::Pong).isEmpty());
}

void TestServerFaults::stoppedReading()
{
    ServerConfig config;
    config.faults.stopReading = true;
    TestServer server(config);
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.deflate = false; // all of it on the wire
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    const QByteArray chunk(256 * 1024, 'x');
    for (int i = 0; i < 128; ++i)
        c.connection->sendBinary(chunk);
    // 32 MiB cannot all fit in the socket buffers: the client's bufferedAmount stays up.
    QTest::qWait(500);
    QVERIFY2(c.connection->bufferedAmount() > 0, "the server read everything");
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->messages(Direction::In).isEmpty());
    // Resuming drains it all.
    server.client().engine->setReadingPaused(false);
    QVERIFY(QTest::qWaitFor(
        [&] { return server.client().spy->messages(Direction::In).size() == 128; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return c.connection->bufferedAmount() == 0; }, 10000));
}

void TestServerFaults::invalidClose_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("clientCode");
    QTest::addColumn<QString>("clientError");
    QTest::addRow("reserved 1004") << 1004 << QByteArray() << 1002 << "close code 1004";
    QTest::addRow("1005 on the wire") << 1005 << QByteArray() << 1002 << "close code 1005";
    QTest::addRow("0") << 0 << QByteArray("zero") << 1002 << "close code 0";
    QTest::addRow("reason not UTF-8")
        << 1000 << QByteArray("\xff\xfe") << 1007 << "not valid UTF-8";
    QTest::addRow("reason too long")
        << 1000 << QByteArray(200, 'r') << 1002 << "longer than 125 bytes";
    QTest::addRow("valid 4321") << 4321 << QByteArray("fine") << 4321 << "";
}

void TestServerFaults::invalidClose()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(int, clientCode);
    QFETCH(QString, clientError);
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    QVERIFY(server.client().connection->closeForTesting(code, reason));
    QVERIFY(c.spy->waitForClosed());
    QCOMPARE(c.spy->lastClose().code, clientCode);
    if (clientError.isEmpty())
        QVERIFY2(c.spy->errors.isEmpty(), qPrintable(c.spy->errors.join('\n')));
    else
        QVERIFY2(c.spy->errors.join('\n').contains(clientError),
                 qPrintable(c.spy->errors.join('\n')));
    // The server recorded the Close it wrote, whole, as a frame.
    const QList<Event> frames = server.client().spy->eventsOf(EventKind::Frame);
    QVERIFY(!frames.isEmpty());
    QCOMPARE(frames.first().frame.opcode, quint8(0x8));
    QCOMPARE(frames.first().frame.head.mid(2), reason);
    QVERIFY(server.client().spy->waitForClosed());
}

void TestServerFaults::droppedConnection()
{
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    server.client().engine->dropConnection();
    QVERIFY(c.spy->waitForClosed());
    QCOMPARE(c.spy->lastClose().code, 1006);
    QVERIFY(!c.spy->lastClose().wasClean);
    QVERIFY(c.spy->errors.join('\n').contains("without a closing handshake"));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 1006);
}

void TestServerFaults::forbiddenFrames_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("clientCode");
    QTest::addColumn<QString>("clientError");
    QTest::addRow("oversized") << 0x2 << true << 0 << false << QByteArray(5000, 'o') << 1009
                               << "frame of 5000 bytes";
    QTest::addRow("invalid UTF-8")
        << 0x1 << true << 0 << false << QByteArray("ok \xc3\x28") << 1007 << "not valid UTF-8";
    QTest::addRow("reserved opcode 0x3")
        << 0x3 << true << 0 << false << QByteArray("r") << 1002 << "reserved opcode 0x3";
    QTest::addRow("reserved opcode 0xB")
        << 0xB << true << 0 << false << QByteArray() << 1002 << "reserved opcode 0xb";
    QTest::addRow("RSV1 without deflate")
        << 0x1 << true << 4 << false << QByteArray("a") << 1002 << "RSV1";
    QTest::addRow("RSV2") << 0x1 << true << 2 << false << QByteArray("a") << 1002 << "RSV2";
    QTest::addRow("RSV3") << 0x1 << true << 1 << false << QByteArray("a") << 1002 << "RSV3";
    QTest::addRow("masked server frame")
        << 0x1 << true << 0 << true << QByteArray("m") << 1002 << "masked a frame";
    QTest::addRow("fragmented ping")
        << 0x9 << false << 0 << false << QByteArray("p") << 1002 << "fragmented a ping";
    QTest::addRow("fragmented close")
        << 0x8 << false << 0 << false << QByteArray() << 1002 << "fragmented a close";
}

void TestServerFaults::forbiddenFrames()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(bool, masked);
    QFETCH(QByteArray, payload);
    QFETCH(int, clientCode);
    QFETCH(QString, clientError);
    TestServer server;
    server.config.deflateEnabled = false;
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.maxFrameSize = 1000;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    RawFrame frame;
    frame.opcode = quint8(opcode);
    frame.fin = fin;
    frame.rsv1 = rsv & 4;
    frame.rsv2 = rsv & 2;
    frame.rsv3 = rsv & 1;
    frame.masked = masked;
    frame.payload = payload;
    QCOMPARE(server.client().engine->writeRawFrame(frame), QString());
    QVERIFY(c.spy->waitForClosed());
    QCOMPARE(c.spy->lastClose().code, clientCode);
    QVERIFY2(c.spy->errors.join('\n').contains(clientError), qPrintable(c.spy->errors.join('\n')));
    // The server logged exactly what it wrote.
    const QList<Event> frames = server.client().spy->eventsOf(EventKind::Frame);
    QVERIFY(!frames.isEmpty());
    const FrameInfo &written = frames.first().frame;
    QCOMPARE(written.direction, Direction::Out);
    QCOMPARE(int(written.opcode), opcode);
    QCOMPARE(written.fin, fin);
    QCOMPARE(int(written.rsv), rsv);
    QCOMPARE(written.masked, masked);
    QCOMPARE(written.head, payload);
    // The client's Close, with the code it failed us with, reached the server.
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, clientCode);
}

void TestServerFaults::rawFrameThatCannotBeWritten()
{
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    RawFrame frame;
    frame.opcode = 16;
    QVERIFY(!server.client().engine->writeRawFrame(frame).isEmpty());
    QVERIFY(server.client().spy->eventsOf(EventKind::Frame).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
