// wsprobe-cli's standard output buffer: what waits, what goes at once, and in which order.
#include <QBuffer>
#include <QTest>

#include "cli/consoleoutput.h"

class TestConsoleOutput : public QObject
{
    Q_OBJECT
private slots:
    void fullBufferingWaitsForIdle();
    void fullBufferingWritesWhenLarge();
    void lineBufferingWritesEachLine();
    void appendingInPlaceFollowsTheSameRules();
    void errorsFollowTheOutputTheyComeAfter();
    void destructionWritesTheRest();
    void refusedWriteIsReported();
};

namespace {

/// A device that counts the write() calls reaching it.
class CountingBuffer : public QBuffer
{
public:
    int writes = 0;

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        ++writes;
        return QBuffer::writeData(data, len);
    }
};

} // namespace

void TestConsoleOutput::fullBufferingWaitsForIdle()
{
    CountingBuffer target;
    target.open(QIODevice::WriteOnly);
    ConsoleOutput out(&target, ConsoleOutput::Buffering::Full);
    for (int i = 0; i < 1000; ++i)
        out.write(QByteArray::number(i) + '\n');
    QCOMPARE(target.writes, 0);
    QCOMPARE(out.buffered(), qsizetype(3890));
    // The event loop turns once: everything goes, in one write.
    QTRY_COMPARE(target.writes, 1);
    QCOMPARE(target.data().count('\n'), 1000);
    QVERIFY(target.data().endsWith("998\n999\n"));
    QCOMPARE(out.buffered(), qsizetype(0));
}

void TestConsoleOutput::fullBufferingWritesWhenLarge()
{
    CountingBuffer target;
    target.open(QIODevice::WriteOnly);
    ConsoleOutput out(&target, ConsoleOutput::Buffering::Full);
    const QByteArray line(1000, 'x');
    qsizetype total = 0;
    while (total < ConsoleOutput::FlushBytes) {
        QCOMPARE(target.writes, 0);
        out.write(line);
        total += line.size();
    }
    // A flood never waits for idle with more than FlushBytes held.
    QCOMPARE(target.writes, 1);
    QCOMPARE(target.data().size(), total);
}

void TestConsoleOutput::lineBufferingWritesEachLine()
{
    CountingBuffer target;
    target.open(QIODevice::WriteOnly);
    ConsoleOutput out(&target, ConsoleOutput::Buffering::Line);
    out.write("12:00:00.000 < text ");
    QCOMPARE(target.writes, 0);
    out.write("(2 B) hi\n");
    QCOMPARE(target.writes, 1);
    QCOMPARE(target.data(), QByteArray("12:00:00.000 < text (2 B) hi\n"));
}

void TestConsoleOutput::appendingInPlaceFollowsTheSameRules()
{
    // A line formatted straight into the buffer goes out exactly as a write() would.
    CountingBuffer terminal;
    terminal.open(QIODevice::WriteOnly);
    ConsoleOutput line(&terminal, ConsoleOutput::Buffering::Line);
    line.appendBuffer()->append("12:00:00.000 < text ");
    QVERIFY(line.appended());
    QCOMPARE(terminal.writes, 0);
    line.appendBuffer()->append("(2 B) hi\n");
    QVERIFY(line.appended());
    QCOMPARE(terminal.writes, 1);
    QCOMPARE(terminal.data(), QByteArray("12:00:00.000 < text (2 B) hi\n"));

    CountingBuffer file;
    file.open(QIODevice::WriteOnly);
    ConsoleOutput full(&file, ConsoleOutput::Buffering::Full);
    ConsoleOutput errors(&file, ConsoleOutput::Buffering::None);
    errors.setWrittenAfter(&full);
    const QByteArray record(1000, 'x');
    qsizetype total = 0;
    while (total < ConsoleOutput::FlushBytes) {
        QCOMPARE(file.writes, 0);
        full.appendBuffer()->append(record);
        full.appended();
        total += record.size();
    }
    QCOMPARE(file.writes, 1);
    full.appendBuffer()->append("last\n");
    full.appended();
    errors.write("error\n"); // the buffered record goes first
    QVERIFY(file.data().endsWith("xlast\nerror\n"));
}

void TestConsoleOutput::errorsFollowTheOutputTheyComeAfter()
{
    // stdout and stderr on one terminal, as a person sees them.
    QBuffer screen;
    screen.open(QIODevice::WriteOnly);
    ConsoleOutput out(&screen, ConsoleOutput::Buffering::Full);
    ConsoleOutput errors(&screen, ConsoleOutput::Buffering::None);
    errors.setWrittenAfter(&out);
    out.write("event 1\n");
    out.write("event 2\n");
    errors.write("wsprobe-cli: the connection failed\n");
    QCOMPARE(screen.data(), QByteArray("event 1\nevent 2\nwsprobe-cli: the connection failed\n"));
}

void TestConsoleOutput::destructionWritesTheRest()
{
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    {
        ConsoleOutput out(&target, ConsoleOutput::Buffering::Full);
        out.write("last words\n");
        QVERIFY(target.data().isEmpty());
    }
    QCOMPARE(target.data(), QByteArray("last words\n"));
}

void TestConsoleOutput::refusedWriteIsReported()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    ConsoleOutput out(&readOnly, ConsoleOutput::Buffering::Full);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    out.write("lost\n");
    QVERIFY(!out.flushBuffer());
    QCOMPARE(out.buffered(), qsizetype(0)); // not retried forever
}

QTEST_GUILESS_MAIN(TestConsoleOutput)
#include "tst_consoleoutput.moc"
