#include <QSet>
#include <QTest>
#include <QtEndian>

#include "protocol/frame/framecodec.h"
#include "protocol/frame/rawframe.h"

/// RawFrame against frames written out by hand: the examples of RFC 6455 §5.7 and the faults
/// a tester builds on purpose (reserved opcodes, RSV bits, lying and non-minimal lengths).
class TestRawFrame : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
    void bigLengths();
    void randomKey();
    void problem_data();
    void problem();
    void describe();
    void decodesBack();
    void partialFrameTellsItsHeader();
    void fromInfo();
};

static RawFrame frame(quint8 opcode, bool fin, QByteArray payload,
                      std::optional<quint32> key = std::nullopt)
{
    RawFrame f;
    f.opcode = opcode;
    f.fin = fin;
    f.payload = std::move(payload);
    f.masked = key.has_value();
    f.maskKey = key;
    return f;
}

void TestRawFrame::encode_data()
{
    QTest::addColumn<RawFrame>("raw");
    QTest::addColumn<QByteArray>("expected");

    // RFC 6455 §5.7, byte for byte.
    QTest::addRow("5.7 unmasked text")
        << frame(0x1, true, "Hello") << QByteArray::fromHex("810548656c6c6f");
    QTest::addRow("5.7 masked text")
        << frame(0x1, true, "Hello", 0x37fa213d) << QByteArray::fromHex("818537fa213d7f9f4d5158");
    QTest::addRow("5.7 first fragment")
        << frame(0x1, false, "Hel") << QByteArray::fromHex("010348656c");
    QTest::addRow("5.7 last fragment") << frame(0x0, true, "lo") << QByteArray::fromHex("80026c6f");
    QTest::addRow("5.7 unmasked ping")
        << frame(0x9, true, "Hello") << QByteArray::fromHex("890548656c6c6f");
    QTest::addRow("5.7 masked pong")
        << frame(0xA, true, "Hello", 0x37fa213d) << QByteArray::fromHex("8a8537fa213d7f9f4d5158");
    QTest::addRow("empty close, masked")
        << frame(0x8, true, {}, 0x01020304) << QByteArray::fromHex("888001020304");

    // Faults, written out by hand.
    QTest::addRow("reserved opcode 3") << frame(0x3, true, "x") << QByteArray::fromHex("830178");
    QTest::addRow("reserved opcode 15") << frame(0xF, false, {}) << QByteArray::fromHex("0f00");
    RawFrame rsv = frame(0x2, true, "\x01", 0);
    rsv.rsv1 = rsv.rsv2 = rsv.rsv3 = true;
    QTest::addRow("all RSV bits, key 0") << rsv << QByteArray::fromHex("f2810000000001");
    RawFrame rsv2 = frame(0x1, true, {});
    rsv2.rsv2 = true;
    QTest::addRow("RSV2 only") << rsv2 << QByteArray::fromHex("a100");
    RawFrame longer = frame(0x1, true, "Hi");
    longer.declaredLength = 100;
    QTest::addRow("length says 100, 2 bytes follow") << longer << QByteArray::fromHex("81644869");
    RawFrame shorter = frame(0x2, true, "abcd", 0x11223344);
    shorter.declaredLength = 1;
    QTest::addRow("length says 1, 4 bytes follow, masked")
        << shorter
        << QByteArray::fromHex("828111223344") // a^11 b^22 c^33 d^44
               + QByteArray::fromHex("70405020");
    RawFrame nonMinimal16 = frame(0x1, true, "Hello");
    nonMinimal16.lengthBits = RawFrame::LengthBits::Bits16;
    QTest::addRow("5 bytes in 16 bits")
        << nonMinimal16 << QByteArray::fromHex("817e000548656c6c6f");
    RawFrame nonMinimal64 = frame(0x1, true, "Hello", 0x37fa213d);
    nonMinimal64.lengthBits = RawFrame::LengthBits::Bits64;
    QTest::addRow("5 bytes in 64 bits, masked")
        << nonMinimal64 << QByteArray::fromHex("81ff000000000000000537fa213d7f9f4d5158");
    RawFrame msb = frame(0x2, true, {});
    msb.declaredLength = 0x8000000000000000ULL;
    QTest::addRow("64-bit length with the top bit set")
        << msb << QByteArray::fromHex("827f8000000000000000");
    RawFrame lie16 = frame(0x2, true, "z");
    lie16.declaredLength = 300;
    QTest::addRow("shortest form follows the declared length")
        << lie16 << QByteArray::fromHex("827e012c7a");
}

