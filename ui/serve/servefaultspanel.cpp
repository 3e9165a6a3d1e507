#include "serve/servefaultspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "connection/headertext.h"
#include "log/scrollingpage.h"

ServeFaultsPanel::ServeFaultsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *warning = new QLabel(tr("Testing feature: the server breaks the protocol on purpose, "
                                  "to see how a client copes."),
                               this);
    warning->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildNewClientFaults(), 1);
    columns->addWidget(buildOneOff(), 1);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(warning);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    // Not scrolling, it made the window's minimum height 927 px with a Serve tab open.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollingPage(content, this));
    updateParams();
    setHaveTarget(false);
}

QWidget *ServeFaultsPanel::buildNewClientFaults()
{
    auto *box = new QGroupBox(tr("For clients that connect from now on"), this);
    m_refuse = new QCheckBox(tr("Refuse the upgrade with status"), box);
    m_status = new QSpinBox(box);
    m_status->setRange(200, 599);
    m_status->setValue(503);
    m_status->setAccessibleName(tr("Refusal status"));
    m_headers = new QPlainTextEdit(box);
    m_headers->setPlaceholderText(tr("Retry-After: 30"));
    m_headers->setAccessibleName(tr("Refusal headers, one \"Name: value\" a line"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(fontMetrics().height() * 3 + 10);
    m_body = new QLineEdit(box);
    m_body->setPlaceholderText(tr("the body of the refusal"));
    m_body->setAccessibleName(tr("Refusal body"));
    m_upgradeDelay = new QSpinBox(box);
    m_upgradeDelay->setRange(0, 3600 * 1000);
    m_upgradeDelay->setSuffix(tr(" ms"));
    m_upgradeDelay->setSingleStep(100);
    m_neverFinish = new QCheckBox(tr("Never finish the handshake"), box);
    m_ignorePings = new QCheckBox(tr("Stop answering pings"), box);
    m_stopReading = new QCheckBox(tr("Stop reading (the client's writes back up)"), box);
    m_messageDelay = new QSpinBox(box);
    m_messageDelay->setRange(0, 3600 * 1000);
    m_messageDelay->setSuffix(tr(" ms"));
    m_messageDelay->setSingleStep(100);
    m_dropEvery = new QSpinBox(box);
    m_dropEvery->setRange(0, 1000000);
    m_dropEvery->setSpecialValueText(tr("never"));
    m_duplicateEvery = new QSpinBox(box);
    m_duplicateEvery->setRange(0, 1000000);
    m_duplicateEvery->setSpecialValueText(tr("never"));

    auto *refuseRow = new QHBoxLayout;
    refuseRow->addWidget(m_refuse);
    refuseRow->addWidget(m_status);
    refuseRow->addStretch(1);
    auto *form = new QFormLayout(box);
    form->addRow(refuseRow);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Body:"), m_body);
    form->addRow(tr("Delay the upgrade by:"), m_upgradeDelay);
    form->addRow(m_neverFinish);
    form->addRow(m_ignorePings);
    form->addRow(m_stopReading);
    form->addRow(tr("Hold back each reply by:"), m_messageDelay);
    form->addRow(tr("Drop every Nth reply:"), m_dropEvery);
    form->addRow(tr("Send every Nth reply twice:"), m_duplicateEvery);

    auto changed = [this] {
        m_status->setEnabled(m_refuse->isChecked());
        m_headers->setEnabled(m_refuse->isChecked());
        m_body->setEnabled(m_refuse->isChecked());
        emit faultsChanged();
    };
    for (QCheckBox *c : {m_refuse, m_neverFinish, m_ignorePings, m_stopReading})
        connect(c, &QCheckBox::toggled, this, changed);
    for (QSpinBox *s : {m_status, m_upgradeDelay, m_messageDelay, m_dropEvery, m_duplicateEvery})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_headers, &QPlainTextEdit::textChanged, this, changed);
    connect(m_body, &QLineEdit::textChanged, this, changed);
    m_status->setEnabled(false);
    m_headers->setEnabled(false);
    m_body->setEnabled(false);
    return box;
}

QWidget *ServeFaultsPanel::buildOneOff()
{
    auto *box = new QGroupBox(tr("To the selected clients, now"), this);
    m_kind = new QComboBox(box);
    m_kind->setAccessibleName(tr("Fault"));
    const QStringList labels = {tr("Close with any code"), tr("Drop TCP without a Close"),
                                tr("Oversized frame"),     tr("Invalid UTF-8 in a text frame"),
                                tr("Reserved opcode"),     tr("RSV bit set"),
                                tr("Masked server frame"), tr("Fragmented ping")};
    const QList<ServeFault::Kind> kinds = ServeFault::kinds();
    for (qsizetype i = 0; i < kinds.size(); ++i)
        m_kind->addItem(labels.value(i), int(kinds.at(i)));
    m_valueLabel = new QLabel(box);
    m_value = new QSpinBox(box);
    m_reason = new QLineEdit(box);
    m_reason->setPlaceholderText(tr("reason (any text)"));
    m_reason->setAccessibleName(tr("Close reason"));
    m_explain = new QLabel(box);
    m_explain->setWordWrap(true);
    m_do = new QPushButton(tr("&Do It"), box);
    m_do->setToolTip(tr("Do this to each selected client now"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueLabel);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_reason, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_do);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_kind);
    layout->addLayout(valueRow);
    layout->addWidget(m_explain);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ServeFaultsPanel::updateParams);
    connect(m_value, &QSpinBox::valueChanged, this,
            [this] { m_explain->setText(fault().describe()); });
    connect(m_do, &QPushButton::clicked, this, [this] { emit faultRequested(fault()); });
    return box;
}

