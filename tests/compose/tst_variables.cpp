// Variables: placeholders, the built-ins and unknown names.
#include <QRegularExpression>
#include <QTest>

#include "compose/variables.h"
#include "connection/clock.h"

class TestVariables : public QObject
{
    Q_OBJECT
private slots:
    void variables_data();
    void variables();
    void variablesUnknownIsAnError();
    void variableBuiltins();
};

void TestVariables::variables_data()
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

void TestVariables::variables()
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

void TestVariables::variablesUnknownIsAnError()
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
    // What the composer's highlighter asks: the same names expand() knows.
    QVERIFY(v.isKnown("a"));
    QVERIFY(v.isKnown("$counter"));
    QVERIFY(!v.isKnown("b"));
    QVERIFY(!v.isKnown("$nope"));
    v.setTable({{"b", "2"}});
    QVERIFY(v.isKnown("b") && !v.isKnown("a"));
}

void TestVariables::variableBuiltins()
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

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
