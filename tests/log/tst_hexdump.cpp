// HexDump: byte for byte what `hexdump -C -v` prints.
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include "log/hexdump.h"

class TestHexDump : public QObject
{
    Q_OBJECT
private slots:
    void hexDumpMatchesHexdumpC();
    void hexDumpLargeOffsets();
};

void TestHexDump::hexDumpMatchesHexdumpC()
{
    // util-linux's hexdump is the reference: -C for the layout, -v so repeats are not folded.
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data.append(char((i * 37) & 0xFF));
    data.append("Hello, world\n\x7f\x80 end");
    for (qsizetype size :
         {qsizetype(0), qsizetype(1), qsizetype(8), qsizetype(16), qsizetype(17), data.size()}) {
        const QByteArray part = data.first(size);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(part);
        file.flush();
        QProcess p;
        p.start("hexdump", {"-C", "-v", file.fileName()});
        QVERIFY(p.waitForFinished(10000));
        QStringList want =
            QString::fromLatin1(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        if (!want.isEmpty())
            want.removeLast(); // hexdump ends with the total length alone on a line
        QCOMPARE(HexDump::lineCount(size), qsizetype(want.size()));
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(HexDump::line(part, i), want.at(i));
        QCOMPARE(HexDump::lines(part, 0, 1000), want.join('\n'));
    }
    QCOMPARE(HexDump::line("abc", 5), QString());
}

void TestHexDump::hexDumpLargeOffsets()
{
    QCOMPARE(HexDump::offsetDigits(16 << 20), 8);
    QCOMPARE(HexDump::offsetDigits(qsizetype(1) << 32), 9);
    // 16 MiB: the last line is formatted without touching the rest.
    const QByteArray big(16 << 20, 'A');
    QCOMPARE(HexDump::lineCount(big.size()), qsizetype(1) << 20);
    QVERIFY(HexDump::line(big, (qsizetype(1) << 20) - 1).startsWith("00fffff0  41 41"));
}

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"
