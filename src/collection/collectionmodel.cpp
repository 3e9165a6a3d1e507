#include "collection/collectionmodel.h"

#include <algorithm>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

struct CollectionModel::Node
{
    bool folder = true;
    QString name;
    SavedConnection connection;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &list = parent->children;
        const auto it = std::find_if(list.cbegin(), list.cend(),
                                     [this](const auto &c) { return c.get() == this; });
        return int(it - list.cbegin());
    }
    QString displayName() const { return folder ? name : connection.name; }
    bool contains(const Node *other) const
    {
        for (const Node *n = other; n; n = n->parent) {
            if (n == this)
                return true;
        }
        return false;
    }
    static std::unique_ptr<Node> from(const CollectionItem &item, Node *parent)
    {
        auto node = std::make_unique<Node>();
        node->folder = item.folder;
        node->name = item.name;
        node->connection = item.connection;
        node->parent = parent;
        for (const CollectionItem &child : item.children)
            node->children.push_back(from(child, node.get()));
        return node;
    }
    CollectionItem toItem() const
    {
        CollectionItem item;
        item.folder = folder;
        item.name = name;
        item.connection = connection;
        for (const auto &child : children)
            item.children << child->toItem();
        return item;
    }
    int count() const
    {
        if (!folder)
            return 1;
        int n = 0;
        for (const auto &child : children)
            n += child->count();
        return n;
    }
};

CollectionModel::CollectionModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CollectionModel::~CollectionModel() = default;

void CollectionModel::setItems(const QList<CollectionItem> &items)
{
    beginResetModel();
    m_root = Node::from(CollectionItem::makeFolder({}, items), nullptr);
    endResetModel();
}

QList<CollectionItem> CollectionModel::items() const
{
    return m_root->toItem().children;
}

CollectionItem CollectionModel::item(const QModelIndex &index) const
{
    return nodeOf(index)->toItem();
}

CollectionModel::Node *CollectionModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CollectionModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

bool CollectionModel::isFolder(const QModelIndex &index) const
{
    return !index.isValid() || nodeOf(index)->folder;
}

SavedConnection CollectionModel::connection(const QModelIndex &index) const
{
    return nodeOf(index)->connection;
}

void CollectionModel::setConnection(const QModelIndex &index, const SavedConnection &connection)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || node->folder)
        return;
    node->connection = connection;
    emit dataChanged(index, index);
    emit changed();
}

QModelIndex CollectionModel::folderOf(const QModelIndex &index) const
{
    if (!index.isValid() || isFolder(index))
        return index;
    return index.parent();
}

QModelIndex CollectionModel::addItem(const CollectionItem &item, const QModelIndex &parent)
{
    Node *folder = nodeOf(folderOf(parent));
    const int row = int(folder->children.size());
    beginInsertRows(indexOf(folder), row, row);
    folder->children.push_back(Node::from(item, folder));
    endInsertRows();
    emit changed();
    return index(row, 0, indexOf(folder));
}

QModelIndex CollectionModel::addFolder(const QString &name, const QModelIndex &parent)
{
    return addItem(CollectionItem::makeFolder(name), parent);
}

QModelIndex CollectionModel::duplicate(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    CollectionItem copy = item(index);
    const QString name = tr("%1 (copy)").arg(copy.displayName());
    if (copy.folder)
        copy.name = name;
    else
        copy.connection.name = name;
    Node *folder = nodeOf(index)->parent;
    const int row = index.row() + 1;
    beginInsertRows(indexOf(folder), row, row);
    folder->children.insert(folder->children.begin() + row, Node::from(copy, folder));
    endInsertRows();
    emit changed();
    return this->index(row, 0, indexOf(folder));
}

bool CollectionModel::rename(const QModelIndex &index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!index.isValid() || trimmed.isEmpty())
        return false;
    Node *node = nodeOf(index);
    if (node->displayName() == trimmed)
        return true;
    (node->folder ? node->name : node->connection.name) = trimmed;
    emit dataChanged(index, index);
    emit changed();
    return true;
}

