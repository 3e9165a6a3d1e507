#include "snippet/copyasdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

#include "ui_copyasdialog.h"

CopyAsDialog::CopyAsDialog(const ConnectionRequest &request, QWidget *parent,
                           const QString &message)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CopyAsDialog>())
    , m_request(request)
    , m_message(message)
{
    ui->setupUi(this);
    ui->snippetText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const Snippets::Kind k : Snippets::kinds())
        ui->kindCombo->addItem(Snippets::title(k), int(k));
    for (const Shell s : {Shell::Posix, Shell::PowerShell, Shell::Cmd})
        ui->shellCombo->addItem(Snippets::shellTitle(s), int(s));
#ifdef Q_OS_WIN
    setShell(Shell::PowerShell);
#endif
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, &CopyAsDialog::refresh);
    connect(ui->shellCombo, &QComboBox::currentIndexChanged, this, &CopyAsDialog::refresh);
    connect(ui->copyButton, &QPushButton::clicked, this, &CopyAsDialog::copy);
    refresh();
}

CopyAsDialog::~CopyAsDialog() = default;

Snippets::Kind CopyAsDialog::kind() const
{
    return Snippets::Kind(ui->kindCombo->currentData().toInt());
}

void CopyAsDialog::setKind(Snippets::Kind kind)
{
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(int(kind)));
}

Shell CopyAsDialog::shell() const
{
    return Shell(ui->shellCombo->currentData().toInt());
}

void CopyAsDialog::setShell(Shell shell)
{
    ui->shellCombo->setCurrentIndex(ui->shellCombo->findData(int(shell)));
}

QString CopyAsDialog::text() const
{
    return ui->snippetText->toPlainText();
}

QStringList CopyAsDialog::omitted() const
{
    QStringList items;
    for (int i = 0; i < ui->omittedList->count(); ++i)
        items << ui->omittedList->item(i)->text();
    return items;
}

void CopyAsDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
    ui->statusLabel->setText(tr("Copied to the clipboard."));
}

void CopyAsDialog::refresh()
{
    const Snippets::Kind k = kind();
    const bool command = Snippets::isCommand(k);
    ui->shellCombo->setEnabled(command);
    ui->shellLabel->setEnabled(command);
    // A command is one line: wrapped on screen to be read whole; code keeps its lines.
    ui->snippetText->setLineWrapMode(command ? QPlainTextEdit::WidgetWidth
                                             : QPlainTextEdit::NoWrap);
    const Snippet snippet = Snippets::make(k, m_request, shell(), m_message);
    ui->snippetText->setPlainText(snippet.text);
    ui->omittedList->clear();
    ui->omittedList->addItems(snippet.omitted);
    ui->omittedList->setVisible(!snippet.omitted.isEmpty());
    ui->omittedLabel->setText(snippet.omitted.isEmpty()
                                  ? tr("Nothing of this connection is left out.")
                                  : tr("Left out, because this form cannot express it:"));
    ui->statusLabel->clear();
}
