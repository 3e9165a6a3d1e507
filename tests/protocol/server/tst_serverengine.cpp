// The server engine against Wsprobe's own client engine (and a raw TCP client for what no
// client library sends): echo, the handshake record, subprotocol and deflate negotiation,
// close codes both ways, violations, garbage instead of an upgrade, back-pressure.
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include "common/connectionspy.h"
#include "common/rawclient.h"
#include "common/tcpsockets.h"
#include "common/testserver.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/frame/rawframe.h"
#include "protocol/handshake.h"
#include "protocol/server/echoresponder.h"
#include "protocol/server/serverhandshake.h"

class TestServerEngine : public QObject
{
    Q_OBJECT
private slots:
    void echo_data();
    void echo();
    void handshakeRecordKeepsTheRequestInOrder();
    void fragmentsBothWays();
    void pingsBothWays();
    void subprotocolPolicy_data();
    void subprotocolPolicy();
    void deflateParameters_data();
    void deflateParameters();
    void clientCloseCodesArriveVerbatim_data();
    void clientCloseCodesArriveVerbatim();
    void serverCloseReachesTheClient();
    void emptyCloseIs1005();
    void clientDropIs1006();
    void unmaskedClientFrameIs1002WithItsBits();
    void badRequests_data();
    void badRequests();
    void garbageGets400AndTheListenerGoesOn_data();
    void garbageGets400AndTheListenerGoesOn();
    void framesAreReportedWhenAsked();
    void rawFramesFromTheServerGoOutAsGiven();
    void portInUse();
    void pausedReadingHoldsMessagesBack();
    void echoResponderBoundsAClientThatNeverReads();
    void bothEndsTurnNagleOff();

private:
    struct Client
    {
        std::unique_ptr<Connection> connection;
        std::unique_ptr<ConnectionSpy> spy;
    };
    Client connectClient(const QUrl &url, const ConnectionRequest &base = ConnectionRequest());
    SystemClock m_clock;
};

static bool waitForIncoming(const ConnectionSpy &spy, int count, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return spy.messages(Direction::In).size() >= count; }, timeoutMs);
}

TestServerEngine::Client TestServerEngine::connectClient(const QUrl &url,
                                                         const ConnectionRequest &base)
{
    Client c;
    c.connection = std::make_unique<Connection>(m_clock);
    c.spy = std::make_unique<ConnectionSpy>(c.connection.get());
    ConnectionRequest r = base;
    r.url = url;
    r.engine = EngineKind::Wire;
    r.closeTimeoutMs = 2000;
    c.connection->open(r);
    return c;
}

void TestServerEngine::echo_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("deflate");
    QTest::addRow("text") << QByteArray("hello, server") << true << false;
    QTest::addRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << false << false;
    QTest::addRow("empty text") << QByteArray() << true << false;
    QTest::addRow("empty binary") << QByteArray() << false << false;
    QTest::addRow("non-ASCII text") << QByteArray("xin chào — 🌍") << true << false;
    QByteArray big(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + i / 1000);
    QTest::addRow("4 MiB binary") << big << false << false;
    QTest::addRow("4 MiB binary, deflated") << big << false << true;
    QTest::addRow("text, deflated") << QByteArray(5000, 'a') << true << true;
}

void TestServerEngine::echo()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, text);
    QFETCH(bool, deflate);
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.deflate = deflate;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    QCOMPARE(c.connection->extensions().isEmpty(), !deflate);
    QCOMPARE(server.client().connection->extensions(), c.connection->extensions());
    text ? c.connection->sendText(payload) : c.connection->sendBinary(payload);
    QVERIFY(waitForIncoming(*c.spy, 1, 20000));
    const Event back = c.spy->messages(Direction::In).first();
    QCOMPARE(back.payload, payload);
    QVERIFY(waitForIncoming(*server.client().spy, 1));
    const Event atServer = server.client().spy->messages(Direction::In).first();
    QCOMPARE(atServer.payload, payload);
    QCOMPARE(atServer.kind, text ? EventKind::Text : EventKind::Binary);
    // Deflated messages report their compressed size, as the client engine does.
    QCOMPARE(atServer.wireSize > 0, deflate && payload.size() >= 64);
    QVERIFY(server.client().spy->errors.isEmpty());
}

