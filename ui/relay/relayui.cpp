#include "relay/relayui.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

#include "relay/relaypage.h"

RelayUi::RelayUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tabs(tabs)
    , m_action(new QAction(tr("New &Relay Tab"), this))
{
    m_action->setObjectName(QStringLiteral("actionNewRelayTab"));
    m_action->setToolTip(tr("Sit between a real client and its server: see, pause, edit and "
                            "inject their messages (Ctrl+Shift+R)"));
    m_action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
    connect(m_action, &QAction::triggered, this, &RelayUi::newRelayTab);
}

void RelayUi::newRelayTab()
{
    m_tabs->setCurrentWidget(addRelayTab({}));
}

RelayPage *RelayUi::addRelayTab(const QVariantMap &state)
{
    auto *page = new RelayPage(m_clock);
    if (!state.isEmpty())
        page->restoreState(state);
    m_tabs->addTab(page, tr("Relay"));
    connect(page, &RelayPage::titleChanged, m_tabs, [this, page](const QString &title) {
        if (const int i = m_tabs->indexOf(page); i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(page, &RelayPage::settingsChanged, this, &RelayUi::settingsChanged);
    // A finished conversation's recording goes to the window's replay and Serve tabs.
    connect(page, &RelayPage::replayRequested, this, &RelayUi::replayRequested);
    connect(page, &RelayPage::serveRecordingRequested, this, &RelayUi::serveRecordingRequested);
    emit settingsChanged();
    return page;
}

QVariantMap RelayUi::saveTab(QWidget *tab)
{
    auto *page = qobject_cast<RelayPage *>(tab);
    return page ? page->saveState() : QVariantMap();
}
