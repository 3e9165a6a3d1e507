// The whole window, offscreen, driven through its widgets as a user would.
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/rawpeer.h"
#include "common/testpki.h"
#include "common/tlsechoserver.h"
#include "common/windowfixture.h"
#include "compose/payloadeditor.h"
#include "connection/clock.h"
#include "connection/closedialog.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/elidedlabel.h"
#include "connection/statusindicators.h"
#include "demo/demoserver.h"
#include "log/eventlog.h"
#include "log/logview.h"
#include "window/mainwindow.h"
#include "workbench/workspacesaver.h"

class TestMainWindow : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void connectSendEchoClose();
    void ignoredCertificateErrorsAreFlagged();
    void badInputKeepsLogAndWindow_data();
    void badInputKeepsLogAndWindow();
    void unreachablePortIsReported();
    void sendDisabledUnlessOpen();
    void unsolicitedPongShowsNoRoundTrip();
    void demoServerAction();
    void autoscrollPausesAndResumes();
    void settingsPersist();
    void tenMegabytePasteIsSent();
    void closingATabSendsGoingAway();
    void quittingSendsGoingAwayAndWaits();
    void quittingDoesNotWaitForeverForASilentServer();
    void closeDialogTestingModeSendsAnyCode();

private:
    void typeUrlAndConnect(MainWindow *w, const QString &url);
    int rowsOf(EventKind kind, Direction dir) const;
};

void TestMainWindow::init()
{
    initWindowFixture();
}

void TestMainWindow::cleanup()
{
    cleanupWindowFixture();
}

void TestMainWindow::typeUrlAndConnect(MainWindow *w, const QString &url)
{
    QLineEdit *edit = child<QComboBox>(w, "urlCombo")->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, url);
    QTest::mouseClick(child<QPushButton>(w, "connectButton"), Qt::LeftButton);
}

int TestMainWindow::rowsOf(EventKind kind, Direction dir) const
{
    EventLog *log = m_window->log();
    int n = 0;
    for (int r = 0; r < log->rowCount(); ++r) {
        const QModelIndex i = log->index(r, 0);
        if (i.data(EventLog::KindRole).toInt() == int(kind)
            && i.data(EventLog::DirectionRole).toInt() == int(dir))
            ++n;
    }
    return n;
}

void TestMainWindow::connectSendEchoClose()
{
    MainWindow *w = makeWindow();
    QSignalSpy states(w->connection(), &Connection::readyStateChanged);
    typeUrlAndConnect(w, m_server->url("/echo").toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QCOMPARE(w->indicators()->stateText(), QString("OPEN (1)"));
    QVERIFY(w->indicators()->durationText().startsWith("connected 00:00:0"));

    PayloadEditor *editor = child<PayloadEditor>(w, "editor");
    editor->setFocus();
    QTest::keyClicks(editor, "hello from the GUI");
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Text, Direction::In), 1, 10000);
    QCOMPARE(rowsOf(EventKind::Text, Direction::Out), 1);
    EventLog *log = w->log();
    const int last = log->rowCount() - 1;
    QCOMPARE(log->index(last, EventLog::PreviewColumn).data().toString(),
             QString("hello from the GUI"));
    QCOMPARE(log->index(last, 0).data(EventLog::PayloadRole).toByteArray(),
             QByteArray("hello from the GUI"));

    // The connect button is now Disconnect.
    QTest::mouseClick(child<QPushButton>(w, "connectButton"), Qt::LeftButton);
    QCOMPARE(w->indicators()->stateText(), QString("CLOSING (2)"));
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Closed, 10000);
    QCOMPARE(w->indicators()->stateText(), QString("CLOSED (3)"));
    QList<int> seen;
    for (const QList<QVariant> &args : states)
        seen << int(args.first().value<ReadyState>());
    QCOMPARE(seen, QList<int>({0, 1, 2, 3}));
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Close, Direction::None), 1, 5000);
    QVERIFY(w->statusBar()->currentMessage().contains("1000"));
}

