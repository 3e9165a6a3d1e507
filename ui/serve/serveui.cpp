#include "serve/serveui.h"

#include <QTabWidget>

#include "connection/shutdownwait.h"
#include "serve/servepage.h"

ServeUi::ServeUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent)
    : TabKind(clock,
              {tr("New &Serve Tab"), QStringLiteral("actionNewServeTab"),
               tr("Stand in for a server: echo, answer by rules or a recording, "
                  "and misbehave on purpose (Ctrl+Shift+S)"),
               QStringLiteral("Ctrl+Shift+S")},
              menu, after, tabs, parent)
{
}

ServePage *ServeUi::addServeTab(const QVariantMap &state)
{
    auto *page = new ServePage(m_clock);
    if (!state.isEmpty())
        page->setState(state);
    connect(page, &ServePage::titleChanged, m_tabs,
            [this, page](const QString &title) { retitle(page, title); });
    connect(page, &ServePage::settingsChanged, this, &ServeUi::settingsChanged);
    addPage(page, tr("Serve"));
    return page;
}

ServePage *ServeUi::serveRecording(const QString &path)
{
    ServePage *page = addServeTab({});
    QVariantMap state = page->state();
    state.insert(QStringLiteral("mode"), int(ServePage::RecordingMode));
    state.insert(QStringLiteral("recording"), path);
    page->setState(state);
    m_tabs->setCurrentWidget(page);
    return page;
}

bool ServeUi::isServeTab(const QVariantMap &state)
{
    return state.value(QStringLiteral("kind")).toString() == QLatin1String("serve");
}

QWidget *ServeUi::restoreTab(const QVariantMap &state)
{
    return addServeTab(state);
}

bool ServeUi::holds(const QVariantMap &state) const
{
    return isServeTab(state);
}

QVariantMap ServeUi::saveTab(QWidget *tab) const
{
    auto *page = qobject_cast<ServePage *>(tab);
    return page ? page->state() : QVariantMap();
}

bool ServeUi::stopTab(QWidget *tab, ShutdownWait *wait)
{
    auto *page = qobject_cast<ServePage *>(tab);
    if (!page)
        return false;
    ServeController *c = &page->controller();
    if (c->isListening() || c->openClientCount() > 0)
        page->stop();
    wait->add(c, &ServeController::stopped, [c] { return !c->isStopping(); });
    return true;
}
