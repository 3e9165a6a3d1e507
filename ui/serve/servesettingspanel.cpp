#include "serve/servesettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "connection/headertext.h"
#include "connection/servertlseditor.h"
#include "log/scrollingpage.h"
#include "session/sessionlibrary.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ServeSettingsPanel::ServeSettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tls(new ServerTlsEditor(this))
    , m_policy(new QComboBox(this))
    , m_subprotocols(new QLineEdit(this))
    , m_deflate(new QCheckBox(tr("Accept permessage-deflate when a client offers it"), this))
    , m_serverNoTakeover(new QCheckBox(tr("server_no_context_takeover"), this))
    , m_clientNoTakeover(new QCheckBox(tr("client_no_context_takeover"), this))
    , m_serverBits(new QSpinBox(this))
    , m_clientBits(new QSpinBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_record(new QCheckBox(tr("Record each client as a session in:"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    // The order is ServerConfig::SubprotocolPolicy's.
    m_policy->addItem(tr("none (never choose one)"), int(ServerConfig::SubprotocolPolicy::None));
    m_policy->addItem(tr("the client's first"), int(ServerConfig::SubprotocolPolicy::FirstOffered));
    m_policy->addItem(tr("the first of these the client offers"),
                      int(ServerConfig::SubprotocolPolicy::Preference));
    m_policy->setCurrentIndex(1);
    m_policy->setAccessibleName(tr("Subprotocol to choose"));
    m_subprotocols->setPlaceholderText(tr("e.g. graphql-transport-ws, mqtt (in your order)"));
    m_subprotocols->setAccessibleName(tr("Subprotocols in order of preference"));
    m_deflate->setChecked(true);
    m_serverNoTakeover->setToolTip(tr("Ask that the server start each message with a fresh "
                                      "compression context"));
    m_clientNoTakeover->setToolTip(tr("Ask that the client start each message with a fresh "
                                      "compression context"));
    for (QSpinBox *bits : {m_serverBits, m_clientBits}) {
        bits->setRange(8, 15);
        bits->setValue(15);
        bits->setToolTip(tr("The largest LZ77 window, 2^N bytes (15: no limit asked for)"));
    }
    m_serverBits->setAccessibleName(tr("server_max_window_bits"));
    m_clientBits->setAccessibleName(tr("client_max_window_bits"));
    m_headers->setPlaceholderText(tr("X-Served-By: wsprobe"));
    m_headers->setAccessibleName(tr("Headers added to the 101, one \"Name: value\" a line"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(fontMetrics().height() * 3 + 10);
    m_folder->setPlaceholderText(tr("a folder"));
    m_folder->setAccessibleName(tr("Folder to record clients to"));
    m_record->setToolTip(tr("Each client is journaled as a .wsprobe.jsonl session, as "
                            "wsprobe-cli serve -o does: the first of a run as "
                            "serve-DATE-TIME.wsprobe.jsonl, later ones numbered beside it"));

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    tlsLayout->addWidget(m_tls);

    auto *upgrade = new QGroupBox(tr("Upgrade response"), this);
    auto *form = new QFormLayout(upgrade);
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy);
    policyRow->addWidget(m_subprotocols, 1);
    form->addRow(tr("Subprotocol:"), policyRow);
    form->addRow(m_deflate);
    auto *takeover = new QHBoxLayout;
    takeover->addWidget(m_serverNoTakeover);
    takeover->addWidget(m_clientNoTakeover);
    takeover->addStretch(1);
    form->addRow(tr("Deflate asks for:"), takeover);
    auto *bitsRow = new QHBoxLayout;
    bitsRow->addWidget(new QLabel(tr("server_max_window_bits"), upgrade));
    bitsRow->addWidget(m_serverBits);
    bitsRow->addWidget(new QLabel(tr("client_max_window_bits"), upgrade));
    bitsRow->addWidget(m_clientBits);
    bitsRow->addStretch(1);
    form->addRow(QString(), bitsRow);
    form->addRow(tr("101 headers:"), m_headers);

    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record);
    recordRow->addWidget(m_folder, 1);
    recordRow->addWidget(m_browse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(tlsBox);
    layout->addWidget(upgrade);
    layout->addLayout(recordRow);
    layout->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollingPage(content, this));

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Record Clients To"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
            m_record->setChecked(true);
            emit changed();
        }
    });
    connect(m_tls, &ServerTlsEditor::changed, this, &ServeSettingsPanel::changed);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    for (QCheckBox *box : {m_deflate, m_serverNoTakeover, m_clientNoTakeover, m_record}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateFields();
            emit changed();
        });
    }
    for (QSpinBox *bits : {m_serverBits, m_clientBits})
        connect(bits, &QSpinBox::valueChanged, this, &ServeSettingsPanel::changed);
    for (QLineEdit *edit : {m_subprotocols, m_folder})
        connect(edit, &QLineEdit::editingFinished, this, &ServeSettingsPanel::changed);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ServeSettingsPanel::changed);
    updateFields();
}

