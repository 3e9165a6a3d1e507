// The wire engine against a scripted raw TCP peer: every protocol violation a server can
// commit, and the behaviours QWebSocket hides (server pings, verbatim close codes, frames).
#include <iterator>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include "common/burst.h"
#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "common/wirerequest.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/eventsink.h"

class TestWireEngine : public QObject
{
    Q_OBJECT
private slots:
    void violations_data();
    void violations();
    void utf8SplitAcrossFramesIsValid();
    void controlFrameInsideFragmentedMessage();
    void closeCodesVerbatim_data();
    void closeCodesVerbatim();
    void emptyCloseIs1005();
    void serverPingIsShownAndAnswered_data();
    void serverPingIsShownAndAnswered();
    void outgoingFragmentation();
    void clientFramesAreMaskedWithFreshKeys();
    void slowPeer();
    void serverThatNeverAnswersClose();
    void bufferedAmountIsExact();
    void burstThenCloseLosesNothing_data();
    void burstThenCloseLosesNothing();
    void pausedReadsKeepEveryByteInOrder();
    void pingsFromAPeerThatDoesNotReadAreCoalesced();
    void sendsBeyondTheQueueLimitAreRefused();

private:
    SystemClock m_clock;
};

static QByteArray closePayloadCode(const QByteArray &payload)
{
    return payload.left(2);
}

void TestWireEngine::violations_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<qint64>("maxMessage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const qint64 big = 64 * 1024 * 1024;
    QTest::addRow("reserved data opcode 0x3")
        << RawPeer::frame(0x3, "x") << big << 1002 << "reserved opcode 0x3";
    QTest::addRow("reserved control opcode 0xB")
        << RawPeer::frame(0xB, "x") << big << 1002 << "reserved opcode 0xb";
    QTest::addRow("RSV1 without extension")
        << RawPeer::bytes({0xC1, 0x01, 'x'}) << big << 1002 << "RSV1";
    QTest::addRow("RSV2") << RawPeer::bytes({0xA1, 0x01, 'x'}) << big << 1002 << "RSV2";
    QTest::addRow("RSV3") << RawPeer::bytes({0x91, 0x01, 'x'}) << big << 1002 << "RSV3";
    QTest::addRow("masked server frame")
        << RawPeer::bytes({0x81, 0x81, 1, 2, 3, 4, 'x' ^ 1}) << big << 1002 << "masked";
    QTest::addRow("fragmented ping")
        << RawPeer::bytes({0x09, 0x00}) << big << 1002 << "fragmented a ping";
    QTest::addRow("126-byte ping") << (RawPeer::bytes({0x89, 126, 0, 126}) + QByteArray(126, 'p'))
                                   << big << 1002 << "longer than 125";
    QTest::addRow("invalid UTF-8")
        << RawPeer::frame(0x1, "ok \xff") << big << 1007 << "not valid UTF-8";
    QTest::addRow("overlong UTF-8")
        << RawPeer::frame(0x1, "\xc0\xaf") << big << 1007 << "not valid UTF-8";
    QTest::addRow("surrogate in UTF-8")
        << RawPeer::frame(0x1, "\xed\xa0\x80") << big << 1007 << "not valid UTF-8";
    QTest::addRow("text ends mid-character")
        << RawPeer::frame(0x1, "\xe4\xb8") << big << 1007 << "middle of a UTF-8";
    QTest::addRow("2^62-byte length claim")
        << RawPeer::bytes({0x82, 127, 0x40, 0, 0, 0, 0, 0, 0, 0}) << big << 1009
        << "announced a frame of 4611686018427387904";
    QTest::addRow("64-bit length with MSB")
        << RawPeer::bytes({0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 1}) << big << 1002
        << "most significant bit";
    QTest::addRow("continuation without start")
        << RawPeer::frame(0x0, "x") << big << 1002 << "continuation";
    QTest::addRow("new message inside fragmented one")
        << (RawPeer::frame(0x1, "a", false) + RawPeer::frame(0x2, "b")) << big << 1002
        << "before finishing";
    QTest::addRow("1-byte close payload")
        << RawPeer::bytes({0x88, 0x01, 0x03}) << big << 1002 << "1-byte";
    QTest::addRow("close code 1005 on the wire")
        << RawPeer::closeFrame(1005, "") << big << 1002 << "close code 1005";
    QTest::addRow("close code 2000")
        << RawPeer::closeFrame(2000, "") << big << 1002 << "close code 2000";
    QTest::addRow("close reason not UTF-8")
        << RawPeer::closeFrame(1000, "\xff") << big << 1007 << "close reason";
    QTest::addRow("message over the limit")
        << (RawPeer::frame(0x2, "123456", false) + RawPeer::frame(0x0, "7890ab")) << qint64(10)
        << 1009 << "Wsprobe's limit of 10 bytes per message (change it with --max-message-size";
}

