#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include "compose/sendhistory.h"
#include "compose/templatelibrary.h"
#include "compose/variables.h"
#include "connection/backoff.h"
#include "connection/clock.h"
#include "connection/connectionstats.h"
#include "json/jsontext.h"
#include "log/hexdump.h"

// The composer's and inspector's logic, without widgets: variables, history, JSON layout,
// hex dump, statistics and reconnect delays.
class TestWorkbenchCore : public QObject
{
    Q_OBJECT
private slots:
    void variables_data();
    void variables();
    void variablesUnknownIsAnError();
    void variableBuiltins();
    void historyWalk();
    void historyLimitAndRepeats();
    void jsonFormat_data();
    void jsonFormat();
    void jsonProblems_data();
    void jsonProblems();
    void jsonMinifyKeepsMeaning();
    void hexDumpMatchesHexdumpC();
    void hexDumpLargeOffsets();
    void statistics();
    void statisticsRatesAndHistory();
    void backoffDelays();
    void templateLibraryVersion_data();
    void templateLibraryVersion();
};

void TestWorkbenchCore::variables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expanded");
    QTest::addRow("none") << "plain"
                          << "plain";
    QTest::addRow("one") << "hi {{user}}"
                         << "hi ana";
    QTest::addRow("spaces inside") << "{{ user }}!"
                                   << "ana!";
    QTest::addRow("twice") << "{{user}}{{user}}"
                           << "anaana";
    QTest::addRow("later row wins") << "{{room}}"
                                    << "blue";
    QTest::addRow("dotted name") << "{{api.key}}"
                                 << "k-1";
    QTest::addRow("escaped") << "\\{{user}}"
                             << "{{user}}";
    QTest::addRow("not a name") << "{{ a b }}"
                                << "{{ a b }}";
    QTest::addRow("unclosed") << "x {{user"
                              << "x {{user";
    QTest::addRow("json braces") << "{\"a\":{\"b\":1}}"
                                 << "{\"a\":{\"b\":1}}";
    QTest::addRow("counter") << "n={{$counter}},{{$counter}}"
                             << "n=1,1";
    QTest::addRow("timestamp") << "{{$timestamp}}"
                               << "1767323045";
    QTest::addRow("iso") << "{{$isoTimestamp}}"
                         << "2026-01-02T03:04:05.678Z";
    QTest::addRow("value not expanded again") << "{{nested}}"
                                              << "{{user}}";
}

void TestWorkbenchCore::variables()
{
    QFETCH(QString, text);
    QFETCH(QString, expanded);
    ManualClock clock(1767323045678);
    Variables v(clock);
    v.setTable({{"user", "ana"},
                {"room", "red"},
                {"room", "blue"},
                {"api.key", "k-1"},
                {"nested", "{{user}}"}});
    QString out, error;
    QVERIFY2(v.expand(text, &out, &error), qPrintable(error));
    QCOMPARE(out, expanded);
}

void TestWorkbenchCore::variablesUnknownIsAnError()
{
    ManualClock clock;
    Variables v(clock);
    v.setTable({{"a", "1"}});
    QString out = "untouched", error;
    QVERIFY(!v.expand("{{a}} {{b}} {{$nope}} {{b}}", &out, &error));
    QCOMPARE(out, QString("untouched"));
    QVERIFY2(error.contains("{{b}}") && error.contains("{{$nope}}"), qPrintable(error));
    QCOMPARE(error.count("{{b}}"), 1);
    // A failed message does not use up a counter value.
    QVERIFY(v.expand("{{$counter}}", &out, &error));
    QCOMPARE(out, QString("1"));
    QVERIFY(!Variables::isValidName("1abc"));
    QVERIFY(!Variables::isValidName(""));
    QVERIFY(Variables::isValidName("user_id-2"));
}

