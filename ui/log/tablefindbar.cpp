#include "log/tablefindbar.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include "log/logview.h"

TableFindBar::TableFindBar(QTableView *table, Finder finder, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_finder(std::move(finder))
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result);
    // Hidden while empty, so the box lines up with the table's right edge.
    m_result->hide();
    connect(m_edit, &QLineEdit::textChanged, m_result, [this] {
        m_result->clear();
        m_result->hide();
    });
}

void TableFindBar::setPlaceholder(const QString &placeholder, const QString &accessibleName)
{
    m_edit->setPlaceholderText(placeholder);
    m_edit->setAccessibleName(accessibleName);
}

void TableFindBar::focusFind()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool TableFindBar::focusFindIn(QWidget *tab)
{
    if (!tab)
        return false;
    const QList<TableFindBar *> bars = tab->findChildren<TableFindBar *>();
    for (TableFindBar *bar : bars) {
        if (bar->isVisible()) {
            bar->focusFind();
            return true;
        }
    }
    const QList<LogView *> views = tab->findChildren<LogView *>();
    for (LogView *view : views) {
        if (view->isVisible()) {
            view->focusSearch();
            return true;
        }
    }
    return false;
}

bool TableFindBar::eventFilter(QObject *watched, QEvent *event)
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

bool TableFindBar::findNext(bool backwards)
{
    if (m_edit->text().isEmpty() || !m_table->model())
        return false;
    const qsizetype rows = m_table->model()->rowCount();
    const qsizetype current =
        m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (backwards ? rows : -1);
    if (const qsizetype row = m_finder(m_edit->text(), current, backwards); row >= 0) {
        m_table->selectRow(int(row));
        m_table->scrollTo(m_table->model()->index(int(row), 0));
        m_result->clear();
        m_result->hide();
        return true;
    }
    m_result->setText(tr("not found"));
    m_result->show();
    return false;
}
