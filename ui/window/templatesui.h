#pragma once

#include <functional>

#include <QObject>

class ConnectionPage;
class OutgoingMessage;
class QAction;
class QMainWindow;
class TemplatesDock;

/// The message templates in the window: makes the Templates dock (hidden; narrow the first
/// time it shows), keeps View ▸ Templates in step with it, loads a template into the current
/// connection tab's composer (and sends it when asked) and saves that composer's message.
class TemplatesUi : public QObject
{
    Q_OBJECT
public:
    /// action: View ▸ Templates; currentPage: the connection tab templates go to and come from.
    TemplatesUi(QMainWindow *window, QAction *action,
                std::function<ConnectionPage *()> currentPage);

    TemplatesDock *dock() const { return m_dock; }
    /// A tab's Save as Template: saved, and the dock shown.
    void saveMessage(const OutgoingMessage &message);

private:
    QAction *m_action;
    std::function<ConnectionPage *()> m_currentPage;
    TemplatesDock *m_dock;
    bool m_sized = false;
};
