#include "connection/autheditor.h"

#include "ui_autheditor.h"

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AuthEditor>())
{
    ui->setupUi(this);
    // In the order of the stack's pages.
    ui->authTypeCombo->addItem(tr("None"), int(RequestAuth::Kind::None));
    ui->authTypeCombo->addItem(tr("Bearer token"), int(RequestAuth::Kind::Bearer));
    ui->authTypeCombo->addItem(tr("Basic"), int(RequestAuth::Kind::Basic));
    ui->authTypeCombo->addItem(tr("API key"), int(RequestAuth::Kind::ApiKeyHeader));
    ui->keyPlacementCombo->addItem(tr("Header"), int(RequestAuth::Kind::ApiKeyHeader));
    ui->keyPlacementCombo->addItem(tr("Query parameter"), int(RequestAuth::Kind::ApiKeyQuery));
    connect(ui->authTypeCombo, &QComboBox::currentIndexChanged, this, &AuthEditor::onChanged);
    connect(ui->keyPlacementCombo, &QComboBox::currentIndexChanged, this, &AuthEditor::onChanged);
    for (QLineEdit *edit :
         {ui->tokenEdit, ui->userEdit, ui->passwordEdit, ui->keyNameEdit, ui->keyValueEdit})
        connect(edit, &QLineEdit::textChanged, this, &AuthEditor::onChanged);
    onChanged();
}

AuthEditor::~AuthEditor() = default;

void AuthEditor::onChanged()
{
    ui->authStack->setCurrentIndex(ui->authTypeCombo->currentIndex());
    const RequestAuth a = auth();
    ui->authNoteLabel->setText(
        a.kind == RequestAuth::Kind::None
            ? tr("Adds a credential to the request when it connects. Exports replace it with "
                 "<redacted>.")
            : a.summary() + QLatin1Char(' ')
                  + tr("Saved sessions and HAR files replace it with <redacted>."));
    emit authChanged();
}

QString AuthEditor::typeName() const
{
    return ui->authTypeCombo->currentText();
}

RequestAuth AuthEditor::auth() const
{
    RequestAuth a;
    a.kind = RequestAuth::Kind(ui->authTypeCombo->currentData().toInt());
    switch (a.kind) {
    case RequestAuth::Kind::None:
        break;
    case RequestAuth::Kind::Bearer:
        a.token = ui->tokenEdit->text();
        break;
    case RequestAuth::Kind::Basic:
        a.user = ui->userEdit->text();
        a.password = ui->passwordEdit->text();
        break;
    case RequestAuth::Kind::ApiKeyHeader:
    case RequestAuth::Kind::ApiKeyQuery:
        a.kind = RequestAuth::Kind(ui->keyPlacementCombo->currentData().toInt());
        a.keyName = ui->keyNameEdit->text();
        a.keyValue = ui->keyValueEdit->text();
        break;
    }
    return a;
}

void AuthEditor::setAuth(const RequestAuth &a)
{
    const bool key =
        a.kind == RequestAuth::Kind::ApiKeyHeader || a.kind == RequestAuth::Kind::ApiKeyQuery;
    if (key)
        ui->keyPlacementCombo->setCurrentIndex(ui->keyPlacementCombo->findData(int(a.kind)));
    ui->authTypeCombo->setCurrentIndex(
        ui->authTypeCombo->findData(int(key ? RequestAuth::Kind::ApiKeyHeader : a.kind)));
    ui->tokenEdit->setText(a.token);
    ui->userEdit->setText(a.user);
    ui->passwordEdit->setText(a.password);
    ui->keyNameEdit->setText(a.keyName);
    ui->keyValueEdit->setText(a.keyValue);
}
