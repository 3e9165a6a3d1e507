// wsprobe-cli relay as a user runs it: Wsprobe's own client engine → the relay → a Python
// websockets server; a breakpoint answered from standard input (edit, drop), the JSON lines,
// both legs journaled, and the server leg's session replayed against the server.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "common/clirun.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "relay/relaypeer.h"
#include "session/sessionreader.h"

class TestCliRelay : public QObject
{
    Q_OBJECT
private:
    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                lines << doc.object();
        }
        return lines;
    }

private slots:
    void breakpointsFromTheTerminalAndBothLegsJournaled()
    {
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("cap.wsprobe.jsonl"));
        QProcess relay;
        relay.start(QStringLiteral(WSPROBE_CLI_PATH),
                    {QStringLiteral("relay"), QStringLiteral("--listen"), QStringLiteral("0"),
                     QStringLiteral("--to"), QStringLiteral("ws://127.0.0.1:%1").arg(server.port()),
                     QStringLiteral("--json"), QStringLiteral("-o"), capture,
                     QStringLiteral("--break"), QStringLiteral("client:text:secret"),
                     QStringLiteral("-H"), QStringLiteral("X-Relayed: yes")});
        QVERIFY(relay.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += relay.readAllStandardOutput()).contains('\n'), 10000);
        const QJsonObject listening = jsonLines(out).value(0);
        QCOMPARE(listening.value(QLatin1String("event")).toString(), QStringLiteral("listening"));
        const QUrl url(listening.value(QLatin1String("url")).toString());
        QVERIFY(url.port() > 0);

        SystemClock clock;
        Connection client(clock);
        QList<QByteArray> received;
        connect(&client, &Connection::messageReceived, this,
                [&received](const QByteArray &p, bool) { received << p; });
        ConnectionRequest request;
        request.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/cli").arg(url.port()));
        request.subprotocols = {QStringLiteral("chat")};
        QVERIFY(client.open(request));
        QTRY_COMPARE_WITH_TIMEOUT(client.readyState(), ReadyState::Open, 10000);
        QCOMPARE(client.protocol(), QStringLiteral("chat"));

        client.sendText("hello");
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        client.sendText("a secret");
        client.sendText("queued behind it");
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += relay.readAllStandardError()).contains("[f]orward"),
                                 10000);
        QTest::qWait(200);
        QCOMPARE(received.size(), 1); // held, and the next one behind it
        relay.write("e\nedited!\n");
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
        QCOMPARE(received[1], QByteArray("edited!"));
        QCOMPARE(received[2], QByteArray("queued behind it"));
        client.sendText("another secret");
        QTRY_VERIFY_WITH_TIMEOUT((err += relay.readAllStandardError()).count("[f]orward") == 2,
                                 10000);
        relay.write("d\n");
        client.sendText("after");
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 4, 10000);
        QCOMPARE(received[3], QByteArray("after"));
        QVERIFY(client.close(4001, QStringLiteral("done here")));
        QTRY_COMPARE_WITH_TIMEOUT(client.readyState(), ReadyState::Closed, 10000);
        auto serverClosed = [&server] {
            for (const QJsonObject &o : server.lines())
                if (o.value(QLatin1String("event")).toString() == QLatin1String("closed"))
                    return o;
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!serverClosed().isEmpty(), 10000);
        QCOMPARE(serverClosed().value(QLatin1String("code")).toInt(), 4001);
        QCOMPARE(serverClosed().value(QLatin1String("reason")).toString(),
                 QStringLiteral("done here"));
        // The -H header went upstream.
        for (const QJsonObject &o : server.lines()) {
            if (o.value(QLatin1String("event")).toString() == QLatin1String("open"))
                QCOMPARE(o.value(QLatin1String("headers")).toObject().value("x-relayed").toString(),
                         QStringLiteral("yes"));
        }

        relay.terminate();
        QVERIFY(relay.waitForFinished(10000));
        QCOMPARE(relay.exitCode(), 143);
        out += relay.readAllStandardOutput();
        QStringList fates;
        for (const QJsonObject &o : jsonLines(out)) {
            if (o.value(QLatin1String("event")).toString() == QLatin1String("relay")
                && o.value(QLatin1String("kind")).toString() == QLatin1String("message")
                && o.value(QLatin1String("arrived")).toString() == QLatin1String("client>wsprobe"))
                fates << o.value(QLatin1String("fate")).toString();
        }
        // paused and queued as they happened, then each one's fate. How many messages find
        // a direction paused depends on the machine's pace (a sanitizer run queued one more),
        // so "queued" is checked apart: at least the one sent while the first was held.
        QVERIFY2(fates.indexOf("queued") > fates.indexOf("paused"), qPrintable(fates.join(',')));
        fates.removeAll("queued");
        QCOMPARE(fates, (QStringList{"forwarded", "paused", "edited", "forwarded", "paused",
                                     "dropped", "forwarded"}));

        // Two sessions: what crossed each leg.
        Session serverLeg;
        QVERIFY2(SessionReader::readFile(capture, &serverLeg, &error), qPrintable(error));
        QCOMPARE(serverLeg.header.request.url.port(), int(server.port()));
        QStringList toServer;
        for (qsizetype i = 0; i < serverLeg.events.size(); ++i) {
            const Event e = serverLeg.events.at(i);
            if (e.isMessage() && e.direction == Direction::Out)
                toServer << QString::fromUtf8(e.payload);
        }
        QCOMPARE(toServer, (QStringList{"hello", "edited!", "queued behind it", "after"}));
        Session clientLeg;
        QVERIFY2(SessionReader::readFile(dir.filePath(QStringLiteral("cap.client.wsprobe.jsonl")),
                                         &clientLeg, &error),
                 qPrintable(error));
        QStringList fromClient;
        for (qsizetype i = 0; i < clientLeg.events.size(); ++i) {
            const Event e = clientLeg.events.at(i);
            if (e.isMessage() && e.direction == Direction::In)
                fromClient << QString::fromUtf8(e.payload);
        }
        QCOMPARE(fromClient,
                 (QStringList{"hello", "a secret", "queued behind it", "another secret", "after"}));

        // The server leg replays against the server with the existing replay.
        const CliRun replay =
            CliRun::run(QStringLiteral(WSPROBE_CLI_PATH),
                        {QStringLiteral("replay"), capture, QStringLiteral("--speed"),
                         QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(replay.exitCode == 0, replay.err.constData());
        int echoed = 0;
        for (const QJsonObject &o : replay.events)
            echoed += o.value(QLatin1String("event")).toString() == QLatin1String("message")
                      && o.value(QLatin1String("dir")).toString() == QLatin1String("in");
        QCOMPARE(echoed, 4);
    }

    void badArguments()
    {
        const CliRun noTo =
            CliRun::run(QStringLiteral(WSPROBE_CLI_PATH),
                        {QStringLiteral("relay"), QStringLiteral("--listen"), QStringLiteral("0")});
        QCOMPARE(noTo.exitCode, 2);
        QVERIFY(noTo.err.contains("--to URL"));
        const CliRun badRule =
            CliRun::run(QStringLiteral(WSPROBE_CLI_PATH),
                        {QStringLiteral("relay"), QStringLiteral("--listen"), QStringLiteral("0"),
                         QStringLiteral("--to"), QStringLiteral("ws://127.0.0.1:1"),
                         QStringLiteral("--break"), QStringLiteral("regex:(")});
        QCOMPARE(badRule.exitCode, 2);
        QVERIFY(badRule.err.contains("breakpoint"));
        // A port in use is said as such.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const CliRun inUse =
            CliRun::run(QStringLiteral(WSPROBE_CLI_PATH),
                        {QStringLiteral("relay"), QStringLiteral("--listen"),
                         QString::number(taken.serverPort()), QStringLiteral("--to"),
                         QStringLiteral("ws://127.0.0.1:1")});
        QCOMPARE(inUse.exitCode, 2);
        QVERIFY2(!inUse.err.isEmpty(), inUse.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRelay)
#include "tst_clirelay.moc"
