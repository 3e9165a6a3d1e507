// The workspace survives a crash: tabs, request settings and URL history are written while
// the user works (a real wsprobe process is killed with SIGKILL and its tabs come back);
// tabs are named host/path; --demo leaves a restored tab alone and restored demo tabs follow
// the demo server to its new port; the status bar forgets a closed connection's protocol.
#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include "common/windowfixture.h"
#include "compose/onopenpanel.h"
#include "compose/variablespanel.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "connection/statusindicators.h"
#include "demo/demoserver.h"
#include "session/sessionpage.h"
#include "session/sessiontitle.h"
#include "window/mainwindow.h"
#include "workbench/workspace.h"
#include "workbench/workspacesaver.h"

class TestWorkspaceWindow : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }
    void savedWhileWorkingNotOnlyOnQuit();
    void killedProcessKeepsItsTabsAndRecordings();
    void tabsAreNamedHostAndPath();
    void demoLeavesARestoredTabAlone();
    void restoredDemoTabsFollowTheNewPort();
    void statusBarForgetsAClosedConnection();

private:
    QString workspacePath() const { return Workspace::pathBeside(m_settings->fileName()); }
    Workspace onDisk() const
    {
        Workspace w;
        QString error;
        Workspace::load(workspacePath(), &w, &error);
        return w;
    }
    /// Presses the button with this text on the next message box.
    void answerNextMessageBox(const QString &buttonText);
};

void TestWorkspaceWindow::answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(50, this, [this, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonText);
            return;
        }
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove('&') == buttonText) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

void TestWorkspaceWindow::savedWhileWorkingNotOnlyOnQuit()
{
    MainWindow *w = makeWindow();
    w->workspaceSaver()->setDelays(100, 500);
    // Counted before the edits: a slow machine may already have written them all by the time
    // the last edit returns, and a count taken then would not grow.
    const int writes = w->workspaceSaver()->writeCount();
    ConnectionPage *page = w->currentPage();
    // Typed as a user types: every key is an edit the window hears of.
    auto *url = child<QComboBox>(w, "urlCombo");
    url->lineEdit()->clear();
    QTest::keyClicks(url->lineEdit(), "wss://api.example/v2/feed");
    ConnectionRequest r = page->panel()->request();
    r.headers = {{"Authorization", "Bearer t0ken"}};
    r.subprotocols = {"graphql-ws"};
    page->panel()->setRequest(r);
    QTest::mouseClick(child<QTableWidget>(w, "headerTable")->viewport(), Qt::LeftButton);
    page->variablesPanel()->setTable({{"room", "7"}});
    page->onOpenPanel()->addMessage("join {{room}}");
    QTRY_VERIFY_WITH_TIMEOUT(onDisk().tabs.size() == 1
                                 && onDisk().tabs[0].value("onOpen").toStringList()
                                        == QStringList{"join {{room}}"},
                             5000);
    // The file lands from a pool thread; the count grows when the window hears of it.
    QTRY_VERIFY_WITH_TIMEOUT(w->workspaceSaver()->writeCount() > writes, 5000);
    QCOMPARE(onDisk().tabs[0].value("urlText").toString(), QString("wss://api.example/v2/feed"));

    // The window goes away without closing (as in a crash): nothing more is written.
    m_window.reset();
    MainWindow *again = makeWindow();
    ConnectionPage *back = again->currentPage();
    QCOMPARE(back->panel()->urlText(), QString("wss://api.example/v2/feed"));
    QCOMPARE(back->panel()->request().headers.size(), 1);
    QCOMPARE(back->panel()->request().headers[0].value, QByteArray("Bearer t0ken"));
    QCOMPARE(back->panel()->request().subprotocols, QStringList{"graphql-ws"});
    QCOMPARE(back->variablesPanel()->table(), (Variables::Table{{"room", "7"}}));
    QCOMPARE(back->onOpenPanel()->messages(), QStringList{"join {{room}}"});
    QCOMPARE(child<QTabWidget>(again, "pageTabs")->tabText(0), QString("api.example/v2/feed"));
}