bool ServeSettingsPanel::applyTo(ServerConfig *config, QString *error) const
{
    m_tls->applyTo(config);
    if (config->tls && !config->selfSigned
        && (config->certFile.isEmpty() || config->keyFile.isEmpty())) {
        *error = tr("Choose a certificate and its key, or a self-signed certificate.");
        return false;
    }
    config->subprotocolPolicy = ServerConfig::SubprotocolPolicy(m_policy->currentData().toInt());
    config->subprotocols = splitList(m_subprotocols->text());
    if (config->subprotocolPolicy == ServerConfig::SubprotocolPolicy::Preference
        && config->subprotocols.isEmpty()) {
        *error = tr("List the subprotocols to choose from, in order of preference.");
        return false;
    }
    config->deflateEnabled = m_deflate->isChecked();
    config->deflate.serverNoContextTakeover = m_serverNoTakeover->isChecked();
    config->deflate.clientNoContextTakeover = m_clientNoTakeover->isChecked();
    config->deflate.serverMaxWindowBits = m_serverBits->value();
    config->deflate.clientMaxWindowBits = m_clientBits->value();
    HeaderList headers;
    QString problem;
    if (!HeaderText::fromText(m_headers->toPlainText(), &headers, &problem)) {
        *error = tr("101 headers: %1").arg(problem);
        return false;
    }
    config->extraResponseHeaders = headers;
    return true;
}

void ServeSettingsPanel::setFrom(const ServerConfig &config)
{
    m_tls->setFrom(config);
    m_policy->setCurrentIndex(m_policy->findData(int(config.subprotocolPolicy)));
    m_subprotocols->setText(config.subprotocols.join(QStringLiteral(", ")));
    m_deflate->setChecked(config.deflateEnabled);
    m_serverNoTakeover->setChecked(config.deflate.serverNoContextTakeover);
    m_clientNoTakeover->setChecked(config.deflate.clientNoContextTakeover);
    m_serverBits->setValue(config.deflate.serverMaxWindowBits);
    m_clientBits->setValue(config.deflate.clientMaxWindowBits);
    m_headers->setPlainText(HeaderText::toText(config.extraResponseHeaders));
    updateFields();
}

QString ServeSettingsPanel::recordFolder() const
{
    return m_record->isChecked() ? m_folder->text().trimmed() : QString();
}

QString ServeSettingsPanel::recordPathForRun() const
{
    const QString folder = recordFolder();
    if (folder.isEmpty())
        return {};
    return SessionLibrary::timestampedPath(folder, QStringLiteral("serve"),
                                           QDateTime::currentDateTime());
}

void ServeSettingsPanel::setListening(bool listening)
{
    m_listening = listening;
    updateFields();
}

void ServeSettingsPanel::updateFields()
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_tls, m_policy, m_deflate, m_headers, m_record})
        w->setEnabled(!m_listening);
    m_subprotocols->setEnabled(!m_listening
                               && m_policy->currentData().toInt()
                                      == int(ServerConfig::SubprotocolPolicy::Preference));
    const bool deflate = !m_listening && m_deflate->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_serverNoTakeover, m_clientNoTakeover,
                                                       m_serverBits, m_clientBits})
        w->setEnabled(deflate);
    m_folder->setEnabled(!m_listening && m_record->isChecked());
    m_browse->setEnabled(!m_listening);
}

QVariantMap ServeSettingsPanel::state() const
{
    ServerConfig config;
    m_tls->applyTo(&config);
    const int tls = !config.tls ? 0 : config.selfSigned ? 2 : 1;
    const QVariantMap deflate = {{s("enabled"), m_deflate->isChecked()},
                                 {s("serverNoContextTakeover"), m_serverNoTakeover->isChecked()},
                                 {s("clientNoContextTakeover"), m_clientNoTakeover->isChecked()},
                                 {s("serverMaxWindowBits"), m_serverBits->value()},
                                 {s("clientMaxWindowBits"), m_clientBits->value()}};
    static const char *const policies[] = {"none", "first", "preference"};
    return {{s("tls"), tls},
            {s("cert"), config.certFile},
            {s("key"), config.keyFile},
            {s("subprotocolPolicy"), s(policies[m_policy->currentData().toInt()])},
            {s("subprotocols"), m_subprotocols->text()},
            {s("deflate"), deflate},
            {s("responseHeaders"), m_headers->toPlainText()},
            {s("record"), m_record->isChecked()},
            {s("recordFolder"), m_folder->text()}};
}

void ServeSettingsPanel::setState(const QVariantMap &state)
{
    ServerConfig config;
    const int tls = state.value(s("tls"), 0).toInt();
    config.tls = tls == 1 || tls == 2;
    config.selfSigned = tls == 2;
    config.certFile = state.value(s("cert")).toString();
    config.keyFile = state.value(s("key")).toString();
    m_tls->setFrom(config);
    const QString policy = state.value(s("subprotocolPolicy"), s("first")).toString();
    const auto p = policy == QLatin1String("none") ? ServerConfig::SubprotocolPolicy::None
                   : policy == QLatin1String("preference")
                       ? ServerConfig::SubprotocolPolicy::Preference
                       : ServerConfig::SubprotocolPolicy::FirstOffered;
    m_policy->setCurrentIndex(m_policy->findData(int(p)));
    m_subprotocols->setText(state.value(s("subprotocols")).toString());
    const QVariantMap deflate = state.value(s("deflate")).toMap();
    m_deflate->setChecked(deflate.value(s("enabled"), true).toBool());
    m_serverNoTakeover->setChecked(deflate.value(s("serverNoContextTakeover")).toBool());
    m_clientNoTakeover->setChecked(deflate.value(s("clientNoContextTakeover")).toBool());
    m_serverBits->setValue(deflate.value(s("serverMaxWindowBits"), 15).toInt());
    m_clientBits->setValue(deflate.value(s("clientMaxWindowBits"), 15).toInt());
    m_headers->setPlainText(state.value(s("responseHeaders")).toString());
    m_folder->setText(state.value(s("recordFolder")).toString());
    m_record->setChecked(state.value(s("record")).toBool());
    updateFields();
}
