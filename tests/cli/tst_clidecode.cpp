// wsprobe-cli's --decode, run as a user would: connect prints each message's decoded value
// (a "decoded" member with --json), convert writes it into the session or transcript, replay
// --compare compares the decoded values.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "common/clirun.h"
#include "common/encoders.h"
#include "decode/msgpackcodec.h"
#include "decode/protobufschema.h"
#include "demo/demoserver.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"

namespace {

QByteArray pythonHex(const QString &code)
{
    return Encoders::python(code).toHex();
}

CliRun cli(const QStringList &args)
{
    return CliRun::run(QStringLiteral(WSPROBE_CLI_PATH), args);
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectJsonHasDecoded();
    void connectTranscriptShowsDecodedLine();
    void connectProtobuf();
    void convertWritesDecoded();
    void replayComparesDecodedValues();
    void badSpecExitsTwo();

private:
    DemoServer m_server;
    QTemporaryDir m_dir;
};

void TestCliDecode::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestCliDecode::connectJsonHasDecoded()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    const QByteArray hex =
        pythonHex(QStringLiteral("out = msgpack.packb({'op': 'move', 'xy': [3, -4]})"));
    const CliRun r =
        cli({"connect", m_server.url("/echo").toString(), "--send-hex", QString::fromLatin1(hex),
             "--decode", "msgpack", "--json", "-q", "--wait-ms", "300"});
    QCOMPARE(r.exitCode, 0);
    int seen = 0;
    for (const QJsonObject &e : r.events) {
        if (e.value(QLatin1String("event")).toString() != QLatin1String("message"))
            continue;
        ++seen;
        const QJsonObject decoded = e.value(QLatin1String("decoded")).toObject();
        QCOMPARE(decoded.value(QLatin1String("op")).toString(), QStringLiteral("move"));
        QCOMPARE(decoded.value(QLatin1String("xy")).toArray(), (QJsonArray{3, -4}));
    }
    QCOMPARE(seen, 2); // sent and echoed
}

void TestCliDecode::connectTranscriptShowsDecodedLine()
{
    const CliRun r = cli({"connect", m_server.url("/echo").toString(), "--send", "not base64!",
                          "--decode", "base64,json", "-q", "--wait-ms", "300"});
    QCOMPARE(r.exitCode, 0);
    // A failure names the step and the byte; the raw message is printed as always.
    QVERIFY2(r.out.contains("decoded: step 1 (base64): '!' is not a base64 character at byte 10"),
             r.out.constData());
    QVERIFY(r.out.contains("not base64!"));
}

