#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include "collection/collectionstore.h"

class ConnectionPage;
class ConnectionsDock;
class EnvironmentBar;
class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class TemplatesDock;

/// Saved connections and environments in the window: makes the Connections dock, the tool
/// bar's environment chooser and their menu entries, keeps every tab's variables in step with
/// the environments, opens saved connections (as tab states for the window) and saves tabs.
/// The window wires it with a few calls: attach() each tab, setCurrentPage() on a switch, and
/// openRequested to make a tab.
class CollectionsUi : public QObject
{
    Q_OBJECT
public:
    CollectionsUi(QMainWindow *window, QToolBar *toolBar, QMenu *menu, TemplatesDock *templates);

    CollectionStore &store() { return m_store; }
    ConnectionsDock *dock() const { return m_dock; }
    EnvironmentBar *bar() const { return m_bar; }
    QAction *toggleAction() const { return m_toggle; }
    /// Switches to another collection file (tests use a temporary one).
    bool setPath(const QString &path);

    /// A tab the window made: its variables follow the environments from now on.
    void attach(ConnectionPage *page);
    void setCurrentPage(ConnectionPage *page);
    /// Saves the current tab into folder under name; the new item.
    QModelIndex saveCurrentTab(const QModelIndex &folder, const QString &name);
    /// Sets the environment: for the current tab alone when pinned, else for the window.
    void chooseEnvironment(const QString &name, bool pinned);
    void editEnvironments();

signals:
    /// Make a tab from this state (ConnectionPage::restoreState's map).
    void openRequested(const QVariantMap &state);

private:
    void open(const SavedConnection &connection);
    void askSaveTab(const QModelIndex &folder);
    void updateFromTab(const QModelIndex &index);
    void applyEnvironments();
    void showChoice();

    CollectionStore m_store;
    ConnectionsDock *m_dock;
    EnvironmentBar *m_bar;
    QAction *m_toggle;
    TemplatesDock *m_templates;
    QList<QPointer<ConnectionPage>> m_pages;
    QPointer<ConnectionPage> m_current;
};
