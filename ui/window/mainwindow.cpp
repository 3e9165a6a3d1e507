#include "window/mainwindow.h"

#include <algorithm>
#include <utility>

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>

#include "collection/collectionsui.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "demo/demoserver.h"
#include "log/eventlog.h"
#include "log/logfiltermodel.h"
#include "log/logview.h"
#include "log/splittermemory.h"
#include "log/tablefindbar.h"
#include "relay/relayui.h"
#include "replay/replaylauncher.h"
#include "replay/replaypage.h"
#include "serve/serveui.h"
#include "session/journal.h"
#include "session/sessionexporter.h"
#include "session/sessionopener.h"
#include "session/sessionpage.h"
#include "session/sessiontitle.h"
#include "window/connectionactions.h"
#include "window/demoserverui.h"
#include "window/editwatcher.h"
#include "window/elidingstatusbar.h"
#include "window/helpmenu.h"
#include "window/preferences.h"
#include "window/preferencesdialog.h"
#include "window/tabcloser.h"
#include "window/templatesui.h"
#include "workbench/workspacesaver.h"

#include "ui_mainwindow.h"

namespace {
constexpr int StatusMessageMs = 15000;
} // namespace

MainWindow::MainWindow(const Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_clock(clock)
    , m_settings(settings)
{
    ui->setupUi(this);
    new HelpMenu(this, ui->menuHelp);
    m_demo = new DemoServerUi(ui->actionDemoServer, this);
    connect(m_demo, &DemoServerUi::statusMessage, this, &MainWindow::showStatus);
    connect(m_demo, &DemoServerUi::urlMoved, this, &MainWindow::updateTabTitle);
    setStatusBar(new ElidingStatusBar(this));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wsprobe.png")));
    m_templates = new TemplatesUi(this, ui->actionTemplates, [this] { return currentPage(); });
    m_collections = new CollectionsUi(this, ui->toolBar, ui->menuView, m_templates->dock());
    connect(m_collections, &CollectionsUi::openRequested, this, [this](const QVariantMap &state) {
        ui->pageTabs->setCurrentWidget(addConnectionPage(state));
    });
    m_sessions = new SessionOpener(this, ui->pageTabs, m_library, this);
    m_exporter = new SessionExporter(this);
    m_replays = new ReplayLauncher(m_clock, m_library, this);
    // Each goes right after New Tab: the Serve tab's action ends up above the Relay tab's.
    auto *relays = new RelayUi(m_clock, ui->menuFile, ui->actionNewTab, ui->pageTabs, this);
    auto *serves = new ServeUi(m_clock, ui->menuFile, ui->actionNewTab, ui->pageTabs, this);
    m_tabKinds = {serves, relays};
    m_closer = new TabCloser(this, m_tabKinds);
    connect(m_exporter, &SessionExporter::saved, this,
            [this](const QString &path) { showStatus(tr("Saved %1").arg(path)); });
    // Written while the user works, not only on quit: a crash keeps the tabs.
    m_saver = new WorkspaceSaver(
        Workspace::pathBeside(m_settings.fileName()), [this] { return workspace(); }, this);
    connect(m_saver, &WorkspaceSaver::failed, this, &MainWindow::showStatus);
    for (TabKind *kind : std::as_const(m_tabKinds))
        connect(kind, &TabKind::settingsChanged, m_saver, &WorkspaceSaver::markChanged);
    connect(relays, &RelayUi::replayRequested, this, [this](const QString &recording) {
        if (m_sessions->openFile(recording))
            replaySession();
    });
    connect(relays, &RelayUi::serveRecordingRequested, serves, &ServeUi::serveRecording);
    connect(new EditWatcher(this), &EditWatcher::edited, m_saver, &WorkspaceSaver::markChanged);
    wire();
    Preferences::load(m_settings).applyTheme();
    readSettings();
    if (connectionPages().isEmpty())
        newConnectionTab();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::wire()
{
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionNewTab, &QAction::triggered, this, &MainWindow::newConnectionTab);
    connect(ui->actionCloseTab, &QAction::triggered, this,
            [this] { closeTab(ui->pageTabs->currentIndex()); });
    connect(ui->actionRenameTab, &QAction::triggered, this,
            [this] { askRenameTab(ui->pageTabs->currentIndex()); });
    connect(ui->pageTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(ui->pageTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(ui->pageTabs->tabBar(), &QTabBar::tabMoved, m_saver, &WorkspaceSaver::markChanged);
    connect(ui->pageTabs->tabBar(), &QTabBar::tabBarDoubleClicked, this, &MainWindow::askRenameTab);

    m_connectionActions = new ConnectionActions(
        {ui->actionConnect, ui->actionDisconnect, ui->actionCloseWith, ui->actionPing,
         ui->actionSend, ui->actionHandshake, ui->actionCopyAs, ui->actionFocusUrl,
         ui->actionFocusComposer, ui->actionClearLog},
        [this] { return currentPage(); }, this);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        if (LogView *view = currentLogView())
            view->focusSearch();
        else
            TableFindBar::focusFindIn(ui->pageTabs->currentWidget());
    });
    connect(ui->actionFollow, &QAction::triggered, this, [this] {
        if (LogView *view = currentLogView())
            view->follow();
    });
    connect(ui->actionFreeze, &QAction::toggled, this, [this](bool on) {
        if (LogView *view = currentLogView())
            view->setFrozen(on);
    });
    connect(ui->actionClearLog, &QAction::triggered, this, &MainWindow::clearCurrentLog);
    connect(ui->actionDemoServer, &QAction::triggered, this, [this] {
        if (m_demo->server())
            stopDemoServer();
        else
            startDemoServer();
    });
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);

    connect(ui->actionOpenSession, &QAction::triggered, m_sessions, &SessionOpener::openDialog);
    connect(ui->actionImportHar, &QAction::triggered, m_sessions, &SessionOpener::importHar);
    connect(ui->actionSessions, &QAction::triggered, m_sessions, &SessionOpener::showRecent);
    connect(m_sessions, &SessionOpener::replayRequested, this, &MainWindow::replaySession);
    connect(m_sessions, &SessionOpener::exportRequested, this, [this] { exportSession(); });
    connect(m_sessions, &SessionOpener::saveSelectedRequested, this,
            [this] { exportSession(true); });
    connect(ui->actionExport, &QAction::triggered, this, [this] { exportSession(); });
    connect(ui->actionReplay, &QAction::triggered, this, &MainWindow::replaySession);
}

