#include "relay/relaylogmodel.h"

#include <QDateTime>

#include "log/logsearch.h"

RelayLogModel::RelayLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(50);
    connect(&m_batch, &QTimer::timeout, this, &RelayLogModel::flush);
}

void RelayLogModel::record(const RelayRecord &record)
{
    if (const int row = rowOf(record.id); row >= 0) {
        m_rows[size_t(row)] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    for (RelayRecord &p : m_pending) {
        if (p.id == record.id) {
            p = record;
            return;
        }
    }
    m_pending.push_back(record);
    if (!m_batch.isActive())
        m_batch.start();
}

void RelayLogModel::flush()
{
    m_batch.stop();
    if (m_pending.empty())
        return;
    if (int(m_pending.size()) > m_maxRows) // never shown, so nothing to remove
        m_pending.erase(m_pending.begin(), m_pending.end() - m_maxRows);
    const int overflow = int(m_rows.size() + m_pending.size()) - m_maxRows;
    if (overflow > 0) {
        const int n = std::min(overflow, int(m_rows.size()));
        beginRemoveRows({}, 0, n - 1);
        for (int i = 0; i < n; ++i) {
            m_index.erase(m_rows.front().id);
            m_rows.pop_front();
        }
        m_dropped += size_t(n);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (RelayRecord &r : m_pending) {
        m_index[r.id] = m_dropped + m_rows.size();
        m_rows.push_back(std::move(r));
    }
    m_pending.clear();
    endInsertRows();
}

void RelayLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_index.clear();
    m_dropped = 0;
    endResetModel();
}

int RelayLogModel::rowOf(qint64 id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? -1 : int(it->second - m_dropped);
}

int RelayLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelayLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RelayLogModel::preview(const QByteArray &payload, bool isText)
{
    constexpr int Max = 200;
    if (isText) {
        QString s = QString::fromUtf8(payload.left(Max * 4)).left(Max);
        s.replace(QLatin1Char('\n'), QChar(0x21b5));
        return s;
    }
    return QString::fromLatin1(payload.left(Max / 3).toHex(' '))
           + (payload.size() > Max / 3 ? QStringLiteral(" …") : QString());
}

QVariant RelayLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const RelayRecord &r = m_rows[size_t(index.row())];
    const bool edited = r.fate == RelayRecord::Fate::Edited;
    switch (role) {
    case IdRole:
        return r.id;
    case ArrivedRole:
        return int(r.arrived);
    case LeftRole:
        return int(r.left);
    case FateRole:
        return int(r.fate);
    case KindRole:
        return int(r.kind);
    case PayloadRole:
        return r.payload;
    case SentPayloadRole:
        return edited ? r.sentPayload : r.payload;
    case IsTextRole:
        return r.isText;
    case Qt::ToolTipRole:
        if (index.column() == PayloadColumn && edited)
            return tr("Arrived as: %1").arg(preview(r.payload, r.isText));
        if (index.column() == TypeColumn && !r.fragments.isEmpty())
            return r.framingLabel();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case PathColumn:
        return r.pathLabel();
    case FateColumn:
        if (r.fate == RelayRecord::Fate::Queued)
            return tr("queued (%n ahead)", nullptr, r.queuedBehind);
        return RelayRecord::fateLabel(r.fate);
    case TypeColumn:
        switch (r.kind) {
        case RelayRecord::Kind::Message: {
            const QString type = (edited ? r.sentIsText : r.isText) ? tr("text") : tr("binary");
            const int frames = int(r.fragments.size());
            switch (frames == 0 ? RelayRecord::Framing::Kept : r.framing) {
            case RelayRecord::Framing::Kept:
                return frames == 0 ? type : tr("%1 · %n frames", nullptr, frames).arg(type);
            case RelayRecord::Framing::JoinedEdited:
                return tr("%1 · %n frames → 1 (edited)", nullptr, frames).arg(type);
            case RelayRecord::Framing::JoinedDeflate:
                return tr("%1 · %n frames → 1 (deflate)", nullptr, frames).arg(type);
            }
            return type;
        }
        case RelayRecord::Kind::Ping:
            return tr("ping");
        case RelayRecord::Kind::Pong:
            return tr("pong");
        case RelayRecord::Kind::Close:
            return tr("close %1").arg(r.code);
        }
        return {};
    case SizeColumn: {
        const qint64 size = (edited ? r.sentPayload : r.payload).size();
        if (r.wireSizeIn < 0 && r.wireSizeOut < 0)
            return tr("%1 B").arg(size);
        // Each leg negotiates its own compression: both sizes on the wire.
        return tr("%1 B (wire %2 / %3)")
            .arg(size)
            .arg(r.wireSizeIn >= 0 ? QString::number(r.wireSizeIn) : QStringLiteral("–"),
                 r.wireSizeOut >= 0 ? QString::number(r.wireSizeOut) : QStringLiteral("–"));
    }
    case PayloadColumn:
        if (r.kind == RelayRecord::Kind::Close)
            return QString::fromUtf8(r.payload);
        return preview(edited ? r.sentPayload : r.payload,
                       r.kind != RelayRecord::Kind::Message || (edited ? r.sentIsText : r.isText));
    }
    return {};
}

QVariant RelayLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PathColumn:
        return tr("Where it went");
    case FateColumn:
        return tr("Fate");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

namespace {

// Text as it arrived or was sent; a binary payload by its bytes or by its hex as the table
// shows it ("7b 22"), or without the spaces.
bool holds(const QByteArray &payload, bool isText, const LogSearch &search)
{
    if (search.matchesPayload(payload))
        return true;
    return !isText
           && (search.matchesPayload(payload.toHex(' ')) || search.matchesPayload(payload.toHex()));
}

} // namespace

int RelayLogModel::findRow(const QString &text, int from, bool backwards) const
{
    const int rows = int(m_rows.size());
    if (text.isEmpty() || rows == 0)
        return -1;
    const LogSearch search = LogSearch::plainText(text);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((backwards ? from - step : from + step) % rows + rows) % rows;
        const RelayRecord &r = m_rows[size_t(row)];
        if (holds(r.payload, r.isText, search)
            || (!r.sentPayload.isEmpty() && holds(r.sentPayload, r.sentIsText, search)))
            return row;
    }
    return -1;
}
