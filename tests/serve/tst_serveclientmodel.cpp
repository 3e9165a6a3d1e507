// The serve tab's client table and merged log without widgets, and every one-off fault as a
// real client (Node `ws`) reports it, over 127.0.0.1.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "connection/clock.h"
#include "log/eventlog.h"
#include "protocol/server/serverconfig.h"
#include "serve/serveclientmodel.h"
#include "serve/servecontroller.h"

namespace {

QStringList runNodeClient(const QStringList &args, int timeoutMs = 20000)
{
    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(QStringLiteral(WSPROBE_TEST_NODE),
            QStringList{QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/serve_client.mjs")} + args);
    if (!p.waitForStarted(5000))
        return {QStringLiteral("did not start")};
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {QStringLiteral("timed out")};
    }
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool haveNode()
{
    const QString node = QStringLiteral(WSPROBE_TEST_NODE);
    return !node.isEmpty() && !node.endsWith(QLatin1String("NOTFOUND"));
}

} // namespace

class TestServeClientModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowClients();
    void mergedLogSaysWhose();
    void faultSpecs_data();
    void faultSpecs();
    void planSpecs();
    void nodeSeesEachFault_data();
    void nodeSeesEachFault();
    void nodeSeesRefusal();

private:
    SystemClock m_clock;
};

void TestServeClientModel::rowsFollowClients()
{
    ServerConfig config;
    config.paths = {QStringLiteral("/chat")};
    ServeController serve(m_clock);
    serve.setKeepLogs(true);
    serve.setRules(ServeRules::echoRules());
    ServeClientModel model(&serve);
    QString error;
    QVERIFY2(serve.listen(config, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 0);

    QWebSocket a, b;
    a.open(serve.url(QStringLiteral("/chat")));
    b.open(serve.url(QStringLiteral("/chat")));
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.index(0, ServeClientModel::StateColumn).data().toString(),
                 Connection::readyStateName(ReadyState::Open));
    QCOMPARE(model.index(0, ServeClientModel::PathColumn).data().toString(), "/chat");
    QCOMPARE(model.index(0, ServeClientModel::AddressColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(a.localPort()));
    QCOMPARE(model.clientAt(1), serve.clientIds().at(1));

    QSignalSpy echoed(&b, &QWebSocket::textMessageReceived);
    // The server's row is open before the client hears the 101; a message sent before it
    // does is dropped by QWebSocket.
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);
    b.sendTextMessage(QStringLiteral("hi"));
    b.sendTextMessage(QStringLiteral("there"));
    QTRY_COMPARE(echoed.size(), 2);
    const int row = model.rowOf(serve.clientIds().at(1));
    QTRY_COMPARE(model.index(row, ServeClientModel::ReceivedColumn).data().toInt(), 2);
    QTRY_COMPARE(model.index(row, ServeClientModel::SentColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, ServeClientModel::ReceivedColumn).data().toInt(), 0);

    a.close(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(
        model.index(0, ServeClientModel::StateColumn).data(ServeClientModel::StateRole).toInt(),
        int(ReadyState::Closed));
    QCOMPARE(model.index(0, ServeClientModel::StateColumn).data().toString(),
             ServeClientModel::tr("closed %1").arg(1001));
    model.removeClosed();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.clientAt(0), serve.clientIds().at(1));
}

void TestServeClientModel::mergedLogSaysWhose()
{
    ServeController serve(m_clock);
    serve.setKeepLogs(true);
    serve.setRules(ServeRules::echoRules());
    ServeMergedLogModel merged(&serve);
    QCOMPARE(merged.columnCount(), EventLog::ColumnCount + 1);
    QCOMPARE(merged.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             ServeMergedLogModel::tr("Client"));
    QCOMPARE(
        merged.headerData(EventLog::PreviewColumn + 1, Qt::Horizontal, Qt::DisplayRole),
        serve.mergedLog()->headerData(EventLog::PreviewColumn, Qt::Horizontal, Qt::DisplayRole));
    QString error;
    QVERIFY(serve.listen(ServerConfig(), &error));
    QWebSocket a, b;
    a.open(serve.url());
    QTRY_COMPARE(serve.openClientCount(), 1);
    b.open(serve.url());
    QTRY_COMPARE(serve.openClientCount(), 2);
    // The server counts a client open before the client has heard its 101; a message sent
    // before then is dropped by QWebSocket.
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);
    QSignalSpy ea(&a, &QWebSocket::textMessageReceived), eb(&b, &QWebSocket::textMessageReceived);
    a.sendTextMessage(QStringLiteral("from a"));
    b.sendTextMessage(QStringLiteral("from b"));
    QTRY_VERIFY_WITH_TIMEOUT(ea.size() == 1 && eb.size() == 1, 20000);
    serve.mergedLog()->flush();
    const int idA = serve.clientIds().at(0), idB = serve.clientIds().at(1);
    int seenA = 0, seenB = 0;
    for (int row = 0; row < merged.rowCount(); ++row) {
        const QString preview = merged.index(row, EventLog::PreviewColumn + 1).data().toString();
        const QString client = merged.index(row, 0).data().toString();
        if (preview.contains(QLatin1String("from a"))) {
            QCOMPARE(client, QStringLiteral("#%1").arg(idA));
            ++seenA;
        }
        if (preview.contains(QLatin1String("from b"))) {
            QCOMPARE(client, QStringLiteral("#%1").arg(idB));
            QCOMPARE(merged.index(row, 3).data(ServeMergedLogModel::ClientIdRole).toInt(), idB);
            ++seenB;
        }
    }
    // Each message in and its echo out.
    QCOMPARE(seenA, 2);
    QCOMPARE(seenB, 2);
    QVERIFY(merged.index(0, 0).flags() & Qt::ItemIsSelectable);
    // A view moving along a row lands on the column it asked for.
    const QModelIndex first = merged.index(1, 0);
    QCOMPARE(first.siblingAtColumn(EventLog::PreviewColumn + 1).data(),
             merged.index(1, EventLog::PreviewColumn + 1).data());
    QCOMPARE(first.siblingAtColumn(EventLog::PreviewColumn + 1).column(),
             EventLog::PreviewColumn + 1);
    QCOMPARE(merged.mapToSource(merged.index(1, EventLog::PreviewColumn + 1)).column(),
             int(EventLog::PreviewColumn));
}

