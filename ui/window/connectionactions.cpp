#include "window/connectionactions.h"

#include <QAction>

#include "compose/sendbox.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"

ConnectionActions::ConnectionActions(const Actions &actions,
                                     std::function<ConnectionPage *()> currentPage, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{
    const auto on = [this, currentPage](QAction *action, void (*work)(ConnectionPage *)) {
        connect(action, &QAction::triggered, this, [currentPage, work] { work(currentPage()); });
    };
    on(actions.connect, [](ConnectionPage *page) { page->reconnectNow(); });
    on(actions.disconnect, [](ConnectionPage *page) { page->disconnectFromServer(); });
    on(actions.closeWith, [](ConnectionPage *page) { page->closeWithCode(); });
    on(actions.ping, [](ConnectionPage *page) { page->ping(); });
    on(actions.send, [](ConnectionPage *page) { page->sendBox()->submit(); });
    on(actions.handshake, [](ConnectionPage *page) { page->showHandshake(); });
    on(actions.copyAs, [](ConnectionPage *page) { page->copyAs(); });
    on(actions.focusUrl, [](ConnectionPage *page) { page->panel()->focusUrl(); });
    on(actions.focusComposer, [](ConnectionPage *page) { page->focusComposer(); });
}

void ConnectionActions::update(ConnectionPage *page)
{
    const ReadyState state = page ? page->connection()->readyState() : ReadyState::Closed;
    const bool live = page != nullptr;
    m_actions.connect->setEnabled(live);
    m_actions.connect->setText(state == ReadyState::Closed ? tr("&Connect") : tr("&Reconnect"));
    m_actions.connect->setToolTip(state == ReadyState::Closed
                                      ? tr("Open a WebSocket connection to the URL (F5)")
                                      : tr("Close and open the connection again (F5)"));
    m_actions.disconnect->setEnabled(
        live && (state == ReadyState::Open || state == ReadyState::Connecting));
    m_actions.closeWith->setEnabled(live && state == ReadyState::Open);
    m_actions.ping->setEnabled(live && state == ReadyState::Open);
    m_actions.send->setEnabled(live && state == ReadyState::Open);
    m_actions.focusUrl->setEnabled(live);
    m_actions.focusComposer->setEnabled(live);
    m_actions.handshake->setEnabled(live && !page->connection()->handshake().requestLine.isEmpty());
    m_actions.copyAs->setEnabled(live);
    m_actions.clearLog->setEnabled(live);
}
