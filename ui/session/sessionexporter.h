#pragma once

#include <QObject>

#include "session/exportdialog.h"

class LogPage;
class QWidget;

/// Save As for any tab that shows a log: asks for the format, the rows (all, selected,
/// filtered), whether to keep secrets and the file, then writes it.
class SessionExporter : public QObject
{
    Q_OBJECT
public:
    explicit SessionExporter(QWidget *window);

    /// Asks, then saves; selectedOnly starts the dialog on "selected rows". redactNames: the
    /// user's own names to redact (Preferences), whatever "keep secrets" says.
    void exportPage(LogPage *page, const QStringList &redactNames, bool selectedOnly = false);
    /// Saves without asking; false with *error (nothing selected, nothing shown, a write
    /// error). withDecoded: each message with its value through the tab's decoder pipeline
    /// (ignored when the tab has none).
    static bool save(LogPage *page, const QString &path, SessionWriter::Format format,
                     ExportDialog::Rows rows, bool keepSecrets, const QStringList &redactNames,
                     QString *error, bool withDecoded = false);

signals:
    void saved(const QString &path);

private:
    QWidget *m_window;
};
