// The replay compare with a decoder: payloads made by real encoders (Python's msgpack and
// cbor2, protoc) that differ in bytes but not in value, and values that do differ.
#include <QTest>

#include "common/encoders.h"
#include "decode/msgpackcodec.h"
#include "decode/protobufschema.h"
#include "replay/sessioncompare.h"

namespace {

const QString DataDir = QStringLiteral(WSPROBE_TEST_DATA_DIR "/decode");

QByteArray protoc(const QString &mode, const QString &type, const QByteArray &input)
{
    return Encoders::protoc(mode, type, DataDir, QStringLiteral("game.proto"), input);
}

Event binary(const QByteArray &payload)
{
    return Event::message(0, Direction::In, false, payload);
}

CompareRules rulesFor(const QString &spec)
{
    CompareRules rules;
    QString error;
    if (!rules.setDecoder(spec, &error, DataDir))
        qFatal("%s", qPrintable(error));
    return rules;
}

QString counts(const CompareResult &r)
{
    return QStringLiteral("%1/%2/%3/%4").arg(r.same).arg(r.changed).arg(r.missing).arg(r.extra);
}

} // namespace

class TestSessionCompare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameValueOtherBytes_data();
    void sameValueOtherBytes();
    void valueDifferenceNamesThePath();
    void ignoreKeyOnDecodedPath();
    void alignsOnDecodedValues();
    void undecodableOnOneSide();
    void undecodableOnBothSides();
    void decodedScalars();
    void badDecoderSpec_data();
    void badDecoderSpec();
};

void TestSessionCompare::initTestCase()
{
    if (!MsgPackCodec::available() || !ProtobufSchema::available())
        QSKIP("built without MessagePack or Protocol Buffers");
}

void TestSessionCompare::sameValueOtherBytes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("recorded");
    QTest::addColumn<QByteArray>("replayed");
    if (!MsgPackCodec::available() || !ProtobufSchema::available())
        return;
    QTest::addRow("msgpack map key order")
        << "msgpack"
        << Encoders::python("out = msgpack.packb({'id': 7, 'user': {'name': 'An', 'age': 30}})")
        << Encoders::python("out = msgpack.packb({'user': {'age': 30, 'name': 'An'}, 'id': 7})");
    // Python's cbor2 writes the shortest form; the wider and indefinite-length forms are
    // written by hand and read back by cbor2 to prove they hold the same value.
    QTest::addRow("cbor integer width")
        << "cbor" << Encoders::python("out = cbor2.dumps({'n': 1, 'list': [1, 2]})")
        << Encoders::python(
               "out = bytes.fromhex('a2616e19000164 6c697374 82 1a00000001 1b0000000000000002'"
               ".replace(' ', ''))\n"
               "assert cbor2.loads(out) == {'n': 1, 'list': [1, 2]}");
    QTest::addRow("cbor indefinite length")
        << "cbor" << Encoders::python("out = cbor2.dumps({'n': 1, 'list': [1, 2]})")
        << Encoders::python(
               "out = bytes.fromhex('bf 616e 01 646c697374 9f 01 02 ff ff'.replace(' ', ''))\n"
               "assert cbor2.loads(out) == {'n': 1, 'list': [1, 2]}");
    QTest::addRow("base64 zlib cbor")
        << "base64,zlib,cbor"
        << Encoders::python(
               "import base64, zlib\n"
               "out = base64.b64encode(zlib.compress(cbor2.dumps({'a': 1, 'b': 2}), 9))")
        << Encoders::python(
               "import base64, zlib\n"
               "out = base64.b64encode(zlib.compress(cbor2.dumps({'b': 2, 'a': 1}), 1))");
    // protoc writes fields in number order; a message is the same with them in any order.
    const QByteArray kind =
        protoc(QStringLiteral("encode"), QStringLiteral("game.Move"), "kind: 1");
    const QByteArray rest =
        protoc(QStringLiteral("encode"), QStringLiteral("game.Move"),
               "player { name: \"Ngọc\" scores: [3, 1, 4] } say: \"hello\" speed: 0.25");
    QTest::addRow("protobuf field order")
        << "protobuf:game.proto:in=game.Move" << kind + rest << rest + kind;
    // proto3 packs repeated scalars; a parser must accept them unpacked as well.
    const QByteArray packed =
        protoc(QStringLiteral("encode"), QStringLiteral("game.Player"), "scores: [3, 1, 4]");
    const QByteArray unpacked = QByteArray::fromHex("200320012004");
    QCOMPARE(protoc(QStringLiteral("decode"), QStringLiteral("game.Player"), unpacked),
             protoc(QStringLiteral("decode"), QStringLiteral("game.Player"), packed));
    QTest::addRow("protobuf packed and unpacked")
        << "protobuf:game.proto:in=game.Player" << packed << unpacked;
}

