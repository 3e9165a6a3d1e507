#include "connection/connectionpanel.h"

#include <QCompleter>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringListModel>

#include "protocol/requestvalidator.h"

#include "ui_connectionpanel.h"

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConnectionPanel>())
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(ui->reconnectGroup, &QGroupBox::toggled, this,
            &ConnectionPanel::reconnectSettingsChanged);
    for (QSpinBox *spin : {ui->attemptsSpin, ui->firstDelaySpin, ui->maxDelaySpin})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionPanel::reconnectSettingsChanged);
    ui->urlCombo->lineEdit()->setPlaceholderText(tr("ws://127.0.0.1:8080/echo"));
    ui->urlCombo->lineEdit()->setClearButtonEnabled(true);
    ui->urlCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    ui->urlCombo->completer()->setFilterMode(Qt::MatchContains);
    ui->urlCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui->headerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    ui->headerTable->setColumnWidth(0, 130);
    ui->engineCombo->addItem(tr("Wire (Wsprobe)"), int(EngineKind::Wire));
    ui->engineCombo->addItem(tr("Qt WebSockets"), int(EngineKind::QtWebSockets));
    const auto browse = [this](QToolButton *button, QLineEdit *edit, const QString &title,
                               const QString &filter) {
        connect(button, &QToolButton::clicked, this, [this, edit, title, filter] {
            const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
            if (!file.isEmpty())
                edit->setText(file);
        });
    };
    const QString pem = tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)");
    browse(ui->caFileBrowse, ui->caFileEdit, tr("Choose CA certificates"), pem);
    browse(ui->certFileBrowse, ui->certFileEdit, tr("Choose a client certificate"),
           tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    browse(ui->keyFileBrowse, ui->keyFileEdit, tr("Choose the private key"),
           tr("Keys (*.pem *.key);;All files (*)"));
    // Options the QWebSocket engine cannot honour are greyed out while it is chosen, and a note
    // says what it cannot show.
    connect(ui->engineCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionPanel::updateButtons);

    connect(ui->connectButton, &QPushButton::clicked, this, [this] {
        if (m_state == ReadyState::Closed)
            emit connectRequested();
        else
            emit disconnectRequested();
    });
    connect(ui->urlCombo->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_state == ReadyState::Closed)
            emit connectRequested();
    });
    connect(ui->urlCombo, &QComboBox::editTextChanged, this, &ConnectionPanel::clearError);
    connect(ui->addProtocolButton, &QToolButton::clicked, this, &ConnectionPanel::addProtocol);
    connect(ui->protocolEdit, &QLineEdit::returnPressed, this, &ConnectionPanel::addProtocol);
    connect(ui->removeProtocolButton, &QToolButton::clicked, this, [this] {
        delete ui->protocolList->currentItem();
        updateButtons();
    });
    connect(ui->upProtocolButton, &QToolButton::clicked, this, [this] { moveProtocol(-1); });
    connect(ui->downProtocolButton, &QToolButton::clicked, this, [this] { moveProtocol(+1); });
    connect(ui->protocolList, &QListWidget::currentRowChanged, this,
            &ConnectionPanel::updateButtons);
    connect(ui->addHeaderButton, &QToolButton::clicked, this, [this] {
        const int row = ui->headerTable->rowCount();
        ui->headerTable->insertRow(row);
        ui->headerTable->setCurrentCell(row, 0);
        ui->headerTable->editItem(ui->headerTable->item(row, 0));
        updateButtons();
    });
    connect(ui->removeHeaderButton, &QToolButton::clicked, this, [this] {
        ui->headerTable->removeRow(ui->headerTable->currentRow());
        updateButtons();
    });
    connect(ui->headerTable, &QTableWidget::currentCellChanged, this,
            &ConnectionPanel::updateButtons);
    updateButtons();
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::addProtocol()
{
    const QString token = ui->protocolEdit->text().trimmed();
    if (token.isEmpty())
        return;
    QStringList current;
    for (int i = 0; i < ui->protocolList->count(); ++i)
        current << ui->protocolList->item(i)->text();
    QString error = RequestValidator::checkSubprotocol(token);
    if (error.isEmpty() && current.contains(token))
        error = tr("The subprotocol \"%1\" is already in the list.").arg(token);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    ui->protocolList->addItem(token);
    ui->protocolEdit->clear();
    clearError();
    updateButtons();
}