void TestMainWindow::ignoredCertificateErrorsAreFlagged()
{
    QString error;
    QVERIFY2(makeTestPki(m_dir->path(), &error), qPrintable(error));
    TlsEchoServer tls;
    QVERIFY2(tls.start(m_dir->filePath("ca.pem"), m_dir->filePath("ca.key"), &error),
             qPrintable(error));
    MainWindow *w = makeWindow();
    auto *warning = child<QLabel>(w->indicators(), "tlsWarning");
    QVERIFY(!warning->isVisible());
    child<QCheckBox>(w, "ignoreTlsCheck")->setChecked(true);
    typeUrlAndConnect(w, tls.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    // In the status bar, in words, with the errors themselves on hover.
    QVERIFY(warning->isVisible());
    const qsizetype count = w->connection()->tlsErrorsIgnored().size();
    QVERIFY(count >= 2); // self-signed, and made out to another name than 127.0.0.1
    QCOMPARE(w->indicators()->tlsWarningText(),
             QString::fromUtf8("⚠ Certificate errors ignored (%1)").arg(count));
    const QString tip = w->indicators()->tlsWarningToolTip();
    QVERIFY2(tip.contains("self-signed", Qt::CaseInsensitive), qPrintable(tip));
    QVERIFY2(tip.contains("host name", Qt::CaseInsensitive), qPrintable(tip));
    QCOMPARE(warning->toolTip(), tip);

    // A verified (here: plain) connection in the same tab clears it.
    QTest::mouseClick(child<QPushButton>(w, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Closed, 10000);
    typeUrlAndConnect(w, m_server->url("/echo").toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(!warning->isVisible());
    QVERIFY(w->indicators()->tlsWarningText().isEmpty());
}

void TestMainWindow::badInputKeepsLogAndWindow_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty url") << ""
                               << "Enter a URL";
    QTest::addRow("http url") << "http://127.0.0.1/"
                              << "ws://";
    QTest::addRow("malformed") << "ws://exa mple/"
                               << "The host name \"exa mple\" contains a space";
    QTest::addRow("no scheme") << "127.0.0.1:80/x"
                               << "ws://";
}

void TestMainWindow::badInputKeepsLogAndWindow()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    MainWindow *w = makeWindow();
    // Something already on screen that must survive the bad input.
    Event earlier = Event::message(1, Direction::In, true, "kept");
    w->log()->append(earlier);
    w->log()->flush();
    typeUrlAndConnect(w, url);
    QCOMPARE(w->connection()->readyState(), ReadyState::Closed);
    auto *error = child<ElidedLabel>(w, "messageLabel");
    QVERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QVERIFY(w->statusBar()->currentMessage().contains(message));
    QTRY_COMPARE_WITH_TIMEOUT(w->log()->rowCount(), 2, 5000);
    QCOMPARE(w->log()->index(0, EventLog::PreviewColumn).data().toString(), QString("kept"));
    QCOMPARE(w->log()->index(1, 0).data(EventLog::KindRole).toInt(), int(EventKind::Error));
    // And the window still works: a good URL connects.
    typeUrlAndConnect(w, m_server->url("/echo").toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(error->text().isEmpty());
}

void TestMainWindow::unreachablePortIsReported()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, QString("ws://127.0.0.1:%1/").arg(port));
    QTRY_VERIFY_WITH_TIMEOUT(child<ElidedLabel>(w, "messageLabel")->text().contains("refused"),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Error, Direction::None), 1, 5000);
    QCOMPARE(w->connection()->readyState(), ReadyState::Closed);
    QVERIFY(child<QPushButton>(w, "connectButton")->isEnabled());
}

