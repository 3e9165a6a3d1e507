// The connection tab without widgets: journal per attempt, reopen, sending with variables,
// on-open messages, the settings a restart brings back, and going away. Against the demo
// server, and a raw peer where the Close frame itself is checked.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/connectionspy.h"
#include "common/rawpeer.h"
#include "connection/clock.h"
#include "connection/reconnector.h"
#include "demo/demoserver.h"
#include "session/sessionlibrary.h"
#include "session/sessionreader.h"
#include "workbench/connectionworkbench.h"
#include "workbench/workspace.h"

class TestConnectionWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void journalPerConnectionAttempt();
    void refusedAttemptsLeaveNoRecordingAndReconnectsShareAGroup();
    void sendBuildsWithVariablesAndKeepsHistory();
    void onOpenMessagesAfterEveryOpen();
    void reopenClosesThenOpensAgain();
    void stateSurvivesARestart();
    void journalToOneFile();
    void withoutLogNothingIsKept();
    void shutdownSendsGoingAwayAndStaysClosed();
    void shutdownAllWaitsInParallelWithinTheLimit();
    void shutdownAllReturnsOnceAllHaveClosed();
    void closeForTestingSendsAsGivenAndDoesNotReconnect();

private:
    ConnectionRequest echo() const
    {
        ConnectionRequest r;
        r.url = m_server.url("/echo");
        return r;
    }
    DemoServer m_server;
    SystemClock m_clock;
};

void TestConnectionWorkbench::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestConnectionWorkbench::journalPerConnectionAttempt()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    ConnectionWorkbench wb(m_clock);
    wb.journalTo(&library);
    wb.setRequest(echo());
    QSignalSpy started(&wb, &ConnectionWorkbench::journalStarted);
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(wb.open());
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
        QVERIFY(wb.connection().sendText("journaled"));
        QTRY_COMPARE(wb.log().store().messageCount(Direction::In), round);
        wb.close();
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
        QCOMPARE(started.count(), round);
    }
    // Each attempt is its own session, finished off the caller's thread.
    QTRY_COMPARE(library.list().size(), 2);
    auto finished = [&library] {
        for (const SessionLibrary::Entry &e : library.list()) {
            if (e.state != SessionLibrary::Entry::State::Finished)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(finished());
    Session s;
    QString error;
    QVERIFY(SessionReader::readFile(library.list().at(0).path, &s, &error));
    QCOMPARE(s.events.messageCount(Direction::Out), 1);
    QCOMPARE(s.events.messageCount(Direction::In), 1);
}

void TestConnectionWorkbench::refusedAttemptsLeaveNoRecordingAndReconnectsShareAGroup()
{
    QTemporaryDir dir;
    SessionLibrary library(dir.filePath("sessions"));
    ConnectionWorkbench wb(m_clock);
    wb.journalTo(&library);
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    ConnectionRequest refused;
    refused.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/gone").arg(closed.serverPort()));
    closed.close();
    wb.setRequest(refused);
    QSignalSpy started(&wb, &ConnectionWorkbench::journalStarted);
    for (int round = 0; round < 3; ++round) {
        QVERIFY(wb.open());
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
    }
    // The error stays in the tab's log; the library gets nothing.
    QVERIFY(wb.log().store().size() >= 3);
    QCOMPARE(started.count(), 0);
    QTest::qWait(50); // the queued close handling has run
    QVERIFY(library.list().isEmpty());
    QVERIFY(!QDir(library.directory()).exists()
            || QDir(library.directory()).entryList(QDir::Files).isEmpty());

    // Two connections of this tab to one URL: two files, one group.
    wb.setRequest(echo());
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(wb.open());
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
        wb.close();
        QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
    }
    auto allFinished = [&library] {
        const auto list = library.list();
        return list.size() == 2
               && std::all_of(list.cbegin(), list.cend(), [](const SessionLibrary::Entry &e) {
                      return e.state == SessionLibrary::Entry::State::Finished;
                  });
    };
    QTRY_VERIFY(allFinished());
    const QList<SessionLibrary::Entry> entries = library.list();
    QCOMPARE(entries[0].summary.group, wb.id());
    QCOMPARE(entries[1].summary.group, wb.id());
    const auto groups = SessionLibrary::groups(entries);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].size(), 2);
    // Held back until the open, the attempt's events are all in the recording, once.
    Session s;
    QString error;
    QVERIFY(SessionReader::readFile(entries[0].path, &s, &error));
    qsizetype opens = 0;
    for (qsizetype i = 0; i < s.events.size(); ++i)
        opens += s.events.row(i).kind == EventKind::Open ? 1 : 0;
    QCOMPARE(opens, 1);
    QCOMPARE(s.events.row(s.events.size() - 1).kind, EventKind::Close);

    // Another tab to the same URL is its own entry; one without a group stands alone.
    SessionLibrary::Entry other = entries[0];
    other.summary.group = QStringLiteral("another-tab");
    SessionLibrary::Entry loose = entries[0];
    loose.summary.group.clear();
    const auto mixed = SessionLibrary::groups({entries[0], other, entries[1], loose});
    QCOMPARE(mixed.size(), 3);
    QCOMPARE(mixed[0].size(), 2);
    QCOMPARE(mixed[0][1].path, entries[1].path);

    // A connection still being recorded has no summary yet: its header links it.
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    QTRY_COMPARE(library.list().size(), 3);
    QCOMPARE(library.list().first().state, SessionLibrary::Entry::State::Recording);
    QCOMPARE(SessionLibrary::groups(library.list()).size(), 1);
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);

    // The list's search: every word, any case, in the URL or "host/path".
    QVERIFY(SessionLibrary::matches(entries[0], QString()));
    QVERIFY(SessionLibrary::matches(entries[0], QStringLiteral("ECHO")));
    QVERIFY(SessionLibrary::matches(entries[0], QStringLiteral("127.0.0.1 echo")));
    QVERIFY(!SessionLibrary::matches(entries[0], QStringLiteral("echo ticker")));
}

