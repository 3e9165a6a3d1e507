// TemplateLibrary: what a library file may say, and how a bad one is refused.
#include <QTest>

#include "compose/templatelibrary.h"

class TestTemplateLibrary : public QObject
{
    Q_OBJECT
private slots:
    void version_data();
    void version();
};

void TestTemplateLibrary::version_data()
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

void TestTemplateLibrary::version()
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

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
