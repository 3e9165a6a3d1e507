#include "collection/connectionsdock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "collection/collectionstore.h"

namespace {
/// The search filter, and the icons: looks belong here, not in the core's model.
class ConnectionsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QSortFilterProxyModel::data(index, role);
        const bool folder = index.data(CollectionModel::IsFolderRole).toBool();
        return qApp->style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileLinkIcon);
    }
};
} // namespace

ConnectionsDock::ConnectionsDock(CollectionStore &store, QWidget *parent)
    : QDockWidget(tr("Connections"), parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_proxy(new ConnectionsProxy(this))
    , m_error(new QLabel(this))
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setObjectName(QStringLiteral("connectionsSearch"));
    m_search->setPlaceholderText(tr("Search name or URL"));
    m_search->setAccessibleName(tr("Search saved connections"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy->setSourceModel(&store.model());
    m_proxy->setFilterRole(CollectionModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A folder stays while something inside it matches.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_tree->setObjectName(QStringLiteral("connectionsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Saved connections"));
    m_tree->setToolTip(tr("Double-click opens a connection in a new tab; drag to move it to "
                          "another folder; F2 renames; right-click for more"));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    m_error->setObjectName(QStringLiteral("connectionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, const char *name) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(name));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b);
        return b;
    };
    QToolButton *save = button(tr("Save Tab…"),
                               tr("Save the current tab as a connection in the "
                                  "selected folder"),
                               "saveTabButton");
    QToolButton *folder = button(tr("New Folder…"), tr("Add a folder"), "newFolderButton");
    QToolButton *more = button(tr("More"), tr("Import and export collections"), "moreButton");
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Import Collection…"), this, &ConnectionsDock::askImport);
    moreMenu->addAction(tr("Export All…"), this, [this] { askExport({}); });
    more->setMenu(moreMenu);
    more->setPopupMode(QToolButton::InstantPopup);
    layout->addLayout(buttons);
    setWidget(body);

    connect(save, &QToolButton::clicked, this,
            [this] { emit saveTabRequested(m_store.model().folderOf(currentSource())); });
    connect(folder, &QToolButton::clicked, this, &ConnectionsDock::newFolder);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { open(m_proxy->mapToSource(index)); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            &ConnectionsDock::showContextMenu);
    connect(&store, &CollectionStore::saveFailed, this, &ConnectionsDock::showError);
    // Whatever is added shows at once, even inside a collapsed folder.
    connect(&store.model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) {
                if (parent.isValid())
                    m_tree->expand(m_proxy->mapFromSource(parent));
            });
    connect(&store.model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &to) {
                if (to.isValid())
                    m_tree->expand(m_proxy->mapFromSource(to));
            });
    connect(&store.model(), &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    m_tree->expandAll();
}

bool ConnectionsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree) // an open editor is a child of the viewport: its keys stay its own
        return QDockWidget::eventFilter(watched, event);
    // F2 and Delete belong to the tree while it has the focus (F2 is also the window's
    // Rename Tab): claim them before the window's shortcuts see them.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_F2 || key == Qt::Key_Delete) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && currentSource().isValid()) {
        removeItem(currentSource());
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

QModelIndex ConnectionsDock::currentSource() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

void ConnectionsDock::selectSource(const QModelIndex &index)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
}

void ConnectionsDock::open(const QModelIndex &source)
{
    if (source.isValid() && !m_store.model().isFolder(source))
        emit openRequested(m_store.model().connection(source));
}

void ConnectionsDock::newFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        selectSource(m_store.model().addFolder(name, currentSource()));
}

void ConnectionsDock::moveTo(const QModelIndex &source, const QModelIndex &folder)
{
    const QPersistentModelIndex moved(source);
    if (!m_store.model().move(source, folder))
        showError(tr("A folder cannot go into itself."));
    else
        selectSource(moved);
}

void ConnectionsDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex source = m_proxy->mapToSource(m_tree->indexAt(pos));
    CollectionModel &model = m_store.model();
    const QPersistentModelIndex item(source);
    QMenu menu(this);
    if (source.isValid() && !model.isFolder(source)) {
        menu.addAction(tr("Open in New Tab"), this, [this, item] { open(item); });
        menu.addAction(tr("Update from Current Tab"), this,
                       [this, item] { emit updateFromTabRequested(item); });
        menu.addSeparator();
    }
    menu.addAction(tr("Save Current Tab Here…"), this,
                   [this, item] { emit saveTabRequested(m_store.model().folderOf(item)); });
    menu.addAction(tr("New Folder…"), this, &ConnectionsDock::newFolder);
    if (source.isValid()) {
        menu.addSeparator();
        menu.addAction(tr("Rename"), this,
                       [this, item] { m_tree->edit(m_proxy->mapFromSource(item)); });
        menu.addAction(tr("Duplicate"), this,
                       [this, item] { selectSource(m_store.model().duplicate(item)); });
        fillMoveMenu(menu.addMenu(tr("Move To")), source);
        menu.addAction(tr("Export…"), this, [this, item] { askExport(item); });
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, item] { removeItem(item); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void ConnectionsDock::fillMoveMenu(QMenu *menu, const QModelIndex &source)
{
    CollectionModel &model = m_store.model();
    const QPersistentModelIndex item(source);
    QAction *top = menu->addAction(tr("Top Level"), this, [this, item] { moveTo(item, {}); });
    top->setEnabled(source.parent().isValid());
    for (const QPersistentModelIndex &folder : model.folders()) {
        QAction *a = menu->addAction(model.pathOf(folder), this,
                                     [this, item, folder] { moveTo(item, folder); });
        // Not into itself, below itself, or where it already is.
        bool inside = folder == source.parent();
        for (QModelIndex p = folder; p.isValid(); p = p.parent())
            inside |= p == source;
        a->setEnabled(!inside);
    }
}

void ConnectionsDock::removeItem(const QModelIndex &source)
{
    CollectionModel &model = m_store.model();
    const int count = source.data(CollectionModel::ConnectionCountRole).toInt();
    if (model.isFolder(source) && count > 0
        && QMessageBox::question(
               this, tr("Delete Folder"),
               tr("Delete the folder \"%1\" and the %n connection(s) in it?", nullptr, count)
                   .arg(source.data().toString()))
               != QMessageBox::Yes)
        return;
    model.remove(source);
}

void ConnectionsDock::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Collection"), QString(),
        tr("Collections (*.json);;Wsprobe collections (*.wsprobe.json);;Postman collections "
           "and environments (*.postman_collection.json *.postman_environment.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void ConnectionsDock::importFile(const QString &path)
{
    CollectionDocument doc;
    QString error;
    if (!CollectionFile::importFile(path, &doc, &error)) {
        showError(error);
        return;
    }
    m_error->hide();
    const QModelIndex first = m_store.addDocument(doc);
    if (first.isValid())
        selectSource(first);
    int connections = 0;
    for (const CollectionItem &item : doc.items)
        connections += item.connectionCount();
    QString summary = tr("Imported %n connection(s)", nullptr, connections);
    if (doc.hasEnvironments)
        summary +=
            tr(" and %n environment(s)", nullptr, int(doc.environments.environments().size()));
    summary += QLatin1Char('.');
    if (!doc.skipped.isEmpty())
        summary += QLatin1Char(' ') + tr("Left out:") + QStringLiteral("\n• ")
                   + doc.skipped.join(QStringLiteral("\n• "));
    m_error->setStyleSheet(QString());
    m_error->setText(summary);
    m_error->show();
}

void ConnectionsDock::askExport(const QModelIndex &source)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Collection"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *environments = new QCheckBox(tr("Include environments and global variables"), &dialog);
    environments->setChecked(true);
    auto *secrets =
        new QCheckBox(tr("Include secret values (otherwise only their names)"), &dialog);
    secrets->setObjectName(QStringLiteral("exportSecrets"));
    connect(environments, &QCheckBox::toggled, secrets, &QCheckBox::setEnabled);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(environments);
    layout->addWidget(secrets);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = source.isValid() ? source.data().toString() : tr("connections");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Collection"),
                                                      name + QStringLiteral(".wsprobe.json"),
                                                      tr("Wsprobe collections (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store.exportTo(path, source, environments->isChecked(),
                          environments->isChecked() && secrets->isChecked(), &error))
        showError(error);
}

void ConnectionsDock::exportTo(const QString &path, const QModelIndex &source)
{
    QString error;
    if (!m_store.exportTo(path, source, true, false, &error))
        showError(error);
}

void ConnectionsDock::showError(const QString &message)
{
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ConnectionsDock::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}