ConnectionPage *MainWindow::addConnectionPage(const QVariantMap &state)
{
    auto *page = new ConnectionPage(m_clock, m_library, ui->pageTabs);
    if (!state.isEmpty())
        page->restoreState(state);
    const QList<ConnectionPage *> others = connectionPages();
    page->panel()->setRecentUrls(others.isEmpty() ? m_recentUrls
                                                  : others.first()->panel()->recentUrls());
    if (!state.isEmpty())
        page->panel()->setUrlText(state.value(QStringLiteral("urlText")).toString());
    const int index = ui->pageTabs->addTab(page, page->title());
    ui->pageTabs->setTabToolTip(index, tr("Double-click to rename"));
    statusBar()->addPermanentWidget(page->indicators());
    page->indicators()->setVisible(page == currentPage());
    connect(page, &ConnectionPage::statusMessage, this, [this, page](const QString &text) {
        if (page == currentPage())
            showStatus(text);
    });
    connect(page, &ConnectionPage::settingsChanged, m_saver, &WorkspaceSaver::markChanged);
    connect(page, &ConnectionPage::titleChanged, this, [this, page] {
        updateTabTitle(page);
        m_saver->markChanged();
    });
    connect(page, &ConnectionPage::readyStateChanged, this, [this, page] {
        updateTabTitle(page);
        m_saver->markChanged();
        if (page == currentPage())
            updateActions();
    });
    connect(page, &ConnectionPage::urlOpened, this, [this, page](const QString &url) {
        for (ConnectionPage *other : connectionPages()) {
            if (other != page)
                other->panel()->rememberUrl(url);
        }
    });
    connect(page->logView(), &LogView::saveSelectedRequested, this,
            [this] { exportSession(true); });
    connect(page, &ConnectionPage::saveAsTemplateRequested, m_templates, &TemplatesUi::saveMessage);
    // The log's own Freeze button and the View menu's action show the same state.
    connect(page->logView(), &LogView::frozenChanged, this, [this, page](bool frozen) {
        if (page == ui->pageTabs->currentWidget()) {
            const QSignalBlocker block(ui->actionFreeze);
            ui->actionFreeze->setChecked(frozen);
        }
    });
    applyPreferencesTo(page);
    m_collections->attach(page);
    m_saver->markChanged();
    return page;
}

