#pragma once

#include <QWidget>

#include "protocol/server/serverconfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

/// How a listening socket speaks TLS: plain ws://, wss:// with a certificate and key from PEM
/// files, or wss:// with the self-signed certificate Wsprobe makes on first use (ServerTls);
/// and, once listening, the certificate's SHA-256 fingerprint for the user to compare with
/// what a client shows. For the Relay tab, and any tab that listens.
class ServerTlsEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Off, Files, SelfSigned };

    explicit ServerTlsEditor(QWidget *parent = nullptr);

    Mode mode() const;
    /// Puts the TLS fields into config (tls, certFile, keyFile, keyPassphrase, selfSigned).
    void applyTo(ServerConfig *config) const;
    void setFrom(const ServerConfig &config);
    /// Shown once the socket listens; empty: "not listening".
    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return m_fingerprint; }
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *certEdit() const { return m_cert; }
    QLineEdit *keyEdit() const { return m_key; }

signals:
    void changed();

private:
    void updateFields();

    QComboBox *m_mode;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
    QToolButton *m_certBrowse;
    QToolButton *m_keyBrowse;
    QLabel *m_note;
    QLabel *m_fingerprintLabel;
    QString m_fingerprint;
};
