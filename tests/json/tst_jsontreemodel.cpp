// The JSON tree of the detail pane as a core model: order kept, paths, copy values, limits.
#include <QAbstractItemModelTester>
#include <QTest>

#include "json/jsontreemodel.h"

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void modelTester();
    void shapeOrderAndValues();
    void paths_data();
    void paths();
    void notJson_data();
    void notJson();
    void tooLarge();
};

void TestJsonTreeModel::modelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPayload(R"({"a":[1,{"b":null},[]],"c":{"d":"x"},"e":true})"));
    QVERIFY(model.setPayload("[[[[]]]]"));
    model.clear();
    QVERIFY(!model.setPayload("{broken"));
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::shapeOrderAndValues()
{
    JsonTreeModel model;
    QVERIFY(model.setPayload(R"({"z": 1.50, "a": ["x\n", false], "m": {}})"));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QString("$"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QString("3 member(s)"));
    QCOMPARE(model.rowCount(root), 3);
    // Written order, numbers as spelled.
    QCOMPARE(model.index(0, 0, root).data().toString(), QString("z"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, root).data().toString(), QString("1.50"));
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn, root).data().toString(), QString("number"));
    const QModelIndex a = model.index(1, 0, root);
    QCOMPARE(model.rowCount(a), 2);
    QCOMPARE(model.index(0, 0, a).data().toString(), QString("[0]"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, a).data().toString(), QString("\"x\\n\""));
    QCOMPARE(model.index(0, 0, a).data(JsonTreeModel::CopyValueRole).toString(), QString("x\n"));
    // A container copies as minified JSON.
    QCOMPARE(a.data(JsonTreeModel::CopyValueRole).toString(), QString(R"(["x\n",false])"));
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn, root).data().toString(),
             QString("0 member(s)"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal, Qt::DisplayRole),
             QVariant(QString("Type")));
}

void TestJsonTreeModel::paths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("path");
    QTest::addRow("root") << QByteArray("{}") << QList<int>{} << "$";
    QTest::addRow("member") << QByteArray(R"({"user":{"name":"ana"}})") << QList<int>{0, 0}
                            << "$.user.name";
    QTest::addRow("array item") << QByteArray(R"({"tags":["a","b"]})") << QList<int>{0, 1}
                                << "$.tags[1]";
    QTest::addRow("odd key") << QByteArray(R"({"odd key":1})") << QList<int>{0} << "$[\"odd key\"]";
    QTest::addRow("key with a quote")
        << QByteArray(R"({"a\"b":1})") << QList<int>{0} << "$[\"a\\\"b\"]";
    QTest::addRow("top-level array")
        << QByteArray("[[0,[1]]]") << QList<int>{0, 1, 0} << "$[0][1][0]";
}

void TestJsonTreeModel::paths()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<int>, rows);
    QFETCH(QString, path);
    JsonTreeModel model;
    QVERIFY(model.setPayload(json));
    QModelIndex at = model.index(0, 0);
    for (int row : rows)
        at = model.index(row, 0, at);
    QVERIFY(at.isValid());
    QCOMPARE(model.path(at), path);
    QCOMPARE(at.data(JsonTreeModel::PathRole).toString(), path);
}

void TestJsonTreeModel::notJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("note");
    QTest::addRow("plain text") << QByteArray("hello") << "";
    QTest::addRow("a bare number") << QByteArray("42") << "";
    QTest::addRow("empty") << QByteArray() << "";
    QTest::addRow("broken object") << QByteArray("{\"a\": }") << "Line 1, column 7";
    QTest::addRow("two documents") << QByteArray("{}{}") << "Line 1";
}

void TestJsonTreeModel::notJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, note);
    JsonTreeModel model;
    QVERIFY(model.setPayload("{\"before\":1}"));
    QVERIFY(!model.setPayload(payload));
    QCOMPARE(model.rowCount(), 0);
    if (note.isEmpty())
        QVERIFY(model.note().isEmpty());
    else
        QVERIFY2(model.note().startsWith(note), qPrintable(model.note()));
}

void TestJsonTreeModel::tooLarge()
{
    JsonTreeModel model;
    QByteArray big = "[" + QByteArray(JsonTreeModel::MaxBytes, ' ') + "]";
    QVERIFY(!model.setPayload(big));
    QVERIFY2(model.note().contains("Too large"), qPrintable(model.note()));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