ConnectionPage *MainWindow::newConnectionTab()
{
    ConnectionPage *page = addConnectionPage({});
    ui->pageTabs->setCurrentWidget(page);
    page->panel()->focusUrl();
    return page;
}

void MainWindow::closeTab(int index)
{
    QWidget *w = ui->pageTabs->widget(index);
    if (!w)
        return;
    auto *page = qobject_cast<ConnectionPage *>(w);
    if (page) {
        page->shutdown(tr("Wsprobe tab closed"));
        if (m_lastPage == page)
            m_lastPage = nullptr;
    }
    ui->pageTabs->removeTab(index);
    m_closer->close(w);
    if (connectionPages().isEmpty())
        newConnectionTab();
    m_saver->markChanged();
}

void MainWindow::renameTab(int index, const QString &title)
{
    QWidget *tab = ui->pageTabs->widget(index);
    if (auto *page = qobject_cast<ConnectionPage *>(tab)) {
        page->setCustomTitle(title);
        return;
    }
    for (TabKind *kind : std::as_const(m_tabKinds)) {
        if (kind->rename(tab, title))
            return;
    }
    // Other tabs have no name of their own to go back to: an empty name keeps the one shown.
    if (tab && !title.trimmed().isEmpty())
        ui->pageTabs->setTabText(index, title.trimmed());
}

void MainWindow::askRenameTab(int index)
{
    if (index < 0)
        return;
    bool ok = false;
    const bool connectionTab = qobject_cast<ConnectionPage *>(ui->pageTabs->widget(index));
    const QString title = QInputDialog::getText(
        this, tr("Rename Tab"),
        connectionTab ? tr("Name (empty: use the URL):") : tr("Name (empty: the usual name):"),
        QLineEdit::Normal, ui->pageTabs->tabText(index), &ok);
    if (ok)
        renameTab(index, title);
}

void MainWindow::updateTabTitle(QWidget *widget)
{
    const int index = ui->pageTabs->indexOf(widget);
    auto *page = qobject_cast<ConnectionPage *>(widget);
    if (index < 0 || !page)
        return;
    ui->pageTabs->setTabText(index, page->title());
    const ReadyState state = page->connection()->readyState();
    ui->pageTabs->setTabToolTip(
        index, tr("%1 — %2 · double-click to rename")
                   .arg(page->panel()->urlText(), Connection::readyStateName(state)));
    if (index == ui->pageTabs->currentIndex())
        updateWindowTitle();
}

QList<ConnectionPage *> MainWindow::connectionPages() const
{
    QList<ConnectionPage *> pages;
    for (int i = 0; i < ui->pageTabs->count(); ++i) {
        if (auto *page = qobject_cast<ConnectionPage *>(ui->pageTabs->widget(i)))
            pages << page;
    }
    return pages;
}

ConnectionPage *MainWindow::currentPage() const
{
    if (auto *page = qobject_cast<ConnectionPage *>(ui->pageTabs->currentWidget()))
        return page;
    if (m_lastPage && ui->pageTabs->indexOf(m_lastPage) >= 0)
        return m_lastPage;
    const QList<ConnectionPage *> pages = connectionPages();
    return pages.isEmpty() ? nullptr : pages.first();
}

Connection *MainWindow::connection() const
{
    return currentPage()->connection();
}

EventLog *MainWindow::log() const
{
    return currentPage()->log();
}

StatusIndicators *MainWindow::indicators() const
{
    return currentPage()->indicators();
}

LogPage *MainWindow::currentLogPage() const
{
    if (LogPage *page = LogPage::of(ui->pageTabs->currentWidget()))
        return page;
    return currentPage();
}

LogView *MainWindow::currentLogView() const
{
    LogPage *page = LogPage::of(ui->pageTabs->currentWidget());
    return page ? page->logView() : nullptr;
}