void ServeFaultsPanel::updateParams()
{
    const auto kind = ServeFault::Kind(m_kind->currentData().toInt());
    const QSignalBlocker block(m_value);
    m_reason->setVisible(kind == ServeFault::Kind::Close);
    bool showValue = true;
    switch (kind) {
    case ServeFault::Kind::Close:
        m_valueLabel->setText(tr("Code:"));
        m_value->setRange(0, 65535);
        m_value->setValue(1000);
        m_value->setSpecialValueText(QString());
        break;
    case ServeFault::Kind::Oversized:
        m_valueLabel->setText(tr("Bytes:"));
        m_value->setRange(0, 1 << 30);
        m_value->setValue(0);
        m_value->setSpecialValueText(tr("header says 2^62"));
        break;
    case ServeFault::Kind::ReservedOpcode:
        m_valueLabel->setText(tr("Opcode:"));
        m_value->setRange(3, 15);
        m_value->setValue(3);
        m_value->setSpecialValueText(QString());
        break;
    case ServeFault::Kind::RsvBits:
        m_valueLabel->setText(tr("RSV bit:"));
        m_value->setRange(1, 3);
        m_value->setValue(2);
        m_value->setSpecialValueText(QString());
        break;
    default:
        showValue = false;
        break;
    }
    m_valueLabel->setVisible(showValue);
    m_value->setVisible(showValue);
    m_explain->setText(fault().describe());
}

ServeFault ServeFaultsPanel::fault() const
{
    ServeFault f;
    f.kind = ServeFault::Kind(m_kind->currentData().toInt());
    switch (f.kind) {
    case ServeFault::Kind::Close:
        f.code = m_value->value();
        f.reason = m_reason->text();
        break;
    case ServeFault::Kind::Oversized:
        f.bytes = m_value->value();
        break;
    case ServeFault::Kind::ReservedOpcode:
        // 8–10 are the control opcodes; the nearest reserved one instead.
        f.opcode = m_value->value() >= 8 && m_value->value() <= 10 ? 11 : m_value->value();
        break;
    case ServeFault::Kind::RsvBits:
        f.rsv = m_value->value();
        break;
    default:
        break;
    }
    return f;
}

