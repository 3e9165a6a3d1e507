#include "collection/collectionsui.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include "collection/connectionsdock.h"
#include "collection/environmentbar.h"
#include "collection/environmentsdialog.h"
#include "compose/templatesdock.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"

CollectionsUi::CollectionsUi(QMainWindow *window, QToolBar *toolBar, QMenu *menu,
                             TemplatesDock *templates)
    : QObject(window)
    , m_dock(new ConnectionsDock(m_store, window))
    , m_bar(new EnvironmentBar(toolBar))
    , m_templates(templates)
{
    setObjectName(QStringLiteral("collectionsUi"));
    m_dock->setObjectName(QStringLiteral("connectionsDock"));
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_toggle = m_dock->toggleViewAction();
    m_toggle->setText(tr("&Connections"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_toggle->setToolTip(tr("Show the saved connections (Ctrl+Shift+K)"));
    menu->addAction(m_toggle);
    QAction *edit = menu->addAction(tr("&Environments…"), this, &CollectionsUi::editEnvironments);
    edit->setObjectName(QStringLiteral("actionEnvironments"));
    // A tool bar of its own: it can sit beside the main one or be moved, and never hides
    // the connection's actions in the overflow menu.
    auto *envBar = new QToolBar(tr("Environment"), window);
    envBar->setObjectName(QStringLiteral("environmentToolBar"));
    envBar->addWidget(m_bar);
    window->addToolBar(Qt::TopToolBarArea, envBar);

    QString error;
    if (!m_store.load(CollectionFile::defaultPath(), &error))
        m_dock->showError(error);
    connect(m_dock, &ConnectionsDock::openRequested, this, &CollectionsUi::open);
    connect(m_dock, &ConnectionsDock::saveTabRequested, this,
            [this](const QPersistentModelIndex &folder) { askSaveTab(folder); });
    connect(m_dock, &ConnectionsDock::updateFromTabRequested, this,
            [this](const QPersistentModelIndex &index) { updateFromTab(index); });
    connect(m_bar, &EnvironmentBar::chosenChanged, this, [this](const QString &name) {
        chooseEnvironment(name, m_bar->pinButton()->isChecked());
    });
    connect(m_bar, &EnvironmentBar::pinToggled, this, [this](bool pinned) {
        if (pinned)
            chooseEnvironment(m_bar->chosen(), true);
        else if (m_current)
            m_current->workbench().setEnvironment({}); // back to the window's
        applyEnvironments();
        showChoice();
    });
    connect(m_bar, &EnvironmentBar::editRequested, this, &CollectionsUi::editEnvironments);
    connect(&m_store, &CollectionStore::environmentsChanged, this, [this] {
        applyEnvironments();
        showChoice();
    });
    showChoice();
}

bool CollectionsUi::setPath(const QString &path)
{
    QString error;
    const bool ok = m_store.load(path, &error);
    m_dock->showError(error);
    return ok;
}

void CollectionsUi::attach(ConnectionPage *page)
{
    m_pages.removeIf([](const QPointer<ConnectionPage> &p) { return p.isNull(); });
    m_pages << page;
    m_store.environments().apply(page->workbench().variables(), page->workbench().environment());
}

void CollectionsUi::setCurrentPage(ConnectionPage *page)
{
    m_current = page;
    showChoice();
}

void CollectionsUi::showChoice()
{
    const EnvironmentSet &set = m_store.environments();
    const QString pin = m_current ? m_current->workbench().environment() : QString();
    const bool pinned = !pin.isEmpty() && set.find(pin);
    m_bar->showChoice(set.names(), set.effective(pin), pinned);
}

void CollectionsUi::applyEnvironments()
{
    for (const QPointer<ConnectionPage> &page : std::as_const(m_pages)) {
        if (page)
            m_store.environments().apply(page->workbench().variables(),
                                         page->workbench().environment());
    }
}

void CollectionsUi::chooseEnvironment(const QString &name, bool pinned)
{
    if (m_current)
        m_current->workbench().setEnvironment(pinned ? name : QString());
    if (!pinned)
        m_store.setActiveEnvironment(name);
    applyEnvironments();
    showChoice();
}

void CollectionsUi::editEnvironments()
{
    EnvironmentsDialog dialog(m_store.environments(), m_dock->parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        m_store.setEnvironments(dialog.environments());
}

void CollectionsUi::open(const SavedConnection &connection)
{
    for (const MessageTemplate &t : connection.templates)
        m_templates->saveMessage(t.message, connection.name + QLatin1Char('/') + t.name);
    if (!connection.templates.isEmpty())
        m_templates->show();
    emit openRequested(connection.toTabState());
}

QModelIndex CollectionsUi::saveCurrentTab(const QModelIndex &folder, const QString &name)
{
    if (!m_current)
        return {};
    const SavedConnection c = SavedConnection::fromTabState(m_current->saveState(), name);
    const QModelIndex added = m_store.model().addItem(CollectionItem::makeConnection(c), folder);
    m_dock->show();
    m_dock->selectSource(added);
    return added;
}

void CollectionsUi::askSaveTab(const QModelIndex &folder)
{
    if (!m_current)
        return;
    const QPersistentModelIndex target(folder);
    const QString suggested = m_current->customTitle().isEmpty()
                                  ? SavedConnection::nameFor(m_current->panel()->urlText())
                                  : m_current->customTitle();
    bool ok = false;
    const QString name = QInputDialog::getText(m_dock, tr("Save Connection"), tr("Name:"),
                                               QLineEdit::Normal, suggested, &ok);
    if (ok)
        saveCurrentTab(target, name);
}

void CollectionsUi::updateFromTab(const QModelIndex &index)
{
    if (!m_current || !index.isValid())
        return;
    const SavedConnection old = m_store.model().connection(index);
    SavedConnection c = SavedConnection::fromTabState(m_current->saveState(), old.name);
    c.templates = old.templates; // a tab does not carry them
    m_store.model().setConnection(index, c);
}
