#include "window/templatesui.h"

#include <QAction>
#include <QMainWindow>

#include "compose/sendbox.h"
#include "compose/templatesdock.h"
#include "connection/connectionpage.h"

TemplatesUi::TemplatesUi(QMainWindow *window, QAction *action,
                         std::function<ConnectionPage *()> currentPage)
    : QObject(window)
    , m_action(action)
    , m_currentPage(std::move(currentPage))
    , m_dock(new TemplatesDock(TemplatesDock::defaultPath(), window))
{
    m_dock->setObjectName(QStringLiteral("templatesDock"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_action, &QAction::toggled, this, [this, window](bool on) {
        m_dock->setVisible(on);
        // A narrow library by default; the log keeps the room.
        if (on && !m_sized) {
            window->resizeDocks({m_dock}, {220}, Qt::Horizontal);
            m_sized = true;
        }
    });
    connect(m_dock, &QDockWidget::visibilityChanged, m_action, &QAction::setChecked);
    connect(m_dock, &TemplatesDock::loadRequested, this,
            [this](const OutgoingMessage &message, bool send) {
                ConnectionPage *page = m_currentPage();
                page->sendBox()->setMessage(message);
                page->focusComposer();
                if (send)
                    page->sendBox()->submit();
            });
    connect(m_dock, &TemplatesDock::saveCurrentRequested, this,
            [this] { m_dock->saveMessage(m_currentPage()->sendBox()->message()); });
}

void TemplatesUi::saveMessage(const OutgoingMessage &message)
{
    if (m_dock->saveMessage(message))
        m_action->setChecked(true);
}
