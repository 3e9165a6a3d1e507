#include "window/helpmenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>

#include "window/documentationdialog.h"
#include "window/shortcutsdialog.h"

HelpMenu::HelpMenu(QWidget *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), window))
    , m_documentation(new QAction(tr("&Documentation"), window))
    , m_folder(installedDocumentation())
{
    setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setToolTip(tr("Every keyboard shortcut of the window (Ctrl+/)"));
    m_documentation->setObjectName(QStringLiteral("actionDocumentation"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    m_documentation->setToolTip(tr("Read the documentation installed with Wsprobe (F1)"));
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, m_documentation);
    menu->insertAction(first, m_shortcuts);
    menu->insertSeparator(first);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_documentation, &QAction::triggered, this, &HelpMenu::showDocumentation);
}

QString HelpMenu::installedDocumentation()
{
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(WSPROBE_DOC_RELDIR)));
}

void HelpMenu::showShortcuts()
{
    // Made anew each time: the list is read from the actions as they are now.
    delete m_shortcutsDialog;
    m_shortcutsDialog = new ShortcutsDialog(m_window, m_window);
    m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog->show();
}

void HelpMenu::showDocumentation()
{
    if (!m_documentationDialog || m_documentationDialog->folder() != m_folder) {
        delete m_documentationDialog;
        m_documentationDialog = new DocumentationDialog(m_folder, m_window);
        m_documentationDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_documentationDialog->show();
    m_documentationDialog->raise();
    m_documentationDialog->activateWindow();
}
