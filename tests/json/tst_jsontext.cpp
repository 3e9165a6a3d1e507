// JsonText: checking with line and column, pretty and minified layouts that keep key order and
// number spelling.
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "json/jsontext.h"

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void jsonFormat_data();
    void jsonFormat();
    void jsonProblems_data();
    void jsonProblems();
    void jsonMinifyKeepsMeaning();
    void placeholders_data();
    void placeholders();
    void placeholderProblems_data();
    void placeholderProblems();
};

void TestJsonText::jsonFormat_data()
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

void TestJsonText::jsonFormat()
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

void TestJsonText::jsonProblems_data()
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

void TestJsonText::jsonProblems()
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

void TestJsonText::jsonMinifyKeepsMeaning()
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

void TestJsonText::placeholders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pretty");
    QTest::addColumn<QString>("minified");
    QTest::addRow("built-in as a value") << "{\"id\": {{$counter}}}"
                                         << "{\n  \"id\": {{$counter}}\n}"
                                         << "{\"id\":{{$counter}}}";
    QTest::addRow("spaces kept inside") << "[ {{ user }} ,2]"
                                        << "[\n  {{ user }},\n  2\n]"
                                        << "[{{ user }},2]";
    QTest::addRow("whole document") << " {{body}} "
                                    << "{{body}}"
                                    << "{{body}}";
    QTest::addRow("dotted name, nested")
        << "{\"a\":{\"b\":[{{env.id-2}}]}}"
        << "{\n  \"a\": {\n    \"b\": [\n      {{env.id-2}}\n    ]\n  }\n}"
        << "{\"a\":{\"b\":[{{env.id-2}}]}}";
    QTest::addRow("inside a string is a string") << "[\"{{x}}\"]"
                                                 << "[\n  \"{{x}}\"\n]"
                                                 << "[\"{{x}}\"]";
}

void TestJsonText::placeholders()
{
    QFETCH(QString, input);
    QFETCH(QString, pretty);
    QFETCH(QString, minified);
    QVERIFY2(JsonText::check(input, JsonText::Placeholders::AsValues).isValid(),
             qPrintable(JsonText::check(input, JsonText::Placeholders::AsValues).describe()));
    QString out;
    QVERIFY(JsonText::format(input, 2, &out, nullptr, JsonText::Placeholders::AsValues));
    QCOMPARE(out, pretty);
    QVERIFY(JsonText::format(input, -1, &out, nullptr, JsonText::Placeholders::AsValues));
    QCOMPARE(out, minified);
    QVERIFY(JsonText::format(pretty, -1, &out, nullptr, JsonText::Placeholders::AsValues));
    QCOMPARE(out, minified);
    // Plain JSON (a file, a received message) still refuses a bare placeholder.
    if (!input.contains('"' + QString("{{")))
        QVERIFY(!JsonText::check(input).isValid());
}

void TestJsonText::placeholderProblems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addRow("not closed") << "{\"id\": {{$counter}" << 18;
    QTest::addRow("two words") << "[{{a b}}]" << 6;
    QTest::addRow("empty") << "[{{ }}]" << 5;
    QTest::addRow("as a key") << "{ {{k}}: 1}" << 3;
    QTest::addRow("glued to a number") << "[1{{x}}]" << 3;
}

void TestJsonText::placeholderProblems()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    const JsonText::Problem p = JsonText::check(input, JsonText::Placeholders::AsValues);
    QVERIFY(!p.isValid());
    QCOMPARE(p.line, 1);
    QCOMPARE(p.column, column);
    QString out = "kept";
    QVERIFY(!JsonText::format(input, 2, &out, nullptr, JsonText::Placeholders::AsValues));
    QCOMPARE(out, QString("kept"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
