// The relay's bounds against scripted raw TCP peers: a flood of empty messages to a client
// that does not read is held to the high-water mark (each frame weighs its wire bytes and its
// bookkeeping, not just its payload) and arrives whole once the client reads; a fragmented
// message for a client that has reset or left is reported, not silently lost, and the
// conversation ends on both legs.
#include <algorithm>
#include <sys/socket.h>

#include <QTest>

#include "common/rawclient.h"
#include "common/rawpeer.h"
#include "common/tcpsockets.h"
#include "connection/clock.h"
#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"
#include "relaystart.h"

class TestRelayBounds : public QObject
{
    Q_OBJECT
private:
    SystemClock m_clock;
    QList<RelayRecord> m_records;
    QList<QPair<RelaySide, Event>> m_events;
    RelayConversation *m_conversation = nullptr;

    std::unique_ptr<RelayController> relayTo(const RawPeer &server, qint64 high, qint64 low,
                                             const QString &breakpoint = {})
    {
        RelayConfig config;
        config.upstream.url = server.url(QString());
        config.listen.deflateEnabled = false;
        config.highWaterBytes = high;
        config.lowWaterBytes = low;
        QString error;
        if (!breakpoint.isEmpty()
            && !RelayBreakpointText::parse(breakpoint, &config.breakpoints, &error))
            qWarning() << error;
        auto relay = startRelay(m_clock, config, this, &m_records, RecordUpdates::Collect,
                                [this](RelayConversation *c) {
                                    m_conversation = c;
                                    connect(c, &RelayConversation::legEvent, this,
                                            [this](RelaySide side, const Event &e) {
                                                m_events.append({side, e});
                                            });
                                });
        connect(relay.get(), &RelayController::conversationFinished, this,
                [this] { m_conversation = nullptr; });
        return relay;
    }

private slots:
    void init()
    {
        m_records.clear();
        m_events.clear();
        m_conversation = nullptr;
    }

    void bothLegsTurnNagleOff()
    {
        // Messages relayed back to back toward the client waited ~45 ms a round for the
        // client's delayed ACK while Nagle was on: both of the relay's sockets set TCP_NODELAY.
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        auto relay = relayTo(server, 1024 * 1024, 256 * 1024);
        RawClient client;
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/nodelay"));
        QVERIFY(client.waitFor("\r\n\r\n", 20000));
        QVERIFY2(client.received().startsWith("HTTP/1.1 101"), client.received().constData());
        const quint16 relayPort = quint16(relay->url().port());
        const QList<TcpSocketInfo> clientLeg = socketsWithLocalPort(relayPort);
        const QList<TcpSocketInfo> upstreamLeg = socketsWithPeerPort(server.port());
        QCOMPARE(clientLeg.size(), 1);
        QCOMPARE(upstreamLeg.size(), 1);
        QVERIFY(clientLeg.first().noDelay);
        QVERIFY(upstreamLeg.first().noDelay);
    }

    void emptyMessagesToAClientThatDoesNotRead()
    {
        constexpr int Count = 200000;
        constexpr qint64 High = 64 * 1024;
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        auto relay = relayTo(server, High, High / 4);
        RawClient client;
        // A small receive window, set before connecting, and no reading: the relay's writes
        // back up at once instead of into megabytes of loopback buffers.
        QTcpSocket &socket = client.socket();
        QVERIFY(socket.bind(QHostAddress::LocalHost));
        socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/flood"));
        QVERIFY(client.waitFor("\r\n\r\n", 20000));
        QVERIFY2(client.received().startsWith("HTTP/1.1 101"), client.received().constData());
        const qsizetype handshakeEnd = client.received().indexOf("\r\n\r\n") + 4;
        QCOMPARE(client.received().size(), handshakeEnd);
        socket.setReadBufferSize(1);
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation, 20000);
        RelayConversation *conversation = m_conversation;

        // Empty binary messages: 2 bytes each on the wire, nothing of payload.
        QByteArray flood;
        flood.reserve(Count * 2);
        for (int i = 0; i < Count; ++i)
            flood.append("\x82\x00", 2);
        QList<bool> serverPauses;
        connect(conversation, &RelayConversation::readingPausedChanged, this,
                [&serverPauses](RelaySide side, bool paused) {
                    if (side == RelaySide::Server)
                        serverPauses << paused;
                });
        server.send(flood);
        // A slice of the server's input holds far more empty messages than the mark allows:
        // the relay stops reading before it has written them all, whatever the loopback's
        // buffers take meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(serverPauses.contains(true), 60000);
        const qint64 relayed = conversation->messagesRelayed();
        QVERIFY2(relayed < Count, qPrintable(QString::number(relayed)));
        const qint64 peak = conversation->peakHeldBytes();
        qInfo("%lld of %d empty messages relayed while the client did not read; at most %lld "
              "bytes held",
              relayed, Count, peak);
        QVERIFY2(peak <= High + 4096, qPrintable(QString::number(peak)));

