#include <QTemporaryFile>
#include <QTest>

#include "compose/rawframerecipe.h"
#include "compose/variables.h"
#include "connection/clock.h"

/// The composer's Raw frame rules and the console's --send-frame SPEC: what each key does,
/// the frames a recipe makes (fragments, control frames between them, a lying first length)
/// and an error that names the key for every bad SPEC.
class TestRawFrameRecipe : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void badSpec_data();
    void badSpec();
    void roundTrip_data();
    void roundTrip();
    void fragments();
    void fragmentsTooLong();
    void invalidUtf8ViaHex();
    void variablesAndFile();
    void savedState();
};

void TestRawFrameRecipe::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("wire"); // every frame encoded, in order

    QTest::addRow("text, given key (RFC 6455 §5.7)")
        << "opcode=text,key=0x37fa213d,payload=text:Hello"
        << QByteArray::fromHex("818537fa213d7f9f4d5158");
    QTest::addRow("unmasked ping")
        << "opcode=ping,mask=0,payload=Hello" << QByteArray::fromHex("890548656c6c6f");
    QTest::addRow("reserved opcode by number, RSV bits")
        << "opcode=3,rsv1=1,rsv3=1,mask=0,payload=hex:ff" << QByteArray::fromHex("d301ff");
    QTest::addRow("opcode in hex, fin=0")
        << "opcode=0xB,fin=0,mask=0" << QByteArray::fromHex("0b00");
    QTest::addRow("payload keeps commas and spaces")
        << "mask=0, opcode = binary ,payload=text:a, b" << QByteArray::fromHex("8204612c2062");
    QTest::addRow("lying length") << "mask=0,len=999,payload=base64:SGk="
                                  << QByteArray::fromHex("817e03e74869");
    QTest::addRow("non-minimal 64-bit length") << "mask=0,lenbits=64,payload=json:[1]"
                                               << QByteArray::fromHex("817f00000000000000035b315d");
    QTest::addRow("fragments with pings between, one key")
        << "key=0x00000000,split=3+1,between=ping,payload=Hello"
        << QByteArray::fromHex("018300000000"
                               "48656c")
               + QByteArray::fromHex("898000000000") + QByteArray::fromHex("0081000000006c")
               + QByteArray::fromHex("898000000000") + QByteArray::fromHex("8081000000006f");
    QTest::addRow("close with code 1000")
        << "opcode=close,mask=0,payload=hex:03e8" << QByteArray::fromHex("880203e8");
    QTest::addRow("empty spec payload")
        << "opcode=pong,mask=0,payload=" << QByteArray::fromHex("8a00");
}

void TestRawFrameRecipe::parse()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, wire);
    RawFrameRecipe r;
    QString error;
    QVERIFY2(RawFrameRecipe::parseSpec(spec, &r, &error), qPrintable(error));
    QList<RawFrame> frames;
    QVERIFY2(r.build(nullptr, &frames, &error), qPrintable(error));
    QByteArray bytes;
    for (const RawFrame &f : frames)
        bytes += f.encode();
    QCOMPARE(bytes.toHex(' '), wire.toHex(' '));
}

void TestRawFrameRecipe::badSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << ""
                           << "the SPEC is empty";
    QTest::addRow("no =") << "opcode"
                          << "\"opcode\" is not of the form key=value";
    QTest::addRow("double comma") << "fin=1,,mask=0"
                                  << "an empty item at position 7";
    QTest::addRow("unknown key") << "colour=red"
                                 << "unknown key \"colour\"; the keys are opcode,";
    QTest::addRow("opcode 16") << "opcode=16"
                               << "opcode takes text, binary, continuation, close, "
                                  "ping, pong or a number 0–15, not \"16\"";
    QTest::addRow("opcode name") << "opcode=texts"
                                 << "not \"texts\"";
    QTest::addRow("fin=2") << "fin=2"
                           << "fin takes 0 or 1, not \"2\"";
    QTest::addRow("rsv2=yes") << "rsv2=yes"
                              << "rsv2 takes 0 or 1, not \"yes\"";
    QTest::addRow("key too long") << "key=0x112233445"
                                  << "key takes a masking key of up to 8 hex";
    QTest::addRow("key not hex") << "key=zz"
                                 << "not \"zz\"";
    QTest::addRow("key with mask=0") << "mask=0,key=1"
                                     << "mask=0 says the frame is not masked";
    QTest::addRow("len negative") << "len=-1"
                                  << "len takes a length in bytes";
    QTest::addRow("lenbits 8") << "lenbits=8"
                               << "lenbits takes 7, 16, 64 or shortest, not \"8\"";
    QTest::addRow("split empty part") << "split=3++2"
                                      << "split takes fragment sizes";
    QTest::addRow("between without split") << "between=ping"
                                           << "give split= too";
    QTest::addRow("between close") << "split=1,between=close"
                                   << "between takes ping, pong or none";
    QTest::addRow("twice") << "fin=1,fin=0"
                           << "fin is given twice";
    QTest::addRow("bad hex payload") << "payload=hex:4g"
                                     << "payload: ";
    QTest::addRow("7-bit length too long") << "lenbits=7,len=126"
                                           << "7-bit length field";
    QTest::addRow("fragments too long") << "split=10,payload=abc"
                                        << "add up to 10 bytes";
    QTest::addRow("missing file") << "payload=file:/nonexistent/wsprobe-raw"
                                  << "Cannot read";
}