void ServeFaultsPanel::setHaveTarget(bool have)
{
    m_do->setEnabled(have);
}

void ServeFaultsPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ServeFaultsPanel::serverFaults(ServerFaults *out, QString *error) const
{
    ServerFaults faults;
    if (m_refuse->isChecked()) {
        faults.refuse.status = m_status->value();
        if (!HeaderText::fromText(m_headers->toPlainText(), &faults.refuse.headers, error))
            return false;
        faults.refuse.body = m_body->text().toUtf8();
    }
    faults.upgradeDelayMs = m_upgradeDelay->value();
    faults.neverFinishHandshake = m_neverFinish->isChecked();
    faults.ignorePings = m_ignorePings->isChecked();
    faults.stopReading = m_stopReading->isChecked();
    *out = faults;
    return true;
}

MessageFaults ServeFaultsPanel::messageFaults() const
{
    MessageFaults faults;
    faults.delayMs = m_messageDelay->value();
    faults.dropEvery = m_dropEvery->value();
    faults.duplicateEvery = m_duplicateEvery->value();
    return faults;
}

void ServeFaultsPanel::setServerFaults(const ServerFaults &faults)
{
    m_refuse->setChecked(faults.refuse.status != 0);
    if (faults.refuse.status != 0)
        m_status->setValue(faults.refuse.status);
    m_headers->setPlainText(HeaderText::toText(faults.refuse.headers));
    m_body->setText(QString::fromUtf8(faults.refuse.body));
    m_upgradeDelay->setValue(faults.upgradeDelayMs);
    m_neverFinish->setChecked(faults.neverFinishHandshake);
    m_ignorePings->setChecked(faults.ignorePings);
    m_stopReading->setChecked(faults.stopReading);
}

void ServeFaultsPanel::setMessageFaults(const MessageFaults &faults)
{
    m_messageDelay->setValue(int(faults.delayMs));
    m_dropEvery->setValue(faults.dropEvery);
    m_duplicateEvery->setValue(faults.duplicateEvery);
}

QVariantMap ServeFaultsPanel::state() const
{
    return {{QStringLiteral("refuse"), m_refuse->isChecked()},
            {QStringLiteral("status"), m_status->value()},
            {QStringLiteral("headers"), m_headers->toPlainText()},
            {QStringLiteral("body"), m_body->text()},
            {QStringLiteral("upgradeDelayMs"), m_upgradeDelay->value()},
            {QStringLiteral("neverFinish"), m_neverFinish->isChecked()},
            {QStringLiteral("ignorePings"), m_ignorePings->isChecked()},
            {QStringLiteral("stopReading"), m_stopReading->isChecked()},
            {QStringLiteral("delayMs"), m_messageDelay->value()},
            {QStringLiteral("dropEvery"), m_dropEvery->value()},
            {QStringLiteral("duplicateEvery"), m_duplicateEvery->value()}};
}

void ServeFaultsPanel::setState(const QVariantMap &state)
{
    // Headers stay text here: a line without a colon is shown when the server starts.
    m_status->setValue(state.value(QStringLiteral("status"), 503).toInt());
    m_headers->setPlainText(state.value(QStringLiteral("headers")).toString());
    m_body->setText(state.value(QStringLiteral("body")).toString());
    m_refuse->setChecked(state.value(QStringLiteral("refuse")).toBool());
    m_upgradeDelay->setValue(state.value(QStringLiteral("upgradeDelayMs")).toInt());
    m_neverFinish->setChecked(state.value(QStringLiteral("neverFinish")).toBool());
    m_ignorePings->setChecked(state.value(QStringLiteral("ignorePings")).toBool());
    m_stopReading->setChecked(state.value(QStringLiteral("stopReading")).toBool());
    m_messageDelay->setValue(state.value(QStringLiteral("delayMs")).toInt());
    m_dropEvery->setValue(state.value(QStringLiteral("dropEvery")).toInt());
    m_duplicateEvery->setValue(state.value(QStringLiteral("duplicateEvery")).toInt());
}
