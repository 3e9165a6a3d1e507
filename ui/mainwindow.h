#pragma once

#include "sessionlibrary.h"
#include "sessionwriter.h"

#include <QMainWindow>

#include <memory>

class Clock;
class Connection;
class DemoServer;
class EventStore;
class Journal;
class LogView;
class SessionPage;
struct SessionHeader;
class MessageLog;
class QSettings;
class StatusIndicators;
struct Event;
enum class ReadyState;

namespace Ui {
class MainWindow;
}

/// Builds the pages and wires them to one Connection and its MessageLog. It holds no
/// protocol logic: every decision is the core's, every error comes back from it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// settings is read now and written on close; both it and clock must outlive the window.
    MainWindow(const Clock &clock, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Connection *connection() const { return m_connection; }
    MessageLog *log() const { return m_log; }
    DemoServer *demoServer() const { return m_demo; }
    StatusIndicators *indicators() const { return m_indicators; }

    /// Starts the built-in server (if not running) and fills in its /echo URL.
    bool startDemoServer();
    /// Fills in url and connects.
    void connectTo(const QString &url);

    /// Where every connection is journaled; tests point it at a temporary folder.
    void setSessionFolder(const QString &dir) { m_library = SessionLibrary(dir); }
    const SessionLibrary &sessionLibrary() const { return m_library; }
    /// Opens a session or HAR file in a read-only tab; false with a message box on failure.
    bool openSessionFile(const QString &path);
    /// Unfinished journals from a crash: asks whether to recover them (recovered open in tabs).
    void offerRecovery();
    /// Saves the current tab; all rows or the selected ones.
    bool exportCurrent(const QString &path, SessionWriter::Format format, bool selectedOnly,
                       bool keepSecrets, QString *error);

public slots:
    void connectToServer();
    void disconnectFromServer();
    void closeWithCode();
    void showHandshake();
    void openSession();
    void importHar();
    void showSessions();
    void exportSession();
    void replaySession();
    void readSettings();
    void writeSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wire();
    void onReadyStateChanged(ReadyState state);
    void onError(const QString &message);
    void onClosed(int code, const QString &reason, bool wasClean);
    void updateWindowTitle();
    void showAbout();
    void finishJournal();
    SessionPage *addSessionPage(Session &&session, const QString &path);
    /// The current tab's session: its header, events and view.
    bool currentSession(SessionHeader *header, const EventStore **events, LogView **view) const;

    std::unique_ptr<Ui::MainWindow> ui;
    const Clock &m_clock;
    QSettings &m_settings;
    Connection *m_connection;
    MessageLog *m_log;
    DemoServer *m_demo = nullptr;
    StatusIndicators *m_indicators;
    SessionLibrary m_library;
    std::unique_ptr<Journal> m_journal;
};