void MainWindow::onCurrentTabChanged()
{
    if (auto *page = qobject_cast<ConnectionPage *>(ui->pageTabs->currentWidget()))
        m_lastPage = page;
    m_collections->setCurrentPage(currentPage());
    for (ConnectionPage *page : connectionPages())
        page->indicators()->setVisible(page == ui->pageTabs->currentWidget());
    if (LogView *view = currentLogView()) {
        const QSignalBlocker block(ui->actionFreeze);
        ui->actionFreeze->setChecked(view->isFrozen());
    }
    updateActions();
}

void MainWindow::updateActions()
{
    m_connectionActions->update(qobject_cast<ConnectionPage *>(ui->pageTabs->currentWidget()));
    updateWindowTitle();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, StatusMessageMs);
}

TemplatesDock *MainWindow::templatesDock() const
{
    return m_templates->dock();
}

DemoServer *MainWindow::demoServer() const
{
    return m_demo->server();
}

bool MainWindow::startDemoServer()
{
    if (!m_demo->start(connectionPages(), currentPage()))
        return false;
    m_saver->markChanged();
    return true;
}

void MainWindow::stopDemoServer()
{
    m_demo->stop();
}

void MainWindow::connectTo(const QString &url)
{
    const QList<ConnectionPage *> pages = connectionPages();
    QStringList urls;
    for (ConnectionPage *page : pages)
        urls << page->panel()->urlText();
    const int index = Workspace::tabForUrl(urls, int(pages.indexOf(currentPage())), url);
    ConnectionPage *page = index >= 0 ? pages[index] : newConnectionTab();
    ui->pageTabs->setCurrentWidget(page);
    page->panel()->setUrlText(url);
    page->connectToServer();
}

void MainWindow::connectToServer()
{
    currentPage()->reconnectNow();
}

void MainWindow::disconnectFromServer()
{
    currentPage()->disconnectFromServer();
}

void MainWindow::closeWithCode()
{
    currentPage()->closeWithCode();
}

void MainWindow::showHandshake()
{
    currentPage()->showHandshake();
}

bool MainWindow::clearCurrentLog()
{
    auto *page = qobject_cast<ConnectionPage *>(ui->pageTabs->currentWidget());
    return page && page->logView()->clearLog();
}

bool MainWindow::openSessionFile(const QString &path)
{
    return m_sessions->openFile(path);
}

void MainWindow::offerRecovery()
{
    m_sessions->offerRecovery();
}

bool MainWindow::exportCurrent(const QString &path, SessionWriter::Format format,
                               ExportDialog::Rows rows, bool keepSecrets, QString *error,
                               bool withDecoded)
{
    return SessionExporter::save(currentLogPage(), path, format, rows, keepSecrets,
                                 Preferences::load(m_settings).redactNames, error, withDecoded);
}

void MainWindow::exportSession(bool selectedOnly)
{
    m_exporter->exportPage(currentLogPage(), Preferences::load(m_settings).redactNames,
                           selectedOnly);
}

void MainWindow::replaySession()
{
    ReplayPage *page = m_replays->ask(currentLogPage(), ui->pageTabs);
    if (!page)
        return;
    connect(page->logView(), &LogView::saveSelectedRequested, this,
            [this] { exportSession(true); });
    const int index = ui->pageTabs->addTab(
        page, tr("Replay: %1").arg(SessionTitle::forUrl(page->sessionHeader().request.url)));
    ui->pageTabs->setCurrentIndex(index);
    page->start();
}