bool CollectionModel::move(const QModelIndex &index, const QModelIndex &folder)
{
    if (!index.isValid())
        return false;
    Node *node = nodeOf(index);
    Node *target = nodeOf(folderOf(folder));
    if (node->contains(target))
        return false; // into itself or below itself
    if (node->parent == target)
        return true;
    Node *from = node->parent;
    const int row = index.row();
    const int to = int(target->children.size());
    if (!beginMoveRows(index.parent(), row, row, indexOf(target), to))
        return false;
    std::unique_ptr<Node> owned = std::move(from->children[size_t(row)]);
    from->children.erase(from->children.begin() + row);
    owned->parent = target;
    target->children.push_back(std::move(owned));
    endMoveRows();
    emit changed();
    return true;
}

bool CollectionModel::remove(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    Node *folder = nodeOf(index)->parent;
    beginRemoveRows(index.parent(), index.row(), index.row());
    folder->children.erase(folder->children.begin() + index.row());
    endRemoveRows();
    emit changed();
    return true;
}

QModelIndex CollectionModel::find(const QString &name, const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex i = index(row, 0, parent);
        if (nodeOf(i)->displayName() == name)
            return i;
        const QModelIndex below = find(name, i);
        if (below.isValid())
            return below;
    }
    return {};
}

QList<QPersistentModelIndex> CollectionModel::folders() const
{
    QList<QPersistentModelIndex> list;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex i = index(row, 0, parent);
            if (isFolder(i)) {
                list << i;
                walk(i);
            }
        }
    };
    walk({});
    return list;
}

QString CollectionModel::pathOf(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *n = nodeOf(index); n && n != m_root.get(); n = n->parent)
        parts.prepend(n->displayName());
    return parts.join(QLatin1Char('/'));
}

QModelIndex CollectionModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex CollectionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CollectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->displayName();
    case Qt::ToolTipRole:
        return node->folder ? tr("%n connection(s)", nullptr, node->count()) : node->connection.url;
    case IsFolderRole:
        return node->folder;
    case UrlRole:
        return node->folder ? QString() : node->connection.url;
    case SearchTextRole:
        return node->folder ? node->name
                            : node->connection.name + QLatin1Char('\n') + node->connection.url;
    case ConnectionCountRole:
        return node->count();
    default:
        return {};
    }
}

bool CollectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    return rename(index, value.toString());
}

Qt::ItemFlags CollectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (isFolder(index))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions CollectionModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *CollectionModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray paths;
    for (const QModelIndex &i : indexes) {
        QJsonArray path;
        for (QModelIndex p = i; p.isValid(); p = p.parent())
            path.prepend(p.row());
        paths.append(path);
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType),
                  QJsonDocument(paths).toJson(QJsonDocument::Compact));
    return data;
}

QList<QPersistentModelIndex> CollectionModel::dropped(const QMimeData *data) const
{
    QList<QPersistentModelIndex> list;
    const QJsonArray paths =
        QJsonDocument::fromJson(data->data(QString::fromLatin1(MimeType))).array();
    for (const QJsonValue &path : paths) {
        QModelIndex i;
        for (const QJsonValue &row : path.toArray())
            i = index(row.toInt(-1), 0, i);
        if (i.isValid())
            list << i;
    }
    return list;
}

bool CollectionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    const Node *target = nodeOf(folderOf(parent));
    const QList<QPersistentModelIndex> items = dropped(data);
    return !items.isEmpty() && std::none_of(items.cbegin(), items.cend(), [&](const auto &i) {
        return nodeOf(i)->contains(target);
    });
}

bool CollectionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QPersistentModelIndex target = folderOf(parent);
    for (const QPersistentModelIndex &i : dropped(data))
        move(i, target);
    // Done here: "true" would make the view remove the rows it thinks were copied.
    return false;
}
