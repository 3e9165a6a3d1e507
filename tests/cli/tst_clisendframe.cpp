// wsprobe-cli connect --send-frame: the exact bytes a scripted peer receives, in order with
// --send, what is printed, and a precise error with exit status 2 for every bad SPEC.
#include <QTest>

#include "common/clirun.h"
#include "common/rawpeer.h"

class TestCliSendFrame : public QObject
{
    Q_OBJECT
private slots:
    void bytesInOrderWithSend();
    void rawCloseEndsTheConnection();
    void badSpecExitsTwo_data();
    void badSpecExitsTwo();

private:
    static CliRun run(const QStringList &args) { return CliRun::run(WSPROBE_CLI_PATH, args); }
};

void TestCliSendFrame::bytesInOrderWithSend()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    const CliRun r =
        run({"connect", peer.url().toString(), "--no-deflate", "--wait-ms", "200", "--json",
             "--send-frame", "opcode=5,rsv2=1,mask=0,len=9,payload=hex:0102", "--send", "a",
             "--send-frame", "key=0x01020304,split=1,between=pong,payload=text:b,c"});
    QCOMPARE(r.exitCode, 0);
    // The first frame lies about its length (9), so a frame parser would be misled: the bytes
    // are compared as they arrived. The --send frame between has a random key.
    const QByteArray received = peer.receivedAfterHandshake();
    QCOMPARE(received.left(4).toHex(' '), QByteArray("a5 09 01 02"));
    QCOMPARE(received.mid(4, 2).toHex(' '), QByteArray("81 81"));
    const QByteArray expected = QByteArray::fromHex("01810102030463")      // "b" ^ 01
                                + QByteArray::fromHex("8a8001020304")      // the pong
                                + QByteArray::fromHex("8082010203042d61"); // ",c" ^ 01 02
    QCOMPARE(received.mid(11, expected.size()).toHex(' '), expected.toHex(' '));
    // Every raw frame is printed, whole, though frames were not asked for.
    QStringList opcodes;
    for (const QJsonObject &e : r.events) {
        if (e.value("event").toString() == "frame" && e.value("dir").toString() == "out")
            opcodes << e.value("opcode").toString();
    }
    QCOMPARE(opcodes.mid(0, 4), QStringList({"reserved-0x5", "text", "pong", "continuation"}));
}

void TestCliSendFrame::rawCloseEndsTheConnection()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    // A Close with code 4001 written by hand: no other Close follows, the peer's echo ends the
    // connection cleanly and at once (no --wait-ms).
    const CliRun r = run({"connect", peer.url().toString(), "--wait-ms", "20000", "--json",
                          "--send-frame", "opcode=close,payload=hex:0fa1"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.elapsedMs < 10000, qPrintable(QString::number(r.elapsedMs)));
    int closes = 0;
    for (const RawPeer::ClientFrame &f : peer.clientFrames())
        closes += f.opcode == 0x8;
    QCOMPARE(closes, 1);
    QCOMPARE(RawPeer::closeCode(peer.clientClose()), 4001);
    QCOMPARE(r.events.last().value("event").toString(), QString("close"));
    QCOMPARE(r.events.last().value("code").toInt(), 4001);
}

void TestCliSendFrame::badSpecExitsTwo_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad opcode") << "opcode=99" << QStringList()
                                << "--send-frame \"opcode=99\": opcode takes text, binary, "
                                   "continuation, close, ping, pong or a number 0–15, not \"99\".";
    QTest::addRow("unknown key") << "fni=1" << QStringList() << "unknown key \"fni\"";
    QTest::addRow("bad hex payload") << "payload=hex:0g" << QStringList() << "payload: ";
    QTest::addRow("length field too small")
        << "lenbits=16,len=70000" << QStringList() << "16-bit length field";
    QTest::addRow("qt engine") << "payload=x" << QStringList{"--engine", "qt"}
                               << "--send-frame needs the wire engine";
}

void TestCliSendFrame::badSpecExitsTwo()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const CliRun r = run(QStringList{"connect", "ws://127.0.0.1:9/", "--send-frame", spec} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY2(r.err.endsWith("Try 'wsprobe-cli connect --help'.\n"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCliSendFrame)
#include "tst_clisendframe.moc"
