// Serve tabs live in the workspace like connection tabs: their fields, rules and faults are
// written while the user works, in the tab bar's order, and a new window brings them back
// (not listening) with the same tab current.
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "common/windowfixture.h"
#include "connection/connectionpage.h"
#include "relay/relaypage.h"
#include "relay/relayui.h"
#include "serve/servefaultspanel.h"
#include "serve/servepage.h"
#include "serve/serverulespanel.h"
#include "serve/serveui.h"
#include "window/mainwindow.h"
#include "workbench/workspace.h"
#include "workbench/workspacesaver.h"

class TestServeWorkspace : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }
    void serveTabComesBack();
    void relaysRecordingIsServedInANewTab();
    void emptyNameGivesBackTheTabsOwnTitle();
};

void TestServeWorkspace::emptyNameGivesBackTheTabsOwnTitle()
{
    MainWindow *w = makeWindow();
    auto *tabs = child<QTabWidget>(w, "pageTabs");
    child<QAction>(w, "actionNewServeTab")->trigger();
    auto *page = qobject_cast<ServePage *>(tabs->currentWidget());
    QVERIFY(page);
    const int index = tabs->currentIndex();
    QCOMPARE(tabs->tabText(index), QString("Serve"));
    w->renameTab(index, "mock API");
    QCOMPARE(tabs->tabText(index), QString("mock API"));
    // The user's name stays while the server starts; an empty one gives the tab its own back,
    // which follows the server again (an empty title left only the close button to click).
    page->portBox()->setValue(0);
    QVERIFY(page->start());
    QCOMPARE(tabs->tabText(index), QString("mock API"));
    w->renameTab(index, "  ");
    QCOMPARE(tabs->tabText(index), QString("Serve :%1").arg(page->controller().port()));
    page->stop();
    QCOMPARE(tabs->tabText(index), QString("Serve"));

    child<QAction>(w, "actionNewRelayTab")->trigger();
    QVERIFY(qobject_cast<RelayPage *>(tabs->currentWidget()));
    w->renameTab(tabs->currentIndex(), "");
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QString("Relay"));
}

void TestServeWorkspace::serveTabComesBack()
{
    MainWindow *w = makeWindow();
    w->workspaceSaver()->setDelays(100, 500);
    auto *tabs = child<QTabWidget>(w, "pageTabs");
    QCOMPARE(tabs->count(), 1);
    child<QAction>(w, "actionNewServeTab")->trigger();
    QCOMPARE(tabs->count(), 2);
    auto *page = qobject_cast<ServePage *>(tabs->currentWidget());
    QVERIFY(page);

    page->portBox()->setValue(9556);
    page->pathsEdit()->setText(QStringLiteral("/chat /feed"));
    ServerFaults faults;
    faults.ignorePings = true;
    page->faultsPanel()->setServerFaults(faults);
    // Applied rules are a change the window hears of without a key or click.
    page->rulesPanel()->editor()->setPlainText(QStringLiteral(
        R"({"format":"wsprobe-serve-rules","rules":[{"name":"ack","match":{"type":"plain","text":"hi"},)"
        R"("reply":{"mode":"text","body":"hello"}}]})"));
    QVERIFY(page->rulesPanel()->apply());
    const auto onDisk = [this] {
        Workspace saved;
        QString error;
        Workspace::load(Workspace::pathBeside(m_settings->fileName()), &saved, &error);
        return saved;
    };
    QTRY_VERIFY_WITH_TIMEOUT(onDisk().tabs.size() == 2
                                 && onDisk().tabs[1].value("rules").toString().contains("ack"),
                             5000);
    QVERIFY(w->workspaceSaver()->saveNow());
    const Workspace saved = onDisk();
    QVERIFY(!ServeUi::isServeTab(saved.tabs[0]));
    QVERIFY(ServeUi::isServeTab(saved.tabs[1]));
    QCOMPARE(saved.currentTab, 1);

    // As after a crash: the window goes, a new one reads the file.
    m_window.reset();
    MainWindow *again = makeWindow();
    tabs = child<QTabWidget>(again, "pageTabs");
    QCOMPARE(tabs->count(), 2);
    QVERIFY(qobject_cast<ConnectionPage *>(tabs->widget(0)));
    auto *back = qobject_cast<ServePage *>(tabs->widget(1));
    QVERIFY(back);
    QCOMPARE(tabs->currentWidget(), back);
    QVERIFY(!back->controller().isListening());
    QCOMPARE(back->portBox()->value(), 9556);
    QCOMPARE(back->pathsEdit()->text(), "/chat /feed");
    QCOMPARE(back->modeBox()->currentIndex(), int(ServePage::RulesMode));
    QCOMPARE(back->rulesPanel()->rules().rules.size(), 1);
    QCOMPARE(back->rulesPanel()->rules().rules.first().name, "ack");
    ServerFaults restored;
    QString error;
    QVERIFY(back->faultsPanel()->serverFaults(&restored, &error));
    QVERIFY(restored.ignorePings);
}

void TestServeWorkspace::relaysRecordingIsServedInANewTab()
{
    // The Relay tab's "Serve This Recording" only names the file; the window opens a Serve tab
    // set to answer like it, current, not listening yet.
    MainWindow *w = makeWindow();
    auto *tabs = child<QTabWidget>(w, "pageTabs");
    const int before = tabs->count();
    auto *relays = w->findChild<RelayUi *>();
    QVERIFY(relays);
    const QString recording = QStringLiteral("/tmp/relay-conversation.wsprobe.jsonl");
    emit relays->serveRecordingRequested(recording);
    QCOMPARE(tabs->count(), before + 1);
    auto *page = qobject_cast<ServePage *>(tabs->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->state().value("mode").toInt(), int(ServePage::RecordingMode));
    QCOMPARE(page->state().value("recording").toString(), recording);
    QVERIFY(!page->controller().isListening());
}

QTEST_MAIN(TestServeWorkspace)
#include "tst_serveworkspace.moc"
