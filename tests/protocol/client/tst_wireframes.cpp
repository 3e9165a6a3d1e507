// Frame events of the wire engine: the bits of a violating frame, the frames it writes itself,
// what Wireshark would show, lengths that are not minimal and the frame size limit.
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "common/wirerequest.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/frame/framecodec.h"

class TestWireFrames : public QObject
{
    Q_OBJECT
private slots:
    void violatingFrameIsShownWithItsBits_data();
    void violatingFrameIsShownWithItsBits();
    void framesTheClientWritesItselfAreEvents();
    void frameEventsCarryWhatWiresharkShows();
    void nonMinimalLengthIsFlaggedAndKept();
    void frameLimitIsWsprobesAndConfigurable();

private:
    SystemClock m_clock;
};

void TestWireFrames::violatingFrameIsShownWithItsBits_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<int>("lengthBits");
    QTest::addColumn<quint32>("maskKey");
    QTest::addRow("masked server frame")
        << RawPeer::bytes({0x81, 0x82, 0x11, 0x22, 0x33, 0x44, 'a' ^ 0x11, 'b' ^ 0x22}) << 1 << 0
        << true << quint64(2) << 7 << quint32(0x11223344);
    QTest::addRow("RSV2") << RawPeer::bytes({0xA1, 0x01, 'x'}) << 1 << 2 << false << quint64(1) << 7
                          << quint32(0);
    QTest::addRow("reserved opcode 0x3")
        << RawPeer::bytes({0x83, 0x00}) << 3 << 0 << false << quint64(0) << 7 << quint32(0);
    QTest::addRow("fragmented ping") << RawPeer::bytes({0x09, 0x03, 'a', 'b', 'c'}) << 9 << 0
                                     << false << quint64(3) << 7 << quint32(0);
    QTest::addRow("frame over the limit") << RawPeer::bytes({0x82, 127, 0, 0, 0, 0, 0x40, 0, 0, 0})
                                          << 2 << 0 << false << quint64(1) << 64 << quint32(0);
}

void TestWireFrames::violatingFrameIsShownWithItsBits()
{
    // The frame that breaks the rules is an event of its own, before the failure it earns,
    // even when frames were not asked for.
    QFETCH(QByteArray, frames);
    QFETCH(int, opcode);
    QFETCH(int, rsv);
    QFETCH(bool, masked);
    QFETCH(quint64, length);
    QFETCH(int, lengthBits);
    QFETCH(quint32, maskKey);
    if (lengthBits == 64)
        length = quint64(0x40) << 24;
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    qsizetype frameAt = -1, errorAt = -1;
    for (qsizetype i = 0; i < spy.events.size(); ++i) {
        const Event &e = spy.events.at(i);
        if (e.kind == EventKind::Frame && e.direction == Direction::In && frameAt < 0)
            frameAt = i;
        if (e.kind == EventKind::Error && errorAt < 0)
            errorAt = i;
    }
    QVERIFY(frameAt >= 0);
    QVERIFY(errorAt > frameAt);
    const FrameInfo f = spy.events.at(frameAt).frame;
    QCOMPARE(int(f.opcode), opcode);
    QCOMPARE(int(f.rsv), rsv);
    QCOMPARE(f.masked, masked);
    QCOMPARE(f.payloadLength, length);
    QCOMPARE(int(f.lengthBits), lengthBits);
    QCOMPARE(f.maskKey, maskKey);
    QVERIFY(f.fin == bool(quint8(frames.at(0)) & 0x80));
}

void TestWireFrames::framesTheClientWritesItselfAreEvents()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x9, "are you there") + RawPeer::closeFrame(4001, "bye"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url()))); // frames not asked for
    QVERIFY(spy.waitForClosed());
    QStringList shape;
    for (const Event &e : std::as_const(spy.events)) {
        if (e.kind == EventKind::Handshake || e.kind == EventKind::Open)
            continue;
        shape << EventNames::kindId(e.kind) + EventNames::directionId(e.direction);
    }
    // The automatic pong is a pong sent; the answer to the server's Close is a frame sent.
    QCOMPARE(shape.join(' '), QString("pingin pongout frameout close"));
    QCOMPARE(spy.eventsOf(EventKind::Pong).first().payload, QByteArray("are you there"));
    const FrameInfo reply = spy.eventsOf(EventKind::Frame).first().frame;
    QCOMPARE(int(reply.opcode), 0x8);
    QCOMPARE(qFromBigEndian<quint16>(reply.head.constData()), quint16(4001));
    QVERIFY(EventNames::describeFrame(reply).contains("code=4001"));
}

