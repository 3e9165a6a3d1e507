#pragma once

#include <QWidget>

#include "compose/outgoingmessage.h"

class QComboBox;
class QPlainTextEdit;

/// A message in any of the composer's modes (text, JSON, hex, base64, file), as the relay's
/// paused-message panel and inject box edit it. Shows; the OutgoingMessage builds.
class RelayMessageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RelayMessageEditor(QWidget *parent = nullptr);

    OutgoingMessage message() const;
    void setMessage(const OutgoingMessage &message);
    /// The bytes to send, or false with *error (a positioned message from build()).
    bool build(OutgoingMessage::Payload *out, QString *error) const;
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *modeCombo() const { return m_mode; }

private:
    QComboBox *m_mode;
    QPlainTextEdit *m_editor;
};
