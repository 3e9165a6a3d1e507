#pragma once

#include <QVariantMap>
#include <QWidget>

#include "serve/serverules.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class ServeResponder;
class ServeScriptBar;

/// The Serve tab's Rules page: the rules in a table (what each does, how often it fired), the
/// same rules as the documented JSON file (docs/serve-rules.md) to edit, with errors that say
/// the line and column or the rule and key, and Import/Export of that file. Parsing and files
/// are ServeRules'; this page only shows them.
class ServeRulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServeRulesPanel(QWidget *parent = nullptr);

    /// Shows rules in the table and the editor (as they were applied).
    void setRules(const ServeRules &rules);
    const ServeRules &rules() const { return m_rules; }
    /// Parses the editor; on success the table follows and rulesApplied is emitted.
    bool apply();
    /// Reads a rules file into the editor and applies it.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    /// The Fired column, from the running server.
    void showFired(const ServeResponder &responder);
    QString errorText() const;

    /// The rules' script: the file, Reload, what it logs (ServeScriptBar).
    ServeScriptBar *scriptBar() const { return m_script; }
    /// The rules as the workspace keeps them, with the folder a relative "script" is read from.
    QVariantMap state() const;
    void setState(const QVariantMap &state);

    QPlainTextEdit *editor() const { return m_editor; }
    QTableWidget *table() const { return m_table; }

signals:
    void rulesApplied(const ServeRules &rules);

private:
    void fillTable();
    void showError(const QString &text);

    ServeRules m_rules;
    QTableWidget *m_table;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QPushButton *m_apply;
    ServeScriptBar *m_script;
};