void TestCliDecode::connectProtobuf()
{
    if (!ProtobufSchema::available())
        QSKIP("built without WSPROBE_PROTOBUF");
    // game.Chat {kind: 2, text: "gg"} as protoc writes it.
    const QString spec =
        QStringLiteral("protobuf:" WSPROBE_TEST_DATA_DIR "/decode/game.proto:@1:2=game.Chat");
    const CliRun r =
        cli({"connect", m_server.url("/echo").toString(), "--send-hex", "08 02 12 02 67 67",
             "--decode", spec, "--json", "-q", "--wait-ms", "300"});
    QCOMPARE(r.exitCode, 0);
    bool found = false;
    for (const QJsonObject &e : r.events) {
        if (e.value(QLatin1String("dir")).toString() == QLatin1String("in")) {
            const QJsonObject chat = e.value(QLatin1String("decoded")).toObject();
            QCOMPARE(chat.value(QLatin1String("kind")).toInt(), 2);
            QCOMPARE(chat.value(QLatin1String("text")).toString(), QStringLiteral("gg"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCliDecode::convertWritesDecoded()
{
    const QString session = m_dir.filePath(QStringLiteral("cbor.wsprobe.jsonl"));
    const QByteArray hex = pythonHex(QStringLiteral("out = cbor2.dumps({'temp': 21.5})"));
    CliRun r = cli({"record", m_server.url("/echo").toString(), "-o", session, "--send-hex",
                    QString::fromLatin1(hex), "--wait-ms", "300"});
    QCOMPARE(r.exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("decoded.wsprobe.jsonl"));
    r = cli({"convert", session, out, "--decode", "cbor"});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int decodedLines = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains("\"decoded\":{\"temp\":21.5}"))
            ++decodedLines;
    }
    QCOMPARE(decodedLines, 2);
    // The annotated file is still a session Wsprobe reads, messages unchanged.
    Session a, b;
    QString error;
    QVERIFY2(SessionReader::readFile(session, &a, &error), qPrintable(error));
    QVERIFY2(SessionReader::readFile(out, &b, &error), qPrintable(error));
    QCOMPARE(b.events.size(), a.events.size());
    const QString txt = m_dir.filePath(QStringLiteral("decoded.txt"));
    r = cli({"convert", session, txt, "--decode", "cbor"});
    QCOMPARE(r.exitCode, 0);
    QFile text(txt);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("    decoded: {\"temp\":21.5}"));
    const QString har = m_dir.filePath(QStringLiteral("decoded.har"));
    r = cli({"convert", session, har, "--decode", "cbor"});
    QCOMPARE(r.exitCode, 0);
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    QCOMPARE(harFile.readAll().count("\"_decoded\":{\"temp\":21.5}"), 2);
}

void TestCliDecode::replayComparesDecodedValues()
{
    if (!MsgPackCodec::available())
        QSKIP("built without WSPROBE_MSGPACK");
    // A recording whose server wrote its reply's keys in another order than the replay's
    // echo will: other bytes, the same value.
    const QByteArray sent = QByteArray::fromHex(
        pythonHex(QStringLiteral("out = msgpack.packb({'b': [1, 2], 'a': {'x': 1}})")));
    const QByteArray received = QByteArray::fromHex(
        pythonHex(QStringLiteral("out = msgpack.packb({'a': {'x': 1}, 'b': [1, 2]})")));
    QVERIFY(!sent.isEmpty() && sent != received);
    SessionHeader header;
    header.request.url = m_server.url("/echo");
    EventStore events;
    events.append(Event::open(1000, {}, {}));
    events.append(Event::message(1010, Direction::Out, false, sent));
    events.append(Event::message(1020, Direction::In, false, received));
    events.append(Event::close(1100, 1000, {}, true));
    const QString file = m_dir.filePath(QStringLiteral("msgpack.wsprobe.jsonl"));
    QString error;
    QVERIFY2(SessionWriter::write(file, SessionWriter::Format::Jsonl, header, events, {}, &error),
             qPrintable(error));

    CliRun r = cli({"replay", file, "--compare", "--speed", "0", "--linger-ms", "300"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("bytes differ from offset"), r.out.constData());

    r = cli(
        {"replay", file, "--compare", "--decode", "msgpack", "--speed", "0", "--linger-ms", "300"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY2(r.out.contains("PASS: 1 message(s) the same."), r.out.constData());
    QVERIFY2(r.out.contains("Compared the values decoded by msgpack."), r.out.constData());

    // A real difference in the value, named by its path, and then ignored by that path.
    const QByteArray other = QByteArray::fromHex(
        pythonHex(QStringLiteral("out = msgpack.packb({'a': {'x': 2}, 'b': [1, 2]})")));
    events.clear();
    events.append(Event::open(1000, {}, {}));
    events.append(Event::message(1010, Direction::Out, false, sent));
    events.append(Event::message(1020, Direction::In, false, other));
    QVERIFY2(SessionWriter::write(file, SessionWriter::Format::Jsonl, header, events, {}, &error),
             qPrintable(error));
    r = cli(
        {"replay", file, "--compare", "--decode", "msgpack", "--speed", "0", "--linger-ms", "300"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("$.a.x: 2 → 1"), r.out.constData());
    r = cli({"replay", file, "--compare", "--decode", "msgpack", "--ignore-key", "$.a.x", "--speed",
             "0", "--linger-ms", "300"});
    QVERIFY2(r.exitCode == 0, r.out.constData());

    r = cli({"replay", file, "--compare", "--decode", "msgpack,zlib"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--decode \"msgpack,zlib\": step 1: msgpack is a format"),
             r.err.constData());
}

void TestCliDecode::badSpecExitsTwo()
{
    const CliRun r = cli({"connect", m_server.url("/echo").toString(), "--decode", "zip,json"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--decode \"zip,json\": step 1: \"zip\" is not a decoding step"),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_clidecode.moc"
