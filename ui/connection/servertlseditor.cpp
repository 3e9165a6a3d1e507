#include "connection/servertlseditor.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "protocol/server/servertls.h"

ServerTlsEditor::ServerTlsEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_cert(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_certBrowse(new QToolButton(this))
    , m_keyBrowse(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_fingerprintLabel(new QLabel(this))
{
    m_mode->addItem(tr("ws:// (no TLS)"), int(Mode::Off));
    m_mode->addItem(tr("wss:// with a certificate and key file"), int(Mode::Files));
    m_mode->addItem(tr("wss:// with a self-signed certificate"), int(Mode::SelfSigned));
    m_mode->setAccessibleName(tr("Listen with TLS"));
    m_cert->setPlaceholderText(tr("server certificate (PEM), its chain after it"));
    m_cert->setAccessibleName(tr("Server certificate file"));
    m_key->setPlaceholderText(tr("its private key (PEM)"));
    m_key->setAccessibleName(tr("Server key file"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    m_passphrase->setAccessibleName(tr("Server key passphrase"));
    for (QToolButton *b : {m_certBrowse, m_keyBrowse}) {
        b->setText(tr("…"));
        b->setToolTip(tr("Choose a file"));
    }
    m_note->setWordWrap(true);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto row = [this](QLineEdit *edit, QToolButton *browse) {
        auto *h = new QHBoxLayout;
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        h->addWidget(browse);
        return h;
    };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Listen as:"), m_mode);
    // A row given as a layout gets a label with no buddy, whose & would show as itself.
    auto *certLabel = new QLabel(tr("C&ertificate:"), this);
    certLabel->setBuddy(m_cert);
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(certLabel, row(m_cert, m_certBrowse));
    form->addRow(keyLabel, row(m_key, m_keyBrowse));
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(m_note);
    form->addRow(m_fingerprintLabel);

    const auto browse = [this](QToolButton *button, QLineEdit *edit, const QString &title,
                               const QString &filter) {
        connect(button, &QToolButton::clicked, this, [this, edit, title, filter] {
            const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
            if (!file.isEmpty())
                edit->setText(file);
        });
    };
    browse(m_certBrowse, m_cert, tr("Choose the server certificate"),
           tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    browse(m_keyBrowse, m_key, tr("Choose the server's private key"),
           tr("Keys (*.pem *.key);;All files (*)"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    for (QLineEdit *edit : {m_cert, m_key, m_passphrase})
        connect(edit, &QLineEdit::textChanged, this, &ServerTlsEditor::changed);
    setFingerprint(QString());
    updateFields();
}

ServerTlsEditor::Mode ServerTlsEditor::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void ServerTlsEditor::applyTo(ServerConfig *config) const
{
    const Mode m = mode();
    config->tls = m != Mode::Off;
    config->selfSigned = m == Mode::SelfSigned;
    config->certFile = m_cert->text().trimmed();
    config->keyFile = m_key->text().trimmed();
    config->keyPassphrase = m_passphrase->text();
}

void ServerTlsEditor::setFrom(const ServerConfig &config)
{
    const Mode m = !config.tls ? Mode::Off : config.selfSigned ? Mode::SelfSigned : Mode::Files;
    m_mode->setCurrentIndex(m_mode->findData(int(m)));
    m_cert->setText(config.certFile);
    m_key->setText(config.keyFile);
    m_passphrase->setText(config.keyPassphrase);
    updateFields();
}

void ServerTlsEditor::setFingerprint(const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    // 32 bytes as "AB:" do not fit the panel on one line, and a word-wrapped label with no
    // spaces to break at is laid out too short: 16 bytes a line.
    QString lines = fingerprint;
    for (qsizetype at = 48; at < lines.size(); at += 48)
        lines[at - 1] = QLatin1Char('\n');
    m_fingerprintLabel->setText(fingerprint.isEmpty()
                                    ? QString()
                                    : tr("Certificate fingerprint (SHA-256):\n%1").arg(lines));
    m_fingerprintLabel->setVisible(!fingerprint.isEmpty());
}

void ServerTlsEditor::updateFields()
{
    const Mode m = mode();
    const QList<QWidget *> files = {m_cert, m_key, m_passphrase, m_certBrowse, m_keyBrowse};
    for (QWidget *w : files)
        w->setEnabled(m == Mode::Files);
    switch (m) {
    case Mode::Off:
        m_note->setText(tr("Clients connect with ws://, unencrypted."));
        break;
    case Mode::Files:
        m_note->setText(tr("Clients must trust this certificate (or its issuer)."));
        break;
    case Mode::SelfSigned:
        m_note->setText(
            ServerTls::canGenerate()
                ? tr("Made on first use and kept in %1, for localhost and 127.0.0.1. Clients "
                     "must trust it: give them the .pem file, or compare the fingerprint.")
                      .arg(QDir::toNativeSeparators(ServerTls::defaultSelfSignedDir()))
                : tr("This build cannot make certificates (it was built without OpenSSL): "
                     "choose a certificate and key file."));
        break;
    }
}
