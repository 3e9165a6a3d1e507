#include "connection/connectionpanel.h"

#include <QCompleter>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>

#include "compose/variables.h"
#include "connection/autheditor.h"
#include "connection/headertext.h"
#include "connection/queryparameters.h"
#include "protocol/requestvalidator.h"
#include "protocol/urltext.h"

#include "ui_connectionpanel.h"

namespace {

/// Role of a parameter row's name item: the pair had "=" (a bare flag has none).
constexpr int HasValueRole = Qt::UserRole + 1;

/// At least four rows of a table or list can be seen, and never less than 150 px.
int fourRows(int rowHeight, int header)
{
    return std::max(150, header + 4 * rowHeight + 4);
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConnectionPanel>())
{
    ui->setupUi(this);
    // Three lines are kept for messages whether or not one is shown.
    ui->messageLabel->setMaximumLines(3);
    ui->messageLabel->setReserveSpace(true);
    connect(ui->reconnectGroup, &QGroupBox::toggled, this,
            &ConnectionPanel::reconnectSettingsChanged);
    for (QSpinBox *spin : {ui->attemptsSpin, ui->firstDelaySpin, ui->maxDelaySpin})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionPanel::reconnectSettingsChanged);
    ui->urlCombo->lineEdit()->setPlaceholderText(tr("ws://127.0.0.1:8080/echo"));
    ui->urlCombo->lineEdit()->setClearButtonEnabled(true);
    ui->urlCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    ui->urlCombo->completer()->setFilterMode(Qt::MatchContains);
    ui->urlCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
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
    connect(ui->urlCombo, &QComboBox::editTextChanged, this, &ConnectionPanel::onUrlEdited);

    const int protocolRows = fourRows(ui->protocolList->fontMetrics().height() + 8, 0);
    ui->protocolList->setMinimumHeight(protocolRows);
    connect(ui->addProtocolButton, &QToolButton::clicked, this, &ConnectionPanel::addProtocol);
    connect(ui->protocolEdit, &QLineEdit::returnPressed, this, &ConnectionPanel::addProtocol);
    connect(ui->protocolEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The typed name was refused: the message goes once the name is one that would pass.
        if (m_source != Source::ProtocolEntry)
            return;
        const QString token = text.trimmed();
        if (token.isEmpty() || RequestValidator::checkSubprotocol(token).isEmpty())
            clearError();
    });
    connect(ui->removeProtocolButton, &QToolButton::clicked, this, [this] {
        delete ui->protocolList->currentItem();
        updateButtons();
        onRequestEdited();
    });
    connect(ui->upProtocolButton, &QToolButton::clicked, this, [this] { moveProtocol(-1); });
    connect(ui->downProtocolButton, &QToolButton::clicked, this, [this] { moveProtocol(+1); });
    connect(ui->protocolList, &QListWidget::currentRowChanged, this,
            &ConnectionPanel::updateButtons);
    for (QLineEdit *edit : {ui->originEdit, ui->proxyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPanel::onRequestEdited);

    setupParams();
    setupHeaders();
    connect(ui->authEditor, &AuthEditor::authChanged, this, &ConnectionPanel::onRequestEdited);
    updateButtons();
    updateTabTitles();
}

ConnectionPanel::~ConnectionPanel()
{
    // Children outlive this part of the object: an open cell editor commits as it goes, and
    // its signal must not reach a panel that is half gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void ConnectionPanel::setupParams()
{
    QTableWidget *table = ui->paramTable;
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->setColumnWidth(0, 110);
    table->setMinimumHeight(fourRows(table->verticalHeader()->defaultSectionSize(),
                                     table->horizontalHeader()->sizeHint().height()));
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_syncing)
            return;
        if (item->column() == 1 && !item->text().isEmpty()) {
            if (QTableWidgetItem *name = ui->paramTable->item(item->row(), 0))
                name->setData(HasValueRole, true);
        }
        syncUrlFromParams();
    });
    connect(ui->addParamButton, &QToolButton::clicked, this, [this] {
        ui->requestTabs->setCurrentWidget(ui->paramsTab);
        startEditing(ui->paramTable);
    });
    connect(ui->removeParamButton, &QToolButton::clicked, this, [this] {
        ui->paramTable->removeRow(ui->paramTable->currentRow());
        syncUrlFromParams();
        updateButtons();
    });
    connect(table, &QTableWidget::currentCellChanged, this, &ConnectionPanel::updateButtons);
}