void TestServerEngine::handshakeRecordKeepsTheRequestInOrder()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.headers = {{"X-First", "1"}, {"X-Dup", "a"}, {"X-Dup", "b"}};
    r.subprotocols = {"chat"};
    r.origin = "http://localhost:8000";
    Client c = connectClient(server.url("/room/7?x=1"), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    const HandshakeRecord &atServer = server.client().connection->handshake();
    const HandshakeRecord &atClient = c.connection->handshake();
    // The server's record is the client's, byte for byte, in both halves.
    QCOMPARE(atServer.requestLine, QByteArray("GET /room/7?x=1 HTTP/1.1"));
    QCOMPARE(atServer.requestLine, atClient.requestLine);
    QCOMPARE(atServer.requestHeaders, atClient.requestHeaders);
    QCOMPARE(atServer.status, 101);
    QCOMPARE(atServer.statusLine, atClient.statusLine);
    QCOMPARE(atServer.responseHeaders, atClient.responseHeaders);
    QCOMPARE(server.client().engine->path(), QString("/room/7"));
    QCOMPARE(Handshake::headerValue(atServer.responseHeaders, "Sec-WebSocket-Protocol"),
             QByteArray("chat"));
    QCOMPARE(server.client().spy->eventsOf(EventKind::Handshake).size(), 1);
    QCOMPARE(server.client().spy->eventsOf(EventKind::Open).first().protocol, QString("chat"));
}

void TestServerEngine::fragmentsBothWays()
{
    TestServer server;
    server.options.outgoingFrameSize = 7;
    server.options.reportFrames = true;
    server.echo = true;
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.outgoingFrameSize = 5;
    r.reportFrames = true;
    r.deflate = false;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    const QByteArray text = "fragmented across several frames, ünïcödé split too";
    c.connection->sendText(text);
    QVERIFY(c.spy->waitForEvents(EventKind::Text, 2));
    QCOMPARE(c.spy->messages(Direction::In).first().payload, text);
    int inFrames = 0;
    for (const Event &e : c.spy->eventsOf(EventKind::Frame))
        inFrames += e.frame.direction == Direction::In && !e.frame.masked;
    QCOMPARE(inFrames, int((text.size() + 6) / 7));
    int serverIn = 0;
    for (const Event &e : server.client().spy->eventsOf(EventKind::Frame))
        serverIn += e.frame.direction == Direction::In && e.frame.masked;
    QCOMPARE(serverIn, int((text.size() + 4) / 5));
}

void TestServerEngine::pingsBothWays()
{
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    c.connection->ping("from client");
    QVERIFY(c.spy->waitForEvents(EventKind::Pong, 1));
    QCOMPARE(c.spy->eventsOf(EventKind::Pong).first().payload, QByteArray("from client"));
    QVERIFY(server.client().spy->waitForEvents(EventKind::Ping, 1));
    server.client().connection->ping("from server");
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const Event &e : server.client().spy->eventsOf(EventKind::Pong))
                if (e.direction == Direction::In)
                    return true;
            return false;
        },
        10000));
    Event pong;
    for (const Event &e : server.client().spy->eventsOf(EventKind::Pong))
        if (e.direction == Direction::In)
            pong = e;
    QCOMPARE(pong.payload, QByteArray("from server"));
    QVERIFY(pong.rttMs >= 0);
}

void TestServerEngine::subprotocolPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("preference");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("chosen");
    using P = ServerConfig::SubprotocolPolicy;
    QTest::addRow("first offered")
        << int(P::FirstOffered) << QStringList() << QStringList{"b", "a"} << "b";
    QTest::addRow("none") << int(P::None) << QStringList() << QStringList{"b", "a"} << "";
    QTest::addRow("preference") << int(P::Preference) << QStringList{"a", "b"}
                                << QStringList{"b", "a"} << "a";
    QTest::addRow("preference, none offered matches")
        << int(P::Preference) << QStringList{"x"} << QStringList{"b", "a"} << "";
    QTest::addRow("nothing offered")
        << int(P::FirstOffered) << QStringList() << QStringList() << "";
}