void TestWireEngine::violations()
{
    QFETCH(QByteArray, frames);
    QFETCH(qint64, maxMessage);
    QFETCH(int, code);
    QFETCH(QString, message);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames);
    ConnectionRequest r = wireRequest(peer.url());
    r.maxMessageSize = maxMessage;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains(message), qPrintable(spy.errors.first()));
    QVERIFY2(spy.errors.first().contains(QString::number(code)), qPrintable(spy.errors.first()));
    QCOMPARE(spy.lastClose().code, code);
    QVERIFY(!spy.lastClose().wasClean);
    QVERIFY(spy.messages(Direction::In).isEmpty());
    // The client told the server why, with the right code, before dropping TCP.
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    const QList<RawPeer::ClientFrame> sent = peer.clientFrames();
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.last().opcode, quint8(0x8));
    QCOMPARE(qFromBigEndian<quint16>(sent.last().payload.constData()), quint16(code));
}

void TestWireEngine::utf8SplitAcrossFramesIsValid()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    // "€" is E2 82 AC: the character straddles three frames.
    peer.acceptUpgrade(RawPeer::frame(0x1, "price \xe2", false) + RawPeer::frame(0x0, "\x82", false)
                       + RawPeer::frame(0x0, "\xac 5"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    QCOMPARE(QString::fromUtf8(spy.messages(Direction::In).first().payload),
             QString::fromUtf8("price € 5"));
    QVERIFY(spy.errors.isEmpty());
    c.abort();
}

void TestWireEngine::controlFrameInsideFragmentedMessage()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x1, "Hel", false) + RawPeer::frame(0x9, "hb")
                       + RawPeer::frame(0x0, "lo"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("Hello"));
    QCOMPARE(spy.eventsOf(EventKind::Ping).size(), 1);
    QCOMPARE(spy.eventsOf(EventKind::Ping).first().direction, Direction::In);
    QTRY_VERIFY_WITH_TIMEOUT(!peer.clientFrames().isEmpty(), 5000);
    QCOMPARE(peer.clientFrames().first().opcode, quint8(0xA));
    QCOMPARE(peer.clientFrames().first().payload, QByteArray("hb"));
    c.abort();
}

void TestWireEngine::closeCodesVerbatim_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    // QWebSocket turns 1012-1014 into 1002; the wire engine reports what was sent.
    for (int code : {1000, 1001, 1003, 1011, 1012, 1013, 1014, 3000, 4000, 4999})
        QTest::addRow("%d", code) << code << QByteArray("reason ") + QByteArray::number(code);
    QTest::addRow("unicode reason") << 4001 << QByteArray("t\xe1\xba\xa1m bi\xe1\xbb\x87t");
}

void TestWireEngine::closeCodesVerbatim()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::closeFrame(quint16(code), reason));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, code);
    QCOMPARE(spy.lastClose().payload, reason);
    QVERIFY(spy.lastClose().wasClean);
    QVERIFY(spy.errors.isEmpty());
    // The client answered with a Close of its own, echoing the code.
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    QCOMPARE(peer.clientFrames().size(), 1);
    QCOMPARE(peer.clientFrames().first().opcode, quint8(0x8));
    QCOMPARE(qFromBigEndian<quint16>(peer.clientFrames().first().payload.constData()),
             quint16(code));
}

