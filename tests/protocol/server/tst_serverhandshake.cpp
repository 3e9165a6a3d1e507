// The server's side of the opening handshake without sockets (ServerHandshake fed byte by byte,
// the permessage-deflate answer to every kind of offer), and the listener's handling of
// clients that say nothing, of a changed policy and of the pending-client limit.
#include <QTest>

#include "common/rawclient.h"
#include "common/testserver.h"
#include "protocol/frame/permessagedeflate.h"
#include "protocol/handshake.h"
#include "protocol/server/serverhandshake.h"

class TestServerHandshake : public QObject
{
    Q_OBJECT
private slots:
    void requestFedByteByByte();
    void bareLineFeedsAreAccepted();
    void deflateAnswers_data();
    void deflateAnswers();
    void firstAcceptableOfferWins();
    void malformedOffersAreDeclined_data();
    void malformedOffersAreDeclined();
    void silentClientTimesOut();
    void requestDribbledOverTheWire();
    void policyChangeAppliesToNextClients();
    void untakenClientsAreBounded();
};

void TestServerHandshake::requestFedByteByByte()
{
    const QByteArray request =
        RawClient::upgradeRequest("/chat?room=1", "Sec-WebSocket-Protocol: a, b\r\nX-Z: 1\r\n");
    const QByteArray frame = RawClient::frame(0x1, "first");
    ServerHandshake h;
    QByteArray buffer;
    ServerHandshake::State state = ServerHandshake::State::NeedMore;
    const QByteArray all = request + frame;
    qsizetype fed = 0;
    while (state == ServerHandshake::State::NeedMore && fed < all.size()) {
        buffer += all.at(fed++);
        state = h.feed(&buffer);
    }
    QCOMPARE(state, ServerHandshake::State::Complete);
    QCOMPARE(fed, request.size()); // complete exactly at the blank line
    buffer += all.mid(fed);
    QCOMPARE(buffer, frame); // the frame is left for the frame parser
    QCOMPARE(h.record().requestLine, QByteArray("GET /chat?room=1 HTTP/1.1"));
    QCOMPARE(h.path(), QString("/chat"));
    QCOMPARE(h.record().requestHeaders.size(), 7);
    QCOMPARE(h.record().requestHeaders.last(), (HeaderField{"X-Z", "1"}));
    ServerConfig config;
    QVERIFY(h.decide(config));
    QCOMPARE(h.protocol(), QString("a"));
    const QByteArray answer = h.answer();
    QVERIFY(answer.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(answer.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
    QVERIFY(answer.endsWith("\r\n\r\n"));
}

void TestServerHandshake::bareLineFeedsAreAccepted()
{
    QByteArray request = RawClient::upgradeRequest();
    request.replace("\r\n", "\n");
    ServerHandshake h;
    QCOMPARE(h.feed(&request), ServerHandshake::State::Complete);
    QVERIFY(h.decide(ServerConfig()));
}

void TestServerHandshake::deflateAnswers_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<bool>("clientNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray pmd = "permessage-deflate";
    QTest::addRow("plain") << pmd << false << false << 15 << 15 << pmd;
    QTest::addRow("client asks server no context")
        << pmd + "; server_no_context_takeover" << false << false << 15 << 15
        << pmd + "; server_no_context_takeover";
    QTest::addRow("client limits the server's window")
        << pmd + "; server_max_window_bits=10" << false << false << 15 << 15
        << pmd + "; server_max_window_bits=10";
    QTest::addRow("server's own limit is smaller")
        << pmd + "; server_max_window_bits=12" << false << false << 9 << 15
        << pmd + "; server_max_window_bits=9";
    QTest::addRow("client_max_window_bits without value, server limits")
        << pmd + "; client_max_window_bits" << false << false << 15 << 10
        << pmd + "; client_max_window_bits=10";
    QTest::addRow("client limit not offered: not answered")
        << pmd << false << false << 15 << 10 << pmd;
    QTest::addRow("server asks client no context")
        << pmd << false << true << 15 << 15 << pmd + "; client_no_context_takeover";
    QTest::addRow("quoted value") << pmd + "; server_max_window_bits=\"11\"" << false << false << 15
                                  << 15 << pmd + "; server_max_window_bits=11";
}

void TestServerHandshake::deflateAnswers()
{
    QFETCH(QByteArray, offer);
    QFETCH(bool, serverNoContext);
    QFETCH(bool, clientNoContext);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);
    QFETCH(QByteArray, answer);
    PerMessageDeflate::Offer o;
    QString error;
    QVERIFY2(PerMessageDeflate::parseOffer(offer, &o, &error), qPrintable(error));
    PerMessageDeflate::Params agreed;
    QByteArray response;
    QVERIFY(PerMessageDeflate::answerOffer(
        o, {serverNoContext, clientNoContext, serverBits, clientBits}, &agreed, &response));
    QCOMPARE(response, answer);
    // What the server answered is what a client reads back.
    PerMessageDeflate::Params read;
    QVERIFY2(PerMessageDeflate::parseResponse(response, &read, &error), qPrintable(error));
    QCOMPARE(read.serverNoContextTakeover, agreed.serverNoContextTakeover);
    QCOMPARE(read.serverMaxWindowBits, agreed.serverMaxWindowBits);
}

void TestServerHandshake::firstAcceptableOfferWins()
{
    // An 8-bit server window cannot be written with zlib: that offer is declined, the
    // client's fallback taken; an unknown extension is ignored.
    const QByteArray request = RawClient::upgradeRequest(
        "/", "Sec-WebSocket-Extensions: x-webkit-deflate-frame, permessage-deflate; "
             "server_max_window_bits=8, permessage-deflate; client_max_window_bits\r\n");
    QByteArray buffer = request;
    ServerHandshake h;
    QCOMPARE(h.feed(&buffer), ServerHandshake::State::Complete);
    QVERIFY(h.decide(ServerConfig()));
    QCOMPARE(h.extensions(), QString("permessage-deflate"));
    QVERIFY(h.deflate().has_value());
    ServerConfig off;
    off.deflateEnabled = false;
    ServerHandshake h2;
    buffer = request;
    h2.feed(&buffer);
    QVERIFY(h2.decide(off));
    QVERIFY(h2.extensions().isEmpty());
    QVERIFY(!h2.answer().contains("Sec-WebSocket-Extensions"));
}

void TestServerHandshake::malformedOffersAreDeclined_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addRow("unknown parameter") << QByteArray("permessage-deflate; foo");
    QTest::addRow("repeated") << QByteArray(
        "permessage-deflate; server_no_context_takeover; server_no_context_takeover");
    QTest::addRow("window 16") << QByteArray("permessage-deflate; server_max_window_bits=16");
    QTest::addRow("window without value")
        << QByteArray("permessage-deflate; server_max_window_bits");
    QTest::addRow("flag with value")
        << QByteArray("permessage-deflate; client_no_context_takeover=1");
}

