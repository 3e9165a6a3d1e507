#pragma once

#include <QWidget>

#include "compose/outgoingmessage.h"
#include "relay/relaycontroller.h"
#include "relay/relaysettings.h"

class Clock;
class ConnectionPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class TableFindBar;
class RelayBreakpointPanel;
class RelayClientList;
class RelayConversation;
class RelayLogModel;
class RelayMessageEditor;
class ServerTlsEditor;

/// A Relay tab: listen on a port, connect each client to an upstream URL, and show one log
/// per client connection with the four directions, the breakpoints, the paused message
/// (edit, forward, drop, answer) and an inject box. It shows and forwards; RelayController
/// and RelayConversation do the work.
class RelayPage : public QWidget
{
    Q_OBJECT
public:
    explicit RelayPage(const Clock &clock, QWidget *parent = nullptr);
    ~RelayPage() override;

    RelayController &controller() { return m_controller; }
    /// Start with what the fields say; false with the reason shown in the status line.
    bool start();
    void stop();
    /// The conversation whose log is shown (0: none).
    int currentConversation() const { return m_current; }
    RelayLogModel *logModel(int conversation) const;
    /// Adds a breakpoint from its text form (RelayBreakpointText); false when it is wrong.
    bool addBreakpoint(const QString &rule);

    /// What the fields say (listening, upstream request, removed headers, breakpoints).
    RelaySettings settings() const;
    void setSettings(const RelaySettings &settings);
    /// The tab in the workspace (RelaySettings::toMap) and back; a relay restored from it
    /// does not start listening by itself.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

    // For tests and the window: the fields.
    QSpinBox *portBox() const { return m_port; }
    ConnectionPanel *upstreamPanel() const { return m_upstream; }
    ServerTlsEditor *tlsEditor() const { return m_tls; }
    QCheckBox *clientDeflateBox() const { return m_clientDeflate; }
    QLineEdit *removeHeadersEdit() const { return m_removeHeaders; }
    QTabWidget *sideTabs() const { return m_side; }
    QListWidget *clientList() const;
    RelayClientList *clients() const { return m_clients; }
    QLineEdit *recordFolderEdit() const { return m_recordFolder; }
    QPlainTextEdit *handshakeView() const { return m_handshakes; }
    QTableView *logTable() const { return m_log; }
    TableFindBar *findBar() const { return m_find; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *pausedLabel() const { return m_pausedLabel; }
    RelayMessageEditor *pausedEditor() const { return m_pausedEditor; }
    RelayMessageEditor *injectEditor() const { return m_injectEditor; }
    QComboBox *injectTarget() const { return m_injectTarget; }
    QListWidget *breakpointList() const;

signals:
    void titleChanged(const QString &title);
    /// Something saveState() keeps changed outside the keyboard and mouse (a breakpoint
    /// added, settings restored, listening started).
    void settingsChanged();
    /// A finished conversation's recording (its server leg) to replay against the server, or
    /// to serve to clients as its server answered; the window's replay and Serve tab do it.
    void replayRequested(const QString &recording);
    void serveRecordingRequested(const QString &recording);

public slots:
    void forwardPaused();
    void forwardEdited();
    void dropPaused();
    void answerPaused();
    void inject();

private:
    QWidget *buildPausedPanel();
    QWidget *buildInjectPanel();
    QWidget *buildUpstreamPanel();
    QWidget *buildListenPanel();
    void onConversationStarted(int id, RelayConversation *conversation, const QString &peer);
    void onConversationFinished(int id);
    void showConversation(int id);
    /// fillEditor: put the paused message into the editor even when it is the one shown.
    void updatePaused(bool fillEditor = true);
    void updateButtons();
    /// The direction whose message is paused in the shown conversation, if any.
    bool pausedSide(RelaySide *side) const;
    /// The editor's message; false with the reason shown.
    bool build(RelayMessageEditor *editor, OutgoingMessage::Payload *payload);
    /// A problem, shown until the state changes or its cause is fixed.
    void showStatus(const QString &text);
    /// Where the relay stands (not listening, listening on…, stopped): shown now, and again
    /// once a problem shown since is fixed.
    void showState(const QString &text);

    const Clock &m_clock;
    RelayController m_controller;
    QString m_recordBase; ///< this run's RelayConfig::recordBase
    int m_current = 0;
    qint64 m_pausedId = 0; ///< the paused record the editor holds
    bool m_follow = true;
    QString m_state;                       ///< showState()'s text
    bool m_breakpointProblemShown = false; ///< the status line says why a rule was refused

    QSpinBox *m_port;
    QTabWidget *m_side;
    ConnectionPanel *m_upstream;
    QLineEdit *m_removeHeaders;
    ServerTlsEditor *m_tls;
    QCheckBox *m_clientDeflate;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    QLineEdit *m_recordFolder;
    RelayClientList *m_clients;
    QPlainTextEdit *m_handshakes;
    QTableView *m_log;
    TableFindBar *m_find;
    QLabel *m_pausedLabel;
    RelayMessageEditor *m_pausedEditor;
    QPushButton *m_forward;
    QPushButton *m_forwardEdited;
    QPushButton *m_drop;
    QPushButton *m_answer;
    RelayMessageEditor *m_injectEditor;
    QComboBox *m_injectTarget;
    QPushButton *m_injectButton;
    RelayBreakpointPanel *m_breakpoints;
};
