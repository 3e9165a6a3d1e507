// The wire engine against a scripted raw TCP peer: every protocol violation a server can
// commit, and the behaviours QWebSocket hides (server pings, verbatim close codes, frames).
#include <zlib.h>

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include "common/burst.h"
#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/eventsink.h"
#include "protocol/client/httpresponseparser.h"
#include "protocol/frame/framecodec.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/frame/utf8validator.h"
#include "protocol/handshake.h"

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
    void handshakeRecordKeepsOrderAndDuplicates();
    void refusedUpgradeCarriesBody();
    void redirectIsReported();
    void redirectIsFollowed();
    void unofferedSubprotocol();
    void unofferedExtension();
    void slowPeer();
    void serverThatNeverAnswersClose();
    void bufferedAmountIsExact();
    void utf8Validator_data();
    void utf8Validator();
    void encoderRoundTrip();
    void deflateRoundTrip_data();
    void deflateRoundTrip();
    void deflateViolations_data();
    void deflateViolations();
    void deflateParameters_data();
    void deflateParameters();
    void deflateNotOfferedButAccepted();
    void serverContextTakeover();
    void burstThenCloseLosesNothing_data();
    void burstThenCloseLosesNothing();
    void violatingFrameIsShownWithItsBits_data();
    void violatingFrameIsShownWithItsBits();
    void framesTheClientWritesItselfAreEvents();
    void frameEventsCarryWhatWiresharkShows();
    void nonMinimalLengthIsFlaggedAndKept();
    void frameLimitIsWsprobesAndConfigurable();
    void foldedHeaderIsUnfolded();
    void malformedResponseKeepsWhatWasRead_data();
    void malformedResponseKeepsWhatWasRead();
    void chunkedRefusalIsDecoded_data();
    void chunkedRefusalIsDecoded();
    void dechunk_data();
    void dechunk();
    void pingsFromAPeerThatDoesNotReadAreCoalesced();
    void sendsBeyondTheQueueLimitAreRefused();

private:
    ConnectionRequest request(const RawPeer &peer, const QString &path = "/") const;
    SystemClock m_clock;
};

ConnectionRequest TestWireEngine::request(const RawPeer &peer, const QString &path) const
{
    ConnectionRequest r;
    r.url = peer.url(path);
    r.engine = EngineKind::Wire;
    r.closeTimeoutMs = 2000;
    return r;
}

static QByteArray raw(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (int b : bytes)
        out.append(char(b));
    return out;
}

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
    QTest::addRow("RSV1 without extension") << raw({0xC1, 0x01, 'x'}) << big << 1002 << "RSV1";
    QTest::addRow("RSV2") << raw({0xA1, 0x01, 'x'}) << big << 1002 << "RSV2";
    QTest::addRow("RSV3") << raw({0x91, 0x01, 'x'}) << big << 1002 << "RSV3";
    QTest::addRow("masked server frame")
        << raw({0x81, 0x81, 1, 2, 3, 4, 'x' ^ 1}) << big << 1002 << "masked";
    QTest::addRow("fragmented ping") << raw({0x09, 0x00}) << big << 1002 << "fragmented a ping";
    QTest::addRow("126-byte ping")
        << (raw({0x89, 126, 0, 126}) + QByteArray(126, 'p')) << big << 1002 << "longer than 125";
    QTest::addRow("invalid UTF-8")
        << RawPeer::frame(0x1, "ok \xff") << big << 1007 << "not valid UTF-8";
    QTest::addRow("overlong UTF-8")
        << RawPeer::frame(0x1, "\xc0\xaf") << big << 1007 << "not valid UTF-8";
    QTest::addRow("surrogate in UTF-8")
        << RawPeer::frame(0x1, "\xed\xa0\x80") << big << 1007 << "not valid UTF-8";
    QTest::addRow("text ends mid-character")
        << RawPeer::frame(0x1, "\xe4\xb8") << big << 1007 << "middle of a UTF-8";
    QTest::addRow("2^62-byte length claim") << raw({0x82, 127, 0x40, 0, 0, 0, 0, 0, 0, 0}) << big
                                            << 1009 << "announced a frame of 4611686018427387904";
    QTest::addRow("64-bit length with MSB")
        << raw({0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 1}) << big << 1002 << "most significant bit";
    QTest::addRow("continuation without start")
        << RawPeer::frame(0x0, "x") << big << 1002 << "continuation";
    QTest::addRow("new message inside fragmented one")
        << (RawPeer::frame(0x1, "a", false) + RawPeer::frame(0x2, "b")) << big << 1002
        << "before finishing";
    QTest::addRow("1-byte close payload") << raw({0x88, 0x01, 0x03}) << big << 1002 << "1-byte";
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
    ConnectionRequest r = request(peer);
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
    QVERIFY(c.open(request(peer)));
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
    QVERIFY(c.open(request(peer)));
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
    QVERIFY(c.open(request(peer)));
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
    QVERIFY(c.open(request(peer)));
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
    ConnectionRequest r = request(peer);
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
    ConnectionRequest r = request(peer);
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
    QVERIFY(c.open(request(peer)));
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