void TestServeClientModel::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("back");
    QTest::newRow("close") << "close=4999:bye"
                           << "close=4999:bye";
    QTest::newRow("invalid close") << "close=1005"
                                   << "close=1005";
    QTest::newRow("drop") << "drop-tcp@250"
                          << "drop-tcp@250";
    QTest::newRow("oversized") << "oversized"
                               << "oversized";
    QTest::newRow("oversized n") << "oversized=2000000"
                                 << "oversized=2000000";
    QTest::newRow("opcode") << "reserved-opcode=11"
                            << "reserved-opcode=11";
    QTest::newRow("opcode default") << "reserved-opcode"
                                    << "reserved-opcode=3";
    QTest::newRow("rsv") << "rsv=1"
                         << "rsv=1";
    QTest::newRow("masked") << "masked"
                            << "masked";
    QTest::newRow("fragmented") << "fragmented-ping"
                                << "fragmented-ping";
    QTest::newRow("utf8") << "invalid-utf8"
                          << "invalid-utf8";
    QTest::newRow("bad key") << "explode"
                             << "";
    QTest::newRow("bad code") << "close=70000"
                              << "";
    QTest::newRow("bad opcode") << "reserved-opcode=9"
                                << "";
    QTest::newRow("bad rsv") << "rsv=4"
                             << "";
    QTest::newRow("bad delay") << "masked@soon"
                               << "";
    QTest::newRow("value on flag") << "masked=1"
                                   << "";
}

void TestServeClientModel::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, back);
    ServeFault fault;
    QString error;
    const bool ok = ServeFault::parse(spec, &fault, &error);
    QCOMPARE(ok, !back.isEmpty());
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(fault.toSpec(), back);
    for (const RawFrame &frame : fault.frames())
        QVERIFY2(frame.problem().isEmpty(), qPrintable(frame.problem()));
}

