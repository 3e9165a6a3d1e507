// The decoder pipeline against real encoders: protoc (text format to wire), Python's
// msgpack, cbor2, zlib, gzip and base64. Every value is checked field for field.
#include <limits>

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "common/encoders.h"
#include "decode/cborjson.h"
#include "decode/decodecache.h"
#include "decode/decodepipeline.h"
#include "decode/msgpackcodec.h"
#include "decode/protobufschema.h"

namespace {

const QString DataDir = QStringLiteral(WSPROBE_TEST_DATA_DIR "/decode");

QByteArray protocEncode(const QString &type, const QByteArray &textFormat)
{
    return Encoders::protoc(QStringLiteral("encode"), type, DataDir, QStringLiteral("game.proto"),
                            textFormat);
}

QByteArray protocDecode(const QString &type, const QByteArray &wire)
{
    return Encoders::protoc(QStringLiteral("decode"), type, DataDir, QStringLiteral("game.proto"),
                            wire);
}

DecodePipeline pipeline(const QString &spec)
{
    DecodePipeline p;
    QString error;
    if (!DecodePipeline::parse(spec, &p, &error, DataDir))
        qFatal("%s: %s", qPrintable(spec), qPrintable(error));
    return p;
}

QJsonValue decodeJson(const QString &spec, const QByteArray &bytes,
                      Direction direction = Direction::In)
{
    const DecodedMessage m = pipeline(spec).decode(bytes, direction);
    if (!m.ok)
        qWarning("%s", qPrintable(m.error));
    return m.value.toJsonValue();
}

QByteArray moveText()
{
    QFile f(DataDir + QStringLiteral("/move.txtpb"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class tst_DecodePipeline : public QObject
{
    Q_OBJECT
private slots:
    void protobufWithSchema();
    void protobufTypeRules_data();
    void protobufTypeRules();
    void protobufSchemaErrors();
    void protobufEncodeRoundTrip();
    void protobufSchemaless();
    void msgpackFromPython();
    void msgpackToPython();
    void cborFromPython();
    void wrappers_data();
    void wrappers();
    void autoDetects_data();
    void autoDetects();
    void failuresNameStepAndByte_data();
    void failuresNameStepAndByte();
    void specErrors_data();
    void specErrors();
    void encodeWrapped();
    void cacheIsBoundedLru();
    void keysNestedInKeysStayBounded();
    void integersFromJsonStayInRange();
};

void tst_DecodePipeline::protobufWithSchema()
{
    if (!ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    const QByteArray wire = protocEncode(QStringLiteral("game.Move"), moveText());
    const DecodedMessage m = pipeline(QStringLiteral("protobuf:game.proto:game.Move")).decode(wire);
    QVERIFY2(m.ok, qPrintable(m.error));
    QCOMPARE(m.note, QStringLiteral("game.Move"));
    const QJsonObject move = m.value.toJsonValue().toObject();
    QCOMPARE(move.value(QLatin1String("kind")).toInt(), 1);
    const QJsonObject player = move.value(QLatin1String("player")).toObject();
    QCOMPARE(player.value(QLatin1String("name")).toString(), QStringLiteral("Ngọc"));
    QCOMPARE(player.value(QLatin1String("team")).toString(), QStringLiteral("BLUE"));
    const QJsonObject position = player.value(QLatin1String("position")).toObject();
    QCOMPARE(position.value(QLatin1String("x")).toDouble(), 1.5);
    QCOMPARE(position.value(QLatin1String("y")).toDouble(), -2.0);
    QCOMPARE(player.value(QLatin1String("scores")).toArray(), (QJsonArray{3, 1, 4, 1, 5}));
    // proto3's JSON mapping writes 64-bit integers as strings, exactly.
    const QJsonObject inventory = player.value(QLatin1String("inventory")).toObject();
    QCOMPARE(inventory.value(QLatin1String("arrows")).toString(), QStringLiteral("12"));
    QCOMPARE(inventory.value(QLatin1String("gold")).toString(), QStringLiteral("9000000000"));
    // The oneof: only the member that was set.
    QCOMPARE(move.value(QLatin1String("say")).toString(), QStringLiteral("hello"));
    QVERIFY(!move.contains(QLatin1String("walk_to")));
    QVERIFY(!move.contains(QLatin1String("jump")));
    const QJsonArray nearby = move.value(QLatin1String("nearby")).toArray();
    QCOMPARE(nearby.size(), 2);
    QCOMPARE(nearby.at(0).toObject().value(QLatin1String("team")).toString(),
             QStringLiteral("RED"));
    QCOMPARE(nearby.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("b"));
    QCOMPARE(QByteArray::fromBase64(move.value(QLatin1String("token")).toString().toLatin1()),
             QByteArray("\x00\x01\xff", 3));
    QCOMPARE(move.value(QLatin1String("speed")).toDouble(), 0.25);
    QCOMPARE(move.value(QLatin1String("delta")).toString(), QStringLiteral("-7"));
    QVERIFY(m.text.contains(QStringLiteral("\"say\": \"hello\"")));
}

void tst_DecodePipeline::protobufTypeRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("chatType"); // the type chosen for the chat message
    QTest::addRow("by field") << "@1:1=game.Move;@1:2=game.Chat" << QByteArray()
                              << int(Direction::In) << "game.Chat";
    QTest::addRow("by prefix") << "0x01=game.Move;0x02=game.Chat" << QByteArray("\x02", 1)
                               << int(Direction::In) << "game.Chat";
    QTest::addRow("by direction") << "out=game.Move;in=game.Chat" << QByteArray()
                                  << int(Direction::In) << "game.Chat";
    QTest::addRow("no rule: schema-less")
        << "out=game.Chat" << QByteArray() << int(Direction::In) << "";
}

void tst_DecodePipeline::protobufTypeRules()
{
    if (!ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    QFETCH(QString, rules);
    QFETCH(QByteArray, prefix);
    QFETCH(int, direction);
    QFETCH(QString, chatType);
    const QByteArray chat =
        prefix + protocEncode(QStringLiteral("game.Chat"), "kind: 2 text: \"gg wp\"");
    const DecodedMessage m =
        pipeline(QStringLiteral("protobuf:game.proto:") + rules).decode(chat, Direction(direction));
    QVERIFY2(m.ok, qPrintable(m.error));
    if (chatType.isEmpty()) {
        QVERIFY(m.note.startsWith(QStringLiteral("schema-less")));
        QCOMPARE(m.value.toMap().value(2).toString(), QStringLiteral("gg wp"));
    } else {
        QCOMPARE(m.note, chatType);
        QCOMPARE(m.value.toMap().value(QStringLiteral("text")).toString(), QStringLiteral("gg wp"));
    }
}

void tst_DecodePipeline::protobufSchemaErrors()
{
    if (!ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    DecodePipeline p;
    QString error;
    QVERIFY(!DecodePipeline::parse(QStringLiteral("protobuf:game.proto:game.Nope"), &p, &error,
                                   DataDir));
    QVERIFY2(error.contains(QStringLiteral("game.Nope")), qPrintable(error));
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.proto")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("syntax = \"proto3\";\nmessage A {\n  int32 x = ;\n}\n");
    bad.close();
    QVERIFY(!DecodePipeline::parse(QStringLiteral("protobuf:bad.proto:A"), &p, &error, dir.path()));
    // The file, the line and the column of the mistake.
    QVERIFY2(error.contains(QStringLiteral("bad.proto:3:")), qPrintable(error));
}

void tst_DecodePipeline::protobufEncodeRoundTrip()
{
    if (!ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    const DecodePipeline p = pipeline(QStringLiteral("protobuf:game.proto:game.Move"));
    QVERIFY(p.canEncode());
    const QJsonObject move{
        {QStringLiteral("kind"), 1},
        {QStringLiteral("jump"), true},
        {QStringLiteral("player"), QJsonObject{{QStringLiteral("name"), QStringLiteral("z")},
                                               {QStringLiteral("team"), QStringLiteral("RED")},
                                               {QStringLiteral("scores"), QJsonArray{7, 8}}}}};
    QByteArray wire;
    QString error;
    QVERIFY2(p.encode(QCborValue::fromJsonValue(move), Direction::Out, &wire, &error),
             qPrintable(error));
    const QByteArray text = protocDecode(QStringLiteral("game.Move"), wire);
    QVERIFY2(text.contains("jump: true"), text.constData());
    QVERIFY2(text.contains("team: RED"), text.constData());
    QVERIFY2(text.contains("scores: 7"), text.constData());
    QVERIFY(!p.encode(QCborValue::fromJsonValue(QJsonObject{{QStringLiteral("nope"), 1}}),
                      Direction::Out, &wire, &error));
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
}

void tst_DecodePipeline::protobufSchemaless()
{
    const QByteArray wire = protocEncode(QStringLiteral("game.Move"), moveText());
    const DecodedMessage m = pipeline(QStringLiteral("protobuf")).decode(wire);
    QVERIFY2(m.ok, qPrintable(m.error));
    const QCborMap move = m.value.toMap();
    QCOMPARE(move.value(1).toInteger(), 1);
    const QCborMap player = move.value(2).toMap();
    QCOMPARE(player.value(1).toString(), QStringLiteral("Ngọc"));
    QCOMPARE(player.value(2).toInteger(), 2); // BLUE
    // Packed repeated scores are one length-delimited field: not text, not a message.
    QCOMPARE(player.value(4).toByteArray(), QByteArray("\x03\x01\x04\x01\x05"));
    QCOMPARE(player.value(5).toArray().size(), 2); // two map entries
    QCOMPARE(player.value(5).toArray().at(1).toMap().value(2).toInteger(), 9000000000);
    QCOMPARE(move.value(4).toString(), QStringLiteral("hello"));
    QCOMPARE(move.value(6).toArray().size(), 2);             // repeated nearby
    QCOMPARE(move.value(9).toInteger(), 13);                 // zigzag -7
    QCOMPARE(move.value(8).toInteger(), 0x3fd0000000000000); // 0.25 as fixed64
}

void tst_DecodePipeline::msgpackFromPython()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const QByteArray bytes = Encoders::python(QStringLiteral(
        "out = msgpack.packb({'a': 1, 'list': [1, -2, {'c': None}], 'bin': b'\\x00\\x01', "
        "'f': 1.5, 's': 'Ngọc', 7: 'int key', 'big': 2**64 - 1, 't': True}, use_bin_type=True)"));
    const DecodedMessage m = pipeline(QStringLiteral("msgpack")).decode(bytes);
    QVERIFY2(m.ok, qPrintable(m.error));
    const QCborMap map = m.value.toMap();
    QCOMPARE(map.value(QStringLiteral("a")).toInteger(), 1);
    QCOMPARE(map.value(QStringLiteral("list")).toArray().at(1).toInteger(), -2);
    QVERIFY(map.value(QStringLiteral("list"))
                .toArray()
                .at(2)
                .toMap()
                .value(QStringLiteral("c"))
                .isNull());
    QCOMPARE(map.value(QStringLiteral("bin")).toByteArray(), QByteArray("\x00\x01", 2));
    QCOMPARE(map.value(QStringLiteral("f")).toDouble(), 1.5);
    QCOMPARE(map.value(QStringLiteral("s")).toString(), QStringLiteral("Ngọc"));
    QCOMPARE(map.value(7).toString(), QStringLiteral("int key"));
    QCOMPARE(map.value(QStringLiteral("big")).toDouble(), 18446744073709551615.0);
    QCOMPARE(map.value(QStringLiteral("t")).toBool(), true);
    // Key order is the encoder's, in the value and in the text ("list" before "bin").
    QCOMPARE(map.keys().first().toString(), QStringLiteral("a"));
    QVERIFY(m.text.indexOf(QStringLiteral("\"list\"")) < m.text.indexOf(QStringLiteral("\"bin\"")));
    QVERIFY(m.text.contains(QStringLiteral("\"7\": \"int key\"")));
}

void tst_DecodePipeline::msgpackToPython()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const QJsonObject value{{QStringLiteral("n"), -300},
                            {QStringLiteral("x"), 2.5},
                            {QStringLiteral("s"), QStringLiteral("hé")},
                            {QStringLiteral("l"), QJsonArray{true, QJsonValue::Null}}};
    QByteArray bytes;
    QString error;
    QVERIFY(pipeline(QStringLiteral("base64,msgpack"))
                .encode(QCborValue::fromJsonValue(value), Direction::Out, &bytes, &error));
    const QByteArray seen = Encoders::run(
        QStringLiteral(WSPROBE_TEST_PYTHON),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, base64, msgpack, json\n"
                        "print(json.dumps(msgpack.unpackb(base64.b64decode(sys.stdin.read())), "
                        "sort_keys=True, ensure_ascii=False))")},
        bytes);
    QCOMPARE(seen.trimmed(),
             QByteArray("{\"l\": [true, null], \"n\": -300, \"s\": \"hé\", \"x\": 2.5}"));
}

void tst_DecodePipeline::cborFromPython()
{
    const QByteArray bytes = Encoders::python(
        QStringLiteral("out = cbor2.dumps({'id': 42, 'tags': ['a', 'b'], 'raw': b'\\xff', "
                       "'ok': False, 'pi': 3.25, -1: 'neg key'})"));
    const DecodedMessage m = pipeline(QStringLiteral("cbor")).decode(bytes);
    QVERIFY2(m.ok, qPrintable(m.error));
    const QCborMap map = m.value.toMap();
    QCOMPARE(map.value(QStringLiteral("id")).toInteger(), 42);
    QCOMPARE(map.value(QStringLiteral("tags")).toArray().at(1).toString(), QStringLiteral("b"));
    QCOMPARE(map.value(QStringLiteral("raw")).toByteArray(), QByteArray("\xff"));
    QCOMPARE(map.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(map.value(QStringLiteral("pi")).toDouble(), 3.25);
    QCOMPARE(map.value(-1).toString(), QStringLiteral("neg key"));
}

void tst_DecodePipeline::wrappers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("python");
    const QString json = QStringLiteral("b'{\"hello\": [1, 2]}'");
    QTest::addRow("base64 json") << "base64,json"
                                 << "out = base64.b64encode(" + json + ")";
    QTest::addRow("urlsafe unpadded")
        << "base64,json"
        << "out = base64.urlsafe_b64encode(" + json + ").rstrip(b'=')";
    QTest::addRow("hex json") << "hex,json"
                              << "out = " + json + ".hex().encode()";
    QTest::addRow("zlib json") << "zlib,json"
                               << "out = zlib.compress(" + json + ")";
    QTest::addRow("gzip json") << "gzip,json"
                               << "out = gzip.compress(" + json + ")";
    QTest::addRow("raw deflate json")
        << "deflate,json"
        << "c = zlib.compressobj(wbits=-15); out = c.compress(" + json + ") + c.flush()";
    QTest::addRow("inflate sniffs gzip") << "inflate,json"
                                         << "out = gzip.compress(" + json + ")";
    QTest::addRow("base64 zlib msgpack")
        << "base64,zlib,msgpack"
        << "out = base64.b64encode(zlib.compress(msgpack.packb({'hello': [1, 2]})))";
    QTest::addRow("base64 cbor") << "base64,cbor"
                                 << "out = base64.b64encode(cbor2.dumps({'hello': [1, 2]}))";
}

void tst_DecodePipeline::wrappers()
{
    QFETCH(QString, spec);
    QFETCH(QString, python);
    if (spec.contains(QLatin1String("msgpack")) && !MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const QJsonValue v = decodeJson(spec, Encoders::python(python));
    QCOMPARE(v, QJsonValue(QJsonObject{{QStringLiteral("hello"), QJsonArray{1, 2}}}));
}

void tst_DecodePipeline::autoDetects_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<QStringList>("steps");
    QTest::addRow("json") << "out = b'{\"a\": 1}'" << QStringList{"json"};
    QTest::addRow("gzip json") << "out = gzip.compress(b'[1]')" << QStringList{"inflate", "json"};
    QTest::addRow("base64 zlib msgpack")
        << "out = base64.b64encode(zlib.compress(msgpack.packb({'a': [1, 2, 3]})))"
        << QStringList{"base64", "inflate", "msgpack"};
    QTest::addRow("cbor map") << "out = cbor2.dumps({'a': 1, 'b': 'x'})" << QStringList{"cbor"};
    QTest::addRow("msgpack map") << "out = msgpack.packb({'a': 1})" << QStringList{"msgpack"};
    QTest::addRow("plain text") << "out = 'héllo wörld'.encode()" << QStringList{};
}

void tst_DecodePipeline::autoDetects()
{
    QFETCH(QString, python);
    QFETCH(QStringList, steps);
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const DecodedMessage m = pipeline(QStringLiteral("auto")).decode(Encoders::python(python));
    QVERIFY2(m.ok, qPrintable(m.error));
    QCOMPARE(m.steps, steps);
}

void tst_DecodePipeline::failuresNameStepAndByte_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("step");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("says");
    QTest::addRow("bad base64 char") << "base64,json" << QByteArray("eyJh!") << 1 << qsizetype(4)
                                     << "'!' is not a base64 character";
    QTest::addRow("odd hex") << "hex" << QByteArray("0a0") << 1 << qsizetype(2) << "odd number";
    // Offsets are where the step's parser stopped: zlib after the two header bytes it refused,
    // the JSON scanner at the start of the bad literal.
    QTest::addRow("not zlib") << "base64,zlib" << QByteArray("aGVsbG8=") << 2 << qsizetype(2)
                              << "incorrect header check";
    QTest::addRow("json") << "json" << QByteArray("{\"a\": tru}") << 1 << qsizetype(6) << "JSON";
    QTest::addRow("json nested too deep")
        << "json" << QByteArray(300, '[') << 1 << qsizetype(257) << "deeper than 256";
    QTest::addRow("cbor trailing")
        << "cbor" << QByteArray("\x01\x02", 2) << 1 << qsizetype(1) << "follow the CBOR value";
    QTest::addRow("msgpack cut off") << "msgpack"
                                     << QByteArray("\x82\xa1"
                                                   "a",
                                                   3)
                                     << 1 << qsizetype(3) << "cut off";
    QTest::addRow("msgpack bad byte")
        << "msgpack" << QByteArray("\x92\x01\xc1", 3) << 1 << qsizetype(2) << "0xc1";
    QTest::addRow("protobuf overlong length") << "protobuf"
                                              << QByteArray("\x08\x01\x12\x09"
                                                            "ab",
                                                            6)
                                              << 1 << qsizetype(2) << "claims 9 bytes";
}

void tst_DecodePipeline::failuresNameStepAndByte()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(int, step);
    QFETCH(qsizetype, offset);
    QFETCH(QString, says);
    if (spec.contains(QLatin1String("msgpack")) && !MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const DecodedMessage m = pipeline(spec).decode(input);
    QVERIFY(!m.ok);
    QCOMPARE(m.failedStep, step);
    QCOMPARE(m.errorOffset, offset);
    QVERIFY2(m.error.contains(says), qPrintable(m.error));
    QVERIFY2(m.error.startsWith(QStringLiteral("step %1 (").arg(step)), qPrintable(m.error));
}

void tst_DecodePipeline::specErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown step") << "base64,rot13"
                                  << "step 2: \"rot13\" is not a decoding step";
    QTest::addRow("format not last") << "json,base64"
                                     << "must be the last step";
    QTest::addRow("argument") << "zlib:9"
                              << "takes no arguments";
    QTest::addRow("protobuf without type") << "protobuf:game.proto"
                                           << "protobuf:FILE.proto";
    QTest::addRow("missing file") << "protobuf:nope.proto:a.B"
                                  << "nope.proto";
    QTest::addRow("bad rule") << "protobuf:game.proto:sideways=game.Move"
                              << "no condition";
}

