#include "compose/scripteditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

#include "script/scriptapi.h"

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

ScriptEditor::ScriptEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    // The list shows signatures; typing narrows it by the name.
    m_completer->setCompletionRole(NameRole);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("scriptCompletions"));
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { insertCompletion(index.data(NameRole).toString()); });
}

ScriptEditor::~ScriptEditor() = default;

bool ScriptEditor::completing() const
{
    return m_completer->popup()->isVisible();
}

bool ScriptEditor::requestCompletion()
{
    return updateCompletion(Mode::Request);
}

void ScriptEditor::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

void ScriptEditor::keyPressEvent(QKeyEvent *event)
{
    if (completing()) {
        // The completer acts on these itself (accept, close); the editor must not also
        // insert a line break or a tab.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool requested =
        event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (requested) {
        updateCompletion(Mode::Request);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    // Only keys that change the text update the list; moving the cursor closes it.
    if (event->text().isEmpty() && event->key() != Qt::Key_Backspace) {
        if (completing() && event->key() != Qt::Key_Shift && event->key() != Qt::Key_Control)
            m_completer->popup()->hide();
        return;
    }
    // An open list (even one opened on request) follows the typing; otherwise only the
    // automatic contexts open it.
    updateCompletion(completing() ? Mode::Follow : Mode::Auto);
}

bool ScriptEditor::updateCompletion(Mode mode)
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const ScriptApi::Completion c = ScriptApi::complete(line, mode != Mode::Auto);
    // Nothing left to complete, the word typed in full (the list would only take Enter), or
    // the word ended (a bracket, a space) while following.
    if (c.entries.isEmpty()
        || (mode != Mode::Request && c.entries.size() == 1 && c.entries.first().name == c.prefix)
        || (mode == Mode::Follow && c.word && c.prefix.isEmpty())) {
        m_completer->popup()->hide();
        return false;
    }
    m_model->clear();
    for (const ScriptApi::Entry &e : c.entries) {
        auto *item = new QStandardItem(e.signature);
        item->setData(e.name, NameRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_prefix = c.prefix;
    m_completer->setCompletionPrefix(c.prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    return true;
}

void ScriptEditor::insertCompletion(const QString &name)
{
    if (m_completer->widget() != this)
        return;
    QTextCursor cursor = textCursor();
    // Replace the partial word rather than append to it: the list may have been narrowed
    // case-sensitively, but the typed part could still differ (Ctrl+Space after a typo).
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m_prefix.size()));
    cursor.insertText(name);
    setTextCursor(cursor);
}