void TestServerEngine::subprotocolPolicy()
{
    QFETCH(int, policy);
    QFETCH(QStringList, preference);
    QFETCH(QStringList, offered);
    QFETCH(QString, chosen);
    ServerConfig config;
    config.subprotocolPolicy = ServerConfig::SubprotocolPolicy(policy);
    config.subprotocols = preference;
    TestServer server(config);
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.subprotocols = offered;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QCOMPARE(c.connection->protocol(), chosen);
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    QCOMPARE(server.client().connection->protocol(), chosen);
}

void TestServerEngine::deflateParameters_data()
{
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<bool>("clientNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");
    QTest::addColumn<QString>("extensions");
    QTest::addRow("defaults") << false << false << 15 << 15 << "permessage-deflate";
    QTest::addRow("server no context takeover")
        << true << false << 15 << 15 << "permessage-deflate; server_no_context_takeover";
    QTest::addRow("client no context takeover")
        << false << true << 15 << 15 << "permessage-deflate; client_no_context_takeover";
    QTest::addRow("server window 10")
        << false << false << 10 << 15 << "permessage-deflate; server_max_window_bits=10";
    // Wsprobe's client offers client_max_window_bits, so the server may limit it.
    QTest::addRow("client window 9")
        << false << false << 15 << 9 << "permessage-deflate; client_max_window_bits=9";
    QTest::addRow("all four") << true << true << 12 << 11
                              << "permessage-deflate; server_no_context_takeover; "
                                 "client_no_context_takeover; server_max_window_bits=12; "
                                 "client_max_window_bits=11";
}

void TestServerEngine::deflateParameters()
{
    QFETCH(bool, serverNoContext);
    QFETCH(bool, clientNoContext);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);
    QFETCH(QString, extensions);
    ServerConfig config;
    config.deflate.serverNoContextTakeover = serverNoContext;
    config.deflate.clientNoContextTakeover = clientNoContext;
    config.deflate.serverMaxWindowBits = serverBits;
    config.deflate.clientMaxWindowBits = clientBits;
    TestServer server(config);
    server.echo = true;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QCOMPARE(c.connection->extensions(), extensions);
    // Several messages, so that context takeover (or its absence) is exercised both ways.
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += "repeated words compress well " + QByteArray::number(i % 7) + ' ';
    for (int i = 0; i < 5; ++i)
        c.connection->sendText(text + QByteArray::number(i));
    QVERIFY(c.spy->waitForEvents(EventKind::Text, 10));
    const QList<Event> back = c.spy->messages(Direction::In);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(back[i].payload, text + QByteArray::number(i));
        QVERIFY(back[i].wireSize > 0 && back[i].wireSize < back[i].payload.size());
    }
    QVERIFY2(c.spy->errors.isEmpty(), qPrintable(c.spy->errors.join('\n')));
    QVERIFY(server.client().spy->errors.isEmpty());
}

void TestServerEngine::clientCloseCodesArriveVerbatim_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addRow("1000") << 1000 << "bye";
    QTest::addRow("3000") << 3000 << "";
    QTest::addRow("4999 with UTF-8 reason") << 4999 << "tạm biệt";
}

void TestServerEngine::clientCloseCodesArriveVerbatim()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    c.connection->close(code, reason);
    QVERIFY(server.client().spy->waitForClosed());
    QVERIFY(c.spy->waitForClosed());
    const Event atServer = server.client().spy->lastClose();
    QCOMPARE(atServer.code, code);
    QCOMPARE(QString::fromUtf8(atServer.payload), reason);
    QVERIFY(atServer.wasClean);
    // The server echoed the code; the client's close event carries it.
    QCOMPARE(c.spy->lastClose().code, code);
    QVERIFY(c.spy->lastClose().wasClean);
}

void TestServerEngine::serverCloseReachesTheClient()
{
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    QVERIFY(server.client().connection->close(4001, "server says bye"));
    QVERIFY(c.spy->waitForClosed());
    QCOMPARE(c.spy->lastClose().code, 4001);
    QCOMPARE(c.spy->lastClose().payload, QByteArray("server says bye"));
    QVERIFY(c.spy->lastClose().wasClean);
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 4001);
    QVERIFY(server.client().spy->lastClose().wasClean);
}

void TestServerEngine::emptyCloseIs1005()
{
    TestServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest());
    QVERIFY(raw.waitFor("\r\n\r\n"));
    raw.send(RawClient::frame(0x8, {}));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 1005);
    QVERIFY(server.client().spy->lastClose().wasClean);
    // Answered with an empty Close, then the server closed TCP first.
    QVERIFY(raw.waitForDisconnect());
    QCOMPARE(raw.afterHandshake(), QByteArray("\x88\x00", 2));
}

