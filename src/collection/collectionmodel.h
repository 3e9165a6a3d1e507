#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>

#include "collection/savedconnection.h"

/// The saved connections as a tree of folders for the Connections sidebar. It speaks meaning
/// (kind, URL, the text a search matches), not looks; every edit emits changed() so that the
/// owner can save. Dragging moves items between folders: dropMimeData() moves them itself and
/// answers false, so that a view never deletes the "source" rows afterwards.
class CollectionModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IsFolderRole = Qt::UserRole + 1,
        UrlRole,
        SearchTextRole, ///< name and URL, what the sidebar's search matches
        ConnectionCountRole,
    };
    static constexpr const char *MimeType = "application/x-wsprobe-collection-paths";

    explicit CollectionModel(QObject *parent = nullptr);
    ~CollectionModel() override;

    void setItems(const QList<CollectionItem> &items);
    /// The whole tree, or one item (a folder with its children).
    QList<CollectionItem> items() const;
    CollectionItem item(const QModelIndex &index) const;

    bool isFolder(const QModelIndex &index) const;
    SavedConnection connection(const QModelIndex &index) const;
    void setConnection(const QModelIndex &index, const SavedConnection &connection);
    /// The folder an index is in (itself when it is one); invalid for the top level.
    QModelIndex folderOf(const QModelIndex &index) const;
    /// Appends to parent (a folder or the top level); the new index.
    QModelIndex addItem(const CollectionItem &item, const QModelIndex &parent = {});
    QModelIndex addFolder(const QString &name, const QModelIndex &parent = {});
    /// A copy beside the original, named "… (copy)".
    QModelIndex duplicate(const QModelIndex &index);
    bool rename(const QModelIndex &index, const QString &name);
    /// Moves an item into folder (invalid: the top level), at the end. False when it would
    /// go into itself.
    bool move(const QModelIndex &index, const QModelIndex &folder);
    bool remove(const QModelIndex &index);
    /// The first item called name under parent, searching depth first.
    QModelIndex find(const QString &name, const QModelIndex &parent = {}) const;
    /// Top-level folders and every folder below them, as "A/B" paths, for a "Move to" menu.
    QList<QPersistentModelIndex> folders() const;
    QString pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void changed();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    QList<QPersistentModelIndex> dropped(const QMimeData *data) const;

    std::unique_ptr<Node> m_root;
};