void TestWireEngine::handshakeRecordKeepsOrderAndDuplicates()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, "chat",
                       "Set-Cookie: a=1\r\nX-Server: raw\r\nSet-Cookie: b=2\r\n");
    ConnectionRequest r = request(peer, "/room?id=7");
    r.subprotocols = {"chat", "superchat"};
    r.headers = {{"Authorization", "Bearer t"}};
    r.origin = "https://app.example";
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForState(ReadyState::Open));
    const HandshakeRecord &h = c.handshake();
    QCOMPARE(h.requestLine, QByteArray("GET /room?id=7 HTTP/1.1"));
    QCOMPARE(h.status, 101);
    QVERIFY(h.responseSeen);
    QCOMPARE(h.statusLine, QByteArray("HTTP/1.1 101 Switching Protocols"));
    QList<QByteArray> names;
    for (const HeaderField &f : h.responseHeaders)
        names << f.name;
    const qsizetype first = names.indexOf("Set-Cookie");
    QVERIFY(first >= 0);
    QCOMPARE(names.mid(first), QList<QByteArray>({"Set-Cookie", "X-Server", "Set-Cookie"}));
    QCOMPARE(Handshake::headerValues(h.responseHeaders, "set-cookie"),
             QList<QByteArray>({"a=1", "b=2"}));
    // The request record is exactly what went over the wire.
    QByteArray rebuilt = h.requestLine + "\r\n";
    for (const HeaderField &f : h.requestHeaders)
        rebuilt += f.name + ": " + f.value + "\r\n";
    rebuilt += "\r\n";
    QCOMPARE(peer.request(), rebuilt);
    QVERIFY(peer.request().contains("User-Agent: Wsprobe/"));
    QVERIFY(peer.request().contains("Sec-WebSocket-Protocol: chat, superchat\r\n"));
    QVERIFY(peer.request().contains("Origin: https://app.example\r\n"));
    QVERIFY(peer.request().contains("Host: 127.0.0.1:" + QByteArray::number(peer.port()) + "\r\n"));
    QCOMPARE(c.protocol(), QString("chat"));
    c.abort();
}

void TestWireEngine::refusedUpgradeCarriesBody()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n"
                     "\r\nmissing access token");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("403 Forbidden"), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("missing access token"));
    QCOMPARE(c.handshake().status, 403);
    QCOMPARE(c.handshake().body, QByteArray("missing access token"));
    QCOMPARE(spy.lastClose().code, 1006);
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
}

void TestWireEngine::redirectIsReported()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    const QString expected =
        QString("redirects (HTTP 302) to ws://127.0.0.1:%1/elsewhere").arg(peer.port());
    QVERIFY2(spy.errors.first().contains(expected), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("follow redirects"));
}

void TestWireEngine::redirectIsFollowed()
{
    RawPeer target;
    QVERIFY(target.listen());
    target.acceptUpgrade(RawPeer::frame(0x1, "arrived"));
    RawPeer first;
    QVERIFY(first.listen());
    first.respondWith(
        QString("HTTP/1.1 301 Moved Permanently\r\nLocation: http://127.0.0.1:%1/new\r\n"
                "Content-Length: 0\r\n\r\n")
            .arg(target.port())
            .toLatin1());
    ConnectionRequest r = request(first);
    r.followRedirects = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    QVERIFY(target.request().startsWith("GET /new HTTP/1.1\r\n"));
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("arrived"));
    c.abort();
}

void TestWireEngine::unofferedSubprotocol()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, "mqtt");
    ConnectionRequest r = request(peer);
    r.subprotocols = {"chat"};
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains("\"mqtt\", which was not offered"),
             qPrintable(spy.errors.first()));
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
}

