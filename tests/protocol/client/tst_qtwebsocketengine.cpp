// The QWebSocket engine beside the wire engine: the same scripted server must earn the same
// report from both. Where QWebSocket hides what happened, the Qt engine says so rather than
// guess, and the test says which engine differs and how.
#include <QTest>
#include <QtEndian>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "connection/connection.h"

Q_DECLARE_METATYPE(EngineKind)

class TestQtWebSocketEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void violationsFailTheConnection_data();
    void violationsFailTheConnection();
    void whatOnlyQtRefuses_data();
    void whatOnlyQtRefuses();
    void closeCarriesTheServersReply_data();
    void closeCarriesTheServersReply();
    void emptyServerCloseIs1005();
    void serverThatNeverAnswersCloseIsNotClean();
    void peerThatNeverReadsIsNotClean();
    void unsolicitedPongHasNoRoundTrip();
    void oversizedResponseHeaderIsNamed();

private:
    static ConnectionRequest request(const RawPeer &peer);
    static bool isQt();
    SystemClock m_clock;
};

void TestQtWebSocketEngine::initTestCase_data()
{
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("wire") << EngineKind::Wire;
    QTest::addRow("qt") << EngineKind::QtWebSockets;
}

ConnectionRequest TestQtWebSocketEngine::request(const RawPeer &peer)
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = peer.url();
    r.engine = engine;
    r.closeTimeoutMs = 2000;
    return r;
}

bool TestQtWebSocketEngine::isQt()
{
    QFETCH_GLOBAL(EngineKind, engine);
    return engine == EngineKind::QtWebSockets;
}

static QByteArray raw(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (int b : bytes)
        out.append(char(b));
    return out;
}

static int closeCodeOf(const RawPeer::ClientFrame &frame)
{
    return frame.payload.size() >= 2 ? qFromBigEndian<quint16>(frame.payload.constData()) : 1005;
}

void TestQtWebSocketEngine::violationsFailTheConnection_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<qint64>("maxMessage");
    QTest::addColumn<int>("code");
    const qint64 big = 64 * 1024 * 1024;
    QTest::addRow("RSV1 without extension") << raw({0xC1, 0x01, 'x'}) << big << 1002;
    QTest::addRow("RSV2") << raw({0xA1, 0x01, 'x'}) << big << 1002;
    QTest::addRow("reserved opcode 0x3") << RawPeer::frame(0x3, "x") << big << 1002;
    QTest::addRow("fragmented ping") << raw({0x09, 0x00}) << big << 1002;
    QTest::addRow("126-byte ping")
        << (raw({0x89, 126, 0, 126}) + QByteArray(126, 'p')) << big << 1002;
    QTest::addRow("continuation without start") << RawPeer::frame(0x0, "x") << big << 1002;
    QTest::addRow("data frame inside fragments")
        << (RawPeer::frame(0x1, "a", false) + RawPeer::frame(0x2, "b")) << big << 1002;
    QTest::addRow("invalid UTF-8") << RawPeer::frame(0x1, "ok \xff") << big << 1007;
    QTest::addRow("1-byte close payload") << raw({0x88, 0x01, 0x03}) << big << 1002;
    QTest::addRow("close code 1005 on the wire") << RawPeer::closeFrame(1005, "") << big << 1002;
    QTest::addRow("close code 2000") << RawPeer::closeFrame(2000, "") << big << 1002;
    QTest::addRow("close reason not UTF-8") << RawPeer::closeFrame(1000, "\xff") << big << 1007;
    // 03 e8 (1000) masked with 01 02 03 04.
    QTest::addRow("masked Close") << raw({0x88, 0x82, 1, 2, 3, 4, 0x02, 0xea}) << big << 1002;
    QTest::addRow("message over --max-message-size")
        << RawPeer::frame(0x2, QByteArray(100, 'm')) << qint64(10) << 1009;
}

