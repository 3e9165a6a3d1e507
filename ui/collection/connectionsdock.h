#pragma once

#include <QDockWidget>
#include <QPersistentModelIndex>

class CollectionStore;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;
struct SavedConnection;

/// The Connections sidebar: saved requests in folders, over the store's CollectionModel.
/// Double-click or Enter opens one in a new tab; the context menu saves the current tab,
/// renames (F2), duplicates, moves to another folder, exports and deletes; items drag between
/// folders; the search field keeps what matches by name or URL. It shows and forwards: the
/// model does the work, the window opens and saves tabs.
class ConnectionsDock : public QDockWidget
{
    Q_OBJECT
public:
    ConnectionsDock(CollectionStore &store, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The selected item in the store's model (invalid: none).
    QModelIndex currentSource() const;
    void selectSource(const QModelIndex &index);

    void open(const QModelIndex &source);
    /// Asks for a name, then adds a folder beside or in the selection.
    void newFolder();
    void moveTo(const QModelIndex &source, const QModelIndex &folder);
    void importFile(const QString &path);
    /// Writes source (invalid: everything) with the environments, secret values left out.
    void exportTo(const QString &path, const QModelIndex &source);
    void showError(const QString &message);
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void openRequested(const SavedConnection &connection);
    /// Save the current tab into folder (a folder index of the model; invalid: top level).
    void saveTabRequested(const QPersistentModelIndex &folder);
    /// Replace a saved connection with the current tab's settings.
    void updateFromTabRequested(const QPersistentModelIndex &connection);

private:
    void showContextMenu(const QPoint &pos);
    void fillMoveMenu(QMenu *menu, const QModelIndex &source);
    void askImport();
    void askExport(const QModelIndex &source);
    void removeItem(const QModelIndex &source);

    CollectionStore &m_store;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_error;
};
