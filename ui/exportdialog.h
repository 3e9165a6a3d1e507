#pragma once

#include "sessionwriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

/// Asks how to save: format, all or selected rows, and whether to keep secrets.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(qsizetype selectedRows, QWidget *parent = nullptr);

    SessionWriter::Format format() const;
    bool selectedOnly() const;
    void setSelectedOnly(bool selectedOnly);
    bool keepSecrets() const;
    /// Asks for the file name, with the extension of the chosen format; empty if cancelled.
    QString askFileName(const QString &suggestedBase);

private:
    QComboBox *m_format;
    QCheckBox *m_selected;
    QCheckBox *m_secrets;
};
