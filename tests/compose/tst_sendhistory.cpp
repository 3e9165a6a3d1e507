// The send history the composer walks with Up and Down.
#include <QTest>

#include "compose/sendhistory.h"

class TestSendHistory : public QObject
{
    Q_OBJECT
private slots:
    void historyWalk();
    void historyLimitAndRepeats();
};

void TestSendHistory::historyWalk()
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

void TestSendHistory::historyLimitAndRepeats()
{
    SendHistory h;
    h.setLimit(3);
    for (const char *s : {"a", "b", "b", "c", "d", ""})
        h.add(s);
    QCOMPARE(h.entries(), QStringList({"b", "c", "d"}));
    h.setEntries({"1", "2", "3", "4"});
    QCOMPARE(h.entries(), QStringList({"2", "3", "4"}));
}

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