void ConnectionPanel::moveProtocol(int delta)
{
    const int row = ui->protocolList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= ui->protocolList->count())
        return;
    QListWidgetItem *item = ui->protocolList->takeItem(row);
    ui->protocolList->insertItem(target, item);
    ui->protocolList->setCurrentRow(target);
}

void ConnectionPanel::updateButtons()
{
    const bool editable = m_state == ReadyState::Closed;
    const int row = ui->protocolList->currentRow();
    ui->removeProtocolButton->setEnabled(editable && row >= 0);
    ui->upProtocolButton->setEnabled(editable && row > 0);
    ui->downProtocolButton->setEnabled(editable && row >= 0 && row < ui->protocolList->count() - 1);
    ui->removeHeaderButton->setEnabled(editable && ui->headerTable->currentRow() >= 0);
    const bool wire = EngineKind(ui->engineCombo->currentData().toInt()) == EngineKind::Wire;
    ui->engineCombo->setEnabled(editable);
    ui->engineNoteLabel->setVisible(!wire);
    ui->maxMessageSpin->setEnabled(editable);
    ui->autoPongCheck->setEnabled(editable && wire);
    ui->redirectsCheck->setEnabled(editable && wire);
    ui->framesCheck->setEnabled(editable && wire);
    ui->deflateCheck->setEnabled(editable && wire);
    ui->tlsGroup->setEnabled(editable);
    ui->proxyEdit->setEnabled(editable);
    ui->keepAliveSpin->setEnabled(editable);
    ui->frameSizeSpin->setEnabled(editable);
}

bool ConnectionPanel::reconnectEnabled() const
{
    return ui->reconnectGroup->isChecked();
}

Backoff ConnectionPanel::backoff() const
{
    Backoff b;
    b.maxAttempts = ui->attemptsSpin->value();
    b.initialMs = ui->firstDelaySpin->value();
    b.maxMs = std::max(b.initialMs, ui->maxDelaySpin->value() * 1000);
    return b;
}

void ConnectionPanel::setReconnect(bool enabled, const Backoff &backoff)
{
    ui->reconnectGroup->setChecked(enabled);
    ui->attemptsSpin->setValue(backoff.maxAttempts);
    ui->firstDelaySpin->setValue(backoff.initialMs);
    ui->maxDelaySpin->setValue(std::max(1, backoff.maxMs / 1000));
}

ConnectionRequest ConnectionPanel::request() const
{
    ConnectionRequest r;
    r.url = QUrl(urlText(), QUrl::StrictMode);
    for (int i = 0; i < ui->protocolList->count(); ++i)
        r.subprotocols << ui->protocolList->item(i)->text();
    for (int row = 0; row < ui->headerTable->rowCount(); ++row) {
        const QTableWidgetItem *name = ui->headerTable->item(row, 0);
        const QTableWidgetItem *value = ui->headerTable->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text().trimmed() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue; // a row the user added and left empty
        r.headers.append({n.toUtf8(), v.toUtf8()});
    }
    r.origin = ui->originEdit->text().trimmed();
    r.engine = EngineKind(ui->engineCombo->currentData().toInt());
    r.maxMessageSize = qint64(ui->maxMessageSpin->value()) * 1024 * 1024;
    // A frame larger than the largest message could never be accepted anyway.
    r.maxFrameSize = std::min(qint64(ui->maxFrameSpin->value()) * 1024, r.maxMessageSize);
    r.framePayloadBytes = ui->frameBytesSpin->value();
    r.autoPong = ui->autoPongCheck->isChecked();
    r.followRedirects = ui->redirectsCheck->isChecked();
    r.reportFrames = ui->framesCheck->isChecked();
    r.deflate = ui->deflateCheck->isChecked();
    r.caFile = ui->caFileEdit->text().trimmed();
    r.certFile = ui->certFileEdit->text().trimmed();
    r.keyFile = ui->keyFileEdit->text().trimmed();
    r.keyPassphrase = ui->passphraseEdit->text();
    r.ignoreTlsErrors = ui->ignoreTlsCheck->isChecked();
    r.proxy = ui->proxyEdit->text().trimmed();
    r.keepAliveMs = ui->keepAliveSpin->value() * 1000;
    r.outgoingFrameSize = ui->frameSizeSpin->value();
    return r;
}

