#include "connection/closedialog.h"

#include <QPushButton>

#include "connection/event.h"
#include "protocol/requestvalidator.h"

#include "ui_closedialog.h"

CloseDialog::CloseDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CloseDialog>())
{
    ui->setupUi(this);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Close connection"));
    for (int code : {1000, 1001, 3000, 4000}) {
        ui->presetCombo->addItem(tr("%1 — %2").arg(code).arg(EventNames::closeCodeMeaning(code)),
                                 code);
    }
    ui->presetCombo->addItem(tr("Custom code"), -1);
    connect(ui->presetCombo, &QComboBox::activated, this, [this] {
        const int code = ui->presetCombo->currentData().toInt();
        if (code > 0)
            ui->codeSpin->setValue(code);
        else
            ui->codeSpin->setFocus();
    });
    connect(ui->codeSpin, &QSpinBox::valueChanged, this, [this](int code) {
        const int preset = ui->presetCombo->findData(code);
        ui->presetCombo->setCurrentIndex(preset >= 0 ? preset : ui->presetCombo->count() - 1);
    });
    connect(ui->codeSpin, &QSpinBox::valueChanged, this, &CloseDialog::validate);
    connect(ui->reasonEdit, &QLineEdit::textChanged, this, &CloseDialog::validate);
    validate();
}

CloseDialog::~CloseDialog() = default;

int CloseDialog::code() const
{
    return ui->codeSpin->value();
}

QString CloseDialog::reason() const
{
    return ui->reasonEdit->text();
}

void CloseDialog::setCode(int code)
{
    ui->codeSpin->setValue(code);
}

void CloseDialog::setReason(const QString &reason)
{
    ui->reasonEdit->setText(reason);
}

QString CloseDialog::validationError() const
{
    return RequestValidator::checkClose(code(), reason());
}

void CloseDialog::validate()
{
    const qsizetype bytes = reason().toUtf8().size();
    ui->bytesLabel->setText(
        tr("%1 of %2 bytes (UTF-8)").arg(bytes).arg(RequestValidator::MaxCloseReasonBytes));
    const QString meaning = EventNames::closeCodeMeaning(code());
    ui->meaningLabel->setText(meaning.isEmpty() ? tr("Unassigned code") : meaning);
    const QString error = validationError();
    ui->errorLabel->setText(error);
    ui->errorLabel->setVisible(!error.isEmpty());
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}
