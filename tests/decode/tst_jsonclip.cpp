// JsonClip: the start of a JSON text's compact form, written while scanning, against
// CborJson::text(readJson(text)) clipped as a protocol layer's summary clips it; and
// what it refuses to vouch for (readJson then reads the text).
#include <QTest>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "decode/jsonclip.h"
#include "decode/msgpackcodec.h"
#include "json/textclip.h"

class TestJsonClip : public QObject
{
    Q_OBJECT
private slots:
    void compactText_data();
    void compactText();
    void refusesWhatItCannotVouchFor();
    void longStringsAreConvertedAsFarAsShown();
};

static QString clipped(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

void TestJsonClip::compactText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {}})");
    QTest::newRow("numbers") << QByteArray("[0, -0, 1.0, 1.50, 1e2, 1E-2, -12345678901234567890, "
                                           "9223372036854775807, 1e400, 0.1, 123456789.123]");
    QTest::newRow("strings") << QByteArray(
        R"(["\"\\\/\b\f\n\r\t", "\u00e9\u0001", "é", "\ud800"])");
    QTest::newRow("emoji") << QByteArray(R"(["\ud83d\ude00", "😀"])");
    QTest::newRow("long") << ("[\"" + QByteArray(500, 'a') + "\"]");
    QTest::newRow("long wide") << ("[\"" + QString(200, QChar(0x4e2d)).toUtf8() + "\"]");
    QTest::newRow("long emoji") << ("[\"" + QStringLiteral("😀").repeated(100).toUtf8() + "\"]");
    QTest::newRow("many") << ("[" + QByteArray("1,").repeated(200) + "1]");
    QTest::newRow("space") << QByteArray(" \n\t{ \"a\" :\n[ 1 , 2 ] }\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[1]");
    QTest::newRow("empty") << QByteArray("[{}, [], {\"\": \"\"}]");
    QTest::newRow("same key, other objects") << QByteArray(R"([{"a":1},{"a":2,"b":{"a":3}}])");
}

void TestJsonClip::compactText()
{
    QFETCH(QByteArray, json);
    const DecodedMessage m = DecodePipeline::readJson(json);
    QVERIFY(m.ok);
    const QString text = CborJson::text(m.value, false);
    for (const int max : {1, 2, 5, 40, 120, 10000}) {
        QString clip;
        QVERIFY(JsonClip::compact(json, max, &clip));
        QCOMPARE(clip, clipped(text, max));
        // In UTF-8, written after what a preview holds already (a glance writes the clip
        // straight into it, a character that is not ASCII before it or not); the cut counts
        // only the clip's characters.
        for (const QByteArray &before :
             {QByteArray(), QByteArray("MESSAGE /t "), QStringLiteral("é \u4e2d ").toUtf8()}) {
            QByteArray utf8 = before;
            utf8.reserve(4096); // the room a glance keeps from row to row
            QVERIFY(JsonClip::compactUtf8(json, max, &utf8));
            QCOMPARE(utf8, QByteArray(before + clip.toUtf8()));
        }
    }
}

void TestJsonClip::refusesWhatItCannotVouchFor()
{
    QString clip;
    // Not JSON, anywhere: readJson says why.
    QVERIFY(!JsonClip::compact("[1, 2", 120, &clip));
    QVERIFY(!JsonClip::compact("[1] [2]", 120, &clip));
    QVERIFY(!JsonClip::compact("[\"" + QByteArray(500, 'a') + "\", ]", 10, &clip));
    // In UTF-8 the bytes written before the error are taken back: the preview is as it was.
    for (const QByteArray &bad :
         {QByteArray("[1, 2"), QByteArray("[\"" + QByteArray(500, 'a') + "\", ]"),
          QByteArray("{\"a\":1,\"a\":2}")}) {
        QByteArray utf8 = "SEND /q ";
        QVERIFY(!JsonClip::compactUtf8(bad, 120, &utf8));
        QCOMPARE(utf8, QByteArray("SEND /q "));
    }
    // A repeated key: QCborMap keeps one, where the first was, with the last value.
    QVERIFY(!JsonClip::compact(R"({"a":1,"b":2,"a":3})", 120, &clip));
    // Deeper than readJson goes.
    QVERIFY(!JsonClip::compact(QByteArray(300, '[') + QByteArray(300, ']'), 120, &clip));
    QVERIFY(!DecodePipeline::readJson(QByteArray(300, '[') + QByteArray(300, ']')).ok);
    // A large object is left to readJson rather than compared key by key.
    QByteArray large = "{";
    for (int i = 0; i < 100; ++i)
        large += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    large.back() = '}';
    QVERIFY(!JsonClip::compact(large, 120, &clip));
    QVERIFY(JsonClip::compact("[" + large.mid(1, 40).replace(':', ',') + "1]", 120, &clip));
}

void TestJsonClip::longStringsAreConvertedAsFarAsShown()
{
    // A string far longer than the clip is converted only as far as it shows (TextClip::
    // asHeld): wherever that stops, within a character, an invalid byte or an escaped lone
    // surrogate, the clip is the whole value's, for JSON and for MessagePack.
    const QByteArray pieces[] = {"a",    "\xc3\xa9",     "\xe4\xb8\xad",     "\xf0\x9f\x98\x80",
                                 "\xff", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8"};
    for (int shift = 0; shift < 8; ++shift) {
        QByteArray raw(shift, 'x');
        for (int i = 0; raw.size() < 3000; ++i)
            raw += pieces[(i * 7 + shift) % std::size(pieces)];
        const QString whole = QString::fromUtf8(raw);
        for (const int max : {1, 7, 40, 120}) {
            // MessagePack: a str 32 of the raw bytes, invalid ones and all.
            QByteArray msgpack("\x91\xdb", 2);
            for (int b = 3; b >= 0; --b)
                msgpack += char((raw.size() >> (8 * b)) & 0xff);
            msgpack += raw;
            QCborValue value;
            QString error;
            qsizetype offset = 0;
            if (MsgPackCodec::available()) {
                QVERIFY(MsgPackCodec::decode(msgpack, &value, &error, &offset));
                QString clip;
                QVERIFY(MsgPackCodec::compactClip(msgpack, max, &clip));
                QCOMPARE(clip, clipped(CborJson::text(value, false), max));
                QByteArray utf8 = "PUBLISH t ";
                QVERIFY(MsgPackCodec::compactClipUtf8(msgpack, max, &utf8));
                QCOMPARE(utf8, QByteArray("PUBLISH t " + clip.toUtf8()));
                // Cut short: refused, and what was written of it taken back.
                utf8 = "PUBLISH t ";
                QVERIFY(
                    !MsgPackCodec::compactClipUtf8(msgpack.first(msgpack.size() - 1), max, &utf8));
                QCOMPARE(utf8, QByteArray("PUBLISH t "));
            }
            // JSON: the valid characters and escaped lone surrogates.
            const QByteArray json = "[\"" + whole.toUtf8() + "\\udc00 " + whole.toUtf8() + "\"]";
            const DecodedMessage m = DecodePipeline::readJson(json);
            QVERIFY(m.ok);
            QString clip;
            QVERIFY(JsonClip::compact(json, max, &clip));
            QCOMPARE(clip, clipped(CborJson::text(m.value, false), max));
            QCOMPARE(clip, TextClip::clip(CborJson::text(m.value, false), max));
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonClip)
#include "tst_jsonclip.moc"
