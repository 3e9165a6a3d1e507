#include "compose/payloadeditor.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

PayloadEditor::PayloadEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void PayloadEditor::discardHeldText()
{
    if (m_held.isNull())
        return;
    m_held = QString();
    setReadOnly(false);
    clear(); // the preview
    emit heldTextChanged(0);
}

void PayloadEditor::showPreview(const QString &text)
{
    if (!m_held.isNull())
        setPlainText(text);
}

QString PayloadEditor::payloadText() const
{
    return m_held.isNull() ? toPlainText() : m_held;
}

void PayloadEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        emit submitRequested();
        event->accept();
        return;
    }
    const bool plain = event->modifiers() == Qt::NoModifier && !textCursor().hasSelection();
    if (plain && event->key() == Qt::Key_Up && textCursor().blockNumber() == 0) {
        emit historyRequested(-1);
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_Down
        && textCursor().blockNumber() == document()->blockCount() - 1) {
        emit historyRequested(1);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PayloadEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText()) {
        const QString text = source->text();
        const qsizetype bytes = text.toUtf8().size();
        if (bytes > LargePasteBytes) {
            m_held = text;
            setReadOnly(true);
            emit heldTextChanged(bytes);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