void TestRawFrame::encode()
{
    QFETCH(RawFrame, raw);
    QFETCH(QByteArray, expected);
    QCOMPARE(raw.problem(), QString());
    QCOMPARE(raw.encode().toHex(' '), expected.toHex(' '));
}

void TestRawFrame::bigLengths()
{
    // RFC 6455 §5.7: a 256-byte and a 64 KiB unmasked binary message in a single frame.
    RawFrame f = frame(0x2, true, QByteArray(256, 'a'));
    QCOMPARE(f.encode().first(4), QByteArray::fromHex("827e0100"));
    QCOMPARE(f.encode().size(), 4 + 256);
    f.payload = QByteArray(65536, 'b');
    const QByteArray big = f.encode();
    QCOMPARE(big.first(10), QByteArray::fromHex("827f0000000000010000"));
    QCOMPARE(big.size(), 10 + 65536);
    QCOMPARE(big.sliced(10), f.payload);
    // The same payload masked: header, key, then the payload with the key applied.
    f.masked = true;
    f.maskKey = 0xA1B2C3D4;
    const QByteArray masked = f.encode();
    QCOMPARE(masked.first(14), QByteArray::fromHex("82ff0000000000010000a1b2c3d4"));
    QCOMPARE(uchar(masked.at(14)), uchar('b' ^ 0xA1));
    QCOMPARE(uchar(masked.at(14 + 65535)), uchar('b' ^ 0xD4));
}

void TestRawFrame::randomKey()
{
    RawFrame f = frame(0x1, true, "Hello");
    f.chooseMaskKey();
    QVERIFY2(!f.maskKey, "an unmasked frame gets no key");
    f.masked = true;
    // Keys are 32 random bits; ten draws that are all equal would mean no randomness at all.
    QSet<quint32> keys;
    for (int i = 0; i < 10; ++i) {
        RawFrame g = f;
        g.chooseMaskKey();
        QVERIFY(g.maskKey);
        keys.insert(*g.maskKey);
        const QByteArray bytes = g.encode();
        QCOMPARE(bytes.size(), 2 + 4 + 5);
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 2), *g.maskKey);
        QCOMPARE(g.describe().maskKey, *g.maskKey);
    }
    QVERIFY(keys.size() > 1);
    // A given key is kept.
    f.maskKey = 42;
    f.chooseMaskKey();
    QCOMPARE(*f.maskKey, 42u);
}

void TestRawFrame::problem_data()
{
    QTest::addColumn<RawFrame>("raw");
    QTest::addColumn<QString>("contains");
    RawFrame op = frame(16, true, {});
    QTest::addRow("opcode 16") << op << "0–15";
    RawFrame l7 = frame(1, true, QByteArray(126, 'x'));
    l7.lengthBits = RawFrame::LengthBits::Bits7;
    QTest::addRow("126 in 7 bits") << l7 << "7-bit";
    RawFrame l16 = frame(1, true, {});
    l16.lengthBits = RawFrame::LengthBits::Bits16;
    l16.declaredLength = 65536;
    QTest::addRow("65536 in 16 bits") << l16 << "16-bit";
    RawFrame ok = frame(1, true, {});
    ok.lengthBits = RawFrame::LengthBits::Bits7;
    ok.declaredLength = 125;
    QTest::addRow("125 in 7 bits") << ok << "";
}

void TestRawFrame::problem()
{
    QFETCH(RawFrame, raw);
    QFETCH(QString, contains);
    if (contains.isEmpty())
        QCOMPARE(raw.problem(), QString());
    else
        QVERIFY2(raw.problem().contains(contains), qPrintable(raw.problem()));
}