void TestServerEngine::clientDropIs1006()
{
    TestServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest());
    QVERIFY(raw.waitFor("\r\n\r\n"));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    raw.socket().abort();
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 1006);
    QVERIFY(!server.client().spy->lastClose().wasClean);
    QVERIFY(server.client().spy->errors.join('\n').contains("without a closing handshake"));
}

void TestServerEngine::unmaskedClientFrameIs1002WithItsBits()
{
    TestServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest());
    QVERIFY(raw.waitFor("\r\n\r\n"));
    raw.send(RawClient::frame(0x1, "plain", false));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    const ConnectionSpy &spy = *server.client().spy;
    QCOMPARE(spy.lastClose().code, 1002);
    QVERIFY2(spy.errors.join('\n').contains("unmasked"), qPrintable(spy.errors.join('\n')));
    // The offending frame is shown with its bits even though frames were not asked for.
    const QList<Event> frames = spy.eventsOf(EventKind::Frame);
    QVERIFY(!frames.isEmpty());
    QCOMPARE(frames.first().frame.direction, Direction::In);
    QCOMPARE(frames.first().frame.opcode, quint8(0x1));
    QVERIFY(!frames.first().frame.masked);
    QVERIFY(frames.first().frame.fin);
    QCOMPARE(frames.first().frame.payloadLength, quint64(5));
    // The client got a Close 1002 (unmasked, as a server writes it).
    QVERIFY(raw.waitForDisconnect());
    const QByteArray after = raw.afterHandshake();
    QCOMPARE(quint8(after.at(0)), quint8(0x88));
    QCOMPARE(qFromBigEndian<quint16>(after.constData() + 2), quint16(1002));
}

void TestServerEngine::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    const QByteArray common = "Host: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    QTest::addRow("POST") << ("POST / HTTP/1.1\r\n" + common + key
                              + "Sec-WebSocket-Version: 13\r\n\r\n")
                          << 405 << "must be a GET";
    QTest::addRow("HTTP/1.0") << ("GET / HTTP/1.0\r\n" + common + key
                                  + "Sec-WebSocket-Version: 13\r\n\r\n")
                              << 400 << "needs HTTP/1.1";
    QTest::addRow("plain HTTP") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << 426
                                << "plain HTTP request";
    QTest::addRow("no Connection: Upgrade")
        << ("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: keep-alive\r\n" + key
            + "Sec-WebSocket-Version: 13\r\n\r\n")
        << 400 << "must contain \"Upgrade\"";
    QTest::addRow("no key") << ("GET / HTTP/1.1\r\n" + common + "Sec-WebSocket-Version: 13\r\n\r\n")
                            << 400 << "no Sec-WebSocket-Key";
    QTest::addRow("short key") << ("GET / HTTP/1.1\r\n" + common
                                   + "Sec-WebSocket-Key: c2hvcnQ=\r\nSec-WebSocket-Version: "
                                     "13\r\n\r\n")
                               << 400 << "not 16 bytes";
    QTest::addRow("version 8") << ("GET / HTTP/1.1\r\n" + common + key
                                   + "Sec-WebSocket-Version: 8\r\n\r\n")
                               << 426 << "version 8";
    QTest::addRow("no Host") << ("GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                 + key + "Sec-WebSocket-Version: 13\r\n\r\n")
                             << 400 << "0 Host headers";
    QTest::addRow("path not served")
        << ("GET /other HTTP/1.1\r\n" + common + key + "Sec-WebSocket-Version: 13\r\n\r\n") << 404
        << "does not serve";
    QTest::addRow("folded header") << ("GET /ws HTTP/1.1\r\n" + common + key
                                       + "X-A: 1\r\n  2\r\nSec-WebSocket-Version: 13\r\n\r\n")
                                   << 400 << "folded";
}

