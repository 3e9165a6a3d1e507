#include "replay/replaydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "protocol/requestvalidator.h"

ReplayDialog::ReplayDialog(const SessionHeader &recording, qsizetype outgoing,
                           const QString &decodeSpec, QWidget *parent)
    : QDialog(parent)
    , m_recording(recording)
    , m_url(new QLineEdit(recording.request.url.toString(), this))
    , m_subprotocols(new QLineEdit(recording.request.subprotocols.join(QStringLiteral(", ")), this))
    , m_headers(new QPlainTextEdit(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_step(new QCheckBox(tr("Step through: send one message per click"), this))
    , m_waitCount(new QSpinBox(this))
    , m_waitMatch(new QLineEdit(this))
    , m_ignoreKeys(new QLineEdit(this))
    , m_masks(new QPlainTextEdit(this))
    , m_decode(new QCheckBox(tr("Compare &decoded values"), this))
    , m_decodeSpec(new QLineEdit(decodeSpec, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Replay Session"));
    QStringList headerLines;
    for (const HeaderField &h : recording.request.headers)
        headerLines << QString::fromLatin1(h.name) + QStringLiteral(": ")
                           + QString::fromUtf8(h.value);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_headers->setMaximumHeight(80);
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_speed->setRange(0, 1000);
    m_speed->setDecimals(2);
    m_speed->setValue(1);
    m_speed->setSpecialValueText(tr("As fast as possible"));
    m_speed->setSuffix(tr(" ×"));
    m_speed->setToolTip(tr("1 = the recorded timing, 2 = twice as fast; 0 = at once, while the "
                           "server keeps up (bufferedAmount stays low)"));
    m_waitCount->setRange(0, 100000);
    m_waitCount->setSpecialValueText(tr("Do not wait"));
    m_waitMatch->setPlaceholderText(tr("a regular expression, e.g. \"type\":\"ack\""));
    m_ignoreKeys->setPlaceholderText(tr("timestamp, id, $.data.requestId"));
    m_ignoreKeys->setToolTip(tr("JSON keys ignored at any depth, or paths from the root"));
    m_masks->setPlaceholderText(
        tr("one regular expression per line, e.g. \\d{4}-\\d\\d-\\d\\dT\\S+"));
    m_masks->setMaximumHeight(60);
    // On when the tab reads its payloads through a decoder: bytes alone would only say where
    // they first differ.
    m_decode->setObjectName(QStringLiteral("compareDecoded"));
    m_decode->setChecked(!decodeSpec.isEmpty());
    m_decode->setToolTip(tr("Decode each reply before comparing: keys and masks then apply to "
                            "the decoded value, and a reply that does not decode differs"));
    m_decodeSpec->setObjectName(QStringLiteral("decodeSpec"));
    m_decodeSpec->setPlaceholderText(
        tr("msgpack, base64,zlib,cbor, protobuf:FILE.proto:in=pkg.Type"));
    m_decodeSpec->setEnabled(m_decode->isChecked());
    connect(m_decode, &QCheckBox::toggled, m_decodeSpec, &QWidget::setEnabled);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto *target = new QGroupBox(tr("Target"), this);
    auto *targetForm = new QFormLayout(target);
    targetForm->addRow(tr("&URL:"), m_url);
    targetForm->addRow(tr("&Subprotocols:"), m_subprotocols);
    targetForm->addRow(tr("&Headers:"), m_headers);
    auto *timing =
        new QGroupBox(tr("Sending %n recorded message(s)", nullptr, int(outgoing)), this);
    auto *timingForm = new QFormLayout(timing);
    timingForm->addRow(tr("S&peed:"), m_speed);
    timingForm->addRow(m_step);
    timingForm->addRow(tr("Before each send, wait for &replies:"), m_waitCount);
    timingForm->addRow(tr("…or for a reply &matching:"), m_waitMatch);
    auto *compare = new QGroupBox(tr("Compare the replies with the recording"), this);
    auto *compareForm = new QFormLayout(compare);
    compareForm->addRow(tr("Ignore &keys:"), m_ignoreKeys);
    compareForm->addRow(tr("Mask &text:"), m_masks);
    compareForm->addRow(m_decode);
    compareForm->addRow(tr("Decoder pipe&line:"), m_decodeSpec);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replay"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReplayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(target);
    layout->addWidget(timing);
    layout->addWidget(compare);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool ReplayDialog::collect(QString *error)
{
    m_request = m_recording.request;
    m_request.url = RequestValidator::parseUrl(m_url->text(), error);
    if (!error->isEmpty())
        return false;
    m_request.subprotocols.clear();
    for (const QString &p : m_subprotocols->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_request.subprotocols << p.trimmed();
    m_request.headers.clear();
    for (const QString &line :
         m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        HeaderField h;
        if (!ConnectionRequest::parseHeaderLine(line, &h)) {
            *error = tr("The header \"%1\" is not of the form \"Name: value\".").arg(line);
            return false;
        }
        m_request.headers << h;
    }
    *error = RequestValidator::checkRequest(m_request);
    if (!error->isEmpty())
        return false;
    m_options = ReplayOptions();
    m_options.speed = m_speed->value();
    m_options.step = m_step->isChecked();
    m_options.waitForCount = m_waitCount->value();
    if (!m_waitMatch->text().isEmpty()
        && !CompareRules::parseRegex(m_waitMatch->text(), &m_options.waitForMatch, error))
        return false;
    m_rules = CompareRules();
    for (const QString &k : m_ignoreKeys->text().split(
             QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        m_rules.ignoreKeys << k;
    for (const QString &m : m_masks->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QRegularExpression re;
        if (!CompareRules::parseRegex(m, &re, error))
            return false;
        m_rules.masks << re;
    }
    return !m_decode->isChecked() || m_rules.setDecoder(m_decodeSpec->text(), error);
}

void ReplayDialog::accept()
{
    QString error;
    if (!collect(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