void TestWireEngine::emptyCloseIs1005()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x8, {}));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1005);
    QVERIFY(spy.lastClose().wasClean);
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
    QCOMPARE(peer.clientFrames().first().payload, QByteArray()); // answered with an empty Close
}

void TestWireEngine::serverPingIsShownAndAnswered_data()
{
    QTest::addColumn<bool>("autoPong");
    QTest::addRow("auto pong") << true;
    QTest::addRow("no auto pong") << false;
}

void TestWireEngine::serverPingIsShownAndAnswered()
{
    QFETCH(bool, autoPong);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x9, "are you there") + RawPeer::frame(0x1, "after"));
    ConnectionRequest r = wireRequest(peer.url());
    r.autoPong = autoPong;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    QCOMPARE(spy.eventsOf(EventKind::Ping).first().payload, QByteArray("are you there"));
    if (autoPong) {
        QTRY_COMPARE_WITH_TIMEOUT(peer.clientFrames().size(), 1, 5000);
        QCOMPARE(peer.clientFrames().first().opcode, quint8(0xA));
        QCOMPARE(peer.clientFrames().first().payload, QByteArray("are you there"));
    } else {
        QTest::qWait(100);
        QVERIFY(peer.clientFrames().isEmpty());
    }
    c.abort();
}

void TestWireEngine::outgoingFragmentation()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    ConnectionRequest r = wireRequest(peer.url());
    r.outgoingFrameSize = 4;
    r.reportFrames = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QList<FrameInfo> frames;
    connect(&c, &Connection::frameSeen, this, [&](const FrameInfo &f) { frames.append(f); });
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.sendText("abcdefghij"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.clientFrames().size(), 3, 5000);
    const QList<RawPeer::ClientFrame> f = peer.clientFrames();
    QCOMPARE(f[0].opcode, quint8(0x1));
    QCOMPARE(f[0].payload, QByteArray("abcd"));
    QVERIFY(!f[0].fin);
    QCOMPARE(f[1].opcode, quint8(0x0));
    QVERIFY(!f[1].fin);
    QCOMPARE(f[2].payload, QByteArray("ij"));
    QVERIFY(f[2].fin);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].direction, Direction::Out);
    QVERIFY(frames[0].masked);
    QCOMPARE(frames[2].payloadLength, quint64(2));
    c.abort();
}

void TestWireEngine::clientFramesAreMaskedWithFreshKeys()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForState(ReadyState::Open));
    for (int i = 0; i < 8; ++i)
        c.sendText("same text");
    QTRY_COMPARE_WITH_TIMEOUT(peer.clientFrames().size(), 8, 5000);
    QSet<QByteArray> wire;
    const QByteArray raw = peer.receivedAfterHandshake();
    for (int i = 0; i < 8; ++i) {
        const QList<RawPeer::ClientFrame> f = peer.clientFrames();
        QVERIFY(f[i].masked);
        QCOMPARE(f[i].payload, QByteArray("same text"));
        wire.insert(raw.mid(i * (2 + 4 + 9), 2 + 4 + 9));
    }
    QVERIFY2(wire.size() >= 7,
             "mask keys repeat"); // identical payloads, different bytes on the wire
    c.abort();
}

void TestWireEngine::slowPeer()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.setDribble(true);
    peer.acceptUpgrade(RawPeer::frame(0x1, QByteArray(300, 's'))
                       + RawPeer::frame(0x1, "\xe2\x82\xac"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 2, 20000);
    QCOMPARE(spy.messages(Direction::In)[0].payload, QByteArray(300, 's'));
    QCOMPARE(spy.messages(Direction::In)[1].payload, QByteArray("\xe2\x82\xac"));
    c.abort();
}

void TestWireEngine::serverThatNeverAnswersClose()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    ConnectionRequest r = wireRequest(peer.url());
    r.closeTimeoutMs = 300;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    QVERIFY(c.close(4000, "bye"));
    QCOMPARE(c.readyState(), ReadyState::Closing);
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY(spy.errors.first().contains("did not answer the Close"));
    // The peer reads in this process too: a stall past the 300 ms can end the wait first.
    QTRY_VERIFY_WITH_TIMEOUT(!peer.clientFrames().isEmpty(), 5000);
    QCOMPARE(peer.clientFrames().first().opcode, quint8(0x8));
    QCOMPARE(closePayloadCode(peer.clientFrames().first().payload), QByteArray("\x0f\xa0"));
}

