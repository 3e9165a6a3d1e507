#include "window/tabcloser.h"

#include <algorithm>

#include <QTimer>

#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/shutdownwait.h"
#include "connection/statusindicators.h"
#include "connection/tabkind.h"

namespace {
// A closed tab whose engine somehow outlives its close timeout goes this much later anyway.
constexpr int ClosingTabGraceMs = 1000;
} // namespace

TabCloser::TabCloser(QObject *window, QList<TabKind *> kinds)
    : QObject(window)
    , m_window(window)
    , m_kinds(std::move(kinds))
{
}

void TabCloser::close(QWidget *tab)
{
    auto *page = qobject_cast<ConnectionPage *>(tab);
    if (page && page->connection()->readyState() != ReadyState::Closed)
        keepUntilClosed(page);
    else if (page || std::none_of(m_kinds.cbegin(), m_kinds.cend(), [tab](TabKind *kind) {
                 return kind->closeTab(tab);
             }))
        tab->deleteLater();
}

void TabCloser::keepUntilClosed(ConnectionPage *page)
{
    // The closing handshake goes on out of sight: deleting the page now would drop the TCP
    // connection under it. The engine's close timeout ends it; the timer is a second bound.
    disconnect(page, nullptr, m_window, nullptr);
    page->indicators()->hide();
    m_closingPages.removeIf([](const QPointer<ConnectionPage> &p) { return p.isNull(); });
    m_closingPages << page;
    connect(page->connection(), &Connection::closed, page, &QObject::deleteLater);
    QTimer::singleShot(page->connection()->request().closeTimeoutMs + ClosingTabGraceMs, page,
                       &QObject::deleteLater);
}

bool TabCloser::shutdown(const QList<ConnectionPage *> &pages, const QString &reason, int limitMs)
{
    ShutdownWait wait;
    for (ConnectionPage *page : pages) {
        page->workbench().shutdown(reason);
        page->workbench().addClosingTo(&wait);
    }
    for (const QPointer<ConnectionPage> &page : std::as_const(m_closingPages)) {
        if (page)
            page->workbench().addClosingTo(&wait);
    }
    for (TabKind *kind : std::as_const(m_kinds))
        kind->shutdown(&wait);
    m_shuttingDown = true;
    const bool closed = wait.exec(limitMs);
    m_shuttingDown = false;
    return closed;
}
