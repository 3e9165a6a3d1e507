#pragma once

#include <QDialog>

#include "replay/replayscheduler.h"
#include "replay/sessioncompare.h"
#include "session/session.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

/// Where and how to replay a session, and what to ignore when comparing the replies. The
/// recorded request is the starting point; every field can be changed. decodeSpec, the tab's
/// decoder pipeline, is offered for comparing decoded values.
class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(const SessionHeader &recording, qsizetype outgoing, const QString &decodeSpec = {},
                 QWidget *parent = nullptr);

    ConnectionRequest request() const { return m_request; }
    ReplayOptions options() const { return m_options; }
    CompareRules rules() const { return m_rules; }

    void accept() override;

private:
    bool collect(QString *error);

    SessionHeader m_recording;
    ConnectionRequest m_request;
    ReplayOptions m_options;
    CompareRules m_rules;
    QLineEdit *m_url;
    QLineEdit *m_subprotocols;
    QPlainTextEdit *m_headers;
    QDoubleSpinBox *m_speed;
    QCheckBox *m_step;
    QSpinBox *m_waitCount;
    QLineEdit *m_waitMatch;
    QLineEdit *m_ignoreKeys;
    QPlainTextEdit *m_masks;
    QCheckBox *m_decode;
    QLineEdit *m_decodeSpec;
    QLabel *m_error;
};
