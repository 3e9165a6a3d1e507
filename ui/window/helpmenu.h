#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class DocumentationDialog;
class QAction;
class QMenu;
class QWidget;
class ShortcutsDialog;

/// The Help menu's entries besides About: the window's keyboard shortcuts, read from its
/// actions each time they are shown, and the documentation installed with the program.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    /// Puts its entries at the top of menu; window is where the shortcuts are read from.
    HelpMenu(QWidget *window, QMenu *menu);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *documentationAction() const { return m_documentation; }
    /// The folder whose README.md opens first; installedDocumentation() unless set.
    void setDocumentationFolder(const QString &folder) { m_folder = folder; }
    QString documentationFolder() const { return m_folder; }
    /// <prefix>/share/doc/wsprobe, found from the program in <prefix>/bin (the build copies
    /// the documentation to the same place beside the program it builds).
    static QString installedDocumentation();

    void showShortcuts();
    void showDocumentation();

private:
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_documentation;
    QString m_folder;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<DocumentationDialog> m_documentationDialog;
};