void TestServeClientModel::planSpecs()
{
    ServeFaultPlan plan;
    QString error;
    QVERIFY(plan.add(QStringLiteral("refuse=503:busy"), &error));
    QVERIFY(plan.add(QStringLiteral("upgrade-delay=200"), &error));
    QVERIFY(plan.add(QStringLiteral("ignore-pings"), &error));
    QVERIFY(plan.add(QStringLiteral("drop-every=3"), &error));
    QVERIFY(plan.add(QStringLiteral("masked@100"), &error));
    QCOMPARE(plan.server.refuse.status, 503);
    QCOMPARE(plan.server.refuse.body, "busy");
    QCOMPARE(plan.server.upgradeDelayMs, 200);
    QVERIFY(plan.server.ignorePings);
    QCOMPARE(plan.messages.dropEvery, 3);
    QCOMPARE(plan.atOpen.size(), 1);
    QCOMPARE(plan.atOpen.first().afterMs, 100);
    QVERIFY(!plan.add(QStringLiteral("refuse=101"), &error));
    QVERIFY(!plan.add(QStringLiteral("drop-every=0"), &error));
    QVERIFY(!plan.add(QStringLiteral("no-upgrade=1"), &error));
    QVERIFY(!plan.add(QStringLiteral("nonsense"), &error));
    QVERIFY(error.contains(QLatin1String("nonsense")));
}

void TestServeClientModel::nodeSeesEachFault_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("clientSays"); ///< a line the client prints
    QTest::addColumn<int>("serverSeesCode"); ///< the close code the server's log gets
    QTest::newRow("masked") << "masked"
                            << "ERROR Invalid WebSocket frame: MASK must be clear" << 1002;
    QTest::newRow("reserved opcode") << "reserved-opcode=11"
                                     << "ERROR Invalid WebSocket frame: invalid opcode 11" << 1002;
    QTest::newRow("rsv2") << "rsv=2"
                          << "ERROR Invalid WebSocket frame: RSV2 and RSV3 must be clear" << 1002;
    QTest::newRow("invalid utf8") << "invalid-utf8"
                                  << "ERROR Invalid WebSocket frame: invalid UTF-8 sequence"
                                  << 1007;
    QTest::newRow("fragmented ping") << "fragmented-ping"
                                     << "ERROR Invalid WebSocket frame: FIN must be set" << 1002;
    QTest::newRow("oversized") << "oversized"
                               << "ERROR Unsupported WebSocket frame: payload length > 2^53 - 1"
                               << 1009;
    QTest::newRow("close 4999") << "close=4999:bye"
                                << "CLOSE 4999 bye" << 4999;
    QTest::newRow("close invalid 1005")
        << "close=1005"
        << "ERROR Invalid WebSocket frame: invalid status code 1005" << 1002;
    QTest::newRow("drop tcp") << "drop-tcp"
                              << "CLOSE 1006 " << 1006;
}

void TestServeClientModel::nodeSeesEachFault()
{
    if (!haveNode())
        QSKIP("node was not found when the tests were configured");
    QFETCH(QString, spec);
    QFETCH(QString, clientSays);
    QFETCH(int, serverSeesCode);
    ServeFaultPlan plan;
    QString error;
    QVERIFY2(plan.add(spec + QStringLiteral("@50"), &error), qPrintable(error));
    ServeController serve(m_clock);
    serve.setOpenFaults(plan.atOpen);
    QVERIFY(serve.listen(ServerConfig(), &error));
    const QStringList out = runNodeClient({serve.url().toString(), QStringLiteral("-1")});
    QVERIFY2(out.contains(clientSays), qPrintable(out.join(QLatin1String(" | "))));
    QTRY_COMPARE(serve.openClientCount(), 0);
    // ws sends a Close with the code of what it found wrong, and the server reads it.
    QCOMPARE(serve.client(serve.clientIds().first())->closeCode, serverSeesCode);
}

void TestServeClientModel::nodeSeesRefusal()
{
    if (!haveNode())
        QSKIP("node was not found when the tests were configured");
    ServeFaultPlan plan;
    QString error;
    QVERIFY(plan.add(QStringLiteral("refuse=503:come back later"), &error));
    ServeController serve(m_clock);
    serve.setServerFaults(plan.server);
    QVERIFY(serve.listen(ServerConfig(), &error));
    serve.setServerFaults(plan.server);
    const QStringList out = runNodeClient({serve.url().toString(), QStringLiteral("-1")});
    QVERIFY2(out.contains(QStringLiteral("ERROR Unexpected server response: 503")),
             qPrintable(out.join(QLatin1String(" | "))));
}

QTEST_MAIN(TestServeClientModel)
#include "tst_serveclientmodel.moc"
