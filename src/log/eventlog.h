#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QTimer>

#include "connection/event.h"
#include "connection/eventsink.h"
#include "connection/timeformat.h"
#include "decode/decodecache.h"
#include "log/checkrecord.h"
#include "log/eventstore.h"
#include "log/layercache.h"
#include "protocols/protocollayer.h"

/// The event log as a table: one row per event. Fed by a connection; rows become visible in
/// batches (one beginInsertRows per flush) so a flood of messages does not drown the view.
/// Speaks meaning through roles; colours and icons are the view's business.
class EventLog : public QAbstractTableModel, public EventSink
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, KindColumn, SizeColumn, PreviewColumn, ColumnCount };
    enum Role {
        TimestampRole = Qt::UserRole + 1, ///< qint64 ms since the epoch
        DirectionRole,                    ///< int(Direction)
        KindRole,                         ///< int(EventKind)
        PayloadRole,                      ///< QByteArray, the full payload
        SizeRole,                         ///< qint64 payload bytes
        CloseCodeRole,                    ///< int, close events
        WasCleanRole,                     ///< bool, close events
        RttRole,                          ///< qint64 ms, pong events
        ProtocolRole,                     ///< QString, open events
        ExtensionsRole,                   ///< QString, open events
        WireSizeRole,                     ///< qint64 compressed size, messages; -1 if not
        PacketTypeRole,  ///< QString, messages: the protocol layer's first packet type
        CheckPassedRole, ///< bool, a script's assertion (Check rows)
        MatchedRowRole,  ///< int, Check rows: the row of the message it matched; -1 none
    };

    /// How the Time column reads: the wall clock, time since the connection opened (the last
    /// open before the row), or time since the previous event.
    enum TimeMode { AbsoluteTime, RelativeTime, DeltaTime };

    explicit EventLog(QObject *parent = nullptr);
    ~EventLog() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Queues the event; it appears at the next flush (within batchInterval()).
    void append(const Event &event);
    void record(const Event &event) override { append(event); }
    /// Makes every queued event visible now.
    void flush();
    void clear();
    /// Shows a finished recording (a session loaded from a file) in place of the log.
    void adopt(EventStore &&events);

    /// A script's assertion as a row of the log, in order with the events (CheckRecord):
    /// appended like one; not an event of the connection, so no journal sees it.
    void appendCheck(const CheckRecord &check, qint64 timeMs);
    /// Check rows: the row of the message the assertion matched, or -1 (none, or dropped
    /// for the limit since).
    int matchedRow(int row) const;
    /// The event number of the newest event stored (droppedCount() + row), -1 when empty:
    /// what a Check row names its message by, as rows shift when the oldest are dropped.
    qint64 lastEventNumber() const { return m_store.droppedCount() + m_store.size() - 1; }

    /// Events stored, including those not yet flushed into the model.
    qsizetype totalCount() const { return m_store.size(); }
    qsizetype pendingCount() const { return m_store.size() - m_visible; }
    Event eventAt(int row) const { return m_store.at(row); }
    const EventStore &store() const { return m_store; }

    int batchInterval() const { return m_flushTimer.interval(); }
    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms); }

    /// Keeps at most this many events (0: no limit); the oldest are dropped as new ones come.
    void setMaxRows(qsizetype rows);
    qsizetype maxRows() const { return m_maxRows; }
    /// Events dropped for the limit since the log was last cleared.
    qsizetype droppedCount() const { return m_store.droppedCount(); }

    TimeMode timeMode() const { return m_timeMode; }
    void setTimeMode(TimeMode mode);
    /// "+1.250", "+2:03.004", "+1:02:03.456": seconds with milliseconds, minutes and hours
    /// only when needed.
    static QString elapsedText(qint64 ms);

    static constexpr int PreviewBytes = 240;
    /// One-line summary of an event for the Preview column.
    static QString preview(const Event &event);

    /// The decoder pipeline of this log (empty: none) and its cache of decoded messages,
    /// shared with a search that looks into decoded values.
    void setDecodePipeline(const DecodePipeline &pipeline);
    const DecodePipeline &decodePipeline() const { return m_decoder->pipeline(); }
    std::shared_ptr<DecodeCache> decoder() const { return m_decoder; }
    /// The decoded form of a message row, decoded now unless cached; null for other rows
    /// and when no pipeline is set.
    std::shared_ptr<const DecodedMessage> decodedAt(int row) const;
    /// The composer's JSON messages are sent encoded by the same pipeline (the tab's
    /// ConnectionWorkbench does it; kept here, with the pipeline, so that one page sets both).
    void setEncodesOutgoing(bool on);
    bool encodesOutgoing() const { return m_encodeOutgoing; }

    /// The protocol layer the tab's messages are read with (null: none): the preview column
    /// shows its packet summaries, the raw payload stays in PayloadRole.
    void setProtocolLayer(std::shared_ptr<const ProtocolLayer> layer);
    std::shared_ptr<const ProtocolLayer> protocolLayer() const { return m_layers->layer(); }
    /// The packets of a message row as the log shows them (replies paired, attachments put
    /// back: see LayerCache); empty for other rows and without a layer. Decoded once, cached.
    QList<LayerPacket> packetsAt(int row) const;
    /// The cache packetsAt() reads through, shared with a search that hides packet types.
    std::shared_ptr<LayerCache> layerCache() const { return m_layers; }

signals:
    /// Another protocol layer was set: previews and filters are out of date.
    void protocolLayerChanged();
    /// After a flush made rows visible; views use it to follow the tail.
    void rowsFlushed(int first, int last);
    /// The oldest events were removed to stay within maxRows(); total since the last clear.
    void oldestDropped(qsizetype total);
    /// Another decoder pipeline was set: decoded views and searches are out of date.
    void decodingChanged();

private:
    QString previewFor(qsizetype row) const;
    QString sizeText(qsizetype row) const;
    QString timeText(qsizetype row) const;
    void indexOpens();
    void enforceLimit();

    EventStore m_store;
    qsizetype m_visible = 0;
    TimeMode m_timeMode = AbsoluteTime;
    // Painting asks for every visible row's time: QDateTime stats /etc/localtime per call, a
    // third of painting a row (perf, release).
    mutable TimeFormat::LocalTimeOfDay m_localTime;
    qsizetype m_maxRows = 0;
    std::vector<qint32> m_openRows; ///< rows of open events, ascending, for relative time
    QTimer m_flushTimer;
    std::shared_ptr<DecodeCache> m_decoder = std::make_shared<DecodeCache>();
    bool m_encodeOutgoing = false;
    std::shared_ptr<LayerCache> m_layers = std::make_shared<LayerCache>();
};
