#include "sendbox.h"

#include "hexcodec.h"
#include "payloadeditor.h"

#include <QFontDatabase>
#include <QLocale>

#include "ui_sendbox.h"

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SendBox>())
{
    ui->setupUi(this);
    ui->modeCombo->addItem(tr("Text"), TextMode);
    ui->modeCombo->addItem(tr("Binary (hex)"), HexMode);
    ui->editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    ui->heldBar->hide();
    ui->sendErrorLabel->hide();
    ui->sendErrorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    connect(ui->sendButton, &QPushButton::clicked, this, &SendBox::submit);
    connect(ui->editor, &PayloadEditor::submitRequested, this, &SendBox::submit);
    connect(ui->editor, &PayloadEditor::heldTextChanged, this, &SendBox::onHeldTextChanged);
    connect(ui->discardHeldButton, &QPushButton::clicked, ui->editor,
            &PayloadEditor::discardHeldText);
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &SendBox::updateState);
    connect(ui->editor, &QPlainTextEdit::textChanged, this, [this] { ui->sendErrorLabel->hide(); });
    updateState();
}

SendBox::~SendBox() = default;

PayloadEditor *SendBox::editor() const
{
    return ui->editor;
}

void SendBox::setOpen(bool open)
{
    m_open = open;
    updateState();
}

SendBox::Mode SendBox::mode() const
{
    return Mode(ui->modeCombo->currentData().toInt());
}

void SendBox::setMode(Mode mode)
{
    ui->modeCombo->setCurrentIndex(ui->modeCombo->findData(mode));
}

void SendBox::updateState()
{
    ui->sendButton->setEnabled(m_open);
    if (!m_open)
        ui->hintLabel->setText(tr("Connect to send messages."));
    else if (mode() == HexMode)
        ui->hintLabel->setText(tr("Hex bytes, e.g. 01 02 ff · Ctrl+Enter sends"));
    else
        ui->hintLabel->setText(tr("UTF-8 text · Ctrl+Enter sends"));
    ui->editor->setPlaceholderText(mode() == HexMode ? tr("48 65 6c 6c 6f")
                                                     : tr("Type a message…"));
}

void SendBox::onHeldTextChanged(qsizetype bytes)
{
    ui->heldBar->setVisible(bytes > 0);
    if (bytes > 0) {
        ui->heldLabel->setText(
            tr("A %1 paste is ready to send. It is held outside the editor, which would be "
               "slow to show it.")
                .arg(QLocale().formattedDataSize(bytes)));
    }
}

void SendBox::showError(const QString &message)
{
    ui->sendErrorLabel->setText(message);
    ui->sendErrorLabel->setVisible(!message.isEmpty());
}

bool SendBox::submit()
{
    if (!m_open) {
        showError(tr("Not connected: connect before sending."));
        return false;
    }
    const QString text = ui->editor->payloadText();
    if (mode() == HexMode) {
        QByteArray bytes;
        QString error;
        if (!HexCodec::parse(text, &bytes, &error)) {
            showError(error);
            return false;
        }
        showError(QString());
        emit sendBinary(bytes);
        return true;
    }
    showError(QString());
    emit sendText(text);
    return true;
}
