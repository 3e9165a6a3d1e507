// The wire engine's upgrade against a scripted raw TCP peer: the handshake record, refusals,
// redirects, what the server answers that it should not, and responses that break HTTP.
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "common/wirerequest.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/client/httpresponseparser.h"
#include "protocol/handshake.h"

class TestWireHandshake : public QObject
{
    Q_OBJECT
private slots:
    void handshakeRecordKeepsOrderAndDuplicates();
    void refusedUpgradeCarriesBody();
    void redirectIsReported();
    void redirectIsFollowed();
    void unofferedSubprotocol();
    void unofferedExtension();
    void singleValuedHeaderRepeated_data();
    void singleValuedHeaderRepeated();
    void connectionSplitOverLines();
    void foldedHeaderIsUnfolded();
    void malformedResponseKeepsWhatWasRead_data();
    void malformedResponseKeepsWhatWasRead();
    void chunkedRefusalIsDecoded_data();
    void chunkedRefusalIsDecoded();
    void dechunk_data();
    void dechunk();

private:
    SystemClock m_clock;
};

void TestWireHandshake::handshakeRecordKeepsOrderAndDuplicates()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, "chat",
                       "Set-Cookie: a=1\r\nX-Server: raw\r\nSet-Cookie: b=2\r\n");
    ConnectionRequest r = wireRequest(peer.url("/room?id=7"));
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

void TestWireHandshake::refusedUpgradeCarriesBody()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n"
                     "\r\nmissing access token");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(spy.errors.size(), 1);
    QVERIFY2(spy.errors.first().contains("403 Forbidden"), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("missing access token"));
    QCOMPARE(c.handshake().status, 403);
    QCOMPARE(c.handshake().body, QByteArray("missing access token"));
    QCOMPARE(spy.lastClose().code, 1006);
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientDisconnected(), 5000);
}

void TestWireHandshake::redirectIsReported()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.respondWith("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    const QString expected =
        QString("redirects (HTTP 302) to ws://127.0.0.1:%1/elsewhere").arg(peer.port());
    QVERIFY2(spy.errors.first().contains(expected), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("follow redirects"));
}

void TestWireHandshake::redirectIsFollowed()
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
    ConnectionRequest r = wireRequest(first.url());
    r.followRedirects = true;
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForEvents(EventKind::Text, 1));
    QVERIFY(target.request().startsWith("GET /new HTTP/1.1\r\n"));
    QCOMPARE(spy.messages(Direction::In).first().payload, QByteArray("arrived"));
    c.abort();
}

void TestWireHandshake::unofferedSubprotocol()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, "mqtt");
    ConnectionRequest r = wireRequest(peer.url());
    r.subprotocols = {"chat"};
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains("\"mqtt\", which was not offered"),
             qPrintable(spy.errors.first()));
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
}

void TestWireHandshake::unofferedExtension()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "Sec-WebSocket-Extensions: x-webkit-deflate-frame\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    QVERIFY2(spy.errors.first().contains("x-webkit-deflate-frame"), qPrintable(spy.errors.first()));
    QVERIFY(spy.errors.first().contains("not offered"));
}

void TestWireHandshake::singleValuedHeaderRepeated_data()
{
    // RFC 6455 §4.1: a second value must fail the connection even when the first is right,
    // as Python websockets, ws and Qt do.
    QTest::addColumn<QByteArray>("protocol");
    QTest::addColumn<QByteArray>("extraHeaders");
    QTest::addColumn<QString>("error");
    QTest::addRow("second bogus accept")
        << QByteArray() << QByteArray("Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n")
        << "more than one Sec-WebSocket-Accept";
    QTest::addRow("accept repeated verbatim")
        << QByteArray() << QByteArray("Sec-WebSocket-Accept: {accept}\r\n")
        << "more than one Sec-WebSocket-Accept";
    QTest::addRow("second subprotocol")
        << QByteArray("chat") << QByteArray("Sec-WebSocket-Protocol: chat\r\n")
        << "more than one subprotocol";
    QTest::addRow("empty subprotocol") << QByteArray() << QByteArray("Sec-WebSocket-Protocol: \r\n")
                                       << "empty Sec-WebSocket-Protocol";
}