void tst_DecodePipeline::specErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, says);
    if (spec.contains(QLatin1Char(':')) && spec.startsWith(QLatin1String("protobuf"))
        && !ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    DecodePipeline p;
    QString error;
    QVERIFY(!DecodePipeline::parse(spec, &p, &error, DataDir));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void tst_DecodePipeline::encodeWrapped()
{
    const QJsonObject value{{QStringLiteral("k"), QStringLiteral("v")}};
    for (const QString &spec : {QStringLiteral("base64,zlib,cbor"), QStringLiteral("hex,gzip,json"),
                                QStringLiteral("deflate,cbor")}) {
        const DecodePipeline p = pipeline(spec);
        QByteArray bytes;
        QString error;
        QVERIFY2(p.encode(QCborValue::fromJsonValue(value), Direction::Out, &bytes, &error),
                 qPrintable(error));
        const DecodedMessage back = p.decode(bytes);
        QVERIFY2(back.ok, qPrintable(spec + QLatin1String(": ") + back.error));
        QCOMPARE(back.value.toJsonValue(), QJsonValue(value));
    }
    QString error;
    QByteArray bytes;
    QVERIFY(
        !pipeline(QStringLiteral("auto")).encode(QCborValue(1), Direction::Out, &bytes, &error));
}

void tst_DecodePipeline::cacheIsBoundedLru()
{
    DecodeCache cache(4096);
    cache.setPipeline(pipeline(QStringLiteral("json")));
    const QByteArray payload = "{\"a\": \"" + QByteArray(100, 'x') + "\"}";
    const auto first = cache.get(0, payload, Direction::In);
    QVERIFY(first->ok);
    QCOMPARE(cache.get(0, payload, Direction::In).get(), first.get()); // a hit: same object
    QCOMPARE(cache.misses(), 1);
    for (qint64 key = 1; key < 200; ++key)
        cache.get(key, payload, Direction::In);
    QVERIFY(cache.totalCost() <= 4096);
    QVERIFY(cache.size() < 200);
    QVERIFY(cache.get(0, payload, Direction::In).get() != first.get()); // evicted long ago
    // A search's look does not stay.
    const qsizetype before = cache.size();
    cache.get(100000, payload, Direction::In, false);
    QCOMPARE(cache.size(), before);
    cache.setPipeline(pipeline(QStringLiteral("cbor")));
    QCOMPARE(cache.size(), 0);
}

void tst_DecodePipeline::keysNestedInKeysStayBounded()
{
    // A key that is not a string is shown as its JSON text, escaped as a string: a key that is
    // a map keyed by a map... escaped its text again at each level (2^depth bytes).
    QCborValue key(QStringLiteral("x"));
    for (int depth = 0; depth < 40; ++depth) {
        QCborMap map;
        map.insert(key, depth);
        key = map;
    }
    QCborMap top;
    top.insert(key, QStringLiteral("top"));
    const DecodedMessage m = pipeline(QStringLiteral("cbor")).decode(top.toCborValue().toCbor());
    QVERIFY2(m.ok, qPrintable(m.error));
    const QString compact = CborJson::text(m.value, false);
    QVERIFY2(compact.size() < 8 * CborJson::MaxKeyTextLength, qPrintable(compact.left(200)));
    QVERIFY2(compact.endsWith(QString(QChar(0x2026)) + QStringLiteral("\":\"top\"}")),
             qPrintable(compact.right(40)));
    QVERIFY(CborJson::text(m.value, true).size() < 16 * CborJson::MaxKeyTextLength);
    // A short key that is not a string is shown whole.
    QCborMap shallow;
    shallow.insert(QCborMap{{1, 2}}, true);
    QCOMPARE(CborJson::text(shallow, false), QStringLiteral("{\"{\\\"1\\\":2}\":true}"));
}

void tst_DecodePipeline::integersFromJsonStayInRange()
{
    // A peer's JSON number beyond qint64 is a double: Qt 6.4's toInteger() casts it (undefined
    // behaviour, found by fuzz_protocols in a SignalR "type"); CborJson::integer refuses it.
    const DecodedMessage m = DecodePipeline::readJson(
        "[7, -3.9, 1e300, -1e300, 9223372036854775807, 888888888888888888888888883, \"7\"]");
    QVERIFY2(m.ok, qPrintable(m.error));
    const QCborArray a = m.value.toArray();
    QCOMPARE(CborJson::integer(a.at(0), -1), qint64(7));
    QCOMPARE(CborJson::integer(a.at(1), -1), qint64(-3));
    QCOMPARE(CborJson::integer(a.at(2), -1), qint64(-1));
    QCOMPARE(CborJson::integer(a.at(3), -1), qint64(-1));
    QCOMPARE(CborJson::integer(a.at(4), -1), std::numeric_limits<qint64>::max());
    QCOMPARE(CborJson::integer(a.at(5), -1), qint64(-1));
    QCOMPARE(CborJson::integer(a.at(6), -1), qint64(-1)); // a string is not a number
    QCOMPARE(CborJson::integer(QCborValue(qQNaN()), 5), qint64(5));
}

QTEST_GUILESS_MAIN(tst_DecodePipeline)
#include "tst_decodepipeline.moc"
