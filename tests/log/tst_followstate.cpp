#include <QtTest>

#include "log/followstate.h"

class TestFollowState : public QObject
{
    Q_OBJECT

private slots:
    void followsUntilScrolledUp();
    void frozenCountsWhereverScrolled();
    void droppedRowsAreNotUnseen();
    void resetFollowsAgainUnlessFrozen();
    void leavingKeepsTheView();
};

void TestFollowState::followsUntilScrolledUp()
{
    FollowState s;
    QVERIFY(s.isFollowing());
    QVERIFY(s.rowsArrived(5)); // scroll to them
    QCOMPARE(s.unseen(), 0);
    QVERIFY(!s.scrolled(true)); // already there
    QVERIFY(s.scrolled(false));
    QVERIFY(!s.isFollowing());
    QVERIFY(!s.rowsArrived(3));
    QVERIFY(!s.rowsArrived(4));
    QCOMPARE(s.unseen(), 7);
    QVERIFY(s.scrolled(true)); // back at the bottom: seen, following
    QVERIFY(s.isFollowing());
    QCOMPARE(s.unseen(), 0);
    QVERIFY(s.scrolled(false));
    QVERIFY(!s.rowsArrived(2));
    s.follow();
    QVERIFY(s.isFollowing());
    QCOMPARE(s.unseen(), 0);
}

void TestFollowState::frozenCountsWhereverScrolled()
{
    FollowState s;
    QVERIFY(s.setFrozen(true));
    QVERIFY(!s.setFrozen(true));
    QVERIFY(s.isFrozen());
    QVERIFY(!s.isFollowing());
    QVERIFY(!s.rowsArrived(10));
    QVERIFY(!s.scrolled(true)); // the bottom does not unfreeze
    QVERIFY(!s.isFollowing());
    QCOMPARE(s.unseen(), 10);
    s.follow(); // not while frozen
    QVERIFY(!s.isFollowing());
    QCOMPARE(s.unseen(), 10);
    QVERIFY(s.setFrozen(false));
    QVERIFY(!s.isFollowing()); // until the view follows again
    s.follow();
    QVERIFY(s.isFollowing());
    QCOMPARE(s.unseen(), 0);
}

void TestFollowState::droppedRowsAreNotUnseen()
{
    FollowState s;
    s.scrolled(false);
    s.rowsArrived(30);
    s.rowsDropped(505); // the oldest went: all 30 still there
    QCOMPARE(s.unseen(), 30);
    s.rowsDropped(12); // the unseen are the newest, the last to go
    QCOMPARE(s.unseen(), 12);
    s.rowsDropped(0);
    QCOMPARE(s.unseen(), 0);
}

void TestFollowState::resetFollowsAgainUnlessFrozen()
{
    FollowState s;
    s.scrolled(false);
    s.rowsArrived(4);
    s.rowsReset();
    QVERIFY(s.isFollowing());
    QCOMPARE(s.unseen(), 0);
    s.setFrozen(true);
    s.rowsArrived(4);
    s.rowsReset();
    QVERIFY(s.isFrozen());
    QVERIFY(!s.isFollowing());
    QCOMPARE(s.unseen(), 0);
}

void TestFollowState::leavingKeepsTheView()
{
    FollowState s;
    s.leave();
    QVERIFY(!s.isFollowing());
    QVERIFY(!s.rowsArrived(1));
    QCOMPARE(s.unseen(), 1);
    s.setFrozen(true);
    s.leave();
    QVERIFY(s.isFrozen());
}

QTEST_GUILESS_MAIN(TestFollowState)
#include "tst_followstate.moc"
