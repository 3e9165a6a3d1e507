#include "log/eventlog.h"

#include <algorithm>
#include <cstdlib>

#include <QLocale>

#include "connection/timeformat.h"

namespace {

// Keeps a preview on one line and cuts it on a character boundary.
QString oneLine(QByteArrayView utf8, bool truncated)
{
    QString s = QString::fromUtf8(utf8);
    if (truncated && !s.isEmpty() && s.back() == QChar::ReplacementCharacter)
        s.chop(1);
    for (QChar &c : s) {
        if (c == QLatin1Char('\n'))
            c = QChar(0x21B5); // ↵
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    if (truncated)
        s += QChar(0x2026); // …
    return s;
}

QString hexPreview(QByteArrayView bytes)
{
    constexpr qsizetype MaxBytes = 48;
    const qsizetype n = std::min(bytes.size(), MaxBytes);
    QString s = QString::fromLatin1(bytes.first(n).toByteArray().toHex(' '));
    if (bytes.size() > n)
        s += QChar(0x2026);
    return s;
}

} // namespace

EventLog::EventLog(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLog::flush);
}

EventLog::~EventLog() = default;

int EventLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible);
}

int EventLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventLog::append(const Event &event)
{
    if (event.kind == EventKind::Open)
        m_openRows.push_back(qint32(m_store.size()));
    m_store.append(event);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLog::appendCheck(const CheckRecord &check, qint64 timeMs)
{
    append(check.toEvent(timeMs));
}

int EventLog::matchedRow(int row) const
{
    if (row < 0 || row >= m_store.size() || m_store.row(row).kind != EventKind::Check)
        return -1;
    const qint32 number = m_store.row(row).aux;
    const qsizetype matched = qsizetype(number) - m_store.droppedCount();
    // Dropped for the limit, or a number from before the log was cleared (it then points
    // past this row, where no earlier message can be).
    if (number < 0 || matched < 0 || matched >= row)
        return -1;
    return int(matched);
}

void EventLog::flush()
{
    m_flushTimer.stop();
    const qsizetype total = m_store.size();
    if (total == m_visible)
        return;
    const int first = int(m_visible);
    const int last = int(total - 1);
    beginInsertRows({}, first, last);
    m_visible = total;
    endInsertRows();
    emit rowsFlushed(first, last);
    enforceLimit();
}

void EventLog::setMaxRows(qsizetype rows)
{
    m_maxRows = std::max<qsizetype>(0, rows);
    enforceLimit();
}

void EventLog::enforceLimit()
{
    if (m_maxRows <= 0 || m_visible <= m_maxRows)
        return;
    const qsizetype n = m_visible - m_maxRows;
    beginRemoveRows({}, 0, int(n - 1));
    m_store.dropFront(n);
    m_visible -= n;
    const auto firstKept = std::lower_bound(m_openRows.begin(), m_openRows.end(), qint32(n));
    m_openRows.erase(m_openRows.begin(), firstKept);
    for (qint32 &row : m_openRows)
        row -= qint32(n);
    endRemoveRows();
    emit oldestDropped(m_store.droppedCount());
}

void EventLog::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_store.clear();
    m_decoder->clear(); // its keys count rows from the start of the log
    m_layers->clear();
    m_openRows.clear();
    m_visible = 0;
    endResetModel();
}

void EventLog::setDecodePipeline(const DecodePipeline &pipeline)
{
    m_decoder->setPipeline(pipeline);
    m_layers->setPayloadPipeline(pipeline);
    emit decodingChanged();
    // Packets' payloads are read with the same pipeline: the layer's previews change too.
    if (m_layers->layer() && m_visible > 0)
        emit dataChanged(index(0, PreviewColumn), index(int(m_visible) - 1, PreviewColumn));
}

void EventLog::setEncodesOutgoing(bool on)
{
    if (on == m_encodeOutgoing)
        return;
    m_encodeOutgoing = on;
    emit decodingChanged();
}

std::shared_ptr<const DecodedMessage> EventLog::decodedAt(int row) const
{
    if (!m_decoder->isActive() || row < 0 || row >= m_store.size())
        return nullptr;
    const EventStore::Row &r = m_store.row(row);
    if (r.kind != EventKind::Text && r.kind != EventKind::Binary)
        return nullptr;
    return m_decoder->get(m_store.droppedCount() + row, m_store.payload(row), r.direction);
}

void EventLog::adopt(EventStore &&events)
{
    m_flushTimer.stop();
    beginResetModel();
    m_store = std::move(events);
    m_decoder->clear();
    m_layers->clear();
    m_visible = m_store.size();
    indexOpens();
    endResetModel();
}

