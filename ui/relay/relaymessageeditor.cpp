#include "relay/relaymessageeditor.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RelayMessageEditor::RelayMessageEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
{
    using Mode = OutgoingMessage::Mode;
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("JSON"), int(Mode::Json));
    m_mode->addItem(tr("Binary (hex)"), int(Mode::Hex));
    m_mode->addItem(tr("Binary (base64)"), int(Mode::Base64));
    m_mode->addItem(tr("Binary (file)"), int(Mode::File));
    m_mode->setAccessibleName(tr("Message mode"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_editor);
}

OutgoingMessage RelayMessageEditor::message() const
{
    return OutgoingMessage{OutgoingMessage::Mode(m_mode->currentData().toInt()),
                           m_editor->toPlainText()};
}

void RelayMessageEditor::setMessage(const OutgoingMessage &message)
{
    m_mode->setCurrentIndex(m_mode->findData(int(message.mode)));
    m_editor->setPlainText(message.body);
}

bool RelayMessageEditor::build(OutgoingMessage::Payload *out, QString *error) const
{
    // No variables: a relayed message is sent as typed.
    return message().build(nullptr, out, error);
}
