#include <QRandomGenerator>
#include <QTest>

#include "protocol/frame/utf8validator.h"

/// The validator against a plain reference decoder (RFC 3629's table, one byte at a time),
/// over texts whose bad byte sits at every offset of the fast ASCII paths (32- and 8-byte
/// blocks), fed whole and split at every point.
class TestUtf8Validator : public QObject
{
    Q_OBJECT
private slots:
    void boundaries_data();
    void boundaries();
    void badByteAtEveryOffset();
    void randomTextsMatchTheReference();
    void splitAnywhere();
};

namespace {

bool reference(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    qsizetype i = 0;
    while (i < text.size()) {
        const unsigned char b = p[i];
        int need;
        char32_t cp;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            need = 1;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            need = 2;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            need = 3;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (i + need >= text.size())
            return false; // cut short
        for (int k = 1; k <= need; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static const char32_t least[] = {0, 0x80, 0x800, 0x10000};
        if (cp < least[need] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += need + 1;
    }
    return true;
}

} // namespace

void TestUtf8Validator::boundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ascii") << QByteArray("hello world, long enough for the fast path") << true;
    QTest::addRow("2-byte") << QByteArray("\xc3\xa9") << true;
    QTest::addRow("3-byte") << QByteArray("\xe2\x82\xac") << true;
    QTest::addRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::addRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::addRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::addRow("overlong 2") << QByteArray("\xc1\xbf") << false;
    QTest::addRow("overlong 3") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::addRow("surrogate") << QByteArray("\xed\xb0\x80") << false;
    QTest::addRow("lone continuation") << QByteArray("\x80") << false;
    QTest::addRow("truncated") << QByteArray("\xf0\x9f\x98") << false;
    QTest::addRow("0xff") << QByteArray("\xff") << false;
}

void TestUtf8Validator::boundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValidUtf8(bytes), valid);
    // Fed one byte at a time, the verdict is the same.
    Utf8Validator v;
    bool ok = true;
    for (char c : bytes)
        ok = v.feed(QByteArrayView(&c, 1)) && ok;
    QCOMPARE(ok && v.isComplete(), valid);
}

void TestUtf8Validator::badByteAtEveryOffset()
{
    for (const QByteArray &bad :
         {QByteArray("\xff"), QByteArray("\xc0\xaf"), QByteArray("\xed\xa0\x80"),
          QByteArray("\xf4\x90\x80\x80"), QByteArray("\xe2\x9c")}) {
        for (int at = 0; at < 80; ++at) {
            const QByteArray text = QByteArray(at, 'a') + bad + QByteArray(80 - at, 'b');
            QVERIFY2(!Utf8Validator::isValidUtf8(text), qPrintable(QString::number(at)));
            QVERIFY(!reference(text));
        }
    }
    for (int at = 0; at < 80; ++at) {
        const QByteArray text = QByteArray(at, 'a') + "\xe2\x9c\x93" + QByteArray(80 - at, 'b');
        QVERIFY2(Utf8Validator::isValidUtf8(text), qPrintable(QString::number(at)));
    }
}

void TestUtf8Validator::randomTextsMatchTheReference()
{
    QRandomGenerator rng(20261204);
    for (int n = 0; n < 20000; ++n) {
        // Mostly ASCII with a few high bytes, so that both paths and their edges are hit.
        QByteArray text(int(rng.bounded(1, 100)), Qt::Uninitialized);
        for (char &c : text)
            c = rng.bounded(10) == 0 ? char(0x80 + rng.bounded(0x80)) : char(rng.bounded(0x80));
        QCOMPARE(Utf8Validator::isValidUtf8(text), reference(text));
    }
}

void TestUtf8Validator::splitAnywhere()
{
    const QByteArray text =
        QByteArray(40, 'x') + "h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9f\x98\x80" + QByteArray(40, 'y');
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        Utf8Validator v;
        QVERIFY(v.feed(QByteArrayView(text).first(cut)));
        QVERIFY(v.feed(QByteArrayView(text).sliced(cut)));
        QVERIFY(v.isComplete());
    }
}

QTEST_GUILESS_MAIN(TestUtf8Validator)
#include "tst_utf8validator.moc"
