#pragma once

#include <deque>
#include <unordered_map>

#include <QAbstractTableModel>
#include <QTimer>

#include "relay/relayrecord.h"

/// One relayed conversation's records as a table: a row per message, ping, pong or close,
/// shown once with where it came from and where it went, updated in place when a paused or
/// queued message gets its fate. Rows arrive in 50 ms batches (a flood must not insert rows
/// one by one) and the oldest are dropped past maxRows.
class RelayLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        PathColumn,
        FateColumn,
        TypeColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ArrivedRole,     ///< RelayRoute as int
        LeftRole,        ///< RelayRoute as int
        FateRole,        ///< RelayRecord::Fate as int
        KindRole,        ///< RelayRecord::Kind as int
        PayloadRole,     ///< QByteArray, as it arrived
        SentPayloadRole, ///< QByteArray, as it was written (an edit), else as it arrived
        IsTextRole
    };

    explicit RelayLogModel(QObject *parent = nullptr);

    void setMaxRows(int rows) { m_maxRows = rows; }
    /// A new record or a new fate for one already shown (same id).
    void record(const RelayRecord &record);
    /// Makes what is pending visible now.
    void flush();
    void clear();
    const RelayRecord &at(int row) const { return m_rows[size_t(row)]; }
    /// The row of a record id, or -1 (not yet visible, or dropped).
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString preview(const QByteArray &payload, bool isText);
    /// The row after from (before it when backwards; from is -1, or rowCount() when
    /// backwards, for none), wrapping around, whose payload as it arrived or as it was sent
    /// holds text: any case in a text payload, the bytes or their hex in a binary one; -1 when
    /// no row does (an empty text matches none). Rows not yet flushed are not searched.
    int findRow(const QString &text, int from, bool backwards) const;

private:
    std::deque<RelayRecord> m_rows;
    std::vector<RelayRecord> m_pending;
    std::unordered_map<qint64, size_t> m_index; ///< id → position counted from m_dropped
    size_t m_dropped = 0;
    int m_maxRows = 100000;
    QTimer m_batch;
};