void TestConnectionWorkbench::sendBuildsWithVariablesAndKeepsHistory()
{
    ConnectionWorkbench wb(m_clock);
    wb.setRequest(echo());
    QString error;
    QVERIFY(!wb.send(OutgoingMessage::text("early"), &error));
    QVERIFY(error.contains("Not connected"));
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    wb.variables().setTable({{"user", "ana"}});
    QVERIFY(wb.send(OutgoingMessage::text("hi {{user}} #{{$counter}}"), &error));
    QVERIFY(wb.send(OutgoingMessage::hex("00 ff"), &error));
    QVERIFY(!wb.send(OutgoingMessage::text("{{nobody}}"), &error));
    QVERIFY(error.contains("{{nobody}}"));
    QTRY_COMPARE(wb.log().store().messageCount(Direction::In), 2);
    const EventStore &store = wb.log().store();
    QList<QByteArray> in;
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (store.row(i).direction == Direction::In && store.at(i).isMessage())
            in << store.payload(i).toByteArray();
    }
    QCOMPARE(in, QList<QByteArray>({"hi ana #1", QByteArray("\x00\xff", 2)}));
    // The history keeps what was typed, not what it expanded to; a refused send is not kept.
    QCOMPARE(wb.history().entries(), QStringList({"hi {{user}} #{{$counter}}", "00 ff"}));
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
}

void TestConnectionWorkbench::onOpenMessagesAfterEveryOpen()
{
    ConnectionWorkbench wb(m_clock);
    wb.setRequest(echo());
    wb.variables().setTable({{"token", "s3cret"}});
    wb.setOnOpenMessages({"auth {{token}}", "subscribe"});
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.log().store().messageCount(Direction::In), 2);
    QCOMPARE(wb.log().store().payload(wb.log().store().size() - 1).toByteArray(),
             QByteArray("subscribe"));
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);

    // One that cannot be built stops the rest and says why.
    wb.setOnOpenMessages({"auth {{missing}}", "subscribe"});
    QSignalSpy notice(&wb, &ConnectionWorkbench::notice);
    QVERIFY(wb.open());
    QVERIFY(notice.wait(5000));
    QVERIFY2(notice.first().first().toString().contains("{{missing}}"),
             qPrintable(notice.first().first().toString()));
    QTest::qWait(100);
    QCOMPARE(wb.log().store().messageCount(Direction::Out), 2);
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
}

