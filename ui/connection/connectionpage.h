#pragma once

#include <memory>

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

#include "compose/sendhistory.h"
#include "compose/variables.h"
#include "connection/connection.h"
#include "connection/connectionstats.h"
#include "connection/statusindicators.h"

class Clock;
class ConnectionPanel;
class Journal;
class LogView;
class EventLog;
class OnOpenPanel;
class PeriodicSender;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class Reconnector;
class RepeatPanel;
class SendBox;
class SessionLibrary;
class StatsPanel;
class VariablesPanel;

/// One connection, whole: its panel, live log with detail, composer, periodic sender,
/// variables, on-open messages and statistics, over one Connection that every event is also
/// journaled from. The main window holds several of these as tabs; none of them holds
/// protocol logic.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    ConnectionPage(const Clock &clock, const SessionLibrary &library, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    Connection *connection() const { return m_connection; }
    EventLog *log() const { return m_log; }
    LogView *logView() const { return m_logView; }
    ConnectionPanel *panel() const { return m_panel; }
    SendBox *sendBox() const { return m_sendBox; }
    StatusIndicators *indicators() const { return m_indicators; }
    Reconnector *reconnector() const { return m_reconnector; }
    PeriodicSender *periodicSender() const { return m_periodic; }
    RepeatPanel *repeatPanel() const { return m_repeat; }
    VariablesPanel *variablesPanel() const { return m_variablesPanel; }
    OnOpenPanel *onOpenPanel() const { return m_onOpen; }
    StatsPanel *statsPanel() const { return m_statsPanel; }
    const ConnectionStats &stats() const { return m_stats; }
    SendHistory &history() { return m_history; }
    QTabWidget *composerTabs() const { return m_composerTabs; }

    /// The tab's name: the one the user gave, else the URL's host, else "New Connection".
    QString title() const;
    QString customTitle() const { return m_customTitle; }
    void setCustomTitle(const QString &title);

    /// Everything needed to bring the tab back after a restart (not the log).
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

    void connectToServer();
    /// F5: connects, or closes and connects again when open or connecting.
    void reconnectNow();
    void disconnectFromServer();
    void closeWithCode();
    void showHandshake();
    /// Pings with the payload typed next to the Ping button.
    void ping();
    /// Closes without asking (window closing, tab closing).
    void shutdown(const QString &reason);
    void focusComposer();

signals:
    void statusMessage(const QString &text);
    void titleChanged();
    void readyStateChanged(ReadyState state);
    /// The connection opened to this URL (for the window's shared URL history).
    void urlOpened(const QString &url);

private:
    void buildLayout();
    void wire();
    void onReadyStateChanged(ReadyState state);
    void onError(const QString &message);
    void onClosed(int code, const QString &reason, bool wasClean);
    void startJournal();
    void finishJournal();
    void applyReconnectSettings();
    bool sendExpanded(const QString &text);

    const Clock &m_clock;
    const SessionLibrary &m_library;
    Connection *m_connection;
    EventLog *m_log;
    ConnectionStats m_stats;
    Variables m_variables;
    SendHistory m_history;
    Reconnector *m_reconnector;
    PeriodicSender *m_periodic;
    std::unique_ptr<Journal> m_journal;
    QString m_customTitle;
    bool m_reopenAfterClose = false;

    QSplitter *m_mainSplitter;
    QSplitter *m_logSplitter;
    ConnectionPanel *m_panel;
    QPointer<StatusIndicators> m_indicators;
    QLabel *m_reconnectLabel;
    QPushButton *m_cancelReconnect;
    QLineEdit *m_pingPayload;
    QPushButton *m_pingButton;
    QLabel *m_rttLabel;
    LogView *m_logView;
    QTabWidget *m_composerTabs;
    SendBox *m_sendBox;
    RepeatPanel *m_repeat;
    VariablesPanel *m_variablesPanel;
    OnOpenPanel *m_onOpen;
    StatsPanel *m_statsPanel;
};
