#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include "log/logsearch.h"

class EventLog;

/// The rows of a EventLog that pass a LogSearch, as a table with the log's columns and
/// roles. A new search is applied in slices of at most sliceBudgetMs() on the event loop, so
/// that typing in the search box over a million rows never freezes the window; matches appear
/// as they are found. Rows that arrive later are tested as they come.
class LogFilterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(EventLog *source, QObject *parent = nullptr);
    ~LogFilterModel() override;

    EventLog *sourceLog() const { return m_source; }
    /// Replaces the filter and starts over.
    void setSearch(LogSearch &&search);
    const LogSearch &search() const { return m_search; }
    bool isFiltering() const { return !m_search.isPassThrough(); }
    /// A search is still walking through the rows that were there when it started.
    bool isScanning() const { return m_scanned < m_target; }

    int sourceRow(int row) const;
    /// The filtered row of a source row, or -1 when it is filtered out.
    int rowForSource(int sourceRow) const;
    /// The first filtered row whose source row is sourceRow or later; rowCount() when none.
    /// Steps from any event of the log to the next match, shown or not.
    int rowAtOrAfterSource(int sourceRow) const;

    int sliceBudgetMs() const { return m_budgetMs; }
    void setSliceBudgetMs(int ms) { m_budgetMs = ms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    /// The current search has looked at every row; matchCount rows passed.
    void scanFinished(qsizetype matchCount);
    void scanProgress(qsizetype scanned, qsizetype total);

private:
    void onSourceInserted(int first, int last);
    void onSourceReset();
    void onSourceAboutToRemove(int first, int last);
    void onSourceRemoved(int first, int last);
    void scanSlice();
    void appendRows(const std::vector<qint32> &rows);

    EventLog *m_source;
    LogSearch m_search;
    std::vector<qint32> m_rows; ///< source rows shown, ascending; unused while pass-through
    qsizetype m_scanned = 0;    ///< source rows looked at
    qsizetype m_target = 0;     ///< source rows to look at before the scan is finished
    int m_budgetMs = 25;
    qsizetype m_removing = 0; ///< filtered rows being removed with the source's oldest
    QTimer m_sliceTimer;
};