void TestQtWebSocketEngine::violationsFailTheConnection()
{
    // A server that breaks the protocol: the client fails the connection with the code the
    // violation earns. That is never a clean close, whichever engine noticed.
    QFETCH(QByteArray, frames);
    QFETCH(qint64, maxMessage);
    QFETCH(int, code);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames);
    ConnectionRequest r = request(peer);
    r.maxMessageSize = maxMessage;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, code);
    QVERIFY(!spy.lastClose().wasClean);
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("Protocol error"), qPrintable(spy.errors.first()));
    QVERIFY2(spy.errors.first().contains(QString::number(code)), qPrintable(spy.errors.first()));
    QVERIFY(spy.messages(Direction::In).isEmpty());
    // The client told the server why before dropping TCP, and said it once.
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    const QList<RawPeer::ClientFrame> sent = peer.clientFrames();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().opcode, quint8(0x8));
    QCOMPARE(closeCodeOf(sent.first()), code);
}

void TestQtWebSocketEngine::whatOnlyQtRefuses_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("wireCode");   ///< 0: the wire engine gets a message and stays open
    QTest::addColumn<int>("qtCode");     ///< the code QWebSocket fails the connection with
    QTest::addColumn<QString>("qtSays"); ///< what the Qt engine's error must admit
    // "€" is E2 82 AC: the character straddles two frames, which RFC 6455 allows.
    QTest::addRow("UTF-8 split across frames")
        << (RawPeer::frame(0x1, "price \xe2\x82", false) + RawPeer::frame(0x0, "\xac 5")) << 0
        << 1007 << "split across frames";
    for (int code : {1012, 1013, 1014})
        QTest::addRow("close code %d", code)
            << RawPeer::closeFrame(quint16(code), "later") << code << 1002 << "1012–1014";
}

void TestQtWebSocketEngine::whatOnlyQtRefuses()
{
    // Valid traffic that Qt 6.4 refuses: the wire engine takes it; the Qt engine reports the
    // failure Qt made of it as a failure (not a clean close) and says what Qt may have refused.
    QFETCH(QByteArray, frames);
    QFETCH(int, wireCode);
    QFETCH(int, qtCode);
    QFETCH(QString, qtSays);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    if (!isQt()) {
        if (wireCode == 0) {
            QVERIFY(spy.waitForEvents(EventKind::Text, 1));
            QCOMPARE(spy.messages(Direction::In).first().payload,
                     QByteArray("price \xe2\x82\xac 5"));
            c.abort();
        } else {
            QVERIFY(spy.waitForClosed());
            QCOMPARE(spy.lastClose().code, wireCode);
            QVERIFY(spy.lastClose().wasClean);
        }
        QVERIFY(spy.errors.isEmpty());
        return;
    }
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, qtCode);
    QVERIFY(!spy.lastClose().wasClean);
    QVERIFY(spy.messages(Direction::In).isEmpty());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains(qtSays), qPrintable(spy.errors.first()));
    QVERIFY2(spy.errors.first().contains("QWebSocket"), qPrintable(spy.errors.first()));
}

void TestQtWebSocketEngine::closeCarriesTheServersReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("1000 without reason") << RawPeer::closeFrame(1000, "") << 1000 << QByteArray();
    QTest::addRow("code and reason")
        << RawPeer::closeFrame(4001, "see you") << 4001 << QByteArray("see you");
    QTest::addRow("empty Close") << RawPeer::frame(0x8, {}) << 1005 << QByteArray();
}

void TestQtWebSocketEngine::closeCarriesTheServersReply()
{
    // We close with 4000 "x"; the server answers with a Close of its own. The close event is
    // the server's code and reason, not an echo of ours.
    QFETCH(QByteArray, reply);
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.answerClose(reply);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.close(4000, "x"));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.isEmpty(), qPrintable(spy.errors.join('\n')));
    QCOMPARE(spy.lastClose().code, code);
    QCOMPARE(spy.lastClose().payload, reason);
    QVERIFY(spy.lastClose().wasClean);
    // One Close went out, ours; the server's was not answered with a second one.
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    const QList<RawPeer::ClientFrame> sent = peer.clientFrames();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(closeCodeOf(sent.first()), 4000);
    QCOMPARE(sent.first().payload.mid(2), QByteArray("x"));
}

