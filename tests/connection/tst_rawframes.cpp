// Raw frames (the composer's Raw frame mode, --send-frame) through Connection and the wire
// engine: the exact bytes a scripted peer receives, what the log records, the connection's
// state afterwards, and how servers nobody on this project wrote react (Python websockets,
// Node ws, each started by the test on 127.0.0.1).
#include <QTest>

#include "common/connectionspy.h"
#include "common/externalserver.h"
#include "common/rawpeer.h"
#include "compose/rawframerecipe.h"
#include "connection/clock.h"
#include "connection/connection.h"

Q_DECLARE_METATYPE(EngineKind)

class TestRawFrames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exactBytesAndLog();
    void lyingLengthIsWrittenAsGiven();
    void rawCloseMovesToClosing();
    void rawPingIsTimedByItsPong();
    void refusals();
    void qtEngineRefuses();

    void serverReaction_data();
    void serverReaction();
    void fragmentsWithPingBetweenAreEchoed_data();
    void fragmentsWithPingBetweenAreEchoed();

private:
    bool openTo(Connection &c, ConnectionSpy &spy, RawPeer &peer,
                EngineKind engine = EngineKind::Wire);
    static QList<RawFrame> framesOf(const QString &spec);
    QUrl echoUrl(const QString &impl) const;

    SystemClock m_clock;
    ExternalServer m_python;
    ExternalServer m_node;
};

bool TestRawFrames::openTo(Connection &c, ConnectionSpy &spy, RawPeer &peer, EngineKind engine)
{
    if (!peer.listen())
        return false;
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    ConnectionRequest r;
    r.url = peer.url();
    r.engine = engine;
    return c.open(r) && spy.waitForState(ReadyState::Open);
}

QList<RawFrame> TestRawFrames::framesOf(const QString &spec)
{
    RawFrameRecipe recipe;
    QString error;
    QList<RawFrame> frames;
    if (!RawFrameRecipe::parseSpec(spec, &recipe, &error)
        || !recipe.build(nullptr, &frames, &error))
        qWarning("%s: %s", qPrintable(spec), qPrintable(error));
    return frames;
}

void TestRawFrames::exactBytesAndLog()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    // A text message in two fragments with a ping between, invalid UTF-8 in the second, then
    // an unmasked frame with a reserved opcode and every RSV bit, its length in 64 bits.
    QList<RawFrame> frames =
        framesOf(QStringLiteral("key=0x01020304,split=2,between=ping,payload=hex:48 69 ff fe"));
    frames +=
        framesOf(QStringLiteral("opcode=5,rsv1=1,rsv2=1,rsv3=1,mask=0,lenbits=64,payload=ab"));
    QCOMPARE(frames.size(), 4);
    QVERIFY(c.sendRawFrames(frames));
    const QByteArray expected = QByteArray::fromHex("0182010203044"
                                                    "96b")                // "Hi" ^ key
                                + QByteArray::fromHex("898001020304")     // ping, empty
                                + QByteArray::fromHex("808201020304fefc") // ff fe ^ 01 02
                                + QByteArray::fromHex("f57f00000000000000026162");
    QTRY_COMPARE_WITH_TIMEOUT(peer.receivedAfterHandshake().size(), expected.size(), 5000);
    QCOMPARE(peer.receivedAfterHandshake().toHex(' '), expected.toHex(' '));

    // Every frame is in the log, whole, though frames were not asked for.
    const QList<Event> logged = spy.eventsOf(EventKind::Frame);
    QCOMPARE(logged.size(), 4);
    for (qsizetype i = 0; i < logged.size(); ++i) {
        const FrameInfo &f = logged.at(i).frame;
        QCOMPARE(f.direction, Direction::Out);
        QCOMPARE(f.opcode, frames.at(i).opcode);
        QCOMPARE(f.head, frames.at(i).payload);
        QCOMPARE(f.maskKey, frames.at(i).masked ? 0x01020304u : 0u);
    }
    QCOMPARE(logged.at(3).frame.rsv, quint8(7));
    QCOMPARE(logged.at(3).frame.lengthBits, quint8(64));
    QCOMPARE(logged.at(3).frame.nonMinimalLength, true);
    QCOMPARE(c.readyState(), ReadyState::Open);
    QVERIFY(spy.errors.isEmpty());
}

void TestRawFrames::lyingLengthIsWrittenAsGiven()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QVERIFY(c.sendRawFrames(framesOf(QStringLiteral("opcode=binary,mask=0,len=300,payload=xyz"))));
    const QByteArray expected = QByteArray::fromHex("827e012c78797a");
    QTRY_COMPARE_WITH_TIMEOUT(peer.receivedAfterHandshake(), expected, 5000);
    const QList<Event> logged = spy.eventsOf(EventKind::Frame);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).frame.payloadLength, quint64(300));
    QCOMPARE(logged.at(0).frame.head, QByteArray("xyz"));
    // The lie is the user's: the connection stays open, bufferedAmount drains.
    QTRY_COMPARE(c.bufferedAmount(), 0);
    QCOMPARE(c.readyState(), ReadyState::Open);
}