void ConnectionPanel::setRequest(const ConnectionRequest &request)
{
    setUrlText(request.url.toString());
    ui->protocolList->clear();
    ui->protocolList->addItems(request.subprotocols);
    ui->headerTable->setRowCount(0);
    for (const HeaderField &h : request.headers) {
        const int row = ui->headerTable->rowCount();
        ui->headerTable->insertRow(row);
        ui->headerTable->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(h.name)));
        ui->headerTable->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.value)));
    }
    ui->originEdit->setText(request.origin);
    ui->engineCombo->setCurrentIndex(ui->engineCombo->findData(int(request.engine)));
    ui->maxMessageSpin->setValue(int(std::clamp<qint64>(request.maxMessageSize >> 20, 1, 2047)));
    ui->maxFrameSpin->setValue(int(std::clamp<qint64>(request.maxFrameSize >> 10, 1, 2097151)));
    ui->frameBytesSpin->setValue(std::clamp(request.framePayloadBytes, -1, 1048576));
    ui->autoPongCheck->setChecked(request.autoPong);
    ui->redirectsCheck->setChecked(request.followRedirects);
    ui->framesCheck->setChecked(request.reportFrames);
    ui->deflateCheck->setChecked(request.deflate);
    ui->caFileEdit->setText(request.caFile);
    ui->certFileEdit->setText(request.certFile);
    ui->keyFileEdit->setText(request.keyFile);
    ui->passphraseEdit->setText(request.keyPassphrase);
    ui->ignoreTlsCheck->setChecked(request.ignoreTlsErrors);
    ui->proxyEdit->setText(request.proxy);
    ui->keepAliveSpin->setValue(request.keepAliveMs / 1000);
    ui->frameSizeSpin->setValue(int(std::min<qint64>(request.outgoingFrameSize, 16 << 20)));
    updateButtons();
}

QString ConnectionPanel::urlText() const
{
    return ui->urlCombo->currentText().trimmed();
}

void ConnectionPanel::setUrlText(const QString &url)
{
    ui->urlCombo->setEditText(url);
}

QStringList ConnectionPanel::recentUrls() const
{
    QStringList urls;
    for (int i = 0; i < ui->urlCombo->count(); ++i)
        urls << ui->urlCombo->itemText(i);
    return urls;
}

void ConnectionPanel::setRecentUrls(const QStringList &urls)
{
    const QString current = urlText();
    ui->urlCombo->clear();
    ui->urlCombo->addItems(urls.mid(0, MaxRecentUrls));
    ui->urlCombo->setEditText(current);
}

void ConnectionPanel::rememberUrl(const QString &url)
{
    QStringList urls = recentUrls();
    urls.removeAll(url);
    urls.prepend(url);
    setRecentUrls(urls);
}

void ConnectionPanel::focusUrl()
{
    ui->urlCombo->setFocus(Qt::ShortcutFocusReason);
    ui->urlCombo->lineEdit()->selectAll();
}

void ConnectionPanel::setReadyState(ReadyState state)
{
    m_state = state;
    const bool editable = state == ReadyState::Closed;
    ui->connectButton->setText(state == ReadyState::Closed       ? tr("&Connect")
                               : state == ReadyState::Connecting ? tr("&Cancel")
                                                                 : tr("&Disconnect"));
    ui->connectButton->setEnabled(state != ReadyState::Closing);
    ui->urlCombo->setEnabled(editable);
    ui->protocolEdit->setEnabled(editable);
    ui->addProtocolButton->setEnabled(editable);
    ui->protocolList->setEnabled(editable);
    ui->headerTable->setEnabled(editable);
    ui->addHeaderButton->setEnabled(editable);
    ui->originEdit->setEnabled(editable);
    updateButtons();
}

void ConnectionPanel::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void ConnectionPanel::clearError()
{
    ui->errorLabel->clear();
    ui->errorLabel->hide();
}
