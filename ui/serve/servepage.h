#pragma once

#include <memory>

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include "serve/servecontroller.h"

class Clock;
class EventLog;
class LogView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class SendBox;
class ServeClientModel;
class ServeFaultsPanel;
class ServeMergedLogModel;
class ServeRulesPanel;
class ServeScriptRunner;
class ServeSendPanel;
class ServeSettingsPanel;
class TableFindBar;
class VariablesPanel;

/// A Serve tab: a mock server. Listen (127.0.0.1 unless the user types another address) on a
/// port and paths, plain or TLS; answer by echo, rules or a recording; a row per client, one
/// log for all with a client column and each client's own; send, ping and close to the
/// selected clients or all with the composer; rules and faults on their own pages. It shows
/// and asks; ServeController does the work.
class ServePage : public QWidget
{
    Q_OBJECT
public:
    enum Mode { EchoMode, RulesMode, RecordingMode };

    explicit ServePage(const Clock &clock, QWidget *parent = nullptr);
    ~ServePage() override;

    ServeController &controller() { return m_controller; }
    /// Start with what the fields say; false with the reason shown in the status line.
    bool start();
    void stop();
    /// The ids of the selected rows.
    QList<int> selectedClients() const;
    /// Sends the composer's message to the chosen target; false with the reason shown.
    bool sendComposed();
    /// The fields, the rules, the faults and the composer, for the workspace ("kind":
    /// "serve" tells it from a connection tab's).
    QVariantMap state() const;
    void setState(const QVariantMap &state);

    // For tests and the window: the fields.
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *pathsEdit() const { return m_paths; }
    QComboBox *modeBox() const { return m_mode; }
    /// The TLS mode of the Server page's editor (the Relay tab's ServerTlsEditor).
    QComboBox *tlsBox() const;
    ServeSettingsPanel *settingsPanel() const { return m_settings; }
    QComboBox *targetBox() const;
    QTableView *clientTable() const { return m_clientTable; }
    QTableView *mergedTable() const { return m_mergedTable; }
    LogView *clientLogView() const { return m_clientLog; }
    ServeClientModel *clientModel() const { return m_clientModel.get(); }
    ServeMergedLogModel *mergedModel() const { return m_mergedModel.get(); }
    SendBox *sendBox() const;
    ServeRulesPanel *rulesPanel() const { return m_rules; }
    ServeFaultsPanel *faultsPanel() const { return m_faults; }
    /// The rules' script (runs while listening; docs/scripting.md, "In the Serve tab").
    ServeScriptRunner *scriptRunner() const { return m_script.get(); }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *logTabs() const { return m_logTabs; }
    TableFindBar *mergedSearch() const { return m_mergedSearch; }
    QSpinBox *repeatIntervalBox() const;
    QSpinBox *repeatCountBox() const;
    QPushButton *repeatButton() const;

signals:
    void titleChanged(const QString &title);
    /// What state() holds may have changed (rules applied, a field edited).
    void settingsChanged();

private:
    QWidget *buildListenBar();
    void applyMode();
    void applyFaults();
    void updateButtons();
    void updateStatus();
    void showClient(int id);
    void doFault(const ServeFault &fault);
    void showStatus(const QString &text, bool error = false);

    const Clock &m_clock;
    ServeController m_controller;
    std::unique_ptr<ServeClientModel> m_clientModel;
    std::unique_ptr<ServeMergedLogModel> m_mergedModel;
    std::shared_ptr<ServeScriptRunner> m_script;
    QTimer m_firedTimer;
    /// Shown in the client's log view when the client shown there is forgotten.
    std::unique_ptr<EventLog> m_noClientLog;
    int m_shownClient = 0;

    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_paths;
    QComboBox *m_mode;
    QLineEdit *m_recording;
    QPushButton *m_recordingBrowse;
    QDoubleSpinBox *m_speed;
    ServeSettingsPanel *m_settings;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    QTableView *m_clientTable;
    QTabWidget *m_logTabs;
    QTableView *m_mergedTable;
    TableFindBar *m_mergedSearch;
    LogView *m_clientLog;
    ServeSendPanel *m_send;
    ServeRulesPanel *m_rules;
    ServeFaultsPanel *m_faults;
    VariablesPanel *m_variables;
    QString m_lastError;
};
