#include "relay/relayui.h"

#include <QTabWidget>

#include "connection/shutdownwait.h"
#include "relay/relaypage.h"
#include "relay/relaysettings.h"

RelayUi::RelayUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent)
    : TabKind(clock,
              {tr("New &Relay Tab"), QStringLiteral("actionNewRelayTab"),
               tr("Sit between a real client and its server: see, pause, edit and "
                  "inject their messages (Ctrl+Shift+R)"),
               QStringLiteral("Ctrl+Shift+R")},
              menu, after, tabs, parent)
{
}

RelayPage *RelayUi::addRelayTab(const QVariantMap &state)
{
    auto *page = new RelayPage(m_clock);
    if (!state.isEmpty())
        page->restoreState(state);
    connect(page, &RelayPage::titleChanged, m_tabs,
            [this, page](const QString &title) { retitle(page, title); });
    connect(page, &RelayPage::settingsChanged, this, &RelayUi::settingsChanged);
    // A finished conversation's recording goes to the window's replay and Serve tabs.
    connect(page, &RelayPage::replayRequested, this, &RelayUi::replayRequested);
    connect(page, &RelayPage::serveRecordingRequested, this, &RelayUi::serveRecordingRequested);
    addPage(page, tr("Relay"));
    return page;
}

QWidget *RelayUi::restoreTab(const QVariantMap &state)
{
    return addRelayTab(state);
}

bool RelayUi::holds(const QVariantMap &state) const
{
    return RelaySettings::isRelayTab(state);
}

QVariantMap RelayUi::saveTab(QWidget *tab) const
{
    auto *page = qobject_cast<RelayPage *>(tab);
    return page ? page->saveState() : QVariantMap();
}

bool RelayUi::stopTab(QWidget *tab, ShutdownWait *wait)
{
    auto *page = qobject_cast<RelayPage *>(tab);
    if (!page)
        return false;
    RelayController *c = &page->controller();
    if (c->isListening() || c->liveCount() > 0)
        page->stop();
    wait->add(c, &RelayController::conversationFinished, [c] { return c->liveCount() == 0; });
    return true;
}