void TestServerHandshake::malformedOffersAreDeclined()
{
    QFETCH(QByteArray, offer);
    PerMessageDeflate::Offer o;
    QString error;
    QVERIFY(!PerMessageDeflate::parseOffer(offer, &o, &error));
    QVERIFY(!error.isEmpty());
    QByteArray buffer =
        RawClient::upgradeRequest("/", "Sec-WebSocket-Extensions: " + offer + "\r\n");
    ServerHandshake h;
    QCOMPARE(h.feed(&buffer), ServerHandshake::State::Complete);
    QVERIFY(h.decide(ServerConfig())); // declined, not refused
    QVERIFY(h.extensions().isEmpty());
}

void TestServerHandshake::silentClientTimesOut()
{
    TestServer server;
    server.options.handshakeTimeoutMs = 300;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    QVERIFY(raw.waitForDisconnect());
    QVERIFY(raw.received().isEmpty());
    QVERIFY(server.waitForClients(1));
    QVERIFY(server.client().spy->waitForClosed());
    QCOMPARE(server.client().spy->lastClose().code, 1006);
    QVERIFY2(server.client().spy->errors.join('\n').contains("within 300 ms"),
             qPrintable(server.client().spy->errors.join('\n')));
}

void TestServerHandshake::requestDribbledOverTheWire()
{
    TestServer server;
    server.echo = true;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    const QByteArray all = RawClient::upgradeRequest() + RawClient::frame(0x1, "dribbled");
    for (char c : all) {
        raw.send(QByteArray(1, c));
        QTest::qWait(1);
    }
    QVERIFY(raw.waitFor("dribbled"));
    QVERIFY(raw.received().startsWith("HTTP/1.1 101 "));
    QCOMPARE(raw.afterHandshake(), QByteArray("\x81\x08"
                                              "dribbled"));
}

void TestServerHandshake::policyChangeAppliesToNextClients()
{
    TestServer server;
    QVERIFY(server.listen());
    ServerConfig policy;
    policy.paths = {"/only"};
    policy.port = 1; // not applied: the listener keeps its address and port
    server.listener.setPolicy(policy);
    QCOMPARE(server.listener.config().port, quint16(0));
    RawClient raw;
    QVERIFY(raw.connectTo(server.url()));
    raw.send(RawClient::upgradeRequest("/"));
    QVERIFY(raw.waitForDisconnect());
    QVERIFY(raw.received().startsWith("HTTP/1.1 404 Not Found\r\n"));
    RawClient ok;
    QVERIFY(ok.connectTo(server.url()));
    ok.send(RawClient::upgradeRequest("/only"));
    QVERIFY(ok.waitFor("\r\n\r\n"));
    QVERIFY(ok.received().startsWith("HTTP/1.1 101 "));
}

void TestServerHandshake::untakenClientsAreBounded()
{
    WebSocketListener listener;
    QString error;
    QVERIFY(listener.listen(ServerConfig(), &error));
    QStringList acceptErrors;
    connect(&listener, &WebSocketListener::acceptError, this,
            [&](const QString &e) { acceptErrors << e; });
    // Connected with the event loop running, so that the listener accepts as they come.
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    const int n = WebSocketListener::MaxPendingClients + 3;
    for (int i = 0; i < n; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, listener.port());
        QTest::qWait(1);
    }
    QVERIFY(QTest::qWaitFor([&] { return acceptErrors.size() == 3; }, 10000));
    QVERIFY(acceptErrors.first().contains("already waiting"));
    int taken = 0;
    while (listener.nextPendingClient())
        ++taken;
    QCOMPARE(taken, WebSocketListener::MaxPendingClients);
}

QTEST_GUILESS_MAIN(TestServerHandshake)
#include "tst_serverhandshake.moc"
