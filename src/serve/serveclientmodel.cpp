#include "serve/serveclientmodel.h"

#include "log/eventlog.h"
#include "serve/servecontroller.h"

ServeClientModel::ServeClientModel(ServeController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    // Clients that connected before the model: rows in the controller's order.
    for (int id : controller->clientIds())
        m_ids << id;
    connect(controller, &ServeController::clientConnected, this, &ServeClientModel::add);
    connect(controller, &ServeController::clientChanged, this, &ServeClientModel::changed);
    connect(controller, &ServeController::clientFinished, this, &ServeClientModel::changed);
    connect(controller, &ServeController::clientRemoved, this, &ServeClientModel::remove);
}

void ServeClientModel::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

int ServeClientModel::clientAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ServeClientModel::rowOf(int id) const
{
    return int(m_ids.indexOf(id));
}

void ServeClientModel::removeClosed()
{
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        const ServeClientInfo *info = m_controller ? m_controller->client(m_ids.at(row)) : nullptr;
        if (info && info->state != ReadyState::Closed)
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    }
}

void ServeClientModel::add(int id)
{
    if (m_ids.contains(id))
        return;
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
    m_ids << id;
    endInsertRows();
}

void ServeClientModel::changed(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ServeClientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ServeClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServeClientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_controller)
        return {};
    const ServeClientInfo *info = m_controller->client(clientAt(index.row()));
    if (!info)
        return {};
    switch (role) {
    case ClientIdRole:
        return info->id;
    case StateRole:
        return int(info->state);
    case CloseCodeRole:
        return info->closeCode;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == ReceivedColumn
            || index.column() == SentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && info->state == ReadyState::Closed)
            return EventNames::closeCodeMeaning(info->closeCode);
        if (index.column() == ReceivedColumn || index.column() == SentColumn) {
            const bool in = index.column() == ReceivedColumn;
            return tr("%1 messages, %2 bytes")
                .arg(in ? info->messagesIn : info->messagesOut)
                .arg(in ? info->bytesIn : info->bytesOut);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return info->id;
    case AddressColumn:
        return info->address;
    case PathColumn:
        return info->path;
    case ProtocolColumn:
        return info->protocol;
    case StateColumn:
        if (info->state == ReadyState::Closed && info->closeCode)
            return tr("closed %1").arg(info->closeCode);
        return Connection::readyStateName(info->state);
    case ReceivedColumn:
        return info->messagesIn;
    case SentColumn:
        return info->messagesOut;
    default:
        return {};
    }
}

QVariant ServeClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case AddressColumn:
        return tr("Address");
    case PathColumn:
        return tr("Path");
    case ProtocolColumn:
        return tr("Subprotocol");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case SentColumn:
        return tr("Sent");
    default:
        return {};
    }
}

ServeMergedLogModel::ServeMergedLogModel(ServeController *controller, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_controller(controller)
{
    setSourceModel(controller->mergedLog());
}

int ServeMergedLogModel::clientAt(int row) const
{
    return m_controller ? m_controller->mergedClient(row) : 0;
}

int ServeMergedLogModel::columnCount(const QModelIndex &parent) const
{
    return sourceModel() && !parent.isValid() ? sourceModel()->columnCount() + 1 : 0;
}

QModelIndex ServeMergedLogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ServeMergedLogModel::mapToSource(const QModelIndex &proxy) const
{
    if (!proxy.isValid() || !sourceModel())
        return {};
    // The client column stands on the time column's row for selection and flags.
    return sourceModel()->index(proxy.row(), qMax(0, proxy.column() - 1));
}

QModelIndex ServeMergedLogModel::mapFromSource(const QModelIndex &source) const
{
    if (!source.isValid())
        return {};
    return createIndex(source.row(), source.column() + 1);
}

QModelIndex ServeMergedLogModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

QVariant ServeMergedLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ClientIdRole)
        return clientAt(index.row());
    if (index.column() != ClientColumn)
        return QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return mapToSource(index).data(role);
    const int id = clientAt(index.row());
    if (id == 0)
        return {};
    if (role == Qt::DisplayRole)
        return QStringLiteral("#%1").arg(id);
    // A client forgotten for the bound on finished rows keeps its number in the log.
    const ServeClientInfo *info = m_controller ? m_controller->client(id) : nullptr;
    return info ? tr("Client %1 (%2)").arg(id).arg(info->address) : QVariant();
}

QVariant ServeMergedLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == ClientColumn) {
        return role == Qt::DisplayRole ? QVariant(tr("Client")) : QVariant();
    }
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section - 1, orientation, role);
    return QIdentityProxyModel::headerData(section, orientation, role);
}
