#pragma once

#include <QVariantMap>
#include <QWidget>

#include "protocol/server/serverconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ServerTlsEditor;

/// The Serve tab's Server page: how the server answers an upgrade (TLS with the editor the
/// Relay tab uses, the subprotocol it chooses, permessage-deflate and its four parameters,
/// headers added to every 101) and whether each client is recorded to a folder. The fields
/// fill a ServerConfig; ServeController and ServerEngine do the rest.
class ServeSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServeSettingsPanel(QWidget *parent = nullptr);

    /// Puts TLS, the subprotocol policy, deflate and the 101's headers into *config; false
    /// with *error (certificate files missing, a header line without a colon, a preference
    /// list that is empty).
    bool applyTo(ServerConfig *config, QString *error) const;
    void setFrom(const ServerConfig &config);
    /// The folder to record every client to; empty: none.
    QString recordFolder() const;
    /// A session file in the folder for a run started now: "serve-20261204-141503.wsprobe.jsonl"
    /// (later clients beside it, ServeController::numberedPath). Empty without a folder.
    QString recordPathForRun() const;
    /// Fields that cannot change while listening are disabled.
    void setListening(bool listening);

    /// The fields for the workspace: "tls" (0 off, 1 files, 2 self-signed), "cert", "key"
    /// (never the passphrase), "subprotocolPolicy", "subprotocols", "deflate" (a map),
    /// "responseHeaders", "recordFolder".
    QVariantMap state() const;
    void setState(const QVariantMap &state);

    ServerTlsEditor *tlsEditor() const { return m_tls; }
    QComboBox *subprotocolPolicyBox() const { return m_policy; }
    QLineEdit *subprotocolsEdit() const { return m_subprotocols; }
    QCheckBox *deflateBox() const { return m_deflate; }
    QCheckBox *serverNoContextTakeoverBox() const { return m_serverNoTakeover; }
    QCheckBox *clientNoContextTakeoverBox() const { return m_clientNoTakeover; }
    QSpinBox *serverMaxWindowBitsBox() const { return m_serverBits; }
    QSpinBox *clientMaxWindowBitsBox() const { return m_clientBits; }
    QPlainTextEdit *responseHeadersEdit() const { return m_headers; }
    QCheckBox *recordBox() const { return m_record; }
    QLineEdit *recordFolderEdit() const { return m_folder; }

signals:
    void changed();

private:
    void updateFields();

    ServerTlsEditor *m_tls;
    QComboBox *m_policy;
    QLineEdit *m_subprotocols;
    QCheckBox *m_deflate;
    QCheckBox *m_serverNoTakeover;
    QCheckBox *m_clientNoTakeover;
    QSpinBox *m_serverBits;
    QSpinBox *m_clientBits;
    QPlainTextEdit *m_headers;
    QCheckBox *m_record;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    bool m_listening = false;
};