// How many recordings under a data folder hold an event after their header line.
static int recordingsWithEvents(const QString &data)
{
    int n = 0;
    QDirIterator it(data, {QStringLiteral("*.wsprobe.jsonl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().count('\n') >= 2)
            ++n;
    }
    return n;
}

void TestWorkspaceWindow::killedProcessKeepsItsTabsAndRecordings()
{
    // A real wsprobe with its own configuration and data folders, killed twice with SIGKILL
    // while connected; each run opened one URL from its command line.
    const QString config = m_dir->filePath("config");
    const QString data = m_dir->filePath("data");
    const QString settingsFile = config + "/Wsprobe/Wsprobe.conf";
    const QString workspace = Workspace::pathBeside(settingsFile);
    const QStringList urls{m_server->url("/echo").toString(), m_server->url("/ticker").toString()};
    for (int run = 0; run < 2; ++run) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", config);
        env.insert("XDG_DATA_HOME", data);
        env.insert("HOME", m_dir->path());
        app.setProcessEnvironment(env);
        app.start(WSPROBE_GUI_PATH, {urls[run]});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        auto saved = [&] {
            Workspace w;
            QString error;
            if (!Workspace::load(workspace, &w, &error) || w.tabs.size() != run + 1)
                return false;
            for (int i = 0; i <= run; ++i) {
                if (w.tabs[i].value("urlText").toString() != urls[i])
                    return false;
            }
            return w.recentUrls.contains(urls[run]); // it opened: the history has it
        };
        QTRY_VERIFY_WITH_TIMEOUT(saved(), 20000);
        // Each run's recording holds an event (its open) before the kill: waited for, not
        // slept on, as the journal's writer runs at a low priority on a loaded machine.
        QTRY_VERIFY_WITH_TIMEOUT(recordingsWithEvents(data) >= run + 1, 20000);
        app.kill(); // SIGKILL: no close event, no writeSettings, no atexit
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    }
    // The third start, in this process, on the same files.
    QSettings settings(settingsFile, QSettings::IniFormat);
    MainWindow window(m_clock, settings);
    window.setSessionFolder(data + "/Wsprobe/Wsprobe/sessions");
    window.show();
    auto *tabs = window.findChild<QTabWidget *>("pageTabs");
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1); // the second run's tab was in front
    QCOMPARE(tabs->tabText(0), SessionTitle::forUrl(QUrl(urls[0])));
    QCOMPARE(tabs->tabText(1), SessionTitle::forUrl(QUrl(urls[1])));
    QVERIFY(tabs->tabText(0) != tabs->tabText(1));
    QCOMPARE(window.connectionPages()[0]->panel()->recentUrls().mid(0, 2),
             QStringList({urls[1], urls[0]}));
    // And the recordings are offered back, named by where and when.
    QCOMPARE(window.sessionLibrary().unfinished().size(), 2);
    answerNextMessageBox("Recover");
    window.offerRecovery();
    QCOMPARE(tabs->count(), 4);
    QStringList titles{tabs->tabText(2), tabs->tabText(3)};
    titles.sort();
    QVERIFY2(titles[0].startsWith(SessionTitle::forUrl(QUrl(urls[0])) + QString::fromUtf8(" — ")),
             qPrintable(titles.join(" | ")));
    QVERIFY2(titles[1].startsWith(SessionTitle::forUrl(QUrl(urls[1])) + QString::fromUtf8(" — ")),
             qPrintable(titles.join(" | ")));
    auto *echo = qobject_cast<SessionPage *>(tabs->widget(2));
    QVERIFY(echo && echo->sessionEvents().size() >= 1);
}