void TestWireEngine::unofferedExtension()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "Sec-WebSocket-Extensions: x-webkit-deflate-frame\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains("x-webkit-deflate-frame"), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("not offered"));
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
    QVERIFY(c.open(request(peer)));
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
    QVERIFY(spy.errors.first().contains("did not answer the Close"));
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
    QVERIFY(c.open(request(peer)));
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

void TestWireEngine::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ascii") << QByteArray("hello world, long enough for the fast path") << true;
    QTest::addRow("2-byte") << QByteArray("\xc3\xa9") << true;
    QTest::addRow("3-byte") << QByteArray("\xe2\x82\xac") << true;
    QTest::addRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::addRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::addRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::addRow("overlong 2") << QByteArray("\xc1\xbf") << false;
    QTest::addRow("overlong 3") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::addRow("surrogate") << QByteArray("\xed\xb0\x80") << false;
    QTest::addRow("lone continuation") << QByteArray("\x80") << false;
    QTest::addRow("truncated") << QByteArray("\xf0\x9f\x98") << false;
    QTest::addRow("0xff") << QByteArray("\xff") << false;
}

void TestWireEngine::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValidUtf8(bytes), valid);
    // Fed one byte at a time, the verdict is the same.
    Utf8Validator v;
    bool ok = true;
    for (char c : bytes)
        ok = v.feed(QByteArrayView(&c, 1)) && ok;
    QCOMPARE(ok && v.isComplete(), valid);
}

void TestWireEngine::encoderRoundTrip()
{
    for (int size : {0, 1, 125, 126, 65535, 65536, 200000}) {
        QByteArray payload(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            payload[i] = char(i * 13);
        const QByteArray frame =
            FrameCodec::encode(FrameCodec::Binary, payload, true, false, 0x01020304);
        // Unmask as a server would, then decode as a client would (without the mask bit).
        const int lenBytes = size <= 125 ? 0 : size <= 0xffff ? 2 : 8;
        QByteArray unmasked = frame;
        unmasked[1] = char(uchar(unmasked[1]) & 0x7f);
        QByteArray body = frame.mid(2 + lenBytes + 4);
        FrameCodec::applyMask(body.data(), body.size(), 0x01020304);
        unmasked = unmasked.left(2 + lenBytes) + body;
        FrameCodec codec;
        qsizetype offset = 0;
        FrameCodec::Frame out;
        int code = 0;
        QString error;
        QCOMPARE(codec.decode(unmasked, &offset, &out, &code, &error), FrameCodec::Result::Frame);
        QCOMPARE(out.payload, payload);
        QCOMPARE(offset, unmasked.size());
    }
}

// Raw deflate as a server would send it: sync-flushed, without the 00 00 FF FF tail.
static QByteArray serverDeflate(z_stream *z, const QByteArray &in)
{
    QByteArray out(int(deflateBound(z, uLong(in.size()))) + 64, Qt::Uninitialized);
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z->avail_in = uInt(in.size());
    z->next_out = reinterpret_cast<Bytef *>(out.data());
    z->avail_out = uInt(out.size());
    deflate(z, Z_SYNC_FLUSH);
    out.resize(out.size() - int(z->avail_out));
    out.chop(4);
    return out;
}

static QByteArray deflateOnce(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    const QByteArray out = serverDeflate(&z, in);
    deflateEnd(&z);
    return out;
}

static QByteArray rsv1Frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray f = RawPeer::frame(opcode, payload, fin);
    f[0] = char(uchar(f[0]) | 0x40);
    return f;
}

void TestWireEngine::deflateRoundTrip_data()
{
    QTest::addColumn<bool>("noContextTakeover");
    QTest::addRow("context takeover") << false;
    QTest::addRow("no context takeover") << true;
}

void TestWireEngine::deflateRoundTrip()
{
    QFETCH(bool, noContextTakeover);
    PerMessageDeflate::Params p;
    p.clientNoContextTakeover = p.serverNoContextTakeover = noContextTakeover;
    PerMessageDeflate sender(p), receiver(p);
    const QList<QByteArray> messages{QByteArray(10000, 'a'),
                                     QByteArray("{\"op\":\"quote\",\"px\":1}"),
                                     QByteArray(10000, 'a'), QByteArray()};
    qsizetype lastSize = 0;
    for (const QByteArray &m : messages) {
        const QByteArray wire = sender.compress(m);
        QByteArray back;
        QCOMPARE(receiver.decompress(wire, 1 << 20, &back), PerMessageDeflate::InflateResult::Ok);
        QCOMPARE(back, m);
        lastSize = wire.size();
    }
    QVERIFY(lastSize < 10);
}

