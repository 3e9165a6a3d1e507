// A fragmented message crosses the relay in the same frames, checked on the bytes: raw TCP
// peers on both sides (no library in between to reassemble), three fragments each way with a
// ping among them. The server's unmasked frames reach the client byte for byte; the client's
// masked frames reach the server with the same opcodes, FIN bits and payloads (the relay masks
// with keys of its own, as a client must). When the client's leg has permessage-deflate and
// the server's has not, the message goes as one frame and the record says why.
#include <QTest>

#include "common/rawclient.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"
#include "relaystart.h"

class TestRelayFragments : public QObject
{
    Q_OBJECT
private:
    SystemClock m_clock;
    QList<RelayRecord> m_records;

    /// The relay to the raw server, listening; each record (added or updated) is kept.
    std::unique_ptr<RelayController> relayTo(const RawPeer &server)
    {
        RelayConfig config;
        config.upstream.url = server.url(QString());
        return startRelay(m_clock, config, this, &m_records, RecordUpdates::Ignore);
    }

    const RelayRecord *lastMessageFrom(RelayRoute arrived) const
    {
        for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
            if (it->isMessage() && it->arrived == arrived)
                return &*it;
        }
        return nullptr;
    }

private slots:
    void init() { m_records.clear(); }

    void threeFragmentsEachWayUnchanged()
    {
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        auto relay = relayTo(server);
        QVERIFY(relay->isListening());
        RawClient client;
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/frag"));
        QVERIFY(client.waitFor("\r\n\r\n", 10000));
        QVERIFY2(client.received().startsWith("HTTP/1.1 101"), client.received().constData());

        // Client → server: text in three masked fragments, a ping between the second and third.
        client.send(RawClient::frame(0x1, "frag", true, false, 0x01020304)
                    + RawClient::frame(0x0, "men", true, false, 0x0a0b0c0d)
                    + RawClient::frame(0x9, "between", true, true, 0x11111111)
                    + RawClient::frame(0x0, "ted!", true, true, 0x21222324));
        const auto dataFrames = [&server] {
            QList<RawPeer::ClientFrame> out;
            for (const RawPeer::ClientFrame &f : server.clientFrames()) {
                if (f.opcode <= 0x2)
                    out << f;
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(dataFrames().size(), 3, 10000);
        const QList<RawPeer::ClientFrame> up = dataFrames();
        const QList<std::tuple<quint8, bool, QByteArray>> sent = {
            {0x1, false, "frag"}, {0x0, false, "men"}, {0x0, true, "ted!"}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(up[i].opcode, std::get<0>(sent[i]));
            QCOMPARE(up[i].fin, std::get<1>(sent[i]));
            QVERIFY(up[i].masked);
            QCOMPARE(up[i].payload, std::get<2>(sent[i]));
        }
        const RelayRecord *r = lastMessageFrom(RelayRoute::ClientToWsprobe);
        QVERIFY(r);
        QCOMPARE(r->payload, QByteArray("fragmented!"));
        QCOMPARE(r->fragments.size(), 3);
        QCOMPARE(r->framing, RelayRecord::Framing::Kept);

        // Server → client: binary in three unmasked fragments; the client gets the same bytes.
        const QByteArray down = RawPeer::frame(0x2, QByteArray("\x01\x02", 2), false)
                                + RawPeer::frame(0x0, QByteArray("\x03", 1), false)
                                + RawPeer::frame(0x0, QByteArray("\x04\x05\x06", 3), true);
        server.send(down);
        QVERIFY(client.waitFor(down, 10000));
        QCOMPARE(client.afterHandshake(), down);
        r = lastMessageFrom(RelayRoute::ServerToWsprobe);
        QVERIFY(r);
        QCOMPARE(r->fragments.size(), 3);
        QCOMPARE(r->framing, RelayRecord::Framing::Kept);
    }

    void deflateOnOneLegSendsItAsOne()
    {
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade(); // no extensions: the server's leg is not compressed
        auto relay = relayTo(server);
        RawClient client;
        QVERIFY(client.connectTo(relay->url()));
        client.send(RawClient::upgradeRequest("/deflate",
                                              "Sec-WebSocket-Extensions: permessage-deflate\r\n"));
        QVERIFY(client.waitFor("\r\n\r\n", 10000));
        QVERIFY2(client.received().contains("permessage-deflate"), client.received().constData());

        server.send(RawPeer::frame(0x1, "one ", false) + RawPeer::frame(0x0, "two ", false)
                    + RawPeer::frame(0x0, "three", true));
        QTRY_VERIFY_WITH_TIMEOUT(lastMessageFrom(RelayRoute::ServerToWsprobe), 10000);
        const RelayRecord *r = lastMessageFrom(RelayRoute::ServerToWsprobe);
        QCOMPARE(r->fragments.size(), 3);
        QCOMPARE(r->framing, RelayRecord::Framing::JoinedDeflate);
        // One frame, FIN set, text; small enough to go uncompressed.
        // RawClient reads in waitFor; with nothing to look for it takes what has come.
        QVERIFY(QTest::qWaitFor(
            [&client] { return client.waitFor({}, 0) && client.afterHandshake().size() >= 2; },
            10000));
        const QByteArray got = client.afterHandshake();
        QCOMPARE(quint8(got[0]) & 0x8f, 0x81);
        QCOMPARE(quint8(got[1]) & 0x80, 0); // a server's frame is not masked
        if (!(quint8(got[0]) & 0x40))
            QCOMPARE(got.mid(2), QByteArray("one two three"));
    }
};

QTEST_GUILESS_MAIN(TestRelayFragments)
#include "tst_relayfragments.moc"
