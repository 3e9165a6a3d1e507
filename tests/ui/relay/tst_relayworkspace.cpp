// Relay tabs live in the workspace like connection tabs: their listening and upstream
// settings and breakpoints are written while the user works, in the tab bar's order, and a
// new window brings them back (not listening) with the same tab current.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "common/windowfixture.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "connection/servertlseditor.h"
#include "demo/demoserver.h"
#include "log/tablefindbar.h"
#include "relay/relaypage.h"
#include "relay/relaysettings.h"
#include "window/mainwindow.h"
#include "workbench/workspace.h"
#include "workbench/workspacesaver.h"

class TestRelayWorkspace : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }

    void findInLogFocusesTheRelayFindBar()
    {
        MainWindow *w = makeWindow();
        w->activateWindow();
        child<QAction>(w, "actionNewRelayTab")->trigger();
        auto *page = qobject_cast<RelayPage *>(child<QTabWidget>(w, "pageTabs")->currentWidget());
        QVERIFY(page);
        QVERIFY(!page->findBar()->edit()->hasFocus());
        child<QAction>(w, "actionFind")->trigger();
        QTRY_VERIFY(page->findBar()->edit()->hasFocus());
    }

    void statusShowsTheStateOnceABadRuleIsFixed()
    {
        MainWindow *w = makeWindow();
        child<QAction>(w, "actionNewRelayTab")->trigger();
        auto *page = qobject_cast<RelayPage *>(child<QTabWidget>(w, "pageTabs")->currentWidget());
        QVERIFY(page);
        auto *status = child<QLabel>(page, "relayStatus");
        page->portBox()->setValue(0);
        page->upstreamPanel()->setUrlText(m_server->url("/echo").toString());
        QVERIFY(page->start());
        const QString listening = status->text();
        QVERIFY2(listening.startsWith("Listening on"), qPrintable(listening));
        QVERIFY(!page->addBreakpoint(QStringLiteral("regex:(bad")));
        QVERIFY(status->text() != listening); // says why
        QVERIFY(page->addBreakpoint(QStringLiteral("regex:(good)")));
        QCOMPARE(status->text(), listening);
        page->stop();
        const QString stopped = status->text();
        QVERIFY2(stopped.startsWith("Stopped"), qPrintable(stopped));
        QVERIFY(!page->addBreakpoint(QStringLiteral("regex:(bad")));
        QVERIFY(page->addBreakpoint(QStringLiteral("client:text:fine")));
        QCOMPARE(status->text(), stopped);
    }

    void relayTabComesBack()
    {
        MainWindow *w = makeWindow();
        w->workspaceSaver()->setDelays(100, 500);
        auto *tabs = child<QTabWidget>(w, "pageTabs");
        QCOMPARE(tabs->count(), 1);
        child<QAction>(w, "actionNewRelayTab")->trigger();
        QCOMPARE(tabs->count(), 2);
        auto *page = qobject_cast<RelayPage *>(tabs->currentWidget());
        QVERIFY(page);

        page->portBox()->setValue(9555);
        ConnectionRequest upstream = page->upstreamPanel()->request();
        upstream.headers = {{"Authorization", "Bearer relay"}};
        upstream.subprotocols = {QStringLiteral("mqtt")};
        upstream.proxy = QStringLiteral("http://127.0.0.1:3128");
        upstream.ignoreTlsErrors = true;
        upstream.deflate = false;
        page->upstreamPanel()->setRequest(upstream);
        page->upstreamPanel()->setUrlText(QStringLiteral("wss://upstream.example/feed"));
        page->removeHeadersEdit()->setText(QStringLiteral("Cookie, X-Debug"));
        page->tlsEditor()->modeBox()->setCurrentIndex(
            page->tlsEditor()->modeBox()->findData(int(ServerTlsEditor::Mode::SelfSigned)));
        page->clientDeflateBox()->setChecked(false);
        // A breakpoint is a change the window hears of without a key or click.
        QVERIFY(page->addBreakpoint(QStringLiteral("server:text:tick")));
        const auto onDisk = [this] {
            Workspace saved;
            QString error;
            Workspace::load(Workspace::pathBeside(m_settings->fileName()), &saved, &error);
            return saved;
        };
        QTRY_VERIFY_WITH_TIMEOUT(onDisk().tabs.size() == 2
                                     && onDisk().tabs[1].value("breakpoints").toStringList()
                                            == QStringList{"server:text:tick"},
                                 5000);
        QVERIFY(w->workspaceSaver()->saveNow());
        const Workspace saved = onDisk();
        QVERIFY(!RelaySettings::isRelayTab(saved.tabs[0]));
        QVERIFY(RelaySettings::isRelayTab(saved.tabs[1]));
        QCOMPARE(saved.currentTab, 1);

        // As after a crash: the window goes, a new one reads the file.
        m_window.reset();
        MainWindow *again = makeWindow();
        tabs = child<QTabWidget>(again, "pageTabs");
        QCOMPARE(tabs->count(), 2);
        QVERIFY(qobject_cast<ConnectionPage *>(tabs->widget(0)));
        auto *back = qobject_cast<RelayPage *>(tabs->widget(1));
        QVERIFY(back);
        QCOMPARE(tabs->currentWidget(), back);
        QVERIFY(!back->controller().isListening());
        QCOMPARE(back->portBox()->value(), 9555);
        QCOMPARE(back->upstreamPanel()->urlText(), QStringLiteral("wss://upstream.example/feed"));
        const ConnectionRequest r = back->upstreamPanel()->request();
        QCOMPARE(r.headers, upstream.headers);
        QCOMPARE(r.subprotocols, upstream.subprotocols);
        QCOMPARE(r.proxy, upstream.proxy);
        QVERIFY(r.ignoreTlsErrors);
        QVERIFY(!r.deflate);
        QCOMPARE(back->removeHeadersEdit()->text(), QStringLiteral("Cookie, X-Debug"));
        QCOMPARE(back->tlsEditor()->mode(), ServerTlsEditor::Mode::SelfSigned);
        QVERIFY(!back->clientDeflateBox()->isChecked());
        QCOMPARE(back->breakpointList()->count(), 1);
        QCOMPARE(back->settings().breakpointRules, QStringList{"server:text:tick"});

        // Closing the relay tab takes it out of the workspace.
        again->closeTab(1);
        QVERIFY(again->workspaceSaver()->saveNow());
        QCOMPARE(onDisk().tabs.size(), 1);
    }
};

QTEST_MAIN(TestRelayWorkspace)
#include "tst_relayworkspace.moc"