void TestRawFrameRecipe::badSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    RawFrameRecipe r;
    QString got;
    QVERIFY(!RawFrameRecipe::parseSpec(spec, &r, &got));
    QVERIFY2(got.contains(error), qPrintable(got));
}

void TestRawFrameRecipe::roundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("default") << "opcode=text,payload=text:";
    QTest::addRow("everything") << "opcode=11,fin=0,rsv1=1,rsv2=1,rsv3=1,key=0x0000abcd,len=7,"
                                   "lenbits=16,split=1+0+2,between=pong,payload=hex:01 02 03";
    QTest::addRow("unmasked") << "opcode=continuation,mask=0,payload=json:{\"a\":1}";
}

void TestRawFrameRecipe::roundTrip()
{
    QFETCH(QString, spec);
    RawFrameRecipe r;
    QString error;
    QVERIFY2(RawFrameRecipe::parseSpec(spec, &r, &error), qPrintable(error));
    QCOMPARE(r.toSpec(), spec);
    QCOMPARE(RawFrameRecipe::fromMap(r.toMap()), r);
}

void TestRawFrameRecipe::fragments()
{
    RawFrameRecipe r;
    r.opcode = 0x2;
    r.rsv2 = true;
    r.masked = false;
    r.declaredLength = 50;
    r.lengthBits = RawFrame::LengthBits::Bits16;
    r.payload = OutgoingMessage::hex(QStringLiteral("00 01 02 03 04 05"));
    r.fragments = {2, 4};
    r.between = RawFrameRecipe::Between::Pong;
    QList<RawFrame> frames;
    QString error;
    QVERIFY2(r.build(nullptr, &frames, &error), qPrintable(error));
    // The sizes add up to the payload: no extra empty frame.
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).opcode, quint8(2));
    QCOMPARE(frames.at(0).fin, false);
    QCOMPARE(frames.at(0).rsv2, true);
    QCOMPARE(frames.at(0).headerLength(), quint64(50));
    QCOMPARE(frames.at(0).payload, QByteArray::fromHex("0001"));
    QCOMPARE(frames.at(1).opcode, quint8(0xA));
    QCOMPARE(frames.at(1).payload, QByteArray());
    QCOMPARE(frames.at(2).opcode, quint8(0));
    QCOMPARE(frames.at(2).fin, true);
    QCOMPARE(frames.at(2).rsv2, false);
    QCOMPARE(frames.at(2).headerLength(), quint64(4));
    QCOMPARE(frames.at(2).lengthFieldBits(), 16);
    // A message left unfinished on purpose.
    r.fin = false;
    r.fragments = {1};
    r.between = RawFrameRecipe::Between::None;
    QVERIFY(r.build(nullptr, &frames, &error));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(1).fin, false);
    QCOMPARE(frames.at(1).payload.size(), 5);
}

void TestRawFrameRecipe::fragmentsTooLong()
{
    RawFrameRecipe r;
    r.payload = OutgoingMessage::text(QStringLiteral("abc"));
    r.fragments = {2, 2};
    QList<RawFrame> frames;
    QString error;
    QVERIFY(!r.build(nullptr, &frames, &error));
    QCOMPARE(error, QStringLiteral("The fragments add up to 4 bytes, more than the payload's 3."));
}

void TestRawFrameRecipe::invalidUtf8ViaHex()
{
    RawFrameRecipe r;
    QString error;
    QVERIFY2(RawFrameRecipe::parseSpec(QStringLiteral("opcode=text,payload=hex:c3 28"), &r, &error),
             qPrintable(error));
    QList<RawFrame> frames;
    QVERIFY(r.build(nullptr, &frames, &error));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).opcode, quint8(1));
    QCOMPARE(frames.at(0).payload, QByteArray("\xc3\x28"));
}

void TestRawFrameRecipe::variablesAndFile()
{
    ManualClock clock;
    Variables vars(clock);
    vars.setTable({{QStringLiteral("name"), QStringLiteral("world")}});
    RawFrameRecipe r;
    r.payload = OutgoingMessage::text(QStringLiteral("hi {{name}}"));
    QList<RawFrame> frames;
    QString error;
    QVERIFY2(r.build(&vars, &frames, &error), qPrintable(error));
    QCOMPARE(frames.at(0).payload, QByteArray("hi world"));

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("\x00\x01\x02", 3);
    file.close();
    QVERIFY2(RawFrameRecipe::parseSpec(QStringLiteral("opcode=binary,split=1,payload=file:")
                                           + file.fileName(),
                                       &r, &error),
             qPrintable(error));
    QVERIFY(r.build(nullptr, &frames, &error));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(1).payload, QByteArray("\x01\x02", 2));
}

void TestRawFrameRecipe::savedState()
{
    // A file that is gone when the tab is restored keeps the rest of the settings.
    QVariantMap map;
    map.insert(QStringLiteral("spec"),
               QStringLiteral("opcode=ping,fin=0,split=4,payload=file:/nonexistent/x"));
    const RawFrameRecipe r = RawFrameRecipe::fromMap(map);
    QCOMPARE(r.opcode, 0x9);
    QCOMPARE(r.fin, false);
    QCOMPARE(r.fragments, QList<qint64>{4});
    QCOMPARE(r.payload.mode, OutgoingMessage::Mode::File);
    QCOMPARE(r.payload.body, QStringLiteral("/nonexistent/x"));
}

QTEST_GUILESS_MAIN(TestRawFrameRecipe)
#include "tst_rawframerecipe.moc"
