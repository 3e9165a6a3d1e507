#pragma once

#include <QAbstractTableModel>
#include <QIdentityProxyModel>
#include <QList>
#include <QPointer>

class ServeController;

/// A serve tab's clients as a table: a row per client that connected (kept after it left, so
/// its log stays reachable, as long as the controller keeps it: the newest
/// ServeController::finishedClientsKept() that left), with its address, path, subprotocol, state
/// and counts. Follows the controller's signals; the widgets only show it.
class ServeClientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AddressColumn,
        PathColumn,
        ProtocolColumn,
        StateColumn,
        ReceivedColumn,
        SentColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1, ///< int
        StateRole,                       ///< int(ReadyState)
        CloseCodeRole                    ///< int, once closed
    };

    explicit ServeClientModel(ServeController *controller, QObject *parent = nullptr);

    /// The client id of a row, or 0.
    int clientAt(int row) const;
    /// The row of a client id, or -1.
    int rowOf(int id) const;
    /// Forgets the clients that have left (their logs stay with the controller).
    void removeClosed();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void add(int id);
    void changed(int id);
    void remove(int id);

    QPointer<ServeController> m_controller;
    QList<int> m_ids;
};

/// The merged log of every client: the controller's merged EventLog with a Client column in
/// front saying whose each row is ("#2 127.0.0.1:51234").
class ServeMergedLogModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    static constexpr int ClientColumn = 0;
    static constexpr int ClientIdRole = Qt::UserRole + 100;

    explicit ServeMergedLogModel(ServeController *controller, QObject *parent = nullptr);

    /// The client id of a row, or 0.
    int clientAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    /// QIdentityProxyModel's would go through the source's columns, one to the left of ours.
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<ServeController> m_controller;
};
