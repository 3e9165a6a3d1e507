#pragma once

#include <QVariantMap>
#include <QWidget>

#include "protocol/server/serverconfig.h"
#include "serve/servefault.h"
#include "serve/serverules.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

/// The Serve tab's Faults page, a testing feature: what the server does wrong to clients that
/// connect from now on (refuse, delay or never finish the upgrade, ignore pings, stop reading,
/// hold back, drop or duplicate messages), and one-off faults done now to the selected clients
/// (close with any code, drop TCP, crafted frames). It only asks; the tab applies.
class ServeFaultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServeFaultsPanel(QWidget *parent = nullptr);

    /// What the fields say; false with *error (a header line without a colon).
    bool serverFaults(ServerFaults *out, QString *error) const;
    MessageFaults messageFaults() const;
    void setServerFaults(const ServerFaults &faults);
    void setMessageFaults(const MessageFaults &faults);
    /// The faults for new clients as typed, for the workspace (headers as text, unchecked).
    QVariantMap state() const;
    void setState(const QVariantMap &state);
    /// The one-off fault the fields describe.
    ServeFault fault() const;
    /// Whether there is a selected client to do it to.
    void setHaveTarget(bool have);
    void showError(const QString &text);

    QComboBox *faultCombo() const { return m_kind; }
    QPushButton *doButton() const { return m_do; }

signals:
    /// A field of the faults for new clients changed.
    void faultsChanged();
    void faultRequested(const ServeFault &fault);

private:
    QWidget *buildNewClientFaults();
    QWidget *buildOneOff();
    void updateParams();

    QCheckBox *m_refuse;
    QSpinBox *m_status;
    QPlainTextEdit *m_headers;
    QLineEdit *m_body;
    QSpinBox *m_upgradeDelay;
    QCheckBox *m_neverFinish;
    QCheckBox *m_ignorePings;
    QCheckBox *m_stopReading;
    QSpinBox *m_messageDelay;
    QSpinBox *m_dropEvery;
    QSpinBox *m_duplicateEvery;
    QComboBox *m_kind;
    QLabel *m_valueLabel;
    QSpinBox *m_value;
    QLineEdit *m_reason;
    QLabel *m_explain;
    QPushButton *m_do;
    QLabel *m_error;
};