void ConnectionPanel::setupHeaders()
{
    QTableWidget *table = ui->headerTable;
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->setColumnWidth(0, 130);
    ui->headerStack->setMinimumHeight(fourRows(table->verticalHeader()->defaultSectionSize(),
                                               table->horizontalHeader()->sizeHint().height()));
    connect(ui->addHeaderButton, &QToolButton::clicked, this, [this] {
        ui->requestTabs->setCurrentWidget(ui->headersTab);
        if (ui->bulkEditButton->isChecked()) {
            // In the text, a new header is a new line.
            QPlainTextEdit *edit = ui->headerTextEdit;
            edit->moveCursor(QTextCursor::End);
            if (!edit->toPlainText().isEmpty() && !edit->toPlainText().endsWith(QLatin1Char('\n')))
                edit->insertPlainText(QStringLiteral("\n"));
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
        startEditing(ui->headerTable);
    });
    connect(ui->removeHeaderButton, &QToolButton::clicked, this, [this] {
        ui->headerTable->removeRow(ui->headerTable->currentRow());
        updateButtons();
        onRequestEdited();
    });
    connect(table, &QTableWidget::currentCellChanged, this, &ConnectionPanel::updateButtons);
    connect(table, &QTableWidget::itemChanged, this, &ConnectionPanel::onRequestEdited);
    connect(ui->bulkEditButton, &QToolButton::toggled, this, [this](bool text) {
        if (text) {
            ui->headerTextEdit->setPlainText(HeaderText::toText(tableHeaders()));
            ui->headerStack->setCurrentWidget(ui->headerTextEdit);
            ui->headerTextEdit->setFocus(Qt::OtherFocusReason);
        } else if (!applyHeaderText()) {
            const QSignalBlocker block(ui->bulkEditButton);
            ui->bulkEditButton->setChecked(true); // stay on the text until it reads
        }
        updateButtons();
    });
    connect(ui->headerTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_source == Source::HeaderText) {
            HeaderList headers;
            QString error;
            if (HeaderText::fromText(ui->headerTextEdit->toPlainText(), &headers, &error))
                clearError();
        }
        onRequestEdited();
    });
}

void ConnectionPanel::startEditing(QTableWidget *table)
{
    // Both cells exist before the edit starts: editItem() on a missing item does nothing, and
    // the typed text would then go wherever the focus happened to be.
    const int row = table->rowCount();
    {
        const QSignalBlocker block(table);
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->item(row, 0)->setData(HasValueRole, true);
    }
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
    updateButtons();
}

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
        showMessage(error, Source::ProtocolEntry);
        return;
    }
    ui->protocolList->addItem(token);
    ui->protocolEdit->clear();
    if (m_source == Source::ProtocolEntry)
        clearError();
    updateButtons();
    onRequestEdited();
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
    const bool text = ui->bulkEditButton->isChecked();
    ui->removeHeaderButton->setEnabled(editable && !text && ui->headerTable->currentRow() >= 0);
    ui->removeParamButton->setEnabled(ui->paramTable->currentRow() >= 0);
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

void ConnectionPanel::updateTabTitles()
{
    const int params = int(QueryParameters::fromUrlText(ui->urlCombo->currentText()).size());
    ui->requestTabs->setTabText(ui->requestTabs->indexOf(ui->paramsTab),
                                params ? tr("Params (%1)").arg(params) : tr("Params"));
    const int headersTab = ui->requestTabs->indexOf(ui->headersTab);
    const QString unread = inputError();
    const int headers = int(tableHeaders().size());
    // While the text does not read, the count would be the table's and the tab would say
    // nothing is wrong.
    ui->requestTabs->setTabText(headersTab, !unread.isEmpty() ? tr("Headers (!)")
                                            : headers         ? tr("Headers (%1)").arg(headers)
                                                              : tr("Headers"));
    ui->requestTabs->setTabToolTip(headersTab, unread);
    const bool on = ui->authEditor->auth().kind != RequestAuth::Kind::None;
    ui->requestTabs->setTabText(ui->requestTabs->indexOf(ui->authTab),
                                on ? tr("Auth: %1").arg(ui->authEditor->typeName()) : tr("Auth"));
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

HeaderList ConnectionPanel::tableHeaders() const
{
    HeaderList headers;
    // The text as it reads now; while a line does not, the table's last good state.
    QString error;
    if (ui->headerStack->currentWidget() == ui->headerTextEdit
        && HeaderText::fromText(ui->headerTextEdit->toPlainText(), &headers, &error))
        return headers;
    headers.clear();
    for (int row = 0; row < ui->headerTable->rowCount(); ++row) {
        const QString n = cellText(ui->headerTable, row, 0).trimmed();
        const QString v = cellText(ui->headerTable, row, 1).trimmed();
        if (n.isEmpty() && v.isEmpty())
            continue; // a row the user added and left empty
        headers.append({n.toUtf8(), v.toUtf8()});
    }
    return headers;
}

void ConnectionPanel::setTableHeaders(const HeaderList &headers)
{
    QTableWidget *table = ui->headerTable;
    {
        const QSignalBlocker block(table);
        table->setRowCount(0);
        for (const HeaderField &h : headers) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(h.name)));
            table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.value)));
        }
    }
    if (ui->bulkEditButton->isChecked())
        ui->headerTextEdit->setPlainText(HeaderText::toText(headers));
    updateTabTitles();
}