void TestSessionCompare::sameValueOtherBytes()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, recorded);
    QFETCH(QByteArray, replayed);
    QVERIFY(recorded != replayed);
    // Text for the base64 pipeline, binary for the others, as they would be received.
    const bool text = spec.startsWith(QLatin1String("base64"));
    const QList<Event> a{Event::message(0, Direction::In, text, recorded)};
    const QList<Event> b{Event::message(0, Direction::In, text, replayed)};

    const CompareResult without = SessionCompare::compare(a, b, {});
    QCOMPARE(counts(without), QStringLiteral("0/1/0/0"));

    const CompareRules rules = rulesFor(spec);
    const CompareResult with = SessionCompare::compare(a, b, rules);
    QCOMPARE(counts(with), QStringLiteral("1/0/0/0"));
    QCOMPARE(with.undecodedRecorded + with.undecodedReplayed, 0);
    QCOMPARE(SessionCompare::normalized(a[0], rules), SessionCompare::normalized(b[0], rules));
    QVERIFY(with.report(a, b, rules).contains(QStringLiteral("decoded by ") + spec));
}

void TestSessionCompare::valueDifferenceNamesThePath()
{
    const QList<Event> a{
        binary(Encoders::python("out = msgpack.packb({'id': 7, 'user': {'name': 'An'}, "
                                "'tags': ['x']})"))};
    const QList<Event> b{binary(Encoders::python("out = msgpack.packb({'tags': ['x', 'y'], "
                                                 "'user': {'name': 'Bình'}, 'id': 7})"))};
    const CompareRules rules = rulesFor(QStringLiteral("msgpack"));
    const CompareResult r = SessionCompare::compare(a, b, rules);
    QCOMPARE(counts(r), QStringLiteral("0/1/0/0"));
    QCOMPARE(r.rows[0].differences,
             (QStringList{QString::fromUtf8("$.tags[1]: (absent) → \"y\""),
                          QString::fromUtf8("$.user.name: \"An\" → \"Bình\"")}));
    const QString report = r.report(a, b, rules);
    QVERIFY2(report.contains(QString::fromUtf8("    $.user.name: \"An\" → \"Bình\"\n")),
             qPrintable(report));

    // A protobuf field of another value, named by its field name.
    const QByteArray x =
        protoc(QStringLiteral("encode"), QStringLiteral("game.Move"), "kind: 1 speed: 0.25");
    const QByteArray y =
        protoc(QStringLiteral("encode"), QStringLiteral("game.Move"), "kind: 1 speed: 0.5");
    const CompareResult p = SessionCompare::compare(
        {binary(x)}, {binary(y)}, rulesFor(QStringLiteral("protobuf:game.proto:in=game.Move")));
    QCOMPARE(p.rows[0].differences, QStringList{QString::fromUtf8("$.speed: 0.25 → 0.5")});
}

void TestSessionCompare::ignoreKeyOnDecodedPath()
{
    const QList<Event> a{
        binary(Encoders::python("out = msgpack.packb({'id': 7, 'ts': 1, 'meta': {'ts': 5}})"))};
    const QList<Event> b{
        binary(Encoders::python("out = msgpack.packb({'meta': {'ts': 6}, 'ts': 1, 'id': 7})"))};
    CompareRules rules = rulesFor(QStringLiteral("msgpack"));
    QCOMPARE(counts(SessionCompare::compare(a, b, rules)), QStringLiteral("0/1/0/0"));
    rules.ignoreKeys = QStringList{QStringLiteral("$.meta.ts")};
    QCOMPARE(counts(SessionCompare::compare(a, b, rules)), QStringLiteral("1/0/0/0"));
    // Without the decoder the key means nothing to the bytes.
    CompareRules raw;
    raw.ignoreKeys = rules.ignoreKeys;
    QCOMPARE(counts(SessionCompare::compare(a, b, raw)), QStringLiteral("0/1/0/0"));
    // Masks apply to the decoded value's JSON text.
    CompareRules masked = rulesFor(QStringLiteral("msgpack"));
    masked.masks << QRegularExpression(QStringLiteral("\"ts\":\\d+"));
    QCOMPARE(counts(SessionCompare::compare(a, b, masked)), QStringLiteral("1/0/0/0"));
}

void TestSessionCompare::alignsOnDecodedValues()
{
    QList<Event> a, b;
    for (int i = 0; i < 4; ++i)
        a << binary(
            Encoders::python(QStringLiteral("out = msgpack.packb({'n': %1, 'k': 'v'})").arg(i)));
    // The replay dropped the second message and wrote the others' keys in another order.
    for (int i : {0, 2, 3})
        b << binary(
            Encoders::python(QStringLiteral("out = msgpack.packb({'k': 'v', 'n': %1})").arg(i)));
    const CompareResult r = SessionCompare::compare(a, b, rulesFor(QStringLiteral("msgpack")));
    QCOMPARE(counts(r), QStringLiteral("3/0/1/0"));
    QCOMPARE(r.rows[1].status, MessageComparison::Status::Missing);
    QCOMPARE(r.rows[1].recorded, 1);
    QCOMPARE(counts(SessionCompare::compare(a, b, {})), QStringLiteral("0/3/1/0"));
}