void TestMainWindow::sendDisabledUnlessOpen()
{
    MainWindow *w = makeWindow();
    QVERIFY(!child<QPushButton>(w, "sendButton")->isEnabled());
    QVERIFY(!child<QAction>(w, "actionSend")->isEnabled());
    QVERIFY(!child<QAction>(w, "actionPing")->isEnabled());
    QVERIFY(!child<QAction>(w, "actionCloseWith")->isEnabled());
    typeUrlAndConnect(w, m_server->url("/echo").toString());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(w, "sendButton")->isEnabled(), 10000);
    QVERIFY(child<QAction>(w, "actionPing")->isEnabled());
    child<QAction>(w, "actionPing")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Pong, Direction::In), 1, 10000);
}

void TestMainWindow::unsolicitedPongShowsNoRoundTrip()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade(RawPeer::frame(0xA, "stray"));
    MainWindow *w = makeWindow();
    auto *rtt = child<QLabel>(w, "rttLabel");
    const QString before = rtt->text();
    typeUrlAndConnect(w, peer.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Pong, Direction::In), 1, 10000);
    QCOMPARE(rtt->text(), before);
    QVERIFY2(!w->statusBar()->currentMessage().contains("round trip"),
             qPrintable(w->statusBar()->currentMessage()));
}

void TestMainWindow::demoServerAction()
{
    MainWindow *w = makeWindow();
    child<QAction>(w, "actionDemoServer")->trigger();
    QVERIFY(w->demoServer() && w->demoServer()->isListening());
    const QString url = child<QComboBox>(w, "urlCombo")->currentText();
    QCOMPARE(url, w->demoServer()->url("/echo").toString());
    auto *action = child<QAction>(w, "actionDemoServer");
    QVERIFY2(action->text().contains(QString::number(w->demoServer()->port())),
             qPrintable(action->text()));
    QTest::mouseClick(child<QPushButton>(w, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    // The same action stops it: its client is dropped, and it can start again.
    QVERIFY(action->text().startsWith("Stop"));
    action->trigger();
    QVERIFY(!w->demoServer());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Closed, 10000);
    QVERIFY(action->text().startsWith("Start"));
    action->trigger();
    QVERIFY(w->demoServer() && w->demoServer()->isListening());
}

void TestMainWindow::autoscrollPausesAndResumes()
{
    MainWindow *w = makeWindow();
    auto *view = child<LogView>(w, "logView");
    QTableView *table = view->table();
    for (int i = 0; i < 2000; ++i)
        w->log()->append(Event::message(i, Direction::In, true, QByteArray::number(i)));
    w->log()->flush();
    QVERIFY(view->isFollowing());
    QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());

    table->verticalScrollBar()->setValue(0); // the user scrolls up to read
    QVERIFY(!view->isFollowing());
    for (int i = 0; i < 10; ++i)
        w->log()->append(Event::message(i, Direction::In, true, "more"));
    w->log()->flush();
    QCOMPARE(table->verticalScrollBar()->value(), 0); // stays where the user is
    auto *follow = child<QPushButton>(w, "followButton");
    QVERIFY(follow->isEnabled());
    QVERIFY2(follow->text().contains("10 new"), qPrintable(follow->text()));

    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(view->isFollowing());
    QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    QVERIFY(!follow->isEnabled());
}

void TestMainWindow::settingsPersist()
{
    {
        MainWindow *w = makeWindow();
        typeUrlAndConnect(w, m_server->url("/echo").toString());
        QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
        w->resize(900, 650);
        w->close();
        m_window.reset();
    }
    MainWindow *again = makeWindow();
    auto *combo = child<QComboBox>(again, "urlCombo");
    QCOMPARE(combo->currentText(), m_server->url("/echo").toString());
    QCOMPARE(combo->itemText(0), m_server->url("/echo").toString());
    QCOMPARE(again->size(), QSize(900, 650));
}