void TestServerEngine::badRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    ServerConfig config;
    config.paths = {"/", "/ws"};
    TestServer server(config);
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(request);
    QVERIFY(raw.waitForDisconnect());
    QVERIFY2(raw.received().startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '),
             raw.received().constData());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    const ConnectionSpy &spy = *server.client().spy;
    QCOMPARE(spy.lastClose().code, 1006);
    QVERIFY2(spy.errors.join('\n').contains(error), qPrintable(spy.errors.join('\n')));
    // The record holds the request as read and the refusal as sent.
    const HandshakeRecord record = server.client().connection->handshake();
    QCOMPARE(record.requestLine, request.left(request.indexOf("\r\n")));
    QCOMPARE(record.status, status);
    QVERIFY(raw.received().endsWith(record.body));
}

void TestServerEngine::garbageGets400AndTheListenerGoesOn_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::addColumn<QString>("error");
    QTest::addRow("binary noise") << QByteArray("\x01\x02\x03\xff\r\n\r\n", 8)
                                  << "not an HTTP request";
    QTest::addRow("TLS hello on ws://") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9)
                                        << "TLS handshake to a plain ws:// port";
    QTest::addRow("not a request line")
        << QByteArray("HELLO THERE\r\n\r\n") << "not an HTTP request line";
    QTest::addRow("endless headers")
        << ("GET / HTTP/1.1\r\n" + QByteArray(20000, 'x')) << "exceeds 16384 bytes";
}

void TestServerEngine::garbageGets400AndTheListenerGoesOn()
{
    QFETCH(QByteArray, garbage);
    QFETCH(QString, error);
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(garbage);
    QVERIFY(raw.waitForDisconnect());
    QVERIFY2(raw.received().startsWith("HTTP/1.1 4"), raw.received().constData());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QVERIFY2(server.client().spy->errors.join('\n').contains(error),
             qPrintable(server.client().spy->errors.join('\n')));
    // The next client is served as if nothing happened.
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    c.connection->sendText("still here?");
    QVERIFY(c.spy->waitForEvents(EventKind::Text, 2));
    QCOMPARE(c.spy->messages(Direction::In).first().payload, QByteArray("still here?"));
}

void TestServerEngine::framesAreReportedWhenAsked()
{
    TestServer server;
    server.options.reportFrames = true;
    server.echo = true;
    QVERIFY(server.listen());
    ConnectionRequest r;
    r.deflate = false;
    Client c = connectClient(server.url(), r);
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    c.connection->sendText("frame me");
    QVERIFY(c.spy->waitForEvents(EventKind::Text, 2));
    QVERIFY(server.client().spy->waitForEvents(EventKind::Frame, 2));
    const QList<Event> frames = server.client().spy->eventsOf(EventKind::Frame);
    QCOMPARE(frames[0].frame.direction, Direction::In);
    QVERIFY(frames[0].frame.masked);
    QVERIFY(frames[0].frame.maskKey != 0 || frames[0].frame.masked);
    QCOMPARE(frames[0].frame.head, QByteArray("frame me")); // unmasked for the reader
    QCOMPARE(frames[1].frame.direction, Direction::Out);
    QVERIFY(!frames[1].frame.masked);
    QCOMPARE(frames[1].frame.head, QByteArray("frame me"));
}

void TestServerEngine::rawFramesFromTheServerGoOutAsGiven()
{
    // The server's end writes raw frames through the same Engine call as the client's: a
    // reserved opcode with RSV2, masked although servers must not mask, then a Close that
    // moves the connection to CLOSING until the client answers it.
    TestServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest());
    QVERIFY(raw.waitFor("\r\n\r\n"));
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    RawFrame odd;
    odd.opcode = 0x3;
    odd.rsv2 = true;
    odd.maskKey = 0x01020304;
    odd.payload = "odd";
    RawFrame close;
    close.opcode = 0x8;
    close.masked = false;
    close.payload = QByteArray("\x0f\xa0", 2); // 4000
    Connection &atServer = *server.client().connection;
    QVERIFY(atServer.sendRawFrames({odd, close}));
    QCOMPARE(atServer.readyState(), ReadyState::Closing);
    const QByteArray expected = QByteArray("\xa3\x83\x01\x02\x03\x04", 6)
                                + QByteArray("\x6e\x66\x67", 3) // "odd" masked
                                + QByteArray("\x88\x02\x0f\xa0", 4);
    QVERIFY(raw.waitFor(expected));
    QCOMPARE(raw.afterHandshake(), expected);
    // Both frames are in the log, whole, although frames were not asked for.
    const QList<Event> frames = server.client().spy->eventsOf(EventKind::Frame);
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].frame.opcode, quint8(0x3));
    QVERIFY(frames[0].frame.masked);
    QCOMPARE(frames[0].frame.head, QByteArray("odd"));
    QCOMPARE(frames[1].frame.opcode, quint8(0x8));
    // The client's answer completes the closing handshake the raw Close began.
    raw.send(RawClient::frame(0x8, QByteArray("\x0f\xa0", 2)));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 4000);
    QVERIFY(server.client().spy->lastClose().wasClean);
}