bool ConnectionPanel::applyHeaderText()
{
    HeaderList headers;
    QString error;
    if (!HeaderText::fromText(ui->headerTextEdit->toPlainText(), &headers, &error)) {
        showMessage(error, Source::HeaderText);
        return false;
    }
    {
        const QSignalBlocker block(ui->bulkEditButton);
        ui->bulkEditButton->setChecked(false);
    }
    setTableHeaders(headers);
    ui->headerStack->setCurrentWidget(ui->headerTable);
    if (m_source == Source::HeaderText)
        clearError();
    return true;
}

QString ConnectionPanel::inputError() const
{
    if (ui->headerStack->currentWidget() != ui->headerTextEdit)
        return {};
    HeaderList headers;
    QString error;
    return HeaderText::fromText(ui->headerTextEdit->toPlainText(), &headers, &error) ? QString()
                                                                                     : error;
}

ConnectionRequest ConnectionPanel::request() const
{
    ConnectionRequest r;
    r.url = UrlText::toUrl(urlText());
    for (int i = 0; i < ui->protocolList->count(); ++i)
        r.subprotocols << ui->protocolList->item(i)->text();
    r.headers = tableHeaders();
    ui->authEditor->auth().applyTo(&r);
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
    // The credential goes back to the Auth tab, the rest to where it was typed.
    ConnectionRequest typed = request;
    const RequestAuth credential = RequestAuth::takeFrom(&typed);
    setUrlText(typed.url.toString());
    ui->protocolList->clear();
    ui->protocolList->addItems(typed.subprotocols);
    setTableHeaders(typed.headers);
    ui->authEditor->setAuth(credential);
    ui->originEdit->setText(typed.origin);
    ui->engineCombo->setCurrentIndex(ui->engineCombo->findData(int(typed.engine)));
    ui->maxMessageSpin->setValue(int(std::clamp<qint64>(typed.maxMessageSize >> 20, 1, 2047)));
    ui->maxFrameSpin->setValue(int(std::clamp<qint64>(typed.maxFrameSize >> 10, 1, 2097151)));
    ui->frameBytesSpin->setValue(std::clamp(typed.framePayloadBytes, -1, 1048576));
    ui->autoPongCheck->setChecked(typed.autoPong);
    ui->redirectsCheck->setChecked(typed.followRedirects);
    ui->framesCheck->setChecked(typed.reportFrames);
    ui->deflateCheck->setChecked(typed.deflate);
    ui->caFileEdit->setText(typed.caFile);
    ui->certFileEdit->setText(typed.certFile);
    ui->keyFileEdit->setText(typed.keyFile);
    ui->passphraseEdit->setText(typed.keyPassphrase);
    ui->ignoreTlsCheck->setChecked(typed.ignoreTlsErrors);
    ui->proxyEdit->setText(typed.proxy);
    ui->keepAliveSpin->setValue(typed.keepAliveMs / 1000);
    ui->frameSizeSpin->setValue(int(std::min<qint64>(typed.outgoingFrameSize, 16 << 20)));
    updateButtons();
}

void ConnectionPanel::setUpstreamOnly()
{
    ui->connectButton->hide();
    ui->reconnectGroup->hide();
    ui->optionsLayout->setRowVisible(ui->engineLayout, false);
    const QList<QWidget *> unused = {ui->keepAliveSpin, ui->frameSizeSpin, ui->autoPongCheck};
    for (QWidget *option : unused)
        ui->optionsLayout->setRowVisible(option, false);
}

QString ConnectionPanel::urlText() const
{
    return ui->urlCombo->currentText().trimmed();
}

void ConnectionPanel::setUrlText(const QString &url)
{
    ui->urlCombo->setEditText(url);
}

