#include "serve/servelogsearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include "log/eventlog.h"
#include "log/logsearch.h"

ServeLogSearch::ServeLogSearch(QTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    m_edit->setPlaceholderText(
        tr("Find in every client's messages (Enter: next, Shift+Enter: previous)"));
    m_edit->setAccessibleName(tr("Find in the log of all clients"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result);
    connect(m_edit, &QLineEdit::textChanged, m_result, &QLabel::clear);
}

bool ServeLogSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ServeLogSearch::findNext(bool backwards)
{
    if (m_edit->text().isEmpty() || !m_log)
        return false;
    LogSearch search;
    SearchQuery query;
    query.pattern = m_edit->text();
    QString error;
    search.setQuery(query, &error); // plain text always parses
    m_log->flush();
    const qsizetype rows = m_log->store().size();
    const qsizetype current =
        m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (backwards ? rows : -1);
    if (const qsizetype row =
            search.hasPattern() ? search.nextMatch(m_log->store(), current, backwards) : -1;
        row >= 0) {
        m_table->selectRow(int(row));
        m_table->scrollTo(m_table->model()->index(int(row), 0));
        m_result->clear();
        return true;
    }
    m_result->setText(tr("not found"));
    return false;
}