void TestWorkbenchCore::variableBuiltins()
{
    ManualClock clock;
    Variables v(clock);
    v.seed(7);
    QString a, b, error;
    QVERIFY(v.expand("{{$uuid}} {{$uuid}} {{$randomInt}}", &a, &error));
    const QStringList parts = a.split(' ');
    QCOMPARE(parts.size(), 3);
    static const QRegularExpression uuid4(
        "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    QVERIFY2(uuid4.match(parts[0]).hasMatch(), qPrintable(parts[0]));
    QVERIFY(parts[0] != parts[1]); // each occurrence is fresh
    bool ok = false;
    const int n = parts[2].toInt(&ok);
    QVERIFY(ok && n >= 0 && n <= 1000);
    Variables again(clock);
    again.seed(7);
    QVERIFY(again.expand("{{$uuid}} {{$uuid}} {{$randomInt}}", &b, &error));
    QCOMPARE(a, b);
    // The counter steps only for messages that use it: the uuid message above did not.
    for (int i = 0; i < 3; ++i)
        QVERIFY(v.expand("{{$counter}}", &a, &error));
    QCOMPARE(a, QString("3"));
    QVERIFY(v.expand("no counter here", &a, &error));
    QCOMPARE(v.counter(), 3);
}

void TestWorkbenchCore::historyWalk()
{
    SendHistory h;
    QString text;
    QVERIFY(!h.older("draft", &text));
    h.add("one");
    h.add("two");
    h.add("three");
    QVERIFY(h.older("my draft", &text));
    QCOMPARE(text, QString("three"));
    QVERIFY(h.older(text, &text));
    QVERIFY(h.older(text, &text));
    QCOMPARE(text, QString("one"));
    QVERIFY(!h.older(text, &text)); // the oldest: stays
    QCOMPARE(text, QString("one"));
    QVERIFY(h.newer(&text));
    QCOMPARE(text, QString("two"));
    QVERIFY(h.newer(&text));
    QVERIFY(h.newer(&text));
    QCOMPARE(text, QString("my draft"));
    QVERIFY(!h.newer(&text));
}

void TestWorkbenchCore::historyLimitAndRepeats()
{
    SendHistory h;
    h.setLimit(3);
    for (const char *s : {"a", "b", "b", "c", "d", ""})
        h.add(s);
    QCOMPARE(h.entries(), QStringList({"b", "c", "d"}));
    h.setEntries({"1", "2", "3", "4"});
    QCOMPARE(h.entries(), QStringList({"2", "3", "4"}));
}

void TestWorkbenchCore::jsonFormat_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pretty");
    QTest::addColumn<QString>("minified");
    QTest::addRow("order kept")
        << "{\"z\":1, \"a\": [true,null , 2.50e3]}"
        << "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null,\n    2.50e3\n  ]\n}"
        << "{\"z\":1,\"a\":[true,null,2.50e3]}";
    QTest::addRow("empty containers") << " { \"a\" : { } , \"b\":[ ] } "
                                      << "{\n  \"a\": {},\n  \"b\": []\n}"
                                      << "{\"a\":{},\"b\":[]}";
    QTest::addRow("scalar") << "  \"x\"  "
                            << "\"x\""
                            << "\"x\"";
    QTest::addRow("escapes") << "[\"a\\\"b\\\\c\\n\\u00e9\\u0001\"]"
                             << "[\n  \"a\\\"b\\\\c\\né\\u0001\"\n]"
                             << "[\"a\\\"b\\\\c\\né\\u0001\"]";
    QTest::addRow("nested arrays") << "[[1,[2]],3]"
                                   << "[\n  [\n    1,\n    [\n      2\n    ]\n  ],\n  3\n]"
                                   << "[[1,[2]],3]";
}

void TestWorkbenchCore::jsonFormat()
{
    QFETCH(QString, input);
    QFETCH(QString, pretty);
    QFETCH(QString, minified);
    QString out;
    QVERIFY(JsonText::format(input, 2, &out));
    QCOMPARE(out, pretty);
    QVERIFY(JsonText::format(input, -1, &out));
    QCOMPARE(out, minified);
    QVERIFY(JsonText::format(pretty, -1, &out));
    QCOMPARE(out, minified);
}

void TestWorkbenchCore::jsonProblems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("missing colon") << "{\n  \"a\" 1\n}" << 2 << 7;
    QTest::addRow("trailing comma") << "[1,2,]" << 1 << 6;
    QTest::addRow("after unicode") << "{\"é\": tru}" << 1 << 7;
    QTest::addRow("two values") << "{} {}" << 1 << 4;
    QTest::addRow("empty") << "" << 1 << 1;
    QTest::addRow("unterminated") << "[\"abc" << 1 << 6;
}

