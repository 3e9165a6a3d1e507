#include "connection/closedialog.h"

#include <QPushButton>

#include "connection/event.h"
#include "protocol/requestvalidator.h"

#include "ui_closedialog.h"

namespace {

// What close() may send; the testing mode adds codes a browser refuses, reserved and invalid
// ones included, to probe how a server answers them.
constexpr int BrowserPresets[] = {1000, 3000, 4000};
constexpr int TestingPresets[] = {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1011,
                                  1015, 3000, 4000, 0,    999,  2999, 5000, 65535};

} // namespace

CloseDialog::CloseDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CloseDialog>())
{
    ui->setupUi(this);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    ui->warningLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    fillPresets();
    connect(ui->presetCombo, &QComboBox::activated, this, [this] {
        const int code = ui->presetCombo->currentData().toInt();
        if (code >= 0)
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
    connect(ui->testingCheck, &QCheckBox::toggled, this, [this] {
        fillPresets();
        validate();
    });
    validate();
}

CloseDialog::~CloseDialog() = default;

void CloseDialog::fillPresets()
{
    const int code = ui->codeSpin->value();
    ui->presetCombo->clear();
    auto add = [this](int preset) {
        const QString meaning = EventNames::closeCodeMeaning(preset);
        QString text =
            tr("%1 — %2").arg(preset).arg(meaning.isEmpty() ? tr("unassigned") : meaning);
        if (!RequestValidator::checkClose(preset, {}).isEmpty())
            text = tr("%1 (a browser refuses it)").arg(text);
        ui->presetCombo->addItem(text, preset);
    };
    if (testingMode()) {
        for (int preset : TestingPresets)
            add(preset);
    } else {
        for (int preset : BrowserPresets)
            add(preset);
    }
    ui->presetCombo->addItem(tr("Custom code"), -1);
    const int preset = ui->presetCombo->findData(code);
    ui->presetCombo->setCurrentIndex(preset >= 0 ? preset : ui->presetCombo->count() - 1);
}

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

bool CloseDialog::testingMode() const
{
    return ui->testingCheck->isChecked();
}

void CloseDialog::setTestingMode(bool on)
{
    ui->testingCheck->setChecked(on);
}

void CloseDialog::setEngine(EngineKind engine)
{
    m_engine = engine;
    validate();
}

QString CloseDialog::validationError() const
{
    if (testingMode())
        return RequestValidator::checkCloseForTesting(code(), reason().toUtf8(), m_engine);
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
    // In testing mode the browser's objection is a warning: sending it anyway is the point.
    const QString broken = RequestValidator::checkClose(code(), reason());
    ui->warningLabel->setText(
        tr("Testing mode: a browser would refuse this Close, and Wsprobe sends it anyway. %1")
            .arg(broken));
    ui->warningLabel->setVisible(testingMode() && !broken.isEmpty() && error.isEmpty());
    QPushButton *ok = ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(testingMode() ? tr("Send this Close (testing)") : tr("Close connection"));
    ok->setEnabled(error.isEmpty());
}
