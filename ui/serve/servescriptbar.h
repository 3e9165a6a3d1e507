#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ServeScriptRunner;

/// The script row of the Serve tab's Rules page: the file the rules' "script" names (edit it or
/// Choose… another), Reload while the server listens, whether it runs, and what it says: its
/// log() lines and its problems (the hook, file and line). ServeScriptRunner does the work.
class ServeScriptBar : public QWidget
{
    Q_OBJECT
public:
    explicit ServeScriptBar(QWidget *parent = nullptr);

    void setRunner(ServeScriptRunner *runner);
    /// Shows path (the rules' script, resolved) without emitting pathChosen.
    void setPath(const QString &path);
    QString path() const;
    /// The script's output, a line each (log lines, "Problem: …" lines).
    QStringList outputLines() const;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *reloadButton() const { return m_reload; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// The user typed or chose another file (empty: none).
    void pathChosen(const QString &path);

private:
    void append(const QString &line);
    void updateState();

    ServeScriptRunner *m_runner = nullptr;
    int m_shownGeneration = 0;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_reload;
    QLabel *m_status;
    QPlainTextEdit *m_output;
};