void TestWorkbenchCore::jsonProblems()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonText::Problem p = JsonText::check(input);
    QVERIFY(!p.isValid());
    QCOMPARE(p.line, line);
    QVERIFY2(qAbs(p.column - column) <= 1, qPrintable(QString("column %1, expected about %2: %3")
                                                          .arg(p.column)
                                                          .arg(column)
                                                          .arg(p.describe())));
    QVERIFY(p.describe().startsWith(QString("Line %1, column").arg(line)));
    QString out = "kept";
    QVERIFY(!JsonText::format(input, 2, &out));
    QCOMPARE(out, QString("kept"));
}

void TestWorkbenchCore::jsonMinifyKeepsMeaning()
{
    // Against Qt's own parser: the same document, whatever the layout.
    QRandomGenerator rng(5);
    for (int round = 0; round < 200; ++round) {
        QString text = "{";
        const int members = int(rng.bounded(6));
        for (int i = 0; i < members; ++i) {
            if (i)
                text += " ,\n ";
            text += QString("\"k%1\" : ").arg(i);
            switch (rng.bounded(4)) {
            case 0:
                text += QString::number(rng.bounded(100000) - 50000);
                break;
            case 1:
                text += QString("[ \"s%1\", {\"x\": false} ]").arg(rng.bounded(9));
                break;
            case 2:
                text += "\"tab\\there ünï\"";
                break;
            default:
                text += "null";
            }
        }
        text += "}";
        QString pretty, minified;
        QVERIFY(JsonText::format(text, 4, &pretty));
        QVERIFY(JsonText::format(text, -1, &minified));
        const QJsonDocument want = QJsonDocument::fromJson(text.toUtf8());
        QVERIFY(!want.isNull());
        QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()), want);
        QCOMPARE(QJsonDocument::fromJson(minified.toUtf8()), want);
    }
}

void TestWorkbenchCore::hexDumpMatchesHexdumpC()
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

void TestWorkbenchCore::hexDumpLargeOffsets()
{
    QCOMPARE(HexDump::offsetDigits(16 << 20), 8);
    QCOMPARE(HexDump::offsetDigits(qsizetype(1) << 32), 9);
    // 16 MiB: the last line is formatted without touching the rest.
    const QByteArray big(16 << 20, 'A');
    QCOMPARE(HexDump::lineCount(big.size()), qsizetype(1) << 20);
    QVERIFY(HexDump::line(big, (qsizetype(1) << 20) - 1).startsWith("00fffff0  41 41"));
}

void TestWorkbenchCore::statistics()
{
    ConnectionStats s;
    s.record(Event::open(10000, "", ""));
    s.record(Event::message(10100, Direction::Out, true, "abcd"));
    s.record(Event::message(10200, Direction::In, true, "ab"));
    s.record(Event::message(10300, Direction::In, false, QByteArray(10, 'x')));
    s.record(Event::control(10400, EventKind::Pong, Direction::In, {}, 30));
    s.record(Event::control(10500, EventKind::Pong, Direction::In, {}, 10));
    s.record(Event::control(10600, EventKind::Pong, Direction::In, {}, 20));
    QCOMPARE(s.messages(Direction::Out), 1);
    QCOMPARE(s.messages(Direction::In), 2);
    QCOMPARE(s.bytes(Direction::In), 12);
    QCOMPARE(s.bytes(Direction::Out), 4);
    QCOMPARE(s.lastRttMs(), 20);
    QCOMPARE(s.minRttMs(), 10);
    QCOMPARE(s.maxRttMs(), 30);
    QCOMPARE(s.averageRttMs(), 20.0);
    QCOMPARE(s.connectedMs(12500), 2500);
    s.record(Event::close(13000, 1006, "", false));
    QCOMPARE(s.connectedMs(99999), 3000);
    s.record(Event::open(20000, "", ""));
    QCOMPARE(s.reconnects(), 1);
    QCOMPARE(s.connectedMs(21000), 4000);
    s.reset();
    QCOMPARE(s.messages(Direction::In), 0);
    QCOMPARE(s.minRttMs(), -1);
}

