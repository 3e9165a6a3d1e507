// What the detail pane is told about a payload, and the hex dump model it shows.
#include <QAbstractItemModelTester>
#include <QTest>

#include "connection/event.h"
#include "log/hexdumpmodel.h"
#include "log/payloadinspector.h"

class TestPayloadInspector : public QObject
{
    Q_OBJECT
private slots:
    void looksLikeText_data();
    void looksLikeText();
    void imageFormat_data();
    void imageFormat();
    void textWindow();
    void summary();
    void hexDumpModel();
};

void TestPayloadInspector::looksLikeText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("text");
    QTest::addRow("ascii") << QByteArray("hello\tworld\r\n") << true;
    QTest::addRow("utf-8") << QByteArray("Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t") << true;
    QTest::addRow("empty") << QByteArray() << true;
    QTest::addRow("nul") << QByteArray("a\0b", 3) << false;
    QTest::addRow("del") << QByteArray("a\x7f") << false;
    QTest::addRow("invalid utf-8") << QByteArray("caf\xe9") << false;
    QTest::addRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::addRow("cut character") << QByteArray("\xe1\xba") << false;
}

void TestPayloadInspector::looksLikeText()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, text);
    QCOMPARE(PayloadInspector::looksLikeText(payload), text);
}

void TestPayloadInspector::imageFormat_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("format");
    QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n....") << QByteArray("png");
    QTest::addRow("jpeg") << QByteArray("\xff\xd8\xff\xe0") << QByteArray("jpeg");
    QTest::addRow("gif87") << QByteArray("GIF87a..") << QByteArray("gif");
    QTest::addRow("gif89") << QByteArray("GIF89a..") << QByteArray("gif");
    QTest::addRow("webp") << QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16) << QByteArray("webp");
    QTest::addRow("riff, not webp") << QByteArray("RIFF\0\0\0\0WAVE", 12) << QByteArray();
    QTest::addRow("short riff") << QByteArray("RIFF") << QByteArray();
    QTest::addRow("text") << QByteArray("PNG") << QByteArray();
}

void TestPayloadInspector::imageFormat()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, format);
    QCOMPARE(PayloadInspector::imageFormat(payload), format);
}

void TestPayloadInspector::textWindow()
{
    QCOMPARE(PayloadInspector::textWindow("short"), PayloadInspector::MaxTextBytes);
    // Many short lines: the whole first MiB.
    QByteArray lines;
    while (lines.size() < 3 * PayloadInspector::MaxTextBytes)
        lines += "0123456789abcdef\n";
    QCOMPARE(PayloadInspector::textWindow(lines), PayloadInspector::MaxTextBytes);
    // One line longer than the line limit: only a small window.
    const QByteArray longLine(PayloadInspector::MaxLineBytes + 1, 'a');
    QCOMPARE(PayloadInspector::textWindow(longLine), PayloadInspector::MaxLineBytes);
    QCOMPARE(PayloadInspector::textWindow("x\n" + longLine + "\ny"),
             PayloadInspector::MaxLineBytes);
}

void TestPayloadInspector::summary()
{
    Event text = Event::message(1767323045678, Direction::In, true, "Việt");
    QCOMPARE(PayloadInspector::summary(text),
             QString("Text · 2026-01-02T03:04:05.678Z · received · 6 bytes · 4 characters"));
    Event binary = Event::message(0, Direction::Out, false, QByteArray(2048, 'x'));
    binary.wireSize = 17;
    const QString s = PayloadInspector::summary(binary);
    QVERIFY2(s.contains(" · sent · 2,048 bytes · 17 bytes on the wire (compressed)"),
             qPrintable(s));
    QVERIFY(!s.contains("characters"));
}

void TestPayloadInspector::hexDumpModel()
{
    HexDumpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayload(QByteArray("\x00\x01\x02hello world, more than 16", 28));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(),
             QString("00000000  00 01 02 68 65 6c 6c 6f  20 77 6f 72 6c 64 2c 20  "
                     "|...hello world, |"));
    model.setPayload({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPayloadInspector)
#include "tst_payloadinspector.moc"