void TestSessionCompare::undecodableOnOneSide()
{
    // 0xc1 is never used in MessagePack.
    const QList<Event> a{binary(Encoders::python("out = msgpack.packb({'id': 7})"))};
    const QList<Event> b{binary(QByteArray::fromHex("c1"))};
    const CompareRules rules = rulesFor(QStringLiteral("msgpack"));
    const QString error = rules.decoder.decode(b[0].payload, Direction::In).error;
    QVERIFY(!error.isEmpty());
    const CompareResult r = SessionCompare::compare(a, b, rules);
    QCOMPARE(counts(r), QStringLiteral("0/1/0/0"));
    QCOMPARE(r.undecodedRecorded, 0);
    QCOMPARE(r.undecodedReplayed, 1);
    QCOMPARE(r.rows[0].differences.first(),
             QStringLiteral("not decoded on the replayed side: ") + error);
    QVERIFY(r.rows[0].differences.last().startsWith(QStringLiteral("bytes differ from offset 0")));
    const QString report = r.report(a, b, rules);
    QVERIFY2(report.contains(QStringLiteral("compared as sent: 0 recorded and 1 replayed")),
             qPrintable(report));
    // The other way round names the other side.
    const CompareResult back = SessionCompare::compare(b, a, rules);
    QCOMPARE(back.rows[0].differences.first(),
             QStringLiteral("not decoded on the recorded side: ") + error);
}

void TestSessionCompare::undecodableOnBothSides()
{
    // Not decoded on either side: compared as sent, and counted. The same bytes stay the
    // same (a heartbeat the pipeline is not for); other bytes are changed with both errors.
    const CompareRules rules = rulesFor(QStringLiteral("msgpack"));
    const QList<Event> a{binary(QByteArray::fromHex("c1")), binary(QByteArray::fromHex("c1c1"))};
    const QList<Event> b{binary(QByteArray::fromHex("c1")), binary(QByteArray::fromHex("c1c2"))};
    const CompareResult r = SessionCompare::compare(a, b, rules);
    QCOMPARE(counts(r), QStringLiteral("1/1/0/0"));
    QCOMPARE(r.undecodedRecorded, 2);
    QCOMPARE(r.undecodedReplayed, 2);
    const QStringList d = r.rows[1].differences;
    QCOMPARE(d.size(), 3);
    QVERIFY(d[0].startsWith(QStringLiteral("not decoded on the recorded side: ")));
    QVERIFY(d[1].startsWith(QStringLiteral("not decoded on the replayed side: ")));
    QCOMPARE(d[2], QStringLiteral("bytes differ from offset 1 (2 B → 2 B)"));
    QVERIFY(!r.passed());
}

void TestSessionCompare::decodedScalars()
{
    // A payload may decode to a bare value; it is compared and named at the root.
    const QList<Event> a{binary(Encoders::python("out = msgpack.packb(42)"))};
    const QList<Event> b{binary(Encoders::python("out = msgpack.packb(43)"))};
    const CompareRules rules = rulesFor(QStringLiteral("msgpack"));
    QCOMPARE(SessionCompare::normalized(a[0], rules), QByteArray("42"));
    const CompareResult r = SessionCompare::compare(a, b, rules);
    QCOMPARE(r.rows[0].differences, QStringList{QString::fromUtf8("$: 42 → 43")});
    QCOMPARE(SessionCompare::decodedPreview(a[0], rules), QStringLiteral("42"));
    QCOMPARE(SessionCompare::decodedPreview(a[0], {}), QString());
}

void TestSessionCompare::badDecoderSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty") << ""
                           << "The decoder \"\" cannot be used: it has no steps.";
    QTest::addRow("format not last") << "msgpack,zlib"
                                     << "step 1: msgpack is a format and must be the last step";
    QTest::addRow("unknown step") << "base64,rot13"
                                  << "step 2: \"rot13\" is not a decoding step";
    QTest::addRow("missing schema") << "protobuf:nope.proto:in=game.Move"
                                    << "nope.proto";
}

void TestSessionCompare::badDecoderSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    CompareRules rules = rulesFor(QStringLiteral("cbor"));
    QString message;
    QVERIFY(!rules.setDecoder(spec, &message, DataDir));
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(rules.decoder.spec(), QStringLiteral("cbor")); // left as it was
}

QTEST_GUILESS_MAIN(TestSessionCompare)
#include "tst_sessioncompare.moc"