QVariant EventLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = index.row();
    const EventStore::Row &r = m_store.row(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(row);
        case DirectionColumn:
            if (r.direction == Direction::Out)
                return QString(QChar(0x2191)); // ↑
            if (r.direction == Direction::In)
                return QString(QChar(0x2193)); // ↓
            return QString(QChar(0x00B7));
        case KindColumn:
            return EventNames::kindLabel(r.kind);
        case SizeColumn:
            return sizeText(row);
        case PreviewColumn:
            return previewFor(row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn) {
            if (r.direction == Direction::Out)
                return tr("Sent by Wsprobe");
            if (r.direction == Direction::In)
                return tr("Received from the server");
        } else if (index.column() == TimeColumn) {
            return TimeFormat::iso(r.timeMs);
        } else if (r.kind == EventKind::Check) {
            const QString details = CheckRecord::fromEvent(m_store.at(row)).details();
            return matchedRow(int(row)) >= 0
                       ? details + QLatin1Char('\n') + tr("Double-click to go to the message")
                       : details;
        } else if (index.column() == SizeColumn
                   && (r.kind == EventKind::Text || r.kind == EventKind::Binary) && r.aux >= 0) {
            // The compressed size lives here rather than in the cell, which must stay narrow.
            return tr("%1 B, %2 B on the wire (permessage-deflate)")
                .arg(QLocale().toString(qint64(r.size)), QLocale().toString(qint64(r.aux)));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return Qt::AlignCenter;
        break;
    case TimestampRole:
        return r.timeMs;
    case DirectionRole:
        return int(r.direction);
    case KindRole:
        return int(r.kind);
    case PayloadRole:
        return m_store.payload(row).toByteArray();
    case SizeRole:
        return r.kind == EventKind::Frame ? qint64(m_store.frameAt(row).payloadLength)
                                          : qint64(r.size);
    case CloseCodeRole:
        return r.kind == EventKind::Close ? QVariant(r.aux) : QVariant();
    case WasCleanRole:
        return r.kind == EventKind::Close ? QVariant(bool(r.flags & 1)) : QVariant();
    case RttRole:
        return r.kind == EventKind::Pong ? QVariant(qint64(r.aux)) : QVariant();
    case WireSizeRole:
        return (r.kind == EventKind::Text || r.kind == EventKind::Binary) ? qint64(r.aux)
                                                                          : qint64(-1);
    case PacketTypeRole: {
        const QString type = m_layers->firstType(m_store, row);
        return type.isEmpty() ? QVariant() : QVariant(type);
    }
    case CheckPassedRole:
        return r.kind == EventKind::Check ? QVariant(bool(r.flags & 1)) : QVariant();
    case MatchedRowRole:
        return r.kind == EventKind::Check ? QVariant(matchedRow(int(row))) : QVariant();
    case ProtocolRole:
        return r.kind == EventKind::Open ? QVariant(m_store.at(row).protocol) : QVariant();
    case ExtensionsRole:
        return r.kind == EventKind::Open ? QVariant(m_store.at(row).extensions) : QVariant();
    default:
        break;
    }
    return {};
}

void EventLog::indexOpens()
{
    m_openRows.clear();
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        if (m_store.row(i).kind == EventKind::Open)
            m_openRows.push_back(qint32(i));
    }
}

void EventLog::setTimeMode(TimeMode mode)
{
    if (mode == m_timeMode)
        return;
    m_timeMode = mode;
    if (m_visible > 0)
        emit dataChanged(index(0, TimeColumn), index(int(m_visible - 1), TimeColumn),
                         {Qt::DisplayRole});
}

QString EventLog::elapsedText(qint64 ms)
{
    const QLatin1Char zero('0');
    const QString sign = ms < 0 ? QStringLiteral("-") : QStringLiteral("+");
    ms = std::abs(ms);
    const qint64 h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60, z = ms % 1000;
    if (h > 0)
        return QStringLiteral("%1%2:%3:%4.%5")
            .arg(sign)
            .arg(h)
            .arg(m, 2, 10, zero)
            .arg(s, 2, 10, zero)
            .arg(z, 3, 10, zero);
    if (m > 0)
        return QStringLiteral("%1%2:%3.%4")
            .arg(sign)
            .arg(m)
            .arg(s, 2, 10, zero)
            .arg(z, 3, 10, zero);
    return QStringLiteral("%1%2.%3").arg(sign).arg(s).arg(z, 3, 10, zero);
}

QString EventLog::timeText(qsizetype row) const
{
    const qint64 t = m_store.row(row).timeMs;
    switch (m_timeMode) {
    case AbsoluteTime:
        break;
    case RelativeTime: {
        const auto it = std::upper_bound(m_openRows.begin(), m_openRows.end(), qint32(row));
        // Before the first open (a refused handshake, say) time counts from the first event.
        const qsizetype origin = it == m_openRows.begin() ? 0 : *(it - 1);
        return elapsedText(t - m_store.row(origin).timeMs);
    }
    case DeltaTime:
        return elapsedText(row == 0 ? 0 : t - m_store.row(row - 1).timeMs);
    }
    QByteArray text;
    m_localTime.append(&text, t);
    return QString::fromLatin1(text);
}

