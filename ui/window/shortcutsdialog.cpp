#include "window/shortcutsdialog.h"

#include <functional>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty())
            keys << s.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : entries(window)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {e.command, e.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->resizeColumnToContents(1);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    // Tall enough for the whole list where the screen allows it.
    int rows = m_tree->topLevelItemCount();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        rows += m_tree->topLevelItem(g)->childCount();
    const int rowHeight = std::max(m_tree->sizeHintForRow(0), fontMetrics().height());
    const QSize room = screen()->availableSize() * 9 / 10;
    resize(std::min(std::max(480, m_tree->header()->sectionSizeHint(1) * 3), room.width()),
           std::min(rowHeight * (rows + 2) + sizeHint().height() - m_tree->sizeHint().height(),
                    room.height()));
    m_filter->setFocus();
}

QString ShortcutsDialog::withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&x" shows x; "&&" shows one '&'
        out += text.at(i);
    }
    return out;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> list;
    QSet<const QAction *> seen;
    auto take = [&](QAction *a, const QString &group) {
        if (a->isSeparator() || a->menu() || seen.contains(a))
            return;
        const QString keys = keysOf(a->shortcuts());
        if (keys.isEmpty())
            return;
        seen.insert(a);
        list.append({group, withoutMnemonic(a->text()), keys});
    };
    // The menus first, as the menu bar orders them, so the list reads like the menus.
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &group) {
        for (QAction *a : menu->actions()) {
            if (QMenu *sub = a->menu())
                walk(sub, group);
            else
                take(a, group);
        }
    };
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *a : bar->actions()) {
            if (QMenu *menu = a->menu())
                walk(menu, withoutMnemonic(menu->title()));
        }
    }
    // Then every other action of the window and its pages: those of a widget (a page's own
    // shortcuts) and those that are only children.
    const QString other = tr("Other");
    QList<QAction *> rest = window->findChildren<QAction *>();
    for (QWidget *w : window->findChildren<QWidget *>())
        rest += w->actions();
    rest += window->actions();
    for (QAction *a : std::as_const(rest))
        take(a, other);
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        const QString keys = keysOf(s->keys());
        if (!s->whatsThis().isEmpty() && !keys.isEmpty())
            list.append({other, s->whatsThis(), keys});
    }
    return list;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty()
                               || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive)
                               || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}
