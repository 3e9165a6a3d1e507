// TextClip: a preview's clips in UTF-8 against the QString clip they stand for, whether the
// text is ASCII (cut as bytes) or not (converted), at every length around the cut.
#include <QTest>

#include "json/textclip.h"

class TestTextClip : public QObject
{
    Q_OBJECT
private slots:
    void isAscii();
    void clipsMatchTheTextClip_data();
    void clipsMatchTheTextClip();
};

void TestTextClip::isAscii()
{
    // A byte of 0x80 or above at every place of texts around the eight-byte steps.
    QVERIFY(TextClip::isAscii({}));
    QVERIFY(TextClip::isAscii(QByteArrayView("")));
    for (int size = 1; size <= 25; ++size) {
        QByteArray text(size, 'a');
        text[size - 1] = '\x7f';
        QVERIFY(TextClip::isAscii(text));
        for (int at = 0; at < size; ++at) {
            for (const char high : {'\x80', '\xc3', '\xff'}) {
                QByteArray with = text;
                with[at] = high;
                QVERIFY2(!TextClip::isAscii(with),
                         qPrintable(QStringLiteral("%1 %2").arg(size).arg(at)));
                // A view that starts after the byte, or ends before it, is ASCII again.
                QVERIFY(TextClip::isAscii(QByteArrayView(with).sliced(at + 1)));
                QVERIFY(TextClip::isAscii(QByteArrayView(with).first(at)));
            }
        }
    }
}

void TestTextClip::clipsMatchTheTextClip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("ascii") << QByteArray("the quick brown fox jumps over the lazy dog");
    QTest::newRow("latin") << QByteArray("déjà vu, café crème brûlée, naïve façade");
    QTest::newRow("wide") << QStringLiteral("中文字符").repeated(8).toUtf8();
    QTest::newRow("emoji") << QStringLiteral("a😀b").repeated(10).toUtf8();
    QTest::newRow("invalid") << QByteArray("abc\xff\xfe def \xc3 ghi").repeated(3);
    QTest::newRow("empty") << QByteArray();
}

void TestTextClip::clipsMatchTheTextClip()
{
    // appendClipped() after a prefix and clipFrom() on text written after one give the bytes
    // of TextClip::clipUtf8(), which is clip(QString::fromUtf8()).
    QFETCH(QByteArray, text);
    const QByteArray prefix("prefix é: ");
    for (int max = 1; max <= text.size() + 2; ++max) {
        const QByteArray want = prefix + TextClip::clipUtf8(text, max).toUtf8();
        QByteArray appended = prefix;
        TextClip::appendClipped(text, max, &appended);
        QCOMPARE(appended, want);
        QByteArray inPlace = prefix + text;
        TextClip::clipFrom(&inPlace, prefix.size(), max);
        QCOMPARE(inPlace, want);
    }
    // What a reading holds of it.
    QByteArray scratch;
    QCOMPARE(TextClip::asHeld(text, &scratch).toByteArray(), QString::fromUtf8(text).toUtf8());
}

QTEST_GUILESS_MAIN(TestTextClip)
#include "tst_textclip.moc"
