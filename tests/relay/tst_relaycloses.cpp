// Closes cross the relay symmetrically, checked on the bytes with a scripted raw client on one
// side and a real server (Python websockets) or a scripted raw server on the other: whichever
// peer closes, the other gets its Close verbatim (code and reason, or no status for 1005), and
// the answer it writes is what the closing peer gets back — Wsprobe's engines answer neither
// Close by themselves. A TCP drop on one leg is a TCP drop on the other (1006 semantics).
#include <QJsonObject>
#include <QTest>

#include "common/rawclient.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"
#include "relaypeer.h"
#include "relaystart.h"

namespace {

/// A masked client Close; code -1: without a status.
QByteArray clientClose(int code, const QByteArray &reason)
{
    QByteArray payload;
    if (code >= 0) {
        payload.append(char(code >> 8)).append(char(code & 0xff));
        payload += reason;
    }
    return RawClient::frame(0x8, payload, true, true, 0x0badf00d);
}

/// What a server's unmasked Close with this code looks like (-1: without a status).
QByteArray serverClose(int code, const QByteArray &reason)
{
    return code < 0 ? RawPeer::frame(0x8, QByteArray())
                    : RawPeer::closeFrame(quint16(code), reason);
}

} // namespace

class TestRelayCloses : public QObject
{
    Q_OBJECT
private:
    SystemClock m_clock;
    QList<RelayRecord> m_records;

    std::unique_ptr<RelayController> relayTo(const QUrl &upstream)
    {
        RelayConfig config;
        config.upstream.url = upstream;
        config.listen.deflateEnabled = false;
        return startRelay(m_clock, config, this, &m_records, RecordUpdates::Collect);
    }

    static bool upgrade(RawClient &client, const QUrl &url, const QByteArray &path)
    {
        if (!client.connectTo(url))
            return false;
        client.send(RawClient::upgradeRequest(path));
        return client.waitFor("\r\n\r\n", 20000) && client.received().startsWith("HTTP/1.1 101");
    }

    static QJsonObject closedLine(RelayPeer &server, const QString &path)
    {
        for (const QJsonObject &o : server.lines()) {
            if (o.value(QLatin1String("event")).toString() == QLatin1String("closed")
                && o.value(QLatin1String("path")).toString() == path)
                return o;
        }
        return {};
    }

    bool hasCloseRecord(RelayRoute arrived, int code) const
    {
        for (const RelayRecord &r : m_records) {
            if (r.kind == RelayRecord::Kind::Close && r.arrived == arrived && r.code == code
                && r.fate == RelayRecord::Fate::Forwarded)
                return true;
        }
        return false;
    }

private slots:
    void init() { m_records.clear(); }

