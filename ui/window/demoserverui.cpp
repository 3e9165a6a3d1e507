#include "window/demoserverui.h"

#include <utility>

#include <QAction>

#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "demo/demoserver.h"
#include "workbench/workspace.h"

DemoServerUi::DemoServerUi(QAction *action, QObject *parent)
    : QObject(parent)
    , m_action(action)
{
}

bool DemoServerUi::start(const QList<ConnectionPage *> &pages, ConnectionPage *current)
{
    if (!m_server) {
        m_server = new DemoServer(this);
        // The last run's port first: tabs restored from that run then need no change.
        if (!(m_lastPort != 0 && m_server->start(m_lastPort)) && !m_server->start()) {
            emit statusMessage(m_server->errorString());
            current->panel()->showError(m_server->errorString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
        const quint16 before = std::exchange(m_lastPort, m_server->port());
        for (ConnectionPage *page : pages) {
            const QString moved =
                Workspace::movedDemoUrl(page->panel()->urlText(), before, m_lastPort);
            if (!moved.isEmpty() && page->connection()->readyState() == ReadyState::Closed) {
                page->panel()->setUrlText(moved);
                emit urlMoved(page);
            }
        }
    }
    m_action->setText(tr("Stop &Demo Server (Port %1)").arg(m_server->port()));
    // The tool bar's button is short: the whole text pushed it into the overflow menu at the
    // default width (the menu and the tooltip still say which port).
    m_action->setIconText(tr("Stop Demo"));
    m_action->setToolTip(
        tr("Stop the built-in test server on port %1; its clients are disconnected")
            .arg(m_server->port()));
    if (current->connection()->readyState() == ReadyState::Closed
        && current->panel()->urlText().trimmed().isEmpty())
        current->panel()->setUrlText(m_server->url(QStringLiteral("/echo")).toString());
    emit statusMessage(tr("Demo server listening on %1 — paths /echo, /ticker, /binary")
                           .arg(m_server->url(QStringLiteral("/")).toString()));
    return true;
}

void DemoServerUi::stop()
{
    delete m_server;
    m_server = nullptr;
    m_action->setText(tr("Start &Demo Server"));
    m_action->setIconText(tr("Start Demo"));
    m_action->setToolTip(tr("Run the built-in test server on 127.0.0.1 (/echo, /ticker, "
                            "/binary) and fill in its URL"));
    emit statusMessage(tr("Demo server stopped."));
}
