#include "serve/serveui.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

#include "serve/servepage.h"

ServeUi::ServeUi(const Clock &clock, QMenu *menu, QAction *after, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tabs(tabs)
    , m_action(new QAction(tr("New &Serve Tab"), this))
{
    m_action->setObjectName(QStringLiteral("actionNewServeTab"));
    m_action->setToolTip(tr("Stand in for a server: echo, answer by rules or a recording, "
                            "and misbehave on purpose (Ctrl+Shift+S)"));
    m_action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
    connect(m_action, &QAction::triggered, this, &ServeUi::newServeTab);
}

void ServeUi::newServeTab()
{
    m_tabs->setCurrentWidget(addServeTab({}));
}

ServePage *ServeUi::addServeTab(const QVariantMap &state)
{
    auto *page = new ServePage(m_clock);
    if (!state.isEmpty())
        page->setState(state);
    m_tabs->addTab(page, tr("Serve"));
    connect(page, &ServePage::titleChanged, m_tabs, [this, page](const QString &title) {
        if (const int i = m_tabs->indexOf(page); i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(page, &ServePage::settingsChanged, this, &ServeUi::settingsChanged);
    emit settingsChanged();
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

QVariantMap ServeUi::saveTab(QWidget *tab)
{
    auto *page = qobject_cast<ServePage *>(tab);
    return page ? page->state() : QVariantMap();
}

bool ServeUi::isServeTab(const QVariantMap &state)
{
    return state.value(QStringLiteral("kind")).toString() == QLatin1String("serve");
}
