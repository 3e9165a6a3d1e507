#include "log/logfiltermodel.h"

#include <algorithm>

#include "log/eventlog.h"

namespace {
// Rows scanned between looks at the clock: small enough to keep a slice near its budget.
constexpr qsizetype RowsPerStep = 8192;
} // namespace

LogFilterModel::LogFilterModel(EventLog *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &LogFilterModel::scanSlice);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onSourceInserted(first, last); });
    connect(source, &QAbstractItemModel::modelReset, this, &LogFilterModel::onSourceReset);
    connect(
        source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onSourceAboutToRemove(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onSourceRemoved(first, last); });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &) {
                if (rowCount() > 0)
                    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            });
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    m_scanned = m_target = source->rowCount();
}

LogFilterModel::~LogFilterModel() = default;

void LogFilterModel::setSearch(LogSearch &&search)
{
    beginResetModel();
    m_search = std::move(search);
    m_rows.clear();
    m_scanned = 0;
    m_target = m_source->rowCount();
    if (!isFiltering())
        m_scanned = m_target;
    endResetModel();
    if (isScanning())
        scanSlice();
    else
        emit scanFinished(rowCount());
}

void LogFilterModel::onSourceReset()
{
    beginResetModel();
    m_rows.clear();
    m_target = m_source->rowCount();
    m_scanned = isFiltering() ? 0 : m_target;
    endResetModel();
    if (isScanning())
        scanSlice();
}

// The log only ever removes its oldest rows (a row limit), so removals start at row 0.
void LogFilterModel::onSourceAboutToRemove(int first, int last)
{
    Q_ASSERT(first == 0);
    Q_UNUSED(first);
    const qsizetype n = last + 1;
    if (!isFiltering()) {
        m_removing = std::min(n, m_scanned);
    } else {
        m_removing = std::lower_bound(m_rows.begin(), m_rows.end(), qint32(n)) - m_rows.begin();
    }
    if (m_removing > 0)
        beginRemoveRows({}, 0, int(m_removing - 1));
}

void LogFilterModel::onSourceRemoved(int, int last)
{
    const qsizetype n = last + 1;
    if (isFiltering()) {
        m_rows.erase(m_rows.begin(), m_rows.begin() + m_removing);
        for (qint32 &row : m_rows)
            row -= qint32(n);
    }
    m_scanned = std::max<qsizetype>(0, m_scanned - n);
    m_target = std::max<qsizetype>(0, m_target - n);
    if (m_removing > 0)
        endRemoveRows();
    m_removing = 0;
}

void LogFilterModel::onSourceInserted(int first, int last)
{
    if (!isFiltering()) {
        beginInsertRows({}, first, last);
        m_scanned = m_target = last + 1;
        endInsertRows();
        return;
    }
    m_target = last + 1;
    // Live rows arrive in small batches; while a long scan runs they wait for it.
    if (!m_sliceTimer.isActive())
        scanSlice();
}

void LogFilterModel::scanSlice()
{
    QElapsedTimer timer;
    timer.start();
    std::vector<qint32> found;
    const EventStore &store = m_source->store();
    while (m_scanned < m_target) {
        const qsizetype end = std::min(m_target, m_scanned + RowsPerStep);
        m_search.scan(store, m_scanned, end, &found);
        m_scanned = end;
        if (timer.elapsed() >= m_budgetMs)
            break;
    }
    appendRows(found);
    if (isScanning()) {
        emit scanProgress(m_scanned, m_target);
        m_sliceTimer.start();
    } else {
        emit scanFinished(qsizetype(m_rows.size()));
    }
}

void LogFilterModel::appendRows(const std::vector<qint32> &rows)
{
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

int LogFilterModel::sourceRow(int row) const
{
    if (!isFiltering())
        return row;
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1;
}

int LogFilterModel::rowForSource(int source) const
{
    if (!isFiltering())
        return source < m_scanned ? source : -1;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), qint32(source));
    return it != m_rows.end() && *it == source ? int(it - m_rows.begin()) : -1;
}

int LogFilterModel::rowAtOrAfterSource(int source) const
{
    if (!isFiltering())
        return int(std::clamp<qsizetype>(source, 0, m_scanned));
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), qint32(std::max(source, 0)));
    return int(it - m_rows.begin());
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return isFiltering() ? int(m_rows.size()) : int(m_scanned);
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant LogFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_source->data(m_source->index(sourceRow(index.row()), index.column()), role);
}

QVariant LogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}