void TestQtWebSocketEngine::emptyServerCloseIs1005()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x8, {}));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1005);
    QCOMPARE(spy.lastClose().payload, QByteArray());
    QVERIFY(spy.lastClose().wasClean);
    QVERIFY(spy.errors.isEmpty());
    // A Close with an explicit 1000 is still 1000.
    RawPeer explicit1000;
    QVERIFY(explicit1000.listen());
    explicit1000.acceptUpgrade(RawPeer::closeFrame(1000, ""));
    ConnectionSpy again(&c);
    QVERIFY(c.open(request(explicit1000)));
    QVERIFY(again.waitForClosed());
    QCOMPARE(again.lastClose().code, 1000);
    QVERIFY(again.lastClose().wasClean);
}

void TestQtWebSocketEngine::serverThatNeverAnswersCloseIsNotClean()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    ConnectionRequest r = request(peer);
    r.closeTimeoutMs = 300;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.close(4000, "bye"));
    QCOMPARE(c.readyState(), ReadyState::Closing);
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("did not answer the Close"),
             qPrintable(spy.errors.first()));
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    QCOMPARE(peer.clientFrames().size(), 1);
    QCOMPARE(closeCodeOf(peer.clientFrames().first()), 4000);
}

void TestQtWebSocketEngine::peerThatNeverReadsIsNotClean()
{
    // The server stops reading: our Close cannot even reach it behind what is queued.
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    ConnectionRequest r = request(peer);
    r.closeTimeoutMs = 300;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    peer.stopReading();
    QVERIFY(c.sendBinary(QByteArray(32 * 1024 * 1024, 'b')));
    QVERIFY(c.close(1000));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("did not answer the Close"),
             qPrintable(spy.errors.first()));
    QCOMPARE(c.bufferedAmount(), qint64(0));
}

void TestQtWebSocketEngine::unsolicitedPongHasNoRoundTrip()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0xA, "stray"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 1));
    QCOMPARE(spy.eventsOf(EventKind::Pong).first().payload, QByteArray("stray"));
    QCOMPARE(spy.eventsOf(EventKind::Pong).first().rttMs, qint64(-1));
    // The answer to our own ping has one; another stray one after it does not.
    QVERIFY(c.ping("mine"));
    QTRY_VERIFY_WITH_TIMEOUT(!peer.clientFrames().isEmpty(), 5000);
    peer.send(RawPeer::frame(0xA, "mine") + RawPeer::frame(0xA, "mine"));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 3));
    const QList<Event> pongs = spy.eventsOf(EventKind::Pong);
    QVERIFY(pongs[1].rttMs >= 0);
    QCOMPARE(pongs[2].rttMs, qint64(-1));
    c.abort();
}

void TestQtWebSocketEngine::oversizedResponseHeaderIsNamed()
{
    // A 101 whose header block never ends: 1 MiB of header lines, more than either engine
    // accepts. That is a bad handshake response, not a refused TCP connection.
    QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n";
    for (int i = 0; response.size() < 1024 * 1024; ++i)
        response += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith(response);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed(20000));
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(!spy.lastClose().wasClean);
    QCOMPARE(spy.errors.size(), 1);
    const QString error = spy.errors.first();
    QVERIFY2(!error.contains("no server is listening"), qPrintable(error));
    QVERIFY2(error.contains("header", Qt::CaseInsensitive), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
}

QTEST_GUILESS_MAIN(TestQtWebSocketEngine)
#include "tst_qtwebsocketengine.moc"
