// The send history the composer walks with Up and Down, each entry with its mode.
#include <QTest>

#include "compose/sendhistory.h"

using M = OutgoingMessage::Mode;

class TestSendHistory : public QObject
{
    Q_OBJECT
private slots:
    void historyWalk();
    void historyKeepsModes();
    void historyLimitAndRepeats();
    void historySettings();
};

void TestSendHistory::historyWalk()
{
    SendHistory h;
    OutgoingMessage m;
    QVERIFY(!h.older(OutgoingMessage::text("draft"), &m));
    h.add("one");
    h.add("two");
    h.add("three");
    QVERIFY(h.older(OutgoingMessage::text("my draft"), &m));
    QCOMPARE(m.body, QString("three"));
    QVERIFY(h.older(m, &m));
    QVERIFY(h.older(m, &m));
    QCOMPARE(m.body, QString("one"));
    QVERIFY(!h.older(m, &m)); // the oldest: stays
    QCOMPARE(m.body, QString("one"));
    QVERIFY(h.newer(&m));
    QCOMPARE(m.body, QString("two"));
    QVERIFY(h.newer(&m));
    QVERIFY(h.newer(&m));
    QCOMPARE(m.body, QString("my draft"));
    QVERIFY(!h.newer(&m));
}

void TestSendHistory::historyKeepsModes()
{
    SendHistory h;
    h.add({M::Hex, "01 02 ff"});
    h.add({M::Json, "{\"id\": {{$counter}}}"});
    h.add({M::Base64, "SGk="});
    OutgoingMessage m;
    const OutgoingMessage draft{M::Json, "{\"draft\": 1}"};
    QVERIFY(h.older(draft, &m));
    QCOMPARE(m, (OutgoingMessage{M::Base64, "SGk="}));
    QVERIFY(h.older(m, &m));
    QCOMPARE(m.mode, M::Json);
    QVERIFY(h.older(m, &m));
    QCOMPARE(m, (OutgoingMessage{M::Hex, "01 02 ff"}));
    QVERIFY(h.newer(&m) && h.newer(&m) && h.newer(&m));
    QCOMPARE(m, draft); // the draft comes back in its own mode
    // The same body in another mode is another message.
    h.add({M::Text, "SGk="});
    QCOMPARE(h.messages().size(), 4);
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

void TestSendHistory::historySettings()
{
    SendHistory h;
    h.add({M::Hex, "00 ff"});
    h.add({M::File, "/tmp/x.bin"});
    h.add("plain");
    SendHistory back;
    back.fromVariant(h.toVariant());
    QCOMPARE(back.messages(), h.messages());

    // Settings written before modes hold a list of strings: each is text.
    back.fromVariant(QStringList{"old one", "old two"});
    QCOMPARE(back.messages(), (QList<OutgoingMessage>{OutgoingMessage::text("old one"),
                                                      OutgoingMessage::text("old two")}));

    // An entry whose mode this version does not know is left out, not sent as text.
    QVariantList list = h.toVariant();
    list.insert(1, QVariantMap{{"mode", "protobuf"}, {"body", "08 01"}});
    back.fromVariant(list);
    QCOMPARE(back.messages(), h.messages());
}

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
