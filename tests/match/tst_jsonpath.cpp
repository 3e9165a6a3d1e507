#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "match/jsonpath.h"

class TestJsonPath : public QObject
{
    Q_OBJECT
private slots:
    void select_data();
    void select();
    void refuse_data();
    void refuse();
    void canonicalRoundTrips_data();
    void canonicalRoundTrips();
};

namespace {
QJsonValue doc()
{
    return QJsonDocument::fromJson(R"({"type":"ack","a":{"b":[10,20,{"c":"x"}]},
        "x y":{"it's":true},"items":[{"id":1},{"id":2},{"name":"n"}],"n":null,"":5})")
        .object();
}
QString texts(const QList<QJsonValue> &values)
{
    QJsonArray a;
    for (const QJsonValue &v : values)
        a.append(v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

void TestJsonPath::select_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // the selected values as a compact JSON array
    QTest::addRow("root") << "$"
                          << QString::fromUtf8(
                                 QJsonDocument(QJsonArray{doc()}).toJson(QJsonDocument::Compact));
    QTest::addRow("member") << "$.type"
                            << R"(["ack"])";
    QTest::addRow("nested") << "$.a.b[1]"
                            << "[20]";
    QTest::addRow("negative index") << "$.a.b[-1].c"
                                    << R"(["x"])";
    QTest::addRow("index past the end") << "$.a.b[3]"
                                        << "[]";
    QTest::addRow("negative past the start") << "$.a.b[-4]"
                                             << "[]";
    QTest::addRow("quoted with space") << "$['x y']"
                                       << R"([{"it's":true}])";
    QTest::addRow("double-quoted, escaped quote") << R"($["x y"]['it\'s'])"
                                                  << "[true]";
    QTest::addRow("wildcard array") << "$.items[*].id"
                                    << "[1,2]";
    QTest::addRow("dot wildcard") << "$.items.*.name"
                                  << R"(["n"])";
    QTest::addRow("null is a value") << "$.n"
                                     << "[null]";
    QTest::addRow("missing") << "$.nothing.deeper"
                             << "[]";
    QTest::addRow("index on object") << "$.a[0]"
                                     << "[]";
    QTest::addRow("member on array") << "$.items.id"
                                     << "[]";
    QTest::addRow("empty name") << "$['']"
                                << "[5]";
    QTest::addRow("dollar and dash in names") << "$.a-b$c"
                                              << "[]";
}

void TestJsonPath::select()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    JsonPath p;
    QString error;
    QVERIFY2(p.parse(path, &error), qPrintable(error));
    QCOMPARE(texts(p.evaluate(doc())), expected);
}

void TestJsonPath::refuse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty") << ""
                           << "JSON path, character 1: a path starts with '$'";
    QTest::addRow("no dollar") << "a.b"
                               << "JSON path, character 1: a path starts with '$'";
    QTest::addRow("recursive")
        << "$..a"
        << "JSON path, character 2: recursive descent ('..') is not supported";
    QTest::addRow("dot at end") << "$.a."
                                << "JSON path, character 5: expected a member name "
                                   "after '.'";
    QTest::addRow("unclosed bracket") << "$.a["
                                      << "JSON path, character 5: unfinished '['";
    QTest::addRow("unclosed quote") << "$['abc"
                                    << "JSON path, character 3: the quoted name is not closed";
    QTest::addRow("filter") << "$.a[?(@.x)]"
                            << "JSON path, character 5: filter expressions are not supported";
    QTest::addRow("slice") << "$.a[1:2]"
                           << "JSON path, character 6: slices and unions are not supported";
    QTest::addRow("union") << "$.a[1,2]"
                           << "JSON path, character 6: slices and unions are not supported";
    QTest::addRow("missing close") << "$.a[1"
                                   << "JSON path, character 6: expected ']'";
    QTest::addRow("garbage") << "$ a"
                             << "JSON path, character 2: unexpected ' ' (expected '.' "
                                "or '[')";
    QTest::addRow("bare word in brackets")
        << "$[abc]"
        << "JSON path, character 3: expected a number, '*' or a quoted name after '['";
    QTest::addRow("lone minus") << "$[-]"
                                << "JSON path, character 3: expected an array index";
    QTest::addRow("huge index") << "$[123456789012]"
                                << "JSON path, character 3: the array index is too large";
}

void TestJsonPath::refuse()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    JsonPath p;
    QString got;
    QVERIFY(!p.parse(path, &got));
    QCOMPARE(got, error);
    QVERIFY(!p.isValid());
    QVERIFY(p.evaluate(doc()).isEmpty());
}

void TestJsonPath::canonicalRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("plain") << "$.a.b[0]"
                           << "$.a.b[0]";
    QTest::addRow("quoted plain name") << "$['a']"
                                       << "$.a";
    QTest::addRow("space") << "$[\"x y\"]"
                           << "$['x y']";
    QTest::addRow("quote and backslash") << R"($['it\'s \\'])"
                                         << R"($['it\'s \\'])";
    QTest::addRow("wildcards") << "$.*[*]"
                               << "$[*][*]";
}

void TestJsonPath::canonicalRoundTrips()
{
    QFETCH(QString, path);
    QFETCH(QString, canonical);
    JsonPath p;
    QVERIFY(p.parse(path, nullptr));
    QCOMPARE(p.canonical(), canonical);
    JsonPath again;
    QVERIFY(again.parse(p.canonical(), nullptr));
    QCOMPARE(again.steps(), p.steps());
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