void TestRawFrame::describe()
{
    RawFrame f = frame(0xB, false, "abc", 0x01020304);
    f.rsv2 = true;
    f.declaredLength = 9;
    f.lengthBits = RawFrame::LengthBits::Bits64;
    FrameInfo info = f.describe();
    QCOMPARE(info.direction, Direction::Out);
    QCOMPARE(info.opcode, quint8(0xB));
    QCOMPARE(info.fin, false);
    QCOMPARE(info.rsv, quint8(2));
    QCOMPARE(info.compressed, false);
    QCOMPARE(info.masked, true);
    QCOMPARE(info.maskKey, 0x01020304u);
    QCOMPARE(info.payloadLength, quint64(9));
    QCOMPARE(info.lengthBits, quint8(64));
    QCOMPARE(info.nonMinimalLength, true);
    QCOMPARE(info.head, QByteArray("abc"));
    info = f.describe(Direction::In, 2);
    QCOMPARE(info.direction, Direction::In);
    QCOMPARE(info.head, QByteArray("ab"));

    RawFrame plain = frame(0x1, true, QByteArray(200, 'y'));
    info = plain.describe();
    QCOMPARE(info.lengthBits, quint8(16));
    QCOMPARE(info.nonMinimalLength, false);
    QCOMPARE(info.masked, false);
    QCOMPARE(info.maskKey, 0u);
    plain.rsv1 = true;
    QVERIFY(plain.describe().compressed);
}

void TestRawFrame::decodesBack()
{
    // Wsprobe's own decoder reads an honest frame back with every bit as described.
    RawFrame f = frame(0x2, true, QByteArray(300, 'q'));
    f.lengthBits = RawFrame::LengthBits::Bits64;
    const QByteArray bytes = f.encode();
    FrameCodec codec;
    qsizetype offset = 0;
    FrameCodec::Frame out;
    int code = 0;
    QString error;
    QCOMPARE(codec.decode(bytes, &offset, &out, &code, &error), FrameCodec::Result::Frame);
    QCOMPARE(offset, bytes.size());
    QCOMPARE(out.payload, f.payload);
    QCOMPARE(out.info.lengthBits, f.describe().lengthBits);
    QCOMPARE(out.info.nonMinimalLength, f.describe().nonMinimalLength);
    QCOMPARE(out.info.payloadLength, f.describe().payloadLength);
}

void TestRawFrame::partialFrameTellsItsHeader()
{
    // A frame cut short in its payload says how long its header was, so that the engine can
    // read the rest of a large payload straight into a buffer of its own; cut short in the
    // header (its mask key included) it says nothing.
    RawFrame f = frame(0x2, true, QByteArray(300, 'q'));
    f.lengthBits = RawFrame::LengthBits::Bits64;
    const QByteArray bytes = f.encode();
    FrameCodec codec;
    FrameCodec::Frame out;
    int code = 0;
    QString error;
    for (const qsizetype cut :
         {qsizetype(1), qsizetype(9), qsizetype(10), qsizetype(11), bytes.size() - 1}) {
        qsizetype offset = 0;
        QCOMPARE(codec.decode(bytes.first(cut), &offset, &out, &code, &error),
                 FrameCodec::Result::NeedMore);
        QCOMPARE(offset, 0);
        QCOMPARE(out.headerBytes, cut >= 10 ? 10 : 0);
    }
    codec.role = Endpoint::Server;
    const QByteArray masked = frame(0x2, true, QByteArray(300, 'q'), 0x11223344).encode();
    qsizetype offset = 0;
    QCOMPARE(codec.decode(masked.first(5), &offset, &out, &code, &error),
             FrameCodec::Result::NeedMore);
    QCOMPARE(out.headerBytes, 0); // the mask key has not all arrived
    QCOMPARE(codec.decode(masked.first(9), &offset, &out, &code, &error),
             FrameCodec::Result::NeedMore);
    QCOMPARE(out.headerBytes, 8);
    QCOMPARE(codec.decode(masked, &offset, &out, &code, &error), FrameCodec::Result::Frame);
    QCOMPARE(out.headerBytes, 0);
    QCOMPARE(out.payload, QByteArray(300, 'q'));
}

void TestRawFrame::fromInfo()
{
    // What the log keeps of a frame gives its bytes back, header and (masked) payload.
    RawFrame f = frame(0x2, false, "abcd", 0x11223344);
    f.rsv3 = true;
    f.declaredLength = 300;
    f.lengthBits = RawFrame::LengthBits::Bits64;
    QCOMPARE(RawFrame::fromInfo(f.describe()).encode(), f.encode());
    RawFrame plain = frame(0xA, true, "pong");
    QCOMPARE(RawFrame::fromInfo(plain.describe()).encode(), plain.encode());
    // A head cut short gives the header and as much payload as was kept.
    const FrameInfo cut = f.describe(Direction::Out, 2);
    QCOMPARE(RawFrame::fromInfo(cut).encode(), f.encode().first(2 + 8 + 4 + 2));
}

QTEST_GUILESS_MAIN(TestRawFrame)
#include "tst_rawframe.moc"