void TestConnectionWorkbench::reopenClosesThenOpensAgain()
{
    ConnectionWorkbench wb(m_clock);
    wb.setRequest(echo());
    ConnectionSpy spy(&wb.connection());
    wb.reopen(); // closed: just opens
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    wb.reopen();
    QTRY_COMPARE(spy.eventsOf(EventKind::Open).size(), 2);
    QCOMPARE(spy.eventsOf(EventKind::Close).size(), 1);
    QCOMPARE(spy.eventsOf(EventKind::Close).first().code, 1000);
    QCOMPARE(wb.connection().readyState(), ReadyState::Open);
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
}

void TestConnectionWorkbench::stateSurvivesARestart()
{
    ConnectionWorkbench before(m_clock);
    ConnectionRequest r = echo();
    r.subprotocols = {"chat", "superchat"};
    r.headers = {{"Authorization", "Bearer x"}, {"X-Trace", "1"}};
    before.setRequest(r);
    Backoff b;
    b.initialMs = 250;
    b.maxMs = 9000;
    b.maxAttempts = 7;
    before.setReconnect(true, b);
    before.variables().setTable({{"a", "1"}, {"b", "2"}});
    before.setOnOpenMessages({"login {{a}}"});
    before.history().add("one");
    before.history().add("two");

    // Through the workspace file, as a restart after a crash reads it.
    Workspace saved;
    saved.tabs << before.saveState();
    Workspace read;
    QString error;
    QVERIFY2(Workspace::fromJson(saved.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read.tabs.size(), 1);
    ConnectionWorkbench after(m_clock);
    QVERIFY(after.id() != before.id());
    after.restoreState(read.tabs.first());
    QCOMPARE(after.id(), before.id()); // its recordings stay linked to the earlier ones
    QCOMPARE(after.request().url, r.url);
    QCOMPARE(after.request().subprotocols, r.subprotocols);
    QCOMPARE(after.request().headers.size(), 2);
    QCOMPARE(after.request().headers.at(1).value, QByteArray("1"));
    QVERIFY(after.reconnectEnabled());
    QCOMPARE(after.backoff().initialMs, 250);
    QCOMPARE(after.backoff().maxMs, 9000);
    QCOMPARE(after.backoff().maxAttempts, 7);
    QCOMPARE(after.variables().table(), before.variables().table());
    QCOMPARE(after.onOpenMessages(), QStringList({"login {{a}}"}));
    QCOMPARE(after.history().entries(), QStringList({"one", "two"}));
}

void TestConnectionWorkbench::journalToOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("run.wsprobe.jsonl");
    ConnectionWorkbench wb(m_clock);
    wb.setRequest(echo());
    QString error;
    QVERIFY(!wb.journalToFile(dir.filePath("no/such/folder/x.jsonl"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(wb.journalToFile(path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    QVERIFY(wb.connection().sendText("kept"));
    QTRY_COMPARE(wb.log().store().messageCount(Direction::In), 1);
    wb.close(4000, "done");
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
    QTest::qWait(50); // the file is finished from the event loop after the close
    Session s;
    QVERIFY2(SessionReader::readFile(path, &s, &error), qPrintable(error));
    QCOMPARE(s.events.messageCount(Direction::In), 1);
    QCOMPARE(s.events.at(s.events.size() - 1).kind, EventKind::Close);
}

void TestConnectionWorkbench::withoutLogNothingIsKept()
{
    ConnectionWorkbench wb(m_clock);
    wb.setLogging(false);
    wb.setRequest(echo());
    ConnectionSpy spy(&wb.connection());
    QVERIFY(wb.open());
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Open);
    QVERIFY(wb.connection().sendText("x"));
    QVERIFY(spy.waitForEvents(EventKind::Text, 2));
    wb.log().flush();
    QCOMPARE(wb.log().totalCount(), 0);
    QCOMPARE(wb.stats().messages(Direction::In), 1); // statistics still count
    wb.close();
    QTRY_COMPARE(wb.connection().readyState(), ReadyState::Closed);
}

namespace {

// A raw peer that accepts the upgrade; answerClose: it answers the client's Close.
bool listenAndAccept(RawPeer &peer, bool answerClose)
{
    if (!peer.listen())
        return false;
    peer.acceptUpgrade();
    peer.setEchoClose(answerClose);
    return true;
}

bool openTo(ConnectionWorkbench &wb, const RawPeer &peer)
{
    ConnectionRequest r;
    r.url = peer.url();
    wb.setRequest(r);
    return wb.open()
           && QTest::qWaitFor([&wb] { return wb.connection().readyState() == ReadyState::Open; },
                              10000);
}

} // namespace

void TestConnectionWorkbench::shutdownSendsGoingAwayAndStaysClosed()
{
    RawPeer peer;
    QVERIFY(listenAndAccept(peer, true));
    ConnectionWorkbench wb(m_clock);
    wb.setReconnect(true, Backoff());
    ConnectionSpy spy(&wb.connection());
    QVERIFY(openTo(wb, peer));
    wb.shutdown("Wsprobe tab closed");
    QVERIFY(spy.waitForClosed());
    const RawPeer::ClientFrame close = peer.clientClose();
    QCOMPARE(close.opcode, quint8(0x8));
    QCOMPARE(RawPeer::closeCode(close), 1001);
    QCOMPARE(close.payload.mid(2), QByteArray("Wsprobe tab closed"));
    QVERIFY(spy.errors.isEmpty());
    QVERIFY(spy.lastClose().wasClean);
    QVERIFY(!wb.reconnector().isWaiting()); // going away is not a drop to recover from
}

void TestConnectionWorkbench::shutdownAllWaitsInParallelWithinTheLimit()
{
    RawPeer answering;
    RawPeer silent; // never answers the Close
    QVERIFY(listenAndAccept(answering, true));
    QVERIFY(listenAndAccept(silent, false));
    ConnectionWorkbench a(m_clock);
    ConnectionWorkbench b(m_clock);
    ConnectionWorkbench idle(m_clock);
    QVERIFY(openTo(a, answering));
    QVERIFY(openTo(b, silent));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ConnectionWorkbench::shutdownAll({&a, &b, &idle}, "quit", 1000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 900 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    // Both Close frames left at once, before the wait.
    QCOMPARE(RawPeer::closeCode(answering.clientClose()), 1001);
    QCOMPARE(RawPeer::closeCode(silent.clientClose()), 1001);
    QCOMPARE(a.connection().readyState(), ReadyState::Closed);
    QCOMPARE(b.connection().readyState(), ReadyState::Closing);
}

void TestConnectionWorkbench::shutdownAllReturnsOnceAllHaveClosed()
{
    RawPeer first;
    RawPeer second;
    QVERIFY(listenAndAccept(first, true));
    QVERIFY(listenAndAccept(second, true));
    ConnectionWorkbench a(m_clock);
    ConnectionWorkbench b(m_clock);
    QVERIFY(openTo(a, first));
    QVERIFY(openTo(b, second));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ConnectionWorkbench::shutdownAll({&a, &b}, "quit", 5000));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(RawPeer::closeCode(first.clientClose()), 1001);
    QCOMPARE(RawPeer::closeCode(second.clientClose()), 1001);
    // Nothing open: returns at once.
    timer.restart();
    QVERIFY(ConnectionWorkbench::shutdownAll({&a, &b}, "again", 5000));
    QVERIFY(timer.elapsed() < 500);
}

void TestConnectionWorkbench::closeForTestingSendsAsGivenAndDoesNotReconnect()
{
    RawPeer peer;
    QVERIFY(listenAndAccept(peer, true));
    ConnectionWorkbench wb(m_clock);
    wb.setReconnect(true, Backoff());
    ConnectionSpy spy(&wb.connection());
    QVERIFY(openTo(wb, peer));
    QVERIFY(wb.closeForTesting(1005, "reserved"));
    QVERIFY(spy.waitForClosed());
    QCOMPARE(RawPeer::closeCode(peer.clientClose()), 1005);
    QCOMPARE(peer.clientClose().payload.mid(2), QByteArray("reserved"));
    QCOMPARE(spy.lastClose().code, 1002); // the peer's answer to a code that may not be sent
    QVERIFY(!wb.reconnector().isWaiting());
}

QTEST_GUILESS_MAIN(TestConnectionWorkbench)
#include "tst_connectionworkbench.moc"