void TestWorkbenchCore::statisticsRatesAndHistory()
{
    ConnectionStats s;
    // Second 100: 5 messages of 10 B; second 101: 2 messages; second 103: 1.
    for (int i = 0; i < 5; ++i)
        s.record(Event::message(100000 + i * 100, Direction::In, true, QByteArray(10, 'x')));
    s.record(Event::message(101000, Direction::Out, true, "ab"));
    s.record(Event::message(101999, Direction::Out, true, "cd"));
    s.record(Event::message(103500, Direction::In, true, "z"));
    QCOMPARE(s.currentRate(101500).messages, 5); // the last whole second: 100
    QCOMPARE(s.currentRate(102000).messages, 2);
    QCOMPARE(s.currentRate(102000).bytes, 4);
    QCOMPARE(s.currentRate(103000).messages, 0);
    QCOMPARE(s.peakRate().messages, 5);
    QCOMPARE(s.peakRate().bytes, 50);
    const auto h = s.history(104000);
    QCOMPARE(h.back().messages, 1);        // second 103
    QCOMPARE(h[h.size() - 2].messages, 0); // 102
    QCOMPARE(h[h.size() - 3].messages, 2); // 101
    QCOMPARE(h[h.size() - 4].messages, 5); // 100
    // A minute later the old seconds have left the window.
    const auto later = s.history(100000 + 70000);
    for (const auto &second : later)
        QCOMPARE(second.messages, 0);
    s.record(Event::message(100000 + 61000, Direction::In, true, "late"));
    QCOMPARE(s.history(100000 + 62000).back().messages, 1);
}

void TestWorkbenchCore::backoffDelays()
{
    Backoff b;
    b.initialMs = 500;
    b.maxMs = 8000;
    b.factor = 2;
    b.jitter = 0.25;
    b.maxAttempts = 5;
    // unit 0.5 is the middle of the jitter band: the plain exponential.
    QCOMPARE(b.delayMs(1, 0.5), 500);
    QCOMPARE(b.delayMs(2, 0.5), 1000);
    QCOMPARE(b.delayMs(4, 0.5), 4000);
    QCOMPARE(b.delayMs(5, 0.5), 8000);
    QCOMPARE(b.delayMs(50, 0.5), 8000);
    QCOMPARE(b.delayMs(1, 0.0), 375);
    QCOMPARE(b.delayMs(1, 0.999999), 625);
    QCOMPARE(b.delayMs(50, 0.0), 6000);
    QVERIFY(!b.exhausted(5));
    QVERIFY(b.exhausted(6));
    b.maxAttempts = 0;
    QVERIFY(!b.exhausted(1000000));
    b.jitter = 0;
    QCOMPARE(b.delayMs(3, 0.9), 2000);
}

void TestWorkbenchCore::templateLibraryVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("errorContains"); // empty: the library loads
    QTest::addRow("1") << QByteArray("1") << QString();
    QTest::addRow("absent") << QByteArray() << QString();
    // toInt() read these as 0, a version from the past, and loaded the file.
    QTest::addRow("1e300") << QByteArray("1e300") << "newer Wsprobe (library version 1e+300";
    QTest::addRow("2.5") << QByteArray("2.5") << "whole number";
    QTest::addRow("-1e300") << QByteArray("-1e300") << "whole number";
    QTest::addRow("text") << QByteArray("\"1\"") << "whole number";
}

void TestWorkbenchCore::templateLibraryVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, errorContains);
    const QByteArray json = R"({"format":"wsprobe-templates",)"
                            + (version.isEmpty() ? QByteArray() : "\"version\":" + version + ",")
                            + R"("templates":[{"name":"a\u0007","mode":"morse\u001b[2J"}]})";
    QList<MessageTemplate> out;
    QString error;
    TemplateLibrary::parse(json, &out, &error);
    if (errorContains.isEmpty()) {
        // It gets as far as the template, whose name and mode are quoted escaped.
        QVERIFY2(error.contains("\"a\\x07\" has an unknown mode \"morse\\x1B[2J\""),
                 qPrintable(error));
    } else {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestWorkbenchCore)
#include "tst_workbenchcore.moc"
