#pragma once

#include <memory>

#include <QMainWindow>

#include "session/exportdialog.h"
#include "session/sessionlibrary.h"
#include "workbench/workspace.h"

class Clock;
class CollectionsUi;
class ConnectionActions;
class Connection;
class ConnectionPage;
class DemoServer;
class DemoServerUi;
class EventStore;
class LogPage;
class LogView;
class ReplayLauncher;
class SessionExporter;
class SessionOpener;
struct SessionHeader;
class EventLog;
class QSettings;
class StatusIndicators;
class TemplatesDock;
class TemplatesUi;
class WorkspaceSaver;
class TabCloser;
class TabKind;
enum class ReadyState;

namespace Ui {
class MainWindow;
}

/// Holds the tabs — live connections (ConnectionPage), opened recordings (SessionPage) and
/// replays — and the actions that work on the current one. It holds no protocol logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// settings is read now and written on close; both it and clock must outlive the window.
    MainWindow(const Clock &clock, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The current connection tab, or the last one used when a recording is in front.
    ConnectionPage *currentPage() const;
    QList<ConnectionPage *> connectionPages() const;
    Connection *connection() const;
    EventLog *log() const;
    StatusIndicators *indicators() const;
    DemoServer *demoServer() const;
    TemplatesDock *templatesDock() const;

    /// Starts the built-in server (if not running; on its last port when free) and fills in
    /// its /echo URL in an empty tab; tabs that pointed at its last port follow it.
    bool startDemoServer();
    void stopDemoServer();
    /// Connects url in the current tab when it is empty or has that URL, else in the tab that
    /// has it, else in a new tab (Workspace::tabForUrl).
    void connectTo(const QString &url);

    /// The tabs and URL history as they are now; saved continuously (workspaceSaver()).
    Workspace workspace() const;
    WorkspaceSaver *workspaceSaver() const { return m_saver; }
    /// A new, empty connection tab, made current.
    ConnectionPage *newConnectionTab();
    /// Closes a tab (its connection first); the last connection tab is replaced by a new one.
    void closeTab(int index);
    void renameTab(int index, const QString &title);

    /// Where every connection is journaled; tests point it at a temporary folder.
    void setSessionFolder(const QString &dir) { m_library = SessionLibrary(dir); }
    const SessionLibrary &sessionLibrary() const { return m_library; }
    /// Opens a session or HAR file in a read-only tab; false with a message box on failure.
    bool openSessionFile(const QString &path);
    /// Unfinished journals from a crash: asks whether to recover them (recovered open in tabs).
    void offerRecovery();
    /// Saves the current tab without asking: all rows, the selected ones, or those the
    /// filter shows; withDecoded adds the values of the tab's decoder pipeline.
    bool exportCurrent(const QString &path, SessionWriter::Format format, ExportDialog::Rows rows,
                       bool keepSecrets, QString *error, bool withDecoded = false);
    /// Clears the current connection's log, asking first when it is large; true when cleared.
    bool clearCurrentLog();

public slots:
    void connectToServer();
    void disconnectFromServer();
    void closeWithCode();
    void showHandshake();
    /// Save As…; from "Save Selected…" with only the selected rows ticked.
    void exportSession(bool selectedOnly = false);
    void replaySession();
    void showPreferences();
    /// Applies the saved Preferences to every tab and to the application's theme.
    void applyPreferences();
    void readSettings();
    void writeSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wire();
    ConnectionPage *addConnectionPage(const QVariantMap &state);
    void onCurrentTabChanged();
    void updateActions();
    void updateWindowTitle();
    void updateTabTitle(QWidget *page);
    void showStatus(const QString &text);
    void showAbout();
    void askRenameTab(int index);
    void applyPreferencesTo(ConnectionPage *page);
    /// The tab in front, or the last connection tab used when something else is.
    LogPage *currentLogPage() const;
    LogView *currentLogView() const;
    /// A tab's state for the workspace: a connection tab's or a tab kind's; empty for tabs
    /// that are not kept (recordings, replays).
    QVariantMap tabState(QWidget *tab) const;

    std::unique_ptr<Ui::MainWindow> ui;
    const Clock &m_clock;
    QSettings &m_settings;
    DemoServerUi *m_demo = nullptr;
    ConnectionActions *m_connectionActions = nullptr;
    SessionLibrary m_library;
    ConnectionPage *m_lastPage = nullptr;
    TemplatesUi *m_templates = nullptr;
    CollectionsUi *m_collections = nullptr;
    SessionOpener *m_sessions = nullptr;
    SessionExporter *m_exporter = nullptr;
    ReplayLauncher *m_replays = nullptr;
    TabCloser *m_closer = nullptr;
    WorkspaceSaver *m_saver = nullptr;
    /// Serve and Relay tabs, asked in turn for a workspace tab's state.
    QList<TabKind *> m_tabKinds;
    /// The URL history read at start, for tabs made before any other has one.
    QStringList m_recentUrls;
};
