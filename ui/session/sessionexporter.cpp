#include "session/sessionexporter.h"

#include <QMessageBox>

#include "log/eventlog.h"
#include "log/logfiltermodel.h"
#include "log/logpage.h"
#include "log/logview.h"

SessionExporter::SessionExporter(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool SessionExporter::save(LogPage *page, const QString &path, SessionWriter::Format format,
                           ExportDialog::Rows rows, bool keepSecrets,
                           const QStringList &redactNames, QString *error, bool withDecoded)
{
    const SessionHeader header = page->sessionHeader();
    ExportOptions options;
    options.keepSecrets = keepSecrets;
    options.redactNames = redactNames;
    const EventLog *log = page->logView()->log();
    if (withDecoded && log && !log->decodePipeline().isEmpty())
        options.decode = std::make_shared<const DecodePipeline>(log->decodePipeline());
    if (rows != ExportDialog::Rows::All) {
        LogView *view = page->logView();
        options.rows = rows == ExportDialog::Rows::Selected ? view->selectedLogRows()
                                                            : view->filteredLogRows();
        // Saving nothing is never what the user meant.
        if (options.rows->isEmpty()) {
            *error = rows == ExportDialog::Rows::Selected
                         ? tr("No rows are selected; nothing was saved.")
                         : tr("The filter shows no rows; nothing was saved.");
            return false;
        }
    }
    return SessionWriter::write(path, format, header, page->sessionEvents(), options, error);
}

void SessionExporter::exportPage(LogPage *page, const QStringList &redactNames, bool selectedOnly)
{
    LogView *view = page->logView();
    const LogFilterModel *filter = view->filterModel();
    const bool filtering = filter && filter->isFiltering();
    ExportDialog dialog(view->selectedLogRows().size(), filtering ? filter->rowCount() : -1,
                        m_window);
    if (view->log() && !view->log()->decodePipeline().isEmpty())
        dialog.offerDecoded(view->log()->decodePipeline().spec());
    if (selectedOnly)
        dialog.setRows(ExportDialog::Rows::Selected);
    else if (filtering)
        dialog.setRows(ExportDialog::Rows::Filtered);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString base = page->sessionHeader().request.url.host();
    if (base.isEmpty())
        base = QStringLiteral("session");
    const QString path = dialog.askFileName(base);
    if (path.isEmpty())
        return;
    QString error;
    if (!save(page, path, dialog.format(), dialog.rows(), dialog.keepSecrets(), redactNames, &error,
              dialog.withDecoded()))
        QMessageBox::warning(m_window, tr("Cannot Save Session"), error);
    else
        emit saved(path);
}
