#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/rawpeer.h"
#include "compose/periodicsender.h"
#include "compose/variables.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/reconnector.h"
#include "workbench/connectionworkbench.h"

// Sending on its own: the periodic sender against a peer that stops reading, and reconnection
// against an in-process QWebSocketServer, with time moved by hand.
class TestSending : public QObject
{
    Q_OBJECT
private slots:
    void periodicSenderCountsAndLimit();
    void periodicSenderSkipsWhenPeerStopsReading();
    void periodicSenderStopsOnCloseAndOnFailure();
    void reconnectsWithBackoffAndResendsOnOpen();
    void reconnectGivesUpAfterMaxAttempts();
    void dropsRightAfterOpenKeepCounting_data();
    void dropsRightAfterOpenKeepCounting();
    void reconnectCancelAndUserClose();
};

namespace {

// Accepts WebSocket clients, records what each sent, and can drop them.
class EchoServer : public QObject
{
public:
    QWebSocketServer server{QStringLiteral("test"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> clients;
    QStringList received;

    bool listen(quint16 port = 0)
    {
        if (!server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = server.nextPendingConnection()) {
                clients << s;
                connect(s, &QWebSocket::textMessageReceived, this,
                        [this](const QString &m) { received << m; });
            }
        });
        return true;
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())); }
    void dropAll()
    {
        for (QWebSocket *s : std::as_const(clients))
            s->abort();
        qDeleteAll(clients);
        clients.clear();
    }
};

ConnectionRequest requestFor(const QUrl &url)
{
    ConnectionRequest r;
    r.url = url;
    return r;
}

} // namespace

void TestSending::periodicSenderCountsAndLimit()
{
    EchoServer server;
    QVERIFY(server.listen());
    SystemClock clock;
    Connection c(clock);
    QVERIFY(c.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    PeriodicSender sender(c);
    sender.setIntervalMs(5);
    sender.setLimit(7);
    // Built again on every tick: the counter steps.
    Variables variables(clock);
    sender.setVariables(&variables);
    sender.setMessage(OutgoingMessage::text("tick {{$counter}}"));
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    QVERIFY(sender.start());
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<PeriodicSender::StopReason>(),
             PeriodicSender::StopReason::LimitReached);
    QCOMPARE(sender.sentCount(), 7);
    QCOMPARE(sender.skippedCount(), 0);
    QTRY_COMPARE(server.received.size(), 7);
    QCOMPARE(server.received.first(), QString("tick 1"));
    QCOMPARE(server.received.last(), QString("tick 7"));
}