void TestWireEngine::deflateViolations_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("decompression bomb")
        << rsv1Frame(0x2, deflateOnce(QByteArray(8 * 1024 * 1024, 0))) << 1009
        << "inflates beyond Wsprobe's limit of 1048576";
    QTest::addRow("RSV1 on continuation")
        << (rsv1Frame(0x1, deflateOnce("ab"), false) + rsv1Frame(0x0, "x")) << 1002
        << "continuation";
    QTest::addRow("not deflate data")
        << rsv1Frame(0x2, "\xff\xff\xff\xff") << 1007 << "not valid deflate";
    QTest::addRow("compressed invalid UTF-8")
        << rsv1Frame(0x1, deflateOnce("ok \xff")) << 1007 << "not valid UTF-8";
    QTest::addRow("compressed ping") << rsv1Frame(0x9, "") << 1002 << "compressed a ping";
}

void TestWireEngine::deflateViolations()
{
    QFETCH(QByteArray, frames);
    QFETCH(int, code);
    QFETCH(QString, message);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    ConnectionRequest r = request(peer);
    r.maxMessageSize = 1024 * 1024;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.eventsOf(EventKind::Open).first().extensions, QString("permessage-deflate"));
    QVERIFY2(!spy.errors.isEmpty() && spy.errors.first().contains(message),
             qPrintable(spy.errors.value(0)));
    QCOMPARE(spy.lastClose().code, code);
}

void TestWireEngine::deflateParameters_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error");
    QTest::addRow("all four") << QByteArray(
        "permessage-deflate; server_no_context_takeover; "
        "client_no_context_takeover; server_max_window_bits=10; "
        "client_max_window_bits=9")
                              << "";
    QTest::addRow("quoted bits") << QByteArray("permessage-deflate; server_max_window_bits=\"12\"")
                                 << "";
    QTest::addRow("window 7") << QByteArray("permessage-deflate; server_max_window_bits=7")
                              << "8 to 15";
    QTest::addRow("window 16") << QByteArray("permessage-deflate; client_max_window_bits=16")
                               << "8 to 15";
    QTest::addRow("unknown parameter") << QByteArray("permessage-deflate; x_mode=fast") << "x_mode";
    QTest::addRow("repeated parameter")
        << QByteArray("permessage-deflate; server_no_context_takeover; server_no_context_takeover")
        << "repeated";
}

void TestWireEngine::deflateParameters()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(rsv1Frame(0x1, deflateOnce("fine")), false, {},
                       "Sec-WebSocket-Extensions: " + header + "\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    if (error.isEmpty()) {
        QVERIFY(spy.waitForEvents(EventKind::Text, 1));
        QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("fine"));
        QCOMPARE(c.extensions(), QString::fromLatin1(header));
        QVERIFY(peer.request().contains(
            "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
        c.abort();
    } else {
        QVERIFY(spy.waitForClosed());
        QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
        QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
    }
}

void TestWireEngine::deflateNotOfferedButAccepted()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    ConnectionRequest r = request(peer);
    r.deflate = false;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY(!peer.request().contains("Sec-WebSocket-Extensions"));
    QVERIFY2(spy.errors.first().contains("\"permessage-deflate\", which was not offered"),
             qPrintable(spy.errors.first()));
}

void TestWireEngine::serverContextTakeover()
{
    // Three messages from one compression context: the second and third refer back to the
    // first, so they only decode if the client kept its window.
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    const QByteArray text = "{\"symbol\":\"WSP\",\"price\":101.25,\"venue\":\"loopback\"}";
    QByteArray frames;
    for (int i = 0; i < 3; ++i)
        frames += rsv1Frame(0x1, serverDeflate(&z, text));
    deflateEnd(&z);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(frames, false, {}, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.messages(Direction::In).size(), 3, 5000);
    for (const Event &e : spy.messages(Direction::In))
        QCOMPARE(e.payload, text);
    const QList<Event> in = spy.messages(Direction::In);
    QVERIFY(in[2].wireSize < in[0].wireSize); // the later ones are back-references
    QVERIFY(in[0].wireSize > 0);
    c.abort();
}

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
    QVERIFY(c.open(request(peer)));
    QVERIFY(closed.wait(60000));
    QCOMPARE(counter.count, count);
    QVERIFY(!counter.outOfOrder);
    QCOMPARE(counter.close.code, withClose ? int(Burst::CloseCode) : 1006);
    QCOMPARE(counter.close.wasClean, withClose);
    QCOMPARE(counter.close.payload, withClose ? QByteArray(Burst::CloseReason) : QByteArray());
    c.removeSink(&counter);
}