void TestServerEngine::portInUse()
{
    TestServer first;
    QVERIFY(first.listen());
    ServerConfig config;
    config.port = first.listener.port();
    WebSocketListener second;
    QString error;
    QVERIFY(!second.listen(config, &error));
    QVERIFY2(error.contains("already in use"), qPrintable(error));
    QVERIFY(error.contains(QString::number(config.port)));
    QVERIFY(!second.isListening());
}

void TestServerEngine::pausedReadingHoldsMessagesBack()
{
    TestServer server;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForState(ReadyState::Open));
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    server.client().engine->setReadingPaused(true);
    for (int i = 0; i < 20; ++i)
        c.connection->sendText("message " + QByteArray::number(i));
    QTest::qWait(200);
    QVERIFY(server.client().spy->messages(Direction::In).isEmpty());
    server.client().engine->setReadingPaused(false);
    waitForIncoming(*server.client().spy, 20);
    QCOMPARE(server.client().spy->messages(Direction::In).size(), 20);
    const QList<Event> got = server.client().spy->messages(Direction::In);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(got[i].payload, "message " + QByteArray::number(i));
}

void TestServerEngine::echoResponderBoundsAClientThatNeverReads()
{
    WebSocketListener listener;
    QString error;
    QVERIFY(listener.listen(ServerConfig(), &error));
    std::unique_ptr<EchoResponder> echo;
    connect(&listener, &WebSocketListener::clientPending, this,
            [&] { echo = std::make_unique<EchoResponder>(listener.nextPendingClient()); });
    RawClient raw;
    QVERIFY(raw.connectTo(listener.url()));
    raw.socket().setReadBufferSize(4096);
    raw.send(RawClient::upgradeRequest());
    QVERIFY(QTest::qWaitFor([&] { return echo != nullptr; }, 5000));
    // 64 MiB of 64 KiB messages sent, none read back: the echo must stop reading rather than
    // queue them all.
    const QByteArray frame = RawClient::frame(0x2, QByteArray(64 * 1024, 'z'));
    qint64 maxBuffered = 0;
    for (int i = 0; i < 1024; ++i) {
        raw.socket().write(frame);
        if (raw.socket().bytesToWrite() > 8 * 1024 * 1024)
            QTest::qWait(5);
        maxBuffered = std::max(maxBuffered, echo->engine()->bufferedAmount());
    }
    QVERIFY(QTest::qWaitFor([&] { return echo->engine()->readingPaused(); }, 5000));
    QVERIFY(echo->engine()->bufferedAmount() <= EchoResponder::MaxBufferedBytes + 64 * 1024);
    QVERIFY(maxBuffered <= EchoResponder::MaxBufferedBytes + 64 * 1024);
    QVERIFY(echo->messagesEchoed() < 1024);
}

void TestServerEngine::bothEndsTurnNagleOff()
{
    // Small frames written back to back must not wait for the peer's delayed ACK (~40 ms a
    // round): the server engine and the wire client both set TCP_NODELAY on their sockets.
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    Client c = connectClient(server.url());
    QVERIFY(c.spy->waitForState(ReadyState::Open));
    QVERIFY(server.waitForClients(1));
    const quint16 port = quint16(server.url().port());
    const QList<TcpSocketInfo> atServer = socketsWithLocalPort(port);
    const QList<TcpSocketInfo> atClient = socketsWithPeerPort(port);
    QCOMPARE(atServer.size(), 1);
    QCOMPARE(atClient.size(), 1);
    QVERIFY(atServer.first().noDelay);
    QVERIFY(atClient.first().noDelay);
}

QTEST_GUILESS_MAIN(TestServerEngine)
#include "tst_serverengine.moc"