void ConnectionPanel::showUrlAsSent()
{
    const QString typed = urlText();
    if (Variables::hasPlaceholders(typed))
        return; // encoding would break the placeholder's braces in a path
    const QString sent = UrlText::browserEncoded(typed);
    if (sent != typed)
        setUrlText(sent);
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
    const QString current = ui->urlCombo->currentText();
    const QSignalBlocker block(ui->urlCombo); // the text stays what it was
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
    if (m_state == ReadyState::Closed && state != ReadyState::Closed)
        m_activeUrl = urlText();
    m_state = state;
    const bool editable = state == ReadyState::Closed;
    if (editable) {
        m_activeUrl.clear();
        if (m_source == Source::Note)
            clearError();
    }
    ui->connectButton->setText(state == ReadyState::Closed       ? tr("&Connect")
                               : state == ReadyState::Connecting ? tr("&Cancel")
                                                                 : tr("&Disconnect"));
    ui->connectButton->setEnabled(state != ReadyState::Closing);
    // The URL and its parameters stay editable: Ctrl+L must put the keyboard somewhere
    // honest, and an edit waits for the next connection (onUrlEdited says so).
    ui->protocolEdit->setEnabled(editable);
    ui->addProtocolButton->setEnabled(editable);
    ui->protocolList->setEnabled(editable);
    ui->headerStack->setEnabled(editable);
    ui->addHeaderButton->setEnabled(editable);
    ui->bulkEditButton->setEnabled(editable);
    ui->authTab->setEnabled(editable);
    ui->originEdit->setEnabled(editable);
    updateButtons();
}

void ConnectionPanel::showMessage(const QString &text, Source source)
{
    m_source = text.isEmpty() ? Source::None : source;
    QPalette palette = this->palette();
    if (source != Source::Note)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    ui->messageLabel->setPalette(palette);
    ui->messageLabel->setText(text);
    ui->messageLabel->setAccessibleName(source == Source::Note ? tr("Connection note")
                                                               : tr("Connection error"));
}

void ConnectionPanel::showError(const QString &message)
{
    // An error the request's own check gives goes away when the request is put right, one
    // about the header text when the text reads.
    if (!message.isEmpty() && message == inputError()) {
        ui->requestTabs->setCurrentWidget(ui->headersTab);
        showMessage(message, Source::HeaderText);
        return;
    }
    showMessage(message, message == RequestValidator::checkRequest(request()) ? Source::Request
                                                                              : Source::Other);
}

void ConnectionPanel::clearError()
{
    showMessage(QString(), Source::None);
}

QString ConnectionPanel::message() const
{
    return ui->messageLabel->text();
}

void ConnectionPanel::onRequestEdited()
{
    updateTabTitles();
    if (m_source != Source::Request)
        return;
    const QString error = RequestValidator::checkRequest(request());
    if (error.isEmpty())
        clearError();
    else if (error != message())
        showMessage(error, Source::Request);
}

void ConnectionPanel::onUrlEdited()
{
    if (!m_syncing)
        syncParamsFromUrl();
    // A connection's failure may well be the URL's: it goes when the URL changes.
    if (m_source == Source::Other)
        clearError();
    onRequestEdited();
    if (m_state == ReadyState::Closed || hasError())
        return;
    if (urlText() != m_activeUrl)
        showMessage(tr("Still connected to %1. The edited URL is used when you reconnect (F5) or "
                       "connect again.")
                        .arg(m_activeUrl),
                    Source::Note);
    else if (m_source == Source::Note)
        clearError();
}

void ConnectionPanel::syncParamsFromUrl()
{
    const QueryParameters::List params = QueryParameters::fromUrlText(ui->urlCombo->currentText());
    QTableWidget *table = ui->paramTable;
    m_syncing = true;
    table->setRowCount(int(params.size()));
    for (int row = 0; row < int(params.size()); ++row) {
        auto *name = new QTableWidgetItem(params[row].name);
        name->setData(HasValueRole, params[row].hasValue);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(params[row].value));
    }
    m_syncing = false;
    updateButtons();
}

void ConnectionPanel::syncUrlFromParams()
{
    QueryParameters::List params;
    const QTableWidget *table = ui->paramTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QString value = cellText(table, row, 1);
        params.append({cellText(table, row, 0), value,
                       !value.isEmpty() || !name || name->data(HasValueRole).toBool()});
    }
    m_syncing = true;
    setUrlText(QueryParameters::withParameters(ui->urlCombo->currentText(), params));
    m_syncing = false;
}