    void serverClosesClientAnswers_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("serverCode"); // -1: no status (1005)
        QTest::addColumn<QByteArray>("serverReason");
        QTest::addColumn<int>("clientCode");
        QTest::addColumn<QByteArray>("clientReason");
        QTest::addRow("4321 bye, answered 4000")
            << QByteArray("close:4321:bye") << 4321 << QByteArray("bye") << 4000
            << QByteArray("cli-reply");
        QTest::addRow("1001, answered 1000")
            << QByteArray("close:1001:away") << 1001 << QByteArray("away") << 1000 << QByteArray();
        QTest::addRow("no status, answered without")
            << QByteArray("close-empty") << -1 << QByteArray() << -1 << QByteArray();
        QTest::addRow("no status, answered 3000")
            << QByteArray("close-empty") << -1 << QByteArray() << 3000 << QByteArray("mine");
    }
    void serverClosesClientAnswers()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, serverCode);
        QFETCH(QByteArray, serverReason);
        QFETCH(int, clientCode);
        QFETCH(QByteArray, clientReason);
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {QStringLiteral("--no-deflate")},
                                    &error),
                 qPrintable(error));
        auto relay = relayTo(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())));
        RawClient client;
        QVERIFY2(upgrade(client, relay->url(), "/srv-close"), client.received().constData());
        client.send(RawClient::frame(0x1, command));
        // The server's Close, byte for byte; nothing answered it yet.
        const QByteArray expected = serverClose(serverCode, serverReason);
        QVERIFY2(client.waitFor(expected, 20000), client.afterHandshake().toHex().constData());
        QCOMPARE(client.afterHandshake(), expected);
        QVERIFY(closedLine(server, QStringLiteral("/srv-close")).isEmpty());
        // The client's own answer is what the server gets.
        client.send(clientClose(clientCode, clientReason));
        QTRY_VERIFY_WITH_TIMEOUT(!closedLine(server, QStringLiteral("/srv-close")).isEmpty(),
                                 20000);
        const QJsonObject closed = closedLine(server, QStringLiteral("/srv-close"));
        QCOMPARE(closed.value(QLatin1String("code")).toInt(), clientCode < 0 ? 1005 : clientCode);
        QCOMPARE(closed.value(QLatin1String("reason")).toString(), QString::fromUtf8(clientReason));
        QVERIFY(client.waitForDisconnect(20000));
        QCOMPARE(client.afterHandshake(), expected); // one Close, the server's, and no other
        QVERIFY(hasCloseRecord(RelayRoute::ServerToWsprobe, serverCode < 0 ? 1005 : serverCode));
        QVERIFY(hasCloseRecord(RelayRoute::ClientToWsprobe, clientCode < 0 ? 1005 : clientCode));
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }

    void clientClosesServerAnswers_data()
    {
        QTest::addColumn<int>("clientCode");
        QTest::addColumn<QByteArray>("clientReason");
        QTest::addColumn<int>("serverCode");
        QTest::addColumn<QByteArray>("serverReason");
        QTest::addRow("4002, answered 4003")
            << 4002 << QByteArray("cli-first") << 4003 << QByteArray("srv-reply");
        QTest::addRow("no status, answered without") << -1 << QByteArray() << -1 << QByteArray();
        QTest::addRow("1000, answered without") << 1000 << QByteArray("ok") << -1 << QByteArray();
    }
    void clientClosesServerAnswers()
    {
        QFETCH(int, clientCode);
        QFETCH(QByteArray, clientReason);
        QFETCH(int, serverCode);
        QFETCH(QByteArray, serverReason);
        RawPeer server;
        QVERIFY(server.listen());
        server.acceptUpgrade();
        server.answerClose(serverClose(serverCode, serverReason), true);
        auto relay = relayTo(server.url(QString()));
        RawClient client;
        QVERIFY2(upgrade(client, relay->url(), "/cli-close"), client.received().constData());
        client.send(clientClose(clientCode, clientReason));
        QTRY_COMPARE_WITH_TIMEOUT(server.clientClose().opcode, quint8(0x8), 20000);
        QCOMPARE(RawPeer::closeCode(server.clientClose()), clientCode);
        QCOMPARE(server.clientClose().payload.mid(2), clientReason);
        const QByteArray expected = serverClose(serverCode, serverReason);
        QVERIFY2(client.waitFor(expected, 20000), client.afterHandshake().toHex().constData());
        QCOMPARE(client.afterHandshake(), expected);
        QVERIFY(client.waitForDisconnect(20000));
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }

    void serverDropIsADropForTheClient()
    {
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {QStringLiteral("--no-deflate")},
                                    &error),
                 qPrintable(error));
        auto relay = relayTo(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())));
        RawClient client;
        QVERIFY2(upgrade(client, relay->url(), "/srv-drop"), client.received().constData());
        client.send(RawClient::frame(0x1, "drop"));
        QVERIFY(client.waitForDisconnect(20000));
        // No Close frame: TCP just ended, as it did upstream (the client's 1006).
        QCOMPARE(client.afterHandshake(), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }

    void clientDropIsADropForTheServer()
    {
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {QStringLiteral("--no-deflate")},
                                    &error),
                 qPrintable(error));
        auto relay = relayTo(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())));
        RawClient client;
        QVERIFY2(upgrade(client, relay->url(), "/cli-drop"), client.received().constData());
        QVERIFY(server.waitForEvent(QStringLiteral("open"), 20000));
        client.socket().abort();
        QTRY_VERIFY_WITH_TIMEOUT(!closedLine(server, QStringLiteral("/cli-drop")).isEmpty(), 20000);
        QCOMPARE(
            closedLine(server, QStringLiteral("/cli-drop")).value(QLatin1String("code")).toInt(),
            1006);
        QTRY_COMPARE_WITH_TIMEOUT(relay->liveCount(), 0, 20000);
    }
};

QTEST_GUILESS_MAIN(TestRelayCloses)
#include "tst_relaycloses.moc"
