// JsonWriter escapes every string the session files and the journal write. Checked against
// Qt's own JSON parser: what it reads back must be the string that went in, at every length
// and with a character that needs escaping at every position of the 16-byte fast path.
#include <cmath>
#include <cstring>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include "json/jsonwriter.h"

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryPosition();
    void randomStrings();
    void repairsInvalidUtf8();
    void plainIsWhatAppendStringLeavesAlone();
    void objectMembers();
    void numbersAsQtWritesThem();
};

static QString readBack(const QByteArray &quoted)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("<parse error: %1 in %2>").arg(error.errorString(), quoted);
    return doc.array().at(0).toString();
}

void TestJsonWriter::roundTripsEveryPosition()
{
    const QList<QByteArray> specials{
        "\"",   "\\",   "\n",   "\r",       "\t",          QByteArray(1, '\0'),
        "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe2\x86\x92"};
    for (int length = 0; length <= 40; ++length) {
        for (const QByteArray &special : specials) {
            for (int at = 0; at <= length; ++at) {
                QByteArray in(length, 'a');
                in.insert(at, special);
                QByteArray out;
                JsonWriter::appendString(&out, in);
                QCOMPARE(readBack(out), QString::fromUtf8(in));
                // Plain bytes are never escaped: the output is the input plus quotes and
                // the escape itself.
                QVERIFY(out.size() <= in.size() + 2 + 6);
            }
        }
    }
}

void TestJsonWriter::randomStrings()
{
    QRandomGenerator rng(17);
    for (int round = 0; round < 2000; ++round) {
        QByteArray in(int(rng.bounded(200)), Qt::Uninitialized);
        for (char &c : in) {
            const quint32 r = rng.bounded(100);
            c = r < 5    ? char(rng.bounded(0x20))
                : r < 8  ? '"'
                : r < 11 ? '\\'
                         : char(0x20 + rng.bounded(0x5f));
        }
        QByteArray out("prefix,");
        JsonWriter::appendString(&out, in);
        QVERIFY(out.startsWith("prefix,\""));
        QCOMPARE(readBack(out.mid(7)), QString::fromUtf8(in));
    }
}

void TestJsonWriter::repairsInvalidUtf8()
{
    QByteArray out;
    JsonWriter::appendString(&out, QByteArray("0123456789abcdef\xff tail"));
    QCOMPARE(readBack(out), QString::fromUtf8("0123456789abcdef\xff tail"));
    // Non-ASCII bytes inside a sixteen-byte block the fast path copies whole: valid text is
    // kept as it is, invalid bytes are still repaired.
    for (const QByteArray &text : {QByteArray("\xff"
                                              "0123456789abcdefghij"),
                                   QByteArray("x\xc3\xa9\xe2\x9c\x93 0123456789abcdefghij"),
                                   QByteArray("0123456789abcdefghij\xe2\x9c")}) {
        QByteArray repaired("prefix");
        JsonWriter::appendString(&repaired, text);
        QVERIFY(repaired.startsWith("prefix\""));
        QCOMPARE(readBack(repaired.mid(6)), QString::fromUtf8(text));
    }
}

void TestJsonWriter::plainIsWhatAppendStringLeavesAlone()
{
    // isPlain() says whether the journal may write a text as it is: exactly when
    // appendString() would write it unchanged between quotes. Every special byte (and a
    // broken sequence) at every position of strings around the sixteen-byte blocks and the
    // 4 KiB check of the scan.
    const QList<QByteArray> specials{"\"",       "\\",   "\n",           QByteArray(1, '\0'),
                                     "\x1f",     "\x7f", "\xc3\xa9",     "\xff",
                                     "\xe2\x9c", "~",    "\xe2\x86\x92", "\xf0\x9f\x98"};
    int plain = 0;
    for (const int length : {0, 1, 15, 16, 17, 31, 33, 4095, 4096, 4097, 8200}) {
        for (const QByteArray &special : specials) {
            for (int at = 0; at <= length; at += length > 40 ? 61 : 1) {
                QByteArray in(length, 'a');
                in.insert(at, special);
                QByteArray out;
                JsonWriter::appendString(&out, in);
                const bool unchanged = out == '"' + in + '"';
                QCOMPARE(JsonWriter::isPlain(in), unchanged);
                plain += unchanged ? 1 : 0;
            }
        }
    }
    QVERIFY(plain > 0);
    QVERIFY(JsonWriter::isPlain(QByteArray()));
}

void TestJsonWriter::objectMembers()
{
    // plain() writes without escaping; mixed with escaped and numeric members the record
    // must still be one valid object with every value as written.
    QByteArray out;
    JsonObjectWriter w(&out);
    w.string("data", "say \"hi\"\n");
    w.plain("dir", "in");
    w.number("size", -42);
    w.boolean("clean", true);
    w.plain("time", "2026-12-03T13:47:57.699Z");
    w.finish();
    const QByteArray expected = "{\"data\":\"say \\\"hi\\\"\\n\",\"dir\":\"in\",\"size\":-42,"
                                "\"clean\":true,\"time\":\"2026-12-03T13:47:57.699Z\"}";
    QCOMPARE(out, expected);
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(out, &error).isObject());

    QByteArray empty;
    JsonObjectWriter(&empty).finish();
    QCOMPARE(empty, QByteArray("{}"));
}

void TestJsonWriter::numbersAsQtWritesThem()
{
    // appendNumber() against QByteArray::number(d, 'g', FloatingPointShortest): chosen
    // values on both sides of every form's edge, then random ones over the whole range of
    // magnitudes (random digits, and numbers of few decimals as readings have).
    QList<double> values = {0.5,
                            20.5,
                            -20.5,
                            0.1,
                            1.0,
                            100.0,
                            1e15 + 0.5,
                            1e16,
                            1e21,
                            1e-5,
                            0.0001,
                            123.456e-3,
                            -0.0,
                            0.0,
                            5e-324,
                            2.5e-308,
                            1.7976931348623157e308,
                            9007199254740993.0,
                            123456789.123,
                            1234567890123456.7,
                            0.30000000000000004};
    QRandomGenerator random(1605);
    for (int i = 0; i < 200000; ++i) {
        const int kind = int(random.bounded(3));
        double d = 0;
        if (kind == 0) {
            quint64 bits = random.generate64();
            std::memcpy(&d, &bits, sizeof d);
        } else if (kind == 1) {
            d = random.generateDouble() * std::pow(10.0, int(random.bounded(40)) - 20);
        } else {
            d = double(random.bounded(2000000)) / std::pow(10.0, int(random.bounded(8)));
        }
        if (random.bounded(2))
            d = -d;
        values << d;
    }
    int inPlace = 0;
    for (const double d : values) {
        if (!std::isfinite(d))
            continue;
        QByteArray written("x");
        JsonWriter::appendNumber(&written, d);
        const QByteArray qt = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        QVERIFY2(written == "x" + qt,
                 qPrintable(QStringLiteral("%1: %2, Qt %3")
                                .arg(d, 0, 'g', 17)
                                .arg(QString::fromLatin1(written), QString::fromLatin1(qt))));
        inPlace += qt.contains('.') && !qt.contains('e') && qAbs(d) >= 1 ? 1 : 0;
    }
    QVERIFY(inPlace > 50000); // the numbers written without Qt are many of them
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