void TestWireHandshake::singleValuedHeaderRepeated()
{
    QFETCH(QByteArray, protocol);
    QFETCH(QByteArray, extraHeaders);
    QFETCH(QString, error);
    RawPeer peer;
    QVERIFY(peer.listen());
    if (extraHeaders.contains("{accept}")) {
        // The peer's own Accept is only known once the key has arrived: answer by hand.
        QObject::connect(&peer, &RawPeer::requestReceived, &peer, [&peer] {
            const QByteArray request = peer.request();
            const qsizetype at = request.indexOf("Sec-WebSocket-Key: ") + 19;
            const QByteArray key = request.mid(at, request.indexOf("\r\n", at) - at);
            const QByteArray accept = "Sec-WebSocket-Accept: " + RawPeer::acceptKey(key) + "\r\n";
            peer.send("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      + accept + accept + "\r\n");
        });
    } else {
        peer.acceptUpgrade({}, false, protocol, extraHeaders);
    }
    ConnectionRequest r = wireRequest(peer.url());
    r.subprotocols = {"chat"};
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(r));
    QVERIFY(spy.waitForClosed());
    QVERIFY(!spy.errors.isEmpty());
    QVERIFY2(spy.errors.first().contains(error), qPrintable(spy.errors.first()));
    QVERIFY(spy.eventsOf(EventKind::Open).isEmpty());
}

void TestWireHandshake::connectionSplitOverLines()
{
    // A list header may come as several lines; the upgrade token is in the second.
    RawPeer peer;
    QVERIFY(peer.listen());
    QObject::connect(&peer, &RawPeer::requestReceived, &peer, [&peer] {
        const QByteArray request = peer.request();
        const qsizetype at = request.indexOf("Sec-WebSocket-Key: ") + 19;
        const QByteArray key = request.mid(at, request.indexOf("\r\n", at) - at);
        peer.send("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  "Connection: keep-alive\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                  + RawPeer::acceptKey(key) + "\r\n\r\n");
    });
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY2(spy.waitForState(ReadyState::Open), qPrintable(spy.errors.join('\n')));
    c.abort();
}

void TestWireHandshake::foldedHeaderIsUnfolded()
{
    // RFC 9112 §5.2: a user agent replaces obs-fold with spaces rather than refusing.
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade({}, false, {}, "X-Folded: first\r\n  second\r\n\tthird\r\nX-After: 1\r\n");
    Connection c(m_clock);
    ConnectionSpy spy(&c);
    QVERIFY(c.open(wireRequest(peer.url())));
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

void TestWireHandshake::malformedResponseKeepsWhatWasRead_data()
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

void TestWireHandshake::malformedResponseKeepsWhatWasRead()
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
    QVERIFY(c.open(wireRequest(peer.url())));
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

void TestWireHandshake::chunkedRefusalIsDecoded_data()
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

void TestWireHandshake::chunkedRefusalIsDecoded()
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
    QVERIFY(c.open(wireRequest(peer.url())));
    QVERIFY(spy.waitForClosed());
    const HandshakeRecord &h = *spy.eventsOf(EventKind::Handshake).first().handshake;
    QCOMPARE(h.status, 403);
    QCOMPARE(h.body, decoded);
    QCOMPARE(h.rawBody, body); // the bytes as sent stay available
    QVERIFY2(spy.errors.first().contains(QString::fromLatin1(decoded)),
             qPrintable(spy.errors.first()));
}

void TestWireHandshake::dechunk_data()
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

void TestWireHandshake::dechunk()
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

QTEST_GUILESS_MAIN(TestWireHandshake)
#include "tst_wirehandshake.moc"