void TestWireEngine::bufferedAmountIsExact()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForState(ReadyState::Open));
    c.ping("p"); // control frames are not application data
    QCOMPARE(c.bufferedAmount(), qint64(0));
    QVERIFY(c.sendBinary(QByteArray(1024 * 1024, 'b')));
    QVERIFY(c.sendText("tail"));
    QCOMPARE(c.bufferedAmount(), qint64(1024 * 1024 + 4));
    QTRY_COMPARE_WITH_TIMEOUT(c.bufferedAmount(), qint64(0), 10000);
    QCOMPARE(spy.bufferedAmounts.last(), qint64(0));
    c.abort();
}

// Raw deflate as a server would send it: sync-flushed, without the 00 00 FF FF tail.
namespace {

/// Counts a burst's messages as they arrive and checks their order, without keeping them.
class BurstCounter : public EventSink
{
public:
    void record(const Event &e) override
    {
        if (e.isMessage() && e.direction == Direction::In) {
            if (RawPeer::sequenceNumber(e.payload) != count)
                outOfOrder = true;
            ++count;
        } else if (e.kind == EventKind::Close) {
            close = e;
        }
    }
    int count = 0;
    bool outOfOrder = false;
    Event close;
};

} // namespace

void TestWireEngine::burstThenCloseLosesNothing_data()
{
    Burst::addRows();
}

void TestWireEngine::burstThenCloseLosesNothing()
{
    // The ordinary end of a feed: the server writes its last messages, its Close and its FIN
    // back to back. Everything received must be parsed before deciding how it ended.
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(bool, withClose);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(Burst::bytes(count, size, withClose), true);
    Connection c(m_clock);
    BurstCounter counter;
    c.addSink(&counter);
    QSignalSpy closed(&c, &Connection::closed);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(closed.wait(60000));
    QCOMPARE(counter.count, count);
    QVERIFY(!counter.outOfOrder);
    QCOMPARE(counter.close.code, withClose ? int(Burst::CloseCode) : 1006);
    QCOMPARE(counter.close.wasClean, withClose);
    QCOMPARE(counter.close.payload, withClose ? QByteArray(Burst::CloseReason) : QByteArray());
    c.removeSink(&counter);
}

namespace {

/// Message i of pausedReadsKeepEveryByteInOrder: sizes on both sides of the frame length
/// encodings and of the engine's 256 KiB read slice, every byte depending on i and its place.
QByteArray patterned(int i)
{
    static constexpr int Sizes[] = {1, 125, 126, 65535, 65536, 70001, 262143, 300000, 1 << 20};
    QByteArray p(Sizes[i % std::size(Sizes)], Qt::Uninitialized);
    for (qsizetype j = 0; j < p.size(); ++j)
        p[j] = char('a' + (i * 7 + j) % 26);
    return p;
}

/// Compares each message with patterned(), and pauses reading after every third one for a
/// moment, as the journal's back-pressure does.
class PausingChecker : public EventSink
{
public:
    explicit PausingChecker(Connection &c)
        : m_connection(c)
    {
    }
    void record(const Event &e) override
    {
        if (e.isMessage() && e.direction == Direction::In) {
            if (e.payload != patterned(count))
                wrong << count;
            if (++count % 3 == 0) {
                m_connection.setReadingPaused(true);
                QTimer::singleShot(2, &m_connection,
                                   [this] { m_connection.setReadingPaused(false); });
            }
        } else if (e.kind == EventKind::Close) {
            close = e;
        }
    }
    int count = 0;
    QList<int> wrong;
    Event close;

private:
    Connection &m_connection;
};

} // namespace