void TestMainWindow::tenMegabytePasteIsSent()
{
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, m_server->url("/echo").toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    auto *editor = child<PayloadEditor>(w, "editor");
    QGuiApplication::clipboard()->setText(QString(10 * 1024 * 1024, 'z'));
    editor->paste();
    QVERIFY(editor->hasHeldText());
    QTest::mouseClick(child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(EventKind::Text, Direction::In), 1, 30000);
    const int last = w->log()->rowCount() - 1;
    QCOMPARE(w->log()->index(last, 0).data(EventLog::SizeRole).toLongLong(), 10 * 1024 * 1024);
    QVERIFY(w->log()->index(last, EventLog::PreviewColumn).data().toString().size()
            <= EventLog::PreviewBytes + 1); // + the ellipsis
}

void TestMainWindow::closingATabSendsGoingAway()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, peer.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QPointer<ConnectionPage> page = w->currentPage();
    QTest::keyClick(w, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!w->connectionPages().contains(page.data()));
    QTRY_COMPARE_WITH_TIMEOUT(peer.clientClose().opcode, quint8(0x8), 5000);
    QCOMPARE(RawPeer::closeCode(peer.clientClose()), 1001);
    QCOMPARE(peer.clientClose().payload.mid(2), QByteArray("Wsprobe tab closed"));
    // The page went once its closing handshake was over, not before.
    QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), 5000);
    QCOMPARE(w->connectionPages().size(), 1);
}

void TestMainWindow::quittingSendsGoingAwayAndWaits()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, peer.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    Connection *connection = w->connection();
    // Saved now, so the close's own save finds nothing new: the bound below is for the
    // closing handshake, not for a loaded machine's fsync.
    QVERIFY(w->workspaceSaver()->saveNow());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w->close());
    // The handshake was over when close() returned, well within the limit.
    QVERIFY2(timer.elapsed() < ConnectionWorkbench::ShutdownWaitMs,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(connection->readyState(), ReadyState::Closed);
    QCOMPARE(RawPeer::closeCode(peer.clientClose()), 1001);
    QCOMPARE(peer.clientClose().payload.mid(2), QByteArray("Wsprobe window closed"));
}

void TestMainWindow::quittingDoesNotWaitForeverForASilentServer()
{
    RawPeer silent; // never answers the Close
    QVERIFY(silent.listen());
    silent.acceptUpgrade();
    RawPeer answering;
    QVERIFY(answering.listen());
    answering.acceptUpgrade();
    answering.setEchoClose(true);
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, silent.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    w->newConnectionTab();
    w->connectTo(answering.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(w->workspaceSaver()->saveNow());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w->close());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= ConnectionWorkbench::ShutdownWaitMs - 100
                 && elapsed < ConnectionWorkbench::ShutdownWaitMs + 5000,
             qPrintable(QString::number(elapsed)));
    QVERIFY(!w->isVisible());
    // Both servers were told, at once.
    QCOMPARE(RawPeer::closeCode(silent.clientClose()), 1001);
    QCOMPARE(RawPeer::closeCode(answering.clientClose()), 1001);
}

void TestMainWindow::closeDialogTestingModeSendsAnyCode()
{
    RawPeer peer;
    QVERIFY(peer.listen());
    peer.acceptUpgrade();
    peer.setEchoClose(true);
    MainWindow *w = makeWindow();
    typeUrlAndConnect(w, peer.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Open, 10000);
    const QByteArray reason(200, 'b');
    QTimer::singleShot(0, w, [w, reason] {
        auto *dialog = w->findChild<CloseDialog *>();
        QVERIFY(dialog);
        dialog->setTestingMode(true);
        dialog->setCode(65535);
        dialog->setReason(QString::fromUtf8(reason));
        auto *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    w->closeWithCode();
    QTRY_COMPARE_WITH_TIMEOUT(peer.clientClose().opcode, quint8(0x8), 5000);
    QCOMPARE(RawPeer::closeCode(peer.clientClose()), 65535);
    QCOMPARE(peer.clientClose().payload.mid(2), reason);
    QTRY_COMPARE_WITH_TIMEOUT(w->connection()->readyState(), ReadyState::Closed, 5000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