void TestWireFrames::frameEventsCarryWhatWiresharkShows()
{
    const QByteArray medium(300, 'm');
    const QByteArray big(70000, 'b');
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x2, "tiny") + RawPeer::frame(0x2, medium)
                       + RawPeer::frame(0x2, big));
    ConnectionRequest r = wireRequest(peer.url());
    r.reportFrames = true;
    r.framePayloadBytes = 3;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Binary, 3));
    QVERIFY(c.sendText(QByteArray(200, 't')));
    QTRY_COMPARE(spy.eventsOf(EventKind::Frame).size(), 4);
    const QList<Event> frames = spy.eventsOf(EventKind::Frame);
    QCOMPARE(int(frames[0].frame.lengthBits), 7);
    QCOMPARE(frames[0].frame.head, QByteArray("tin"));
    QCOMPARE(int(frames[1].frame.lengthBits), 16);
    QCOMPARE(int(frames[2].frame.lengthBits), 64);
    QCOMPARE(frames[2].frame.payloadLength, quint64(70000));
    QVERIFY(!frames[2].frame.nonMinimalLength);
    const FrameInfo out = frames[3].frame;
    QCOMPARE(out.direction, Direction::Out);
    QVERIFY(out.masked);
    QCOMPARE(int(out.lengthBits), 16);
    QCOMPARE(out.head, QByteArray("ttt")); // the payload, unmasked
    QVERIFY(EventNames::describeFrame(out).contains(
        QString("key=%1").arg(out.maskKey, 8, 16, QChar('0'))));
    QVERIFY(EventNames::describeFrame(out).contains("74 74 74 …"));
    c.abort();

    // -1: the whole payload.
    RawPeer whole;
    QVERIFY(whole.listen());
    whole.acceptUpgrade(RawPeer::frame(0x2, medium));
    r = wireRequest(whole.url());
    r.reportFrames = true;
    r.framePayloadBytes = -1;
    Connection c2(m_clock);
    ConnectionSpy spy2(&c2);
    QVERIFY(c2.open(r));
    QVERIFY(spy2.waitForEvents(EventKind::Binary, 1));
    QCOMPARE(spy2.eventsOf(EventKind::Frame).first().frame.head, medium);
    c2.abort();
}

void TestWireFrames::nonMinimalLengthIsFlaggedAndKept()
{
    // RFC 6455 §5.2: the minimal number of bytes MUST be used. A debugger flags the server and
    // shows the rest of the conversation.
    RawPeer peer;
    QVERIFY(peer.listen());
    QByteArray frames = RawPeer::bytes({0x81, 126, 0x00, 0x02, 'h', 'i'});
    frames += RawPeer::bytes({0x81, 127, 0, 0, 0, 0, 0, 0, 0, 0x03, 'y', 'o', 'u'});
    frames += RawPeer::frame(0x1, "fine");
    peer.acceptUpgrade(frames);
    ConnectionRequest r = wireRequest(peer.url());
    r.reportFrames = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Text, 3));
    QCOMPARE(c.readyState(), ReadyState::Open);
    const QList<Event> in = spy.messages(Direction::In);
    QCOMPARE(in[0].payload, QByteArray("hi"));
    QCOMPARE(in[1].payload, QByteArray("you"));
    const QList<Event> f = spy.eventsOf(EventKind::Frame);
    QVERIFY(f[0].frame.nonMinimalLength);
    QCOMPARE(int(f[0].frame.lengthBits), 16);
    QVERIFY(f[1].frame.nonMinimalLength);
    QCOMPARE(int(f[1].frame.lengthBits), 64);
    QVERIFY(!f[2].frame.nonMinimalLength);
    QVERIFY(EventNames::describeFrame(f[0].frame).contains("NON-MINIMAL"));
    // Said once in the log, not once per frame.
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("shortest form"), qPrintable(spy.errors.first()));
    c.abort();
}

void TestWireFrames::frameLimitIsWsprobesAndConfigurable()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x2, QByteArray(101, 'x')));
    ConnectionRequest r = wireRequest(peer.url());
    r.maxFrameSize = 100;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1009);
    QVERIFY2(spy.errors.first().contains("Wsprobe's limit of 100 bytes per frame"),
             qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("--max-frame-size"));
    // At the limit it is accepted.
    RawPeer ok;
    QVERIFY(ok.listen());
    ok.acceptUpgrade(RawPeer::frame(0x2, QByteArray(100, 'x')));
    r = wireRequest(ok.url());
    r.maxFrameSize = 100;
    Connection c2(m_clock);
    ConnectionSpy spy2(&c2);
    QVERIFY(c2.open(r));
    QVERIFY(spy2.waitForEvents(EventKind::Binary, 1));
    c2.abort();
}

QTEST_GUILESS_MAIN(TestWireFrames)
#include "tst_wireframes.moc"