void TestWireEngine::pausedReadsKeepEveryByteInOrder()
{
    // On Linux the engine reads a plain connection's frames from the descriptor, after what
    // QTcpSocket has buffered (the first frames arrive with the 101, in its buffer): the two
    // must never trade places, across pauses and up to the peer's FIN.
    constexpr int Count = 36;
    QByteArray feed;
    for (int i = 0; i < Count; ++i)
        feed += RawPeer::frame(0x1, patterned(i));
    feed += RawPeer::closeFrame(Burst::CloseCode, Burst::CloseReason);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(feed, true);
    Connection c(m_clock);
    PausingChecker checker(c);
    c.addSink(&checker);
    QSignalSpy closed(&c, &Connection::closed);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(closed.wait(60000));
    QCOMPARE(checker.count, Count);
    QCOMPARE(checker.wrong, QList<int>());
    QCOMPARE(checker.close.code, int(Burst::CloseCode));
    QVERIFY(checker.close.wasClean);
    c.removeSink(&checker);
}

namespace {

/// Counts pings in and pongs out without keeping the events.
class PingCounter : public EventSink
{
public:
    void record(const Event &e) override
    {
        if (e.kind == EventKind::Ping && e.direction == Direction::In)
            ++pingsIn;
        else if (e.kind == EventKind::Pong && e.direction == Direction::Out)
            ++pongsOut;
        else if (e.kind == EventKind::Error)
            errors << QString::fromUtf8(e.payload);
    }
    int pingsIn = 0;
    int pongsOut = 0;
    QStringList errors;
};

} // namespace

void TestWireEngine::pingsFromAPeerThatDoesNotReadAreCoalesced()
{
    // A server that pings without reading the pongs: the client answers what it can, then only
    // the latest ping once the socket drains, and says how many went unanswered.
    constexpr int Pings = 100000;
    QByteArray pings;
    for (int i = 0; i < Pings; ++i)
        pings += RawPeer::frame(0x9, QByteArray::number(i).rightJustified(120, '0'));
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    Connection c(m_clock);
    PingCounter counter;
    c.addSink(&counter);
    QSignalSpy closed(&c, &Connection::closed);
    QVERIFY(c.open(wireRequest(peer.url())));
    QTRY_COMPARE(c.readyState(), ReadyState::Open);
    peer.stopReading();
    peer.send(pings);
    QTRY_COMPARE_WITH_TIMEOUT(counter.pingsIn, Pings, 60000);
    // Loopback's buffers take a few MB of pongs; after that they wait, one at a time.
    QVERIFY2(counter.pongsOut < Pings / 2, qPrintable(QString::number(counter.pongsOut)));
    peer.dropClient();
    QVERIFY(closed.wait(10000));
    // Every ping is answered or counted as unanswered in the log.
    int unanswered = 0;
    for (const QString &note : counter.errors.filter("went unanswered"))
        unanswered += note.section(' ', 0, 0).toInt();
    QCOMPARE(unanswered, Pings - counter.pongsOut);
    QVERIFY(unanswered > 0);
    c.removeSink(&counter);
}

void TestWireEngine::sendsBeyondTheQueueLimitAreRefused()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    ConnectionRequest r = wireRequest(peer.url());
    r.maxBufferedBytes = 1 << 20;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    // One message larger than the limit goes when nothing waits.
    QVERIFY(c.sendBinary(QByteArray(3 << 20, 'x')));
    QTRY_COMPARE(c.bufferedAmount(), 0);
    peer.stopReading();
    // Once the kernel's buffers are full, what is sent waits in bufferedAmount until the
    // limit refuses more.
    const QByteArray chunk(256 << 10, 'y');
    int refused = 0;
    for (int i = 0; i < 1000; ++i) {
        if (!c.sendBinary(chunk)) {
            ++refused;
            break;
        }
        QTest::qWait(2);
    }
    QCOMPARE(refused, 1);
    QVERIFY(c.bufferedAmount() > (1 << 20) - chunk.size());
    QVERIFY(c.bufferedAmount() <= 1 << 20);
    QVERIFY2(spy.errors.last().contains("Send refused")
                 && spy.errors.last().contains("--max-buffered"),
             qPrintable(spy.errors.last()));
    QCOMPARE(c.readyState(), ReadyState::Open); // refused, not failed
    c.abort();
}

QTEST_GUILESS_MAIN(TestWireEngine)
#include "tst_wireengine.moc"