void TestRawFrames::rawCloseMovesToClosing()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    // Code 4000 written by hand, unmasked: the engine is Closing at once and the peer's echo
    // completes the closing handshake.
    QVERIFY(
        c.sendRawFrames(framesOf(QStringLiteral("opcode=close,mask=0,payload=hex:0fa0 6279 65"))));
    QCOMPARE(c.readyState(), ReadyState::Closing);
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(close.masked, false);
    QCOMPARE(RawPeer::closeCode(close), 4000);
    QCOMPARE(close.payload.mid(2), QByteArray("bye"));
    const Event closed = spy.lastClose();
    QCOMPARE(closed.code, 4000);
    QVERIFY(closed.wasClean);
    // The engine wrote no Close of its own after the user's.
    int closes = 0;
    for (const RawPeer::ClientFrame &f : peer.clientFrames())
        closes += f.opcode == 0x8;
    QCOMPARE(closes, 1);
}

void TestRawFrames::rawPingIsTimedByItsPong()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer));
    QVERIFY(c.sendRawFrames(framesOf(QStringLiteral("opcode=ping,payload=t1"))));
    QTRY_VERIFY_WITH_TIMEOUT(!peer.clientFrames().isEmpty(), 5000);
    peer.send(RawPeer::frame(0xA, "t1"));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 1));
    QVERIFY(spy.eventsOf(EventKind::Pong).first().rttMs >= 0);
}

void TestRawFrames::refusals()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(!c.sendRawFrames(framesOf(QStringLiteral("payload=x"))));
    QVERIFY(spy.errors.last().contains("not OPEN"));
    QVERIFY(openTo(c, spy, peer));
    spy.errors.clear();
    QVERIFY(!c.sendRawFrames({}));
    QVERIFY(spy.errors.last().contains("no raw frames"));
    // A frame that cannot be written refuses the whole list: nothing reaches the peer.
    RawFrame good;
    RawFrame bad;
    bad.payload = QByteArray(200, 'x');
    bad.lengthBits = RawFrame::LengthBits::Bits7;
    QVERIFY(!c.sendRawFrames({good, bad}));
    QVERIFY2(spy.errors.last().contains("7-bit length field"), qPrintable(spy.errors.last()));
    QTest::qWait(50);
    QCOMPARE(peer.receivedAfterHandshake(), QByteArray());
    QCOMPARE(c.readyState(), ReadyState::Open);
}

void TestRawFrames::qtEngineRefuses()
{
    RawPeer peer;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(openTo(c, spy, peer, EngineKind::QtWebSockets));
    QVERIFY(!c.sendRawFrames(framesOf(QStringLiteral("opcode=3,payload=x"))));
    QVERIFY2(spy.errors.last().contains("Raw frames need Wsprobe's own engine"),
             qPrintable(spy.errors.last()));
    QCOMPARE(c.readyState(), ReadyState::Open);
}

void TestRawFrames::initTestCase()
{
    QString error;
    QVERIFY2(m_python.startPython("python_ws_server.py", &error), qPrintable(error));
    QVERIFY2(
        m_node.startNode("ws_server.mjs", &error),
        qPrintable(error + "\n(run scripts/setup-debian.sh, which installs tests/servers/node)"));
}

QUrl TestRawFrames::echoUrl(const QString &impl) const
{
    return QUrl((impl == QLatin1String("python") ? m_python : m_node).url(QStringLiteral("/echo")));
}

void TestRawFrames::serverReaction_data()
{
    QTest::addColumn<QString>("impl");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("closeCode");
    for (const char *impl : {"python", "node"}) {
        QTest::addRow("%s: reserved opcode", impl) << impl << "opcode=3,payload=x" << 1002;
        QTest::addRow("%s: reserved control opcode", impl) << impl << "opcode=0xB,payload=" << 1002;
        QTest::addRow("%s: RSV2", impl) << impl << "rsv2=1,payload=x" << 1002;
        QTest::addRow("%s: unmasked", impl) << impl << "mask=0,payload=x" << 1002;
        QTest::addRow("%s: invalid UTF-8", impl) << impl << "payload=hex:c3 28" << 1007;
        QTest::addRow("%s: fragmented ping", impl) << impl << "opcode=ping,fin=0,payload=x" << 1002;
        QTest::addRow("%s: continuation first", impl) << impl << "opcode=0,payload=x" << 1002;
    }
}

void TestRawFrames::serverReaction()
{
    QFETCH(QString, impl);
    QFETCH(QString, spec);
    QFETCH(int, closeCode);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    ConnectionRequest r;
    r.url = echoUrl(impl);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.sendRawFrames(framesOf(spec)));
    QVERIFY(spy.waitForClosed());
    // The server's own Close, with the code its library chose, is what the log shows.
    QCOMPARE(spy.lastClose().code, closeCode);
}

void TestRawFrames::fragmentsWithPingBetweenAreEchoed_data()
{
    QTest::addColumn<QString>("impl");
    QTest::addRow("python") << "python";
    QTest::addRow("node") << "node";
}

void TestRawFrames::fragmentsWithPingBetweenAreEchoed()
{
    QFETCH(QString, impl);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    ConnectionRequest r;
    r.url = echoUrl(impl);
    r.deflate = false;
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    // "Hello" as 1 + 2 + 2 bytes with a ping between each: a legal message the server
    // reassembles, answering each ping on the way (RFC 6455 §5.4).
    QVERIFY(c.sendRawFrames(framesOf(QStringLiteral("split=1+2,between=ping,payload=Hello"))));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1)); // raw frames are logged as frames only
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("Hello"));
    QVERIFY(spy.waitForEvents(EventKind::Pong, 2));
    QCOMPARE(c.readyState(), ReadyState::Open);
}

QTEST_MAIN(TestRawFrames)
#include "tst_rawframes.moc"