void MainWindow::updateWindowTitle()
{
    ConnectionPage *page = qobject_cast<ConnectionPage *>(ui->pageTabs->currentWidget());
    if (!page) {
        const int index = ui->pageTabs->currentIndex();
        setWindowTitle(index < 0 ? tr("Wsprobe")
                                 : tr("%1 — Wsprobe").arg(ui->pageTabs->tabText(index)));
        return;
    }
    const QUrl url = page->connection()->url();
    const ReadyState state = page->connection()->readyState();
    if (state == ReadyState::Closed || url.isEmpty())
        setWindowTitle(tr("Wsprobe"));
    else
        setWindowTitle(
            tr("%1 — %2 — Wsprobe").arg(url.toString(), Connection::readyStateName(state)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Wsprobe"),
                       tr("<h3>Wsprobe %1</h3><p>A WebSocket test and debugging tool: connect, "
                          "see what crosses the wire, poke the server, keep what happened.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(WSPROBE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(m_settings), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences before = Preferences::load(m_settings);
    dialog.preferences().save(m_settings);
    applyPreferences();
    if (dialog.preferences().language != before.language)
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start of Wsprobe."));
}

void MainWindow::applyPreferences()
{
    Preferences::load(m_settings).applyTheme();
    for (ConnectionPage *page : connectionPages())
        applyPreferencesTo(page);
}

void MainWindow::applyPreferencesTo(ConnectionPage *page)
{
    const Preferences prefs = Preferences::load(m_settings);
    page->log()->setMaxRows(prefs.maxRows);
    LogView::setLogFontEverywhere(prefs.logFont); // recordings and replays too
    page->sendBox()->setEditorFont(prefs.composerFont);
}

void MainWindow::readSettings()
{
    SplitterMemory::restore(m_settings.value(QStringLiteral("splitters")).toMap());
    m_settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(m_settings.value(QStringLiteral("geometry")).toByteArray()) && screen()) {
        // First start: the request, the log with its detail pane and a dock side by side need
        // more than the designed minimum on a large screen; never less than that on a small one.
        const QRect room = screen()->availableGeometry();
        resize(std::max(width(), std::min(1440, room.width() * 9 / 10)),
               std::max(height(), std::min(900, room.height() * 9 / 10)));
        move(room.center() - rect().center());
    }
    restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    m_settings.endGroup();
    Workspace saved;
    QString error;
    if (!Workspace::load(m_saver->path(), &saved, &error)) {
        if (!error.isEmpty())
            showStatus(error);
        saved = Workspace::fromOldSettings(m_settings);
    }
    m_recentUrls = saved.recentUrls;
    m_demo->setLastPort(saved.demoPort);
    for (const QVariantMap &tab : std::as_const(saved.tabs)) {
        const auto kind = std::find_if(m_tabKinds.cbegin(), m_tabKinds.cend(),
                                       [&tab](const TabKind *k) { return k->holds(tab); });
        if (kind != m_tabKinds.cend())
            (*kind)->restoreTab(tab);
        else
            addConnectionPage(tab);
    }
    ui->pageTabs->setCurrentIndex(std::clamp(saved.currentTab, 0, ui->pageTabs->count() - 1));
    onCurrentTabChanged();
}

void MainWindow::writeSettings()
{
    m_settings.beginGroup(QStringLiteral("MainWindow"));
    m_settings.setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("state"), saveState());
    m_settings.endGroup();
    m_settings.setValue(QStringLiteral("splitters"), SplitterMemory::state());
    Workspace::removeOldSettings(m_settings);
    m_settings.sync();
    m_saver->saveNow();
}

Workspace MainWindow::workspace() const
{
    Workspace w;
    const QList<ConnectionPage *> pages = connectionPages();
    // Connection, Serve and Relay tabs, in the tab bar's order; the current one, or else the
    // last connection tab that was.
    QWidget *shown = ui->pageTabs->currentWidget();
    if (tabState(shown).isEmpty())
        shown = currentPage();
    for (int i = 0; i < ui->pageTabs->count(); ++i) {
        QWidget *tab = ui->pageTabs->widget(i);
        const QVariantMap state = tabState(tab);
        if (state.isEmpty())
            continue;
        w.tabs << state;
        if (tab == shown)
            w.currentTab = int(w.tabs.size()) - 1;
    }
    w.recentUrls = pages.isEmpty() ? m_recentUrls : currentPage()->panel()->recentUrls();
    w.demoPort = m_demo->lastPort();
    return w;
}

QVariantMap MainWindow::tabState(QWidget *tab) const
{
    if (auto *page = qobject_cast<ConnectionPage *>(tab))
        return page->saveState();
    for (const TabKind *kind : m_tabKinds) {
        if (QVariantMap state = kind->saveTab(tab); !state.isEmpty())
            return state;
    }
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closer->isShuttingDown()) {
        event->ignore(); // the first close is still waiting for the closing handshakes
        return;
    }
    writeSettings();
    m_closer->shutdown(connectionPages(), tr("Wsprobe window closed"),
                       ConnectionWorkbench::ShutdownWaitMs);
    event->accept();
}
