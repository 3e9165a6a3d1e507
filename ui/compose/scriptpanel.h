#pragma once

#include <QWidget>

class Clock;
class ConnectionWorkbench;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class ScriptEditor;
class ScriptRuntime;
struct CheckRecord;
using ScriptCheck = CheckRecord;
struct ScriptOutcome;

/// The connection tab's Script page (docs/scripting.md): an editor with JavaScript
/// highlighting, Run / Stop, the examples that ship with the app, and a row per assertion
/// (pass/fail, expected, got, line) and per log line, then a summary. The script runs on the
/// tab's own connection through a ScriptRuntime; the page only shows what it reports.
class ScriptPanel : public QWidget
{
    Q_OBJECT
public:
    ScriptPanel(ConnectionWorkbench &workbench, const Clock &clock, QWidget *parent = nullptr);
    ~ScriptPanel() override;

    QString script() const;
    void setScript(const QString &text);
    ScriptRuntime &runtime() { return *m_runtime; }
    QString summaryText() const;
    QTreeWidget *results() const { return m_results; }
    ScriptEditor *editor() const { return m_editor; }
    /// The result rows kept: beyond this the oldest pass and log rows go (a quarter at a
    /// time); failure rows stay, the first MaxRows / 2 of them. The summary counts them all.
    static constexpr int MaxRows = 5000;
    /// The folder scripts may read files from (empty: none); remembered in the settings.
    QString allowedDir() const;
    void setAllowedDir(const QString &dir, bool remember = true);
    /// Rows of this run no longer shown.
    qint64 droppedRows() const { return m_droppedRows; }

    /// The names of the examples shipped with the app, and the text of one.
    static QStringList exampleNames();
    static QString example(const QString &name);

public slots:
    void run();
    void stop();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setSummary(const QString &text);
    void elideSummary();
    void onChecked(const ScriptCheck &check);
    void onLogged(const QString &text);
    void onFinished(const ScriptOutcome &outcome);
    void updateButtons();
    /// A new row at the end, or null when it is a failure beyond those kept.
    QTreeWidgetItem *addRow(bool failure);

    ScriptRuntime *m_runtime;
    ScriptEditor *m_editor;
    QPushButton *m_run;
    QPushButton *m_stop;
    QToolButton *m_examples;
    QToolButton *m_allowDir;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QString m_summaryText; ///< whole; the label shows it cut to its width
    int m_failureRows = 0;
    qint64 m_droppedRows = 0;
};