void TestWireEngine::violatingFrameIsShownWithItsBits_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<int>("lengthBits");
    QTest::addColumn<quint32>("maskKey");
    QTest::addRow("masked server frame")
        << raw({0x81, 0x82, 0x11, 0x22, 0x33, 0x44, 'a' ^ 0x11, 'b' ^ 0x22}) << 1 << 0 << true
        << quint64(2) << 7 << quint32(0x11223344);
    QTest::addRow("RSV2") << raw({0xA1, 0x01, 'x'}) << 1 << 2 << false << quint64(1) << 7
                          << quint32(0);
    QTest::addRow("reserved opcode 0x3")
        << raw({0x83, 0x00}) << 3 << 0 << false << quint64(0) << 7 << quint32(0);
    QTest::addRow("fragmented ping")
        << raw({0x09, 0x03, 'a', 'b', 'c'}) << 9 << 0 << false << quint64(3) << 7 << quint32(0);
    QTest::addRow("frame over the limit") << raw({0x82, 127, 0, 0, 0, 0, 0x40, 0, 0, 0}) << 2 << 0
                                          << false << quint64(1) << 64 << quint32(0);
}

void TestWireEngine::violatingFrameIsShownWithItsBits()
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
    QVERIFY(c.open(request(peer)));
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

void TestWireEngine::framesTheClientWritesItselfAreEvents()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x9, "are you there") + RawPeer::closeFrame(4001, "bye"));
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer))); // frames not asked for
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

void TestWireEngine::frameEventsCarryWhatWiresharkShows()
{
    const QByteArray medium(300, 'm');
    const QByteArray big(70000, 'b');
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x2, "tiny") + RawPeer::frame(0x2, medium)
                       + RawPeer::frame(0x2, big));
    ConnectionRequest r = request(peer);
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
    r = request(whole);
    r.reportFrames = true;
    r.framePayloadBytes = -1;
    Connection c2(m_clock);
    ConnectionSpy spy2(&c2);
    QVERIFY(c2.open(r));
    QVERIFY(spy2.waitForEvents(EventKind::Binary, 1));
    QCOMPARE(spy2.eventsOf(EventKind::Frame).first().frame.head, medium);
    c2.abort();
}

void TestWireEngine::nonMinimalLengthIsFlaggedAndKept()
{
    // RFC 6455 §5.2: the minimal number of bytes MUST be used. A debugger flags the server and
    // shows the rest of the conversation.
    RawPeer peer;
    QVERIFY(peer.listen());
    QByteArray frames = raw({0x81, 126, 0x00, 0x02, 'h', 'i'});
    frames += raw({0x81, 127, 0, 0, 0, 0, 0, 0, 0, 0x03, 'y', 'o', 'u'});
    frames += RawPeer::frame(0x1, "fine");
    peer.acceptUpgrade(frames);
    ConnectionRequest r = request(peer);
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

void TestWireEngine::frameLimitIsWsprobesAndConfigurable()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0x2, QByteArray(101, 'x')));
    ConnectionRequest r = request(peer);
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
    r = request(ok);
    r.maxFrameSize = 100;
    Connection c2(m_clock);
    ConnectionSpy spy2(&c2);
    QVERIFY(c2.open(r));
    QVERIFY(spy2.waitForEvents(EventKind::Binary, 1));
    c2.abort();
}

void TestWireEngine::foldedHeaderIsUnfolded()
{
    // RFC 9112 §5.2: a user agent replaces obs-fold with spaces rather than refusing.
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "X-Folded: first\r\n  second\r\n\tthird\r\nX-After: 1\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForState(ReadyState::Open));
    const HandshakeRecord h = c.handshake();
    QCOMPARE(Handshake::headerValue(h.responseHeaders, "X-Folded"),
             QByteArray("first second third"));
    QCOMPARE(Handshake::headerValue(h.responseHeaders, "X-After"), QByteArray("1"));
    QCOMPARE(h.foldedResponseHeaders.size(), 1);
    QCOMPARE(h.responseHeaders.at(h.foldedResponseHeaders.first()).name, QByteArray("X-Folded"));
    QVERIFY(EventNames::handshakeText(h, false).contains("X-Folded was folded"));
    c.abort();
}

