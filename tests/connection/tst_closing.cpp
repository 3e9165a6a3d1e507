#include <QTest>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/requestvalidator.h"

// The closes that are not the browser's close(): the application going away (1001) and the
// testing mode, against a raw peer that records the client's Close frame, on both engines.
class TestClosing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();

    void goingAwaySends1001();
    void goingAwayCutsALongReason();
    void goingAwayWhileConnectingAbandons();
    void browserCloseStillRefuses1001();
    void testingModeSendsAnyCode_data();
    void testingModeSendsAnyCode();
    void testingModeSendsALongReasonOnTheWireEngine();
    void testingModeRefusals();

private:
    ConnectionRequest requestFor(const QUrl &url) const;
    bool openTo(Connection &c, ConnectionSpy &spy, RawPeer &peer);

    SystemClock m_clock;
};

void TestClosing::initTestCase_data()
{
    QTest::addColumn<EngineKind>("engine");
    QTest::addRow("wire") << EngineKind::Wire;
    QTest::addRow("qt") << EngineKind::QtWebSockets;
}

ConnectionRequest TestClosing::requestFor(const QUrl &url) const
{
    QFETCH_GLOBAL(EngineKind, engine);
    ConnectionRequest r;
    r.url = url;
    r.engine = engine;
    return r;
}

bool TestClosing::openTo(Connection &c, ConnectionSpy &spy, RawPeer &peer)
{
    if (!peer.listen())
        return false;
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    return c.open(requestFor(peer.url())) && spy.waitForState(ReadyState::Open);
}

void TestClosing::goingAwaySends1001()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QVERIFY(c.closeGoingAway("tab closed"));
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QVERIFY(close.masked);
    QCOMPARE(RawPeer::closeCode(close), 1001);
    QCOMPARE(close.payload.mid(2), QByteArray("tab closed"));
    QVERIFY(spy.errors.isEmpty());
    QCOMPARE(spy.lastClose().code, 1001);
    QVERIFY(spy.lastClose().wasClean);
}

void TestClosing::goingAwayCutsALongReason()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    // 100 two-byte characters: cut to 61 of them (122 bytes), not through one.
    QVERIFY(c.closeGoingAway(QString(100, QChar(0xE9))));
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(RawPeer::closeCode(close), 1001);
    QCOMPARE(close.payload.mid(2), QString(61, QChar(0xE9)).toUtf8());
    QVERIFY(spy.errors.isEmpty());
}

void TestClosing::goingAwayWhileConnectingAbandons()
{
    RawPeer silent;
    QVERIFY(silent.listen());
    silent.respondWith({});
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(requestFor(silent.url())));
    QTRY_VERIFY_WITH_TIMEOUT(!silent.request().isEmpty(), 5000);
    QVERIFY(c.closeGoingAway());
    QCOMPARE(c.readyState(), ReadyState::Closed);
    QCOMPARE(spy.lastClose().code, 1006);
    QTRY_VERIFY_WITH_TIMEOUT(silent.clientDisconnected(), 5000);
}

void TestClosing::browserCloseStillRefuses1001()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QVERIFY(!c.close(1001));
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY(spy.errors.first().contains("1001 cannot be sent by an application"));
    QCOMPARE(c.readyState(), ReadyState::Open);
    QCOMPARE(peer.clientClose().opcode, quint8(0));
}

void TestClosing::testingModeSendsAnyCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("0") << 0 << QByteArray();
    QTest::addRow("999") << 999 << QByteArray("below the range");
    QTest::addRow("1001") << 1001 << QByteArray("going away");
    QTest::addRow("1004 reserved") << 1004 << QByteArray();
    QTest::addRow("1005 no status") << 1005 << QByteArray("must not be sent");
    QTest::addRow("1006 dropped") << 1006 << QByteArray();
    QTest::addRow("1015 tls") << 1015 << QByteArray();
    QTest::addRow("2999") << 2999 << QByteArray();
    QTest::addRow("5000") << 5000 << QByteArray("unassigned");
    QTest::addRow("65535") << 65535 << QByteArray("the top");
    QTest::addRow("123-byte reason") << 1000 << QByteArray(123, 'r');
}

void TestClosing::testingModeSendsAnyCode()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QVERIFY(c.closeForTesting(code, reason));
    QCOMPARE(c.readyState(), ReadyState::Closing);
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(RawPeer::closeCode(close), code);
    QCOMPARE(close.payload.mid(2), reason);
    QFETCH_GLOBAL(EngineKind, engine);
    if (engine == EngineKind::Wire) {
        // The log holds exactly what was sent, frames reported or not.
        const QList<Event> frames = spy.eventsOf(EventKind::Frame);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].frame.direction, Direction::Out);
        QCOMPARE(frames[0].frame.opcode, quint8(0x8));
        QCOMPARE(frames[0].frame.head, close.payload);
    }
}

void TestClosing::testingModeSendsALongReasonOnTheWireEngine()
{
    QFETCH_GLOBAL(EngineKind, engine);
    if (engine != EngineKind::Wire)
        QSKIP("QWebSocket cuts a reason to 123 bytes: refused, see testingModeRefusals");
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QByteArray reason(200, 'x');
    reason.append("\xff\xfe"); // not UTF-8 either
    QVERIFY(c.closeForTesting(1000, reason));
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(close.payload.size(), 2 + 202);
    QCOMPARE(RawPeer::closeCode(close), 1000);
    QCOMPARE(close.payload.mid(2), reason);
    const QList<Event> frames = spy.eventsOf(EventKind::Frame);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].frame.payloadLength, quint64(204));
    QCOMPARE(frames[0].frame.head, close.payload);
}

void TestClosing::testingModeRefusals()
{
    QFETCH_GLOBAL(EngineKind, engine);
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(!c.closeForTesting(1005, {})); // not open
    QVERIFY(spy.errors.last().contains("not OPEN"));
    QVERIFY(openTo(c, spy, peer));
    spy.errors.clear();
    QVERIFY(!c.closeForTesting(65536, {}));
    QVERIFY(!c.closeForTesting(-1, {}));
    QCOMPARE(spy.errors.size(), 2);
    QVERIFY(spy.errors.first().contains("0 to 65535"));
    const bool longReasonSent = c.closeForTesting(1000, QByteArray(124, 'x'));
    QCOMPARE(longReasonSent, engine == EngineKind::Wire);
    if (engine == EngineKind::QtWebSockets) {
        QCOMPARE(spy.errors.size(), 3);
        QVERIFY(spy.errors.last().contains("QWebSocket engine cannot send a close reason over "
                                           "123 bytes"));
        QVERIFY(!c.closeForTesting(1000, "\xff"));
        QVERIFY(spy.errors.last().contains("not UTF-8"));
        QCOMPARE(c.readyState(), ReadyState::Open);
        QCOMPARE(peer.clientClose().opcode, quint8(0));
    }
}

QTEST_MAIN(TestClosing)
#include "tst_closing.moc"
