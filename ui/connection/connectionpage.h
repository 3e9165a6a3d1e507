#pragma once

#include <memory>

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

#include "connection/statusindicators.h"
#include "log/logpage.h"
#include "workbench/connectionworkbench.h"

class Clock;
class ConnectionPanel;
class LogView;
class EventLog;
class OnOpenPanel;
class PeriodicSender;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class ScriptPanel;
class QTabWidget;
class Reconnector;
class RepeatPanel;
class SendBox;
class SessionLibrary;
class StatsPanel;
class VariablesPanel;

/// One connection tab's widgets: its panel, live log with detail, composer, periodic sender,
/// variables, on-open messages and statistics, laid out over a ConnectionWorkbench that owns
/// the connection and its policies. The page shows and forwards; the main window holds
/// several of these as tabs.
class ConnectionPage : public QWidget, public LogPage
{
    Q_OBJECT
public:
    ConnectionPage(const Clock &clock, const SessionLibrary &library, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    ConnectionWorkbench &workbench() const { return *m_workbench; }
    Connection *connection() const { return &m_workbench->connection(); }
    EventLog *log() const { return &m_workbench->log(); }
    LogView *logView() const override { return m_logView; }
    SessionHeader sessionHeader() const override;
    const EventStore &sessionEvents() const override;
    ConnectionPanel *panel() const { return m_panel; }
    SendBox *sendBox() const { return m_sendBox; }
    StatusIndicators *indicators() const { return m_indicators; }
    Reconnector *reconnector() const { return &m_workbench->reconnector(); }
    PeriodicSender *periodicSender() const { return &m_workbench->periodicSender(); }
    RepeatPanel *repeatPanel() const { return m_repeat; }
    VariablesPanel *variablesPanel() const { return m_variablesPanel; }
    OnOpenPanel *onOpenPanel() const { return m_onOpen; }
    StatsPanel *statsPanel() const { return m_statsPanel; }
    const ConnectionStats &stats() const { return m_workbench->stats(); }
    SendHistory &history() { return m_workbench->history(); }
    QTabWidget *composerTabs() const { return m_composerTabs; }
    ScriptPanel *scriptPanel() const { return m_scriptPanel; }

    /// The tab's name: the one the user gave, else "host/path", else "New Connection".
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
    /// The request as the panel holds it, copied as a command or code (no connection needed).
    void copyAs();
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
    /// Save as Template on a logged message: the window's template library keeps it.
    void saveAsTemplateRequested(const OutgoingMessage &message);
    /// Something saveState() keeps may have changed (the window saves the workspace).
    void settingsChanged();

private:
    void buildLayout();
    void wire();
    void onReadyStateChanged(ReadyState state);
    void onError(const QString &message);
    void onClosed(int code, const QString &reason, bool wasClean);
    void applyReconnectSettings();
    /// The panel's request, variables expanded, into the workbench; false (shown) if not.
    bool takeRequest();

    const Clock &m_clock;
    ConnectionWorkbench *m_workbench;
    QString m_customTitle;
    /// The connection's error the composer shows, cleared when the next connection starts.
    QString m_composerConnectionError;

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
    ScriptPanel *m_scriptPanel;
    StatsPanel *m_statsPanel;
};
