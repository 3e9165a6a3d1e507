#include "session/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QStandardPaths>

ExportDialog::ExportDialog(qsizetype selectedRows, qsizetype filteredRows, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_rows(new QComboBox(this))
    , m_secrets(
          new QCheckBox(tr("Keep secrets (Authorization, cookies, token=… in the URL)"), this))
    , m_decoded(new QCheckBox(this))
{
    setWindowTitle(tr("Save Session"));
    m_format->addItem(tr("Wsprobe session (.wsprobe.jsonl)"), int(SessionWriter::Format::Jsonl));
    m_format->addItem(tr("HAR 1.2, as Chrome DevTools writes it (.har)"),
                      int(SessionWriter::Format::Har));
    m_format->addItem(tr("Text transcript (.txt)"), int(SessionWriter::Format::Transcript));
    m_format->setAccessibleName(tr("Format"));
    m_rows->setObjectName(QStringLiteral("rowsCombo"));
    m_rows->setAccessibleName(tr("Rows to save"));
    m_rows->addItem(tr("All rows"), int(Rows::All));
    if (selectedRows > 0)
        m_rows->addItem(tr("The %n selected row(s)", nullptr, int(selectedRows)),
                        int(Rows::Selected));
    if (filteredRows >= 0)
        m_rows->addItem(tr("The %n row(s) the filter shows", nullptr, int(filteredRows)),
                        int(Rows::Filtered));
    m_secrets->setToolTip(tr("Off: their values are written as <redacted>, so the file can be "
                             "shared."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(m_secrets);
    m_decoded->setObjectName(QStringLiteral("decodedCheck"));
    m_decoded->setToolTip(tr("Each message keeps its raw data and gains its decoded value: "
                             "\"decoded\" in a session, \"_decoded\" in HAR, a decoded: line "
                             "in a transcript (or the reason it does not decode)."));
    m_decoded->hide();
    form->addRow(m_decoded);
    form->addRow(buttons);
}

void ExportDialog::offerDecoded(const QString &spec)
{
    m_decoded->setText(tr("Add decoded values (%1)").arg(spec));
    m_decoded->show();
}

bool ExportDialog::withDecoded() const
{
    return !m_decoded->isHidden() && m_decoded->isChecked();
}

SessionWriter::Format ExportDialog::format() const
{
    return SessionWriter::Format(m_format->currentData().toInt());
}

ExportDialog::Rows ExportDialog::rows() const
{
    return Rows(m_rows->currentData().toInt());
}

void ExportDialog::setRows(Rows rows)
{
    const int index = m_rows->findData(int(rows));
    if (index >= 0)
        m_rows->setCurrentIndex(index);
}

bool ExportDialog::keepSecrets() const
{
    return m_secrets->isChecked();
}

QString ExportDialog::askFileName(const QString &suggestedBase)
{
    QString suffix, filter;
    switch (format()) {
    case SessionWriter::Format::Jsonl:
        suffix = QStringLiteral(".wsprobe.jsonl");
        filter = tr("Wsprobe sessions (*.wsprobe.jsonl *.jsonl)");
        break;
    case SessionWriter::Format::Har:
        suffix = QStringLiteral(".har");
        filter = tr("HAR files (*.har)");
        break;
    case SessionWriter::Format::Transcript:
        suffix = QStringLiteral(".txt");
        filter = tr("Text files (*.txt)");
        break;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = QFileDialog::getSaveFileName(parentWidget(), tr("Save Session As"),
                                                QDir(dir).filePath(suggestedBase + suffix), filter);
    if (!name.isEmpty() && SessionWriter::formatForPath(name) != format()
        && format() != SessionWriter::Format::Jsonl)
        name += suffix;
    return name;
}
