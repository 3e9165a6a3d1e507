#include "connection/tabkind.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

#include "connection/shutdownwait.h"

TabKind::TabKind(const Clock &clock, const ActionText &action, QMenu *menu, QAction *after,
                 QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tabs(tabs)
    , m_action(new QAction(action.text, this))
{
    m_action->setObjectName(action.objectName);
    m_action->setToolTip(action.toolTip);
    m_action->setShortcut(QKeySequence(action.shortcut));
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
    connect(m_action, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(restoreTab({})); });
}

void TabKind::addPage(QWidget *page, const QString &title)
{
    m_titles.insert(page, {title, {}});
    connect(page, &QObject::destroyed, this, [this](QObject *gone) { m_titles.remove(gone); });
    m_tabs->addTab(page, title);
    emit settingsChanged();
}

void TabKind::retitle(QWidget *page, const QString &title)
{
    if (const auto it = m_titles.find(page); it != m_titles.end()) {
        it->own = title;
        showTitle(page);
    }
}

bool TabKind::rename(QWidget *tab, const QString &title)
{
    const auto it = m_titles.find(tab);
    if (it == m_titles.end())
        return false;
    it->custom = title.trimmed();
    showTitle(tab);
    return true;
}

void TabKind::showTitle(QWidget *page)
{
    // A tab with no text shrinks to its close button, and the double-click meant to rename it
    // again closes it instead.
    const Titles &t = m_titles.value(page);
    if (const int i = m_tabs->indexOf(page); i >= 0)
        m_tabs->setTabText(i, t.custom.isEmpty() ? t.own : t.custom);
}

bool TabKind::stopTab(QWidget *tab, ShutdownWait *)
{
    return !saveTab(tab).isEmpty();
}

bool TabKind::closeTab(QWidget *tab)
{
    auto *wait = new ShutdownWait(tab);
    if (!stopTab(tab, wait)) {
        delete wait;
        return false;
    }
    m_closing.removeIf([](const QPointer<QWidget> &p) { return p.isNull(); });
    m_closing << tab;
    connect(wait, &ShutdownWait::finished, tab, &QObject::deleteLater);
    wait->start(ClosingLimitMs);
    return true;
}

void TabKind::shutdown(ShutdownWait *wait)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        stopTab(m_tabs->widget(i), wait);
    for (const QPointer<QWidget> &tab : std::as_const(m_closing)) {
        if (tab) // it goes once its own wait is over
            wait->add(tab.data(), &QObject::destroyed, [] { return false; });
    }
}