QString EventLog::sizeText(qsizetype row) const
{
    const EventStore::Row &r = m_store.row(row);
    if (r.kind == EventKind::Frame)
        return tr("%1 B").arg(QLocale().toString(qint64(m_store.frameAt(row).payloadLength)));
    if ((r.kind != EventKind::Text && r.kind != EventKind::Binary && r.size == 0)
        || r.kind == EventKind::Check)
        return {};
    return tr("%1 B").arg(QLocale().toString(qint64(r.size)));
}

void EventLog::setProtocolLayer(std::shared_ptr<const ProtocolLayer> layer)
{
    if (layer == m_layers->layer())
        return;
    m_layers->setLayer(std::move(layer));
    emit protocolLayerChanged();
    if (m_visible > 0)
        emit dataChanged(index(0, PreviewColumn), index(int(m_visible) - 1, PreviewColumn));
}

QList<LayerPacket> EventLog::packetsAt(int row) const
{
    return m_layers->packets(m_store, row);
}

QString EventLog::previewFor(qsizetype row) const
{
    const EventStore::Row &r = m_store.row(row);
    if (m_layers->layer() && (r.kind == EventKind::Text || r.kind == EventKind::Binary))
        return m_layers->preview(m_store, row); // the layer's reading, packet by packet
    if (r.kind == EventKind::Text) {
        // Only the head of the payload is decoded, however large the message.
        const QByteArrayView p = m_store.payload(row);
        const bool truncated = p.size() > PreviewBytes;
        return oneLine(truncated ? p.first(PreviewBytes) : p, truncated);
    }
    if (r.kind == EventKind::Binary)
        return hexPreview(m_store.payload(row));
    return preview(m_store.at(row));
}

QString EventLog::preview(const Event &e)
{
    switch (e.kind) {
    case EventKind::Text: {
        const bool truncated = e.payload.size() > PreviewBytes;
        return oneLine(
            QByteArrayView(e.payload).first(std::min(e.payload.size(), qsizetype(PreviewBytes))),
            truncated);
    }
    case EventKind::Binary:
        return hexPreview(e.payload);
    case EventKind::Open:
        return tr("Connected · protocol: %1 · extensions: %2")
            .arg(e.protocol.isEmpty() ? tr("(none)") : e.protocol,
                 e.extensions.isEmpty() ? tr("(none)") : e.extensions);
    case EventKind::Ping:
        return e.payload.isEmpty() ? tr("(no payload)") : hexPreview(e.payload);
    case EventKind::Pong: {
        const QString payload = e.payload.isEmpty() ? tr("(no payload)") : hexPreview(e.payload);
        // Only a pong that answers one of our pings has a round trip.
        return e.rttMs < 0 ? payload : tr("round trip %1 ms · %2").arg(e.rttMs).arg(payload);
    }
    case EventKind::Error:
        return oneLine(e.payload, false);
    case EventKind::Close: {
        const QString meaning = EventNames::closeCodeMeaning(e.code);
        QString s =
            meaning.isEmpty() ? QString::number(e.code) : tr("%1 %2").arg(e.code).arg(meaning);
        if (!e.payload.isEmpty())
            s += tr(" · reason: \"%1\"").arg(oneLine(e.payload, false));
        s += e.wasClean ? tr(" · clean") : tr(" · not clean");
        return s;
    }
    case EventKind::Handshake: {
        if (!e.handshake)
            return {};
        const HandshakeRecord &h = *e.handshake;
        if (!h.responseSeen)
            return tr("%1 → (no response seen by this engine)")
                .arg(QString::fromUtf8(h.requestLine));
        return tr("%1 → %2").arg(QString::fromUtf8(h.requestLine), QString::fromUtf8(h.statusLine));
    }
    case EventKind::Frame:
        return EventNames::describeFrame(e.frame);
    case EventKind::Check:
        return CheckRecord::fromEvent(e).summary();
    }
    return {};
}

QVariant EventLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Preview");
    }
    return {};
}

QHash<int, QByteArray> EventLog::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(DirectionRole, "direction");
    names.insert(KindRole, "kind");
    names.insert(PayloadRole, "payload");
    names.insert(SizeRole, "size");
    names.insert(CloseCodeRole, "closeCode");
    names.insert(WasCleanRole, "wasClean");
    names.insert(RttRole, "rtt");
    names.insert(ProtocolRole, "protocol");
    names.insert(ExtensionsRole, "extensions");
    names.insert(WireSizeRole, "wireSize");
    names.insert(PacketTypeRole, "packetType");
    names.insert(CheckPassedRole, "checkPassed");
    names.insert(MatchedRowRole, "matchedRow");
    return names;
}