        // The client reads: every message arrives, none dropped, in one piece.
        socket.setReadBufferSize(0);
        QVERIFY2(QTest::qWaitFor(
                     [&client, handshakeEnd] {
                         client.waitFor({}, 0);
                         return client.received().size() - handshakeEnd >= Count * 2;
                     },
                     120000),
                 qPrintable(QString::number(client.received().size() - handshakeEnd)));
        QCOMPARE(client.received().mid(handshakeEnd), flood);
        QCOMPARE(conversation->messagesRelayed(), qint64(Count));
        QVERIFY(!conversation->isReadingPaused(RelaySide::Server));
        // Paused and resumed as the client's reads allowed, never holding more than the mark.
        QVERIFY2(conversation->peakHeldBytes() <= High + 4096,
                 qPrintable(QString::number(conversation->peakHeldBytes())));
    }

    void fragmentsForAServerThatLeft()
    {
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        // What the server sends pauses at a breakpoint; one message then holds more than the
        // high-water mark, so the relay stops reading from the server and sees it leave only as
        // a peer gone, concluded once reading resumes.
        auto relay = relayTo(server, 1024, 512, QStringLiteral("server:any"));
        RawClient client;
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/left"));
        QVERIFY(client.waitFor("\r\n\r\n", 20000));
        QVERIFY2(client.received().startsWith("HTTP/1.1 101"), client.received().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation, 20000);
        RelayConversation *conversation = m_conversation;
        const QByteArray held(4096, 'h');
        server.send(RawPeer::frame(0x2, held));
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isReadingPaused(RelaySide::Server), 20000);
        QVERIFY(conversation->paused(RelaySide::Server));
        // The server leaves; the relay's socket closes in turn once it has read the FIN, and
        // only then does the client speak.
        server.shutdownWrite();
        QTRY_VERIFY_WITH_TIMEOUT(server.clientDisconnected(), 20000);
        client.send(RawClient::frame(0x1, "ab", true, false)
                    + RawClient::frame(0x0, "cd", true, false)
                    + RawClient::frame(0x0, "ef", true, true));

        // The fragmented message did not reach the server, and the record says so.
        const auto fragmented = [this]() -> const RelayRecord * {
            for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
                if (it->arrived == RelayRoute::ClientToWsprobe && it->isMessage())
                    return &*it;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fragmented(), 20000);
        QCOMPARE(int(fragmented()->fate), int(RelayRecord::Fate::Undeliverable));
        QCOMPARE(fragmented()->payload, QByteArray("abcdef"));
        // The leg said why, and ended.
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isLegClosed(RelaySide::Server), 20000);
        QStringList errors;
        for (const auto &[side, e] : std::as_const(m_events)) {
            if (side == RelaySide::Server && e.kind == EventKind::Error)
                errors << QString::fromUtf8(e.payload);
        }
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("in its frames")),
                 qPrintable(errors.join(QLatin1Char('|'))));

        // What the server sent before it left still waits at the breakpoint; once forwarded,
        // the client gets it, then the server's end as a drop, and the conversation is over.
        QVERIFY(conversation->forward(RelaySide::Server));
        QVERIFY(client.waitForDisconnect(20000));
        QCOMPARE(client.afterHandshake(), RawPeer::frame(0x2, held));
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }

    void aClientThatResetsEndsTheConversation()
    {
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        auto relay = relayTo(server, 1024, 512, QStringLiteral("client:any"));
        RawClient client;
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/reset"));
        QVERIFY(client.waitFor("\r\n\r\n", 20000));
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation, 20000);
        RelayConversation *conversation = m_conversation;
        client.send(RawClient::frame(0x2, QByteArray(4096, 'h')));
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isReadingPaused(RelaySide::Client), 20000);
        const struct linger off = {1, 0};
        QCOMPARE(::setsockopt(int(client.socket().socketDescriptor()), SOL_SOCKET, SO_LINGER, &off,
                              sizeof off),
                 0);
        client.socket().abort(); // a reset
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isLegClosed(RelaySide::Client), 20000);
        // The server's fragments have nowhere to go and say so; nothing is left waiting.
        server.send(RawPeer::frame(0x2, "ab", false) + RawPeer::frame(0x0, "cd", true));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_records.cbegin(), m_records.cend(),
                                             [](const RelayRecord &r) {
                                                 return r.arrived == RelayRoute::ServerToWsprobe
                                                        && r.isMessage()
                                                        && r.fate
                                                               == RelayRecord::Fate::Undeliverable;
                                             }),
                                 20000);
        QVERIFY(conversation->forward(RelaySide::Client));
        QTRY_VERIFY_WITH_TIMEOUT(server.clientDisconnected(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }
};

QTEST_GUILESS_MAIN(TestRelayBounds)
#include "tst_relaybounds.moc"