void TestWireEngine::malformedResponseKeepsWhatWasRead_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<int>("headers");
    QTest::addColumn<QString>("error");
    QTest::addRow("malformed header line")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nno colon here"
                      "\r\n\r\n")
        << false << QByteArray("HTTP/1.1 101 Switching Protocols") << 1 << "malformed header line";
    QTest::addRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false
                              << QByteArray("SSH-2.0-OpenSSH_9.2") << 0 << "status line";
    QTest::addRow("headers too large")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nX-One: 1\r\nX-Big: ")
               + QByteArray(70000, 'a')
        << false << QByteArray("HTTP/1.1 101 Switching Protocols") << 1 << "exceed";
    QTest::addRow("cut off") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgr") << true
                             << QByteArray() << 0 << "closed the connection during the opening";
}

void TestWireEngine::malformedResponseKeepsWhatWasRead()
{
    // Whatever went wrong, the request and the part of the response that arrived are shown.
    QFETCH(QByteArray, response);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, statusLine);
    QFETCH(int, headers);
    QFETCH(QString, error);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith(response, closeAfter);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
    const QList<Event> records = spy.eventsOf(EventKind::Handshake);
    QCOMPARE(records.size(), 1);
    const HandshakeRecord &h = *records.first().handshake;
    QVERIFY(h.requestLine.startsWith("GET / HTTP/1.1"));
    QVERIFY(!h.requestHeaders.isEmpty());
    QCOMPARE(h.statusLine, statusLine);
    QCOMPARE(h.responseHeaders.size(), headers);
}

void TestWireEngine::chunkedRefusalIsDecoded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("whole") << QByteArray("5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n") << false
                           << QByteArray("hello world");
    QTest::addRow("cut by close") << QByteArray("5\r\nhello\r\n6\r\n wo") << true
                                  << QByteArray("hello wo");
    QTest::addRow("says chunked, is not")
        << QByteArray("plain text") << true << QByteArray("plain text");
}

void TestWireEngine::chunkedRefusalIsDecoded()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, decoded);
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith("HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\nContent-Type: "
                     "text/plain\r\n\r\n"
                         + body,
                     closeAfter);
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(request(peer)));
    QVERIFY(spy.waitForClosed());
    const HandshakeRecord &h = *spy.eventsOf(EventKind::Handshake).first().handshake;
    QCOMPARE(h.status, 403);
    QCOMPARE(h.body, decoded);
    QCOMPARE(h.rawBody, body); // the bytes as sent stay available
    QVERIFY2(spy.errors.first().contains(QString::fromLatin1(decoded)),
             qPrintable(spy.errors.first()));
}

void TestWireEngine::dechunk_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<QByteArray>("out");
    QTest::addRow("empty body") << QByteArray("0\r\n\r\n") << true << false << QByteArray();
    QTest::addRow("hex sizes") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n") << true << false
                               << QByteArray("0123456789");
    QTest::addRow("trailer") << QByteArray("1\r\nx\r\n0\r\nExpires: never\r\n\r\n") << true << false
                             << QByteArray("x");
    QTest::addRow("waiting for size") << QByteArray("3") << false << false << QByteArray();
    QTest::addRow("waiting for data")
        << QByteArray("3\r\nab") << false << false << QByteArray("ab");
    QTest::addRow("not hex") << QByteArray("zz\r\n") << false << true << QByteArray();
    QTest::addRow("huge size") << QByteArray("7fffffffffffffff\r\nab") << false << false
                               << QByteArray("ab");
}

void TestWireEngine::dechunk()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, complete);
    QFETCH(bool, malformed);
    QFETCH(QByteArray, out);
    QByteArray decoded;
    bool bad = false;
    QCOMPARE(HttpResponseParser::dechunk(raw, &decoded, &bad), complete);
    QCOMPARE(bad, malformed);
    QCOMPARE(decoded, out);
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
    QVERIFY(c.open(request(peer)));
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
    ConnectionRequest r = request(peer);
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
