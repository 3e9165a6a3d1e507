// JsonWriter escapes every string the session files and the journal write. Checked against
// Qt's own JSON parser: what it reads back must be the string that went in, at every length
// and with a character that needs escaping at every position of the 16-byte fast path.
#include <QJsonArray>
#include <QJsonDocument>
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
    void objectMembers();
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

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