void TestWorkspaceWindow::tabsAreNamedHostAndPath()
{
    MainWindow *w = makeWindow();
    auto *tabs = child<QTabWidget>(w, "pageTabs");
    w->connectTo(m_server->url("/echo").toString());
    w->newConnectionTab();
    w->connectTo(m_server->url("/ticker").toString());
    QCOMPARE(tabs->count(), 2);
    const QString host = QString("127.0.0.1:%1").arg(m_server->port());
    QCOMPARE(tabs->tabText(0), host + "/echo");
    QCOMPARE(tabs->tabText(1), host + "/ticker");
    // A URL that a tab already has goes to that tab; another one gets a tab of its own.
    tabs->setCurrentIndex(1);
    w->connectTo(m_server->url("/echo").toString());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    w->connectTo(m_server->url("/binary").toString());
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), host + "/binary");
}

void TestWorkspaceWindow::demoLeavesARestoredTabAlone()
{
    Workspace saved;
    ConnectionRequest prod;
    prod.url = QUrl("wss://prod.example/feed");
    prod.headers = {{"Authorization", "Bearer prod"}};
    saved.tabs << QVariantMap{{"urlText", prod.url.toString()},
                              {"request", SessionJson::requestToJson(prod).toVariantMap()}};
    QString error;
    QVERIFY2(saved.save(workspacePath(), &error), qPrintable(error));
    MainWindow *w = makeWindow();
    QCOMPARE(w->connectionPages().size(), 1);
    ConnectionPage *restored = w->currentPage();
    QCOMPARE(restored->panel()->urlText(), prod.url.toString());
    // What main() does for --demo.
    QVERIFY(w->startDemoServer());
    w->connectTo(w->demoServer()->url("/echo").toString());
    QCOMPARE(w->connectionPages().size(), 2);
    ConnectionPage *demo = w->currentPage();
    QVERIFY(demo != restored);
    QTRY_COMPARE_WITH_TIMEOUT(demo->connection()->readyState(), ReadyState::Open, 10000);
    QVERIFY(demo->connection()->request().headers.isEmpty()); // not the production token
    QCOMPARE(restored->panel()->urlText(), prod.url.toString());
    QCOMPARE(restored->panel()->request().headers.size(), 1);
}

void TestWorkspaceWindow::restoredDemoTabsFollowTheNewPort()
{
    // The last run's demo port is taken now, so the server gets another one.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    const quint16 oldPort = squatter.serverPort();
    Workspace saved;
    saved.demoPort = oldPort;
    saved.tabs << QVariantMap{{"urlText", QString("ws://127.0.0.1:%1/ticker").arg(oldPort)}}
               << QVariantMap{{"urlText", QString("wss://elsewhere.example:%1/x").arg(oldPort)}};
    QString error;
    QVERIFY2(saved.save(workspacePath(), &error), qPrintable(error));
    MainWindow *w = makeWindow();
    QVERIFY(w->startDemoServer());
    const quint16 newPort = w->demoServer()->port();
    QVERIFY(newPort != oldPort);
    const QList<ConnectionPage *> pages = w->connectionPages();
    QCOMPARE(pages[0]->panel()->urlText(), w->demoServer()->url("/ticker").toString());
    QCOMPARE(pages[1]->panel()->urlText(), saved.tabs[1].value("urlText").toString());
    QCOMPARE(child<QTabWidget>(w, "pageTabs")->tabText(0),
             QString("127.0.0.1:%1/ticker").arg(newPort));
    pages[0]->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(pages[0]->connection()->readyState(), ReadyState::Open, 10000);
    // The next start tries the new port first.
    QVERIFY(w->workspaceSaver()->saveNow());
    QCOMPARE(onDisk().demoPort, newPort);
}

void TestWorkspaceWindow::statusBarForgetsAClosedConnection()
{
    ConnectionPage *page = connectedPage();
    StatusIndicators *indicators = m_window->indicators();
    QVERIFY2(indicators->protocolText().startsWith("protocol: "),
             qPrintable(indicators->protocolText()));
    page->disconnectFromServer();
    QTRY_COMPARE(page->connection()->readyState(), ReadyState::Closed);
    QCOMPARE(indicators->protocolText(), QString());
    QCOMPARE(indicators->stateText(), QString("CLOSED (3)"));
}

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
