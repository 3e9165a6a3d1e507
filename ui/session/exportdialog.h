#pragma once

#include <QDialog>

#include "session/sessionwriter.h"

class QCheckBox;
class QComboBox;

/// Asks how to save: format, which rows (all, the selected ones, the ones the log's filter
/// shows), whether to keep secrets, and — when the tab has a decoder — whether to add each
/// message's decoded value.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Rows { All, Selected, Filtered };

    /// filteredRows < 0: the log is not filtered.
    ExportDialog(qsizetype selectedRows, qsizetype filteredRows = -1, QWidget *parent = nullptr);

    SessionWriter::Format format() const;
    Rows rows() const;
    /// Picks a choice when it is available (a selection exists, a filter is on).
    void setRows(Rows rows);
    bool keepSecrets() const;
    /// Offers "add decoded values", naming the tab's decoder pipeline (off until checked).
    void offerDecoded(const QString &spec);
    bool withDecoded() const;
    /// Asks for the file name, with the extension of the chosen format; empty if cancelled.
    QString askFileName(const QString &suggestedBase);

private:
    QComboBox *m_format;
    QComboBox *m_rows;
    QCheckBox *m_secrets;
    QCheckBox *m_decoded;
};