void TestSending::periodicSenderSkipsWhenPeerStopsReading()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    SystemClock clock;
    Connection c(clock);
    QVERIFY(c.open(requestFor(peer.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    peer.stopReading();

    PeriodicSender sender(c);
    sender.setIntervalMs(2);
    sender.setThreshold(PeriodicSender::DefaultThreshold);
    sender.setMessage(OutgoingMessage::text(QString(64 * 1024, 'x')));
    QVERIFY(sender.start());
    // Kernel buffers on loopback hold a few MiB; after that the client's buffer fills and
    // every tick must be skipped rather than queued.
    QTRY_VERIFY_WITH_TIMEOUT(sender.skippedCount() >= 20, 20000);
    const qint64 sentWhenStalled = sender.sentCount();
    QVERIFY(sentWhenStalled > 0);
    QTest::qWait(100);
    // Once skipping, sends stay bounded: at most one send per drain of the buffer.
    QVERIFY(sender.sentCount() <= sentWhenStalled + 1);
    QVERIFY(c.bufferedAmount() >= PeriodicSender::DefaultThreshold);
    QVERIFY(c.bufferedAmount() < 64 * 1024 * 3);
    sender.stop();
    QVERIFY(!sender.isRunning());
    c.abort();
}

void TestSending::periodicSenderStopsOnCloseAndOnFailure()
{
    EchoServer server;
    QVERIFY(server.listen());
    SystemClock clock;
    Connection c(clock);
    PeriodicSender sender(c);
    QString error;
    QVERIFY(!sender.start(&error));
    QVERIFY(error.contains("Not connected"));
    QVERIFY(c.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    sender.setIntervalMs(10);
    sender.setMessage(OutgoingMessage::text("x"));
    QSignalSpy stopped(&sender, &PeriodicSender::stopped);
    QVERIFY(sender.start());
    QTRY_VERIFY(sender.sentCount() >= 2);
    server.dropAll();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<PeriodicSender::StopReason>(),
             PeriodicSender::StopReason::Closed);

    QTRY_COMPARE(c.readyState(), ReadyState::Closed);
    QVERIFY(c.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    stopped.clear();
    // A message that stops building (here, a variable nobody defined) stops the sender.
    Variables variables(clock);
    sender.setVariables(&variables);
    QVERIFY(sender.start());
    QTRY_VERIFY(sender.sentCount() >= 2);
    sender.setMessage(OutgoingMessage::text("x {{nobody}}"));
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<PeriodicSender::StopReason>(),
             PeriodicSender::StopReason::Failed);
    QVERIFY(stopped.first().at(1).toString().contains("nobody"));
}

void TestSending::reconnectsWithBackoffAndResendsOnOpen()
{
    EchoServer server;
    QVERIFY(server.listen());
    ManualClock clock(1000000);
    // On-open messages are the workbench's: it sends them after every open.
    ConnectionWorkbench wb(clock);
    Reconnector &r = wb.reconnector();
    r.seed(1);
    Backoff b;
    b.initialMs = 1000;
    b.jitter = 0;
    wb.setReconnect(true, b);
    wb.setOnOpenMessages({"login", "subscribe"});
    wb.setRequest(requestFor(server.url()));
    QSignalSpy scheduled(&r, &Reconnector::scheduled);
    QSignalSpy attempting(&r, &Reconnector::attempting);
    QSignalSpy reconnected(&r, &Reconnector::reconnected);
    QVERIFY(wb.open());
    QTRY_COMPARE(server.received, QStringList({"login", "subscribe"}));

    server.dropAll();
    QVERIFY(scheduled.wait(5000));
    QCOMPARE(scheduled.first().at(0).toInt(), 1);
    QCOMPARE(scheduled.first().at(1).toLongLong(), 1000);
    QVERIFY(r.isWaiting());
    clock.advance(600);
    r.poll();
    QCOMPARE(attempting.count(), 0); // not due yet: the countdown shows what is left
    QCOMPARE(r.remainingMs(), 400);
    clock.advance(400);
    r.poll();
    QCOMPARE(attempting.count(), 1);
    QVERIFY(reconnected.wait(5000));
    QCOMPARE(r.reconnectCount(), 1);
    QTRY_COMPARE(server.received, QStringList({"login", "subscribe", "login", "subscribe"}));
    // Open again, but not yet for long: a drop now would still be the first run's attempt 2.
    QCOMPARE(r.attempt(), 1);
}

void TestSending::reconnectGivesUpAfterMaxAttempts()
{
    EchoServer server;
    QVERIFY(server.listen());
    ManualClock clock(0);
    Connection c(clock);
    Reconnector r(c, clock);
    Backoff b;
    b.initialMs = 100;
    b.factor = 2;
    b.jitter = 0;
    b.maxAttempts = 3;
    r.setBackoff(b);
    r.setEnabled(true);
    QSignalSpy scheduled(&r, &Reconnector::scheduled);
    QSignalSpy gaveUp(&r, &Reconnector::gaveUp);
    QVERIFY(r.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    server.server.close(); // nobody listens any more: every attempt is refused
    server.dropAll();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_COMPARE(scheduled.count(), attempt);
        QCOMPARE(scheduled.last().at(1).toLongLong(), 100 << (attempt - 1));
        clock.advance(scheduled.last().at(1).toLongLong());
        r.poll();
    }
    QVERIFY(gaveUp.wait(5000));
    QCOMPARE(gaveUp.first().first().toInt(), 3);
    QVERIFY(!r.isWaiting());
    QCOMPARE(c.readyState(), ReadyState::Closed);
}

void TestSending::dropsRightAfterOpenKeepCounting_data()
{
    QTest::addColumn<bool>("closeFrame");
    QTest::addRow("server closes with 1011") << true;
    QTest::addRow("server drops the TCP connection") << false;
}

void TestSending::dropsRightAfterOpenKeepCounting()
{
    // A server that completes the handshake and then at once closes: each open is no
    // recovery, so the attempts count up, the delays grow and they stop at the limit.
    QFETCH(bool, closeFrame);
    EchoServer server;
    QVERIFY(server.listen());
    bool dropping = true;
    ManualClock clock(0);
    Connection c(clock);
    Reconnector r(c, clock);
    Backoff b;
    b.initialMs = 100;
    b.factor = 2;
    b.jitter = 0;
    b.maxAttempts = 3;
    r.setBackoff(b);
    r.setEnabled(true);
    connect(&c, &Connection::opened, &server, [&] {
        if (!dropping)
            return;
        if (closeFrame) {
            for (QWebSocket *s : std::as_const(server.clients))
                s->close(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("bye"));
        } else {
            server.dropAll();
        }
    });
    QSignalSpy scheduled(&r, &Reconnector::scheduled);
    QSignalSpy gaveUp(&r, &Reconnector::gaveUp);
    QSignalSpy opened(&c, &Connection::opened);
    QVERIFY(r.open(requestFor(server.url())));
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_COMPARE(scheduled.count(), attempt);
        QCOMPARE(opened.count(), attempt); // each attempt did open
        QCOMPARE(scheduled.last().at(0).toInt(), attempt);
        QCOMPARE(scheduled.last().at(1).toLongLong(), 100 << (attempt - 1));
        QCOMPARE(r.attempt() + 1, attempt); // what the banner shows
        clock.advance(scheduled.last().at(1).toLongLong());
        r.poll();
    }
    QVERIFY(gaveUp.wait(5000));
    QCOMPARE(gaveUp.first().first().toInt(), 3);
    QCOMPARE(opened.count(), 4);
    QCOMPARE(scheduled.count(), 3);
    QVERIFY(!r.isWaiting());

    // A connection that stayed up for stableMs did recover: its drop counts from 1 again,
    // after a reconnect too.
    dropping = false;
    scheduled.clear();
    QVERIFY(r.open(requestFor(server.url())));
    for (int round = 1; round <= 2; ++round) {
        QTRY_COMPARE(opened.count(), 4 + round);
        clock.advance(b.stableMs);
        server.dropAll();
        QTRY_COMPARE(scheduled.count(), round);
        QCOMPARE(scheduled.last().at(0).toInt(), 1);
        QCOMPARE(scheduled.last().at(1).toLongLong(), 100);
        clock.advance(100);
        r.poll();
    }
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    r.closeByUser();
    QTRY_COMPARE(c.readyState(), ReadyState::Closed);
}

void TestSending::reconnectCancelAndUserClose()
{
    EchoServer server;
    QVERIFY(server.listen());
    ManualClock clock(0);
    Connection c(clock);
    Reconnector r(c, clock);
    r.setEnabled(true);
    QSignalSpy scheduled(&r, &Reconnector::scheduled);
    QSignalSpy attempting(&r, &Reconnector::attempting);
    QVERIFY(r.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    // The user's own close is not a reason to come back.
    r.closeByUser();
    QTRY_COMPARE(c.readyState(), ReadyState::Closed);
    QTest::qWait(50);
    QCOMPARE(scheduled.count(), 0);

    QVERIFY(r.open(requestFor(server.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    server.dropAll();
    QVERIFY(scheduled.wait(5000));
    r.cancel();
    clock.advance(60000);
    r.poll();
    QCOMPARE(attempting.count(), 0);
    QCOMPARE(c.readyState(), ReadyState::Closed);
}

QTEST_GUILESS_MAIN(TestSending)
#include "tst_sending.moc"
