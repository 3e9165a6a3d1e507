#include "log/layerstream.h"

#include "log/eventstore.h"
#include "protocols/layersession.h"

namespace {

int slot(Direction d)
{
    return d == Direction::Out ? 1 : 0;
}

bool isMessage(const EventStore::Row &r)
{
    return r.kind == EventKind::Text || r.kind == EventKind::Binary;
}

} // namespace

void LayerStream::clear()
{
    m_marks.clear();
    m_cursorKey = -1;
    m_cursor = {};
}

void LayerStream::advance(const ProtocolLayer &layer, QByteArray *pending, QByteArrayView payload)
{
    QByteArray joined;
    QByteArrayView data = payload;
    if (!pending->isEmpty()) {
        joined = *pending + payload;
        data = joined;
    }
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype length = layer.streamedPacketLength(data.sliced(pos));
        if (length > 0) {
            pos += length;
            continue;
        }
        // Incomplete: it goes on in a later message (unless it outgrows any packet). Not a
        // packet start (-1): read afresh from the next message, as the layer's error says.
        if (length == 0 && data.size() - pos <= LayerSession::MaxStreamBytes)
            *pending = data.sliced(pos).toByteArray();
        else
            pending->clear();
        return;
    }
    pending->clear();
}

const LayerStream::State &LayerStream::stateAt(const ProtocolLayer &layer, const EventStore &store,
                                               qsizetype row)
{
    const qint64 base = store.droppedCount();
    const qint64 key = base + row;
    // Start from the cursor or the nearest mark before the row, whichever is closer; rows
    // dropped from the front take their marks with them. A cursor at or after the row's
    // stride start is at least as close as any mark (rows read in order ask no map).
    const bool cursorUsable = m_cursorKey >= base && m_cursorKey <= key;
    if (!cursorUsable || m_cursorKey < key - key % Stride) {
        qint64 from = base;
        State state;
        auto it = m_marks.upper_bound(key);
        if (it != m_marks.begin()) {
            --it;
            if (it->first >= base) {
                from = it->first;
                state = it->second;
            }
        }
        if (!cursorUsable || m_cursorKey < from) {
            m_cursorKey = from;
            m_cursor = std::move(state);
        }
    }
    // The cursor is walked forward in place: its state is not copied for each row.
    for (qint64 k = m_cursorKey; k < key; ++k) {
        if (k % Stride == 0)
            m_marks.emplace(k, m_cursor);
        const EventStore::Row &r = store.row(k - base);
        if (r.kind == EventKind::Open)
            m_cursor = {};
        else if (isMessage(r))
            advance(layer, &m_cursor[slot(r.direction)], store.payload(k - base));
    }
    if (key % Stride == 0)
        m_marks.emplace(key, m_cursor);
    m_cursorKey = key;
    return m_cursor;
}

QByteArrayView LayerStream::bytesOf(const ProtocolLayer &layer, const EventStore &store,
                                    qsizetype row, QByteArray *joined)
{
    const EventStore::Row &r = store.row(row);
    const QByteArray &pending = stateAt(layer, store, row)[slot(r.direction)];
    if (pending.isEmpty())
        return store.payload(row);
    *joined = pending + store.payload(row);
    return *joined;
}

int LayerStream::firstTypeHint(const ProtocolLayer &layer, const EventStore &store, qsizetype row)
{
    // As packets() reads the row, up to its first packet.
    const EventStore::Row &r = store.row(row);
    QByteArray joined;
    const QByteArrayView data = bytesOf(layer, store, row, &joined);
    const qsizetype length = layer.streamedPacketLength(data);
    if (length == 0)
        return PartialHint;
    const bool binary = r.kind == EventKind::Binary;
    const int first =
        layer.firstTypeHint(length > 0 ? data.first(length) : data, binary, r.direction);
    // A packet the layer wants read whole (no hint: an MQTT CONNECT, which sets the level of
    // every packet after it) may follow the first: then the row is read whole.
    for (qsizetype at = length; first >= 0 && length > 0 && at < data.size();) {
        const qsizetype next = layer.streamedPacketLength(data.sliced(at));
        if (next <= 0)
            break; // the rest waits for the next message, or is malformed: read as it comes
        if (layer.firstTypeHint(data.sliced(at, next), binary, r.direction) < 0)
            return ProtocolLayer::NoHint;
        at += next;
    }
    return first;
}

bool LayerStream::glance(const ProtocolLayer &layer, const EventStore &store, qsizetype row,
                         const DecodePipeline &pipeline, LayerGlance *out)
{
    // As packets() cuts the row's bytes.
    const EventStore::Row &r = store.row(row);
    QByteArray joined;
    const QByteArrayView data = bytesOf(layer, store, row, &joined);
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype length = layer.streamedPacketLength(data.sliced(pos));
        if (length == 0)
            break; // completed in a later message
        if (length < 0
            || !layer.glance(data.sliced(pos, length), r.kind == EventKind::Binary, r.direction,
                             pipeline, out))
            return false;
        pos += length;
    }
    return out->packets > 0; // none: a "partial" row
}

QList<LayerPacket> LayerStream::packets(const ProtocolLayer &layer, const EventStore &store,
                                        qsizetype row, LayerReading reading)
{
    const EventStore::Row &r = store.row(row);
    const bool binary = r.kind == EventKind::Binary;
    QByteArray joined;
    const QByteArrayView data = bytesOf(layer, store, row, &joined);
    QList<LayerPacket> packets;
    qsizetype pos = 0;
    while (pos < data.size() && packets.size() < 1000) {
        const qsizetype length = layer.streamedPacketLength(data.sliced(pos));
        if (length == 0)
            break; // completed in a later message
        if (length < 0) {
            // Not a packet start: the layer's own reading says why and where.
            packets += layer.read(data.sliced(pos), binary, r.direction, reading);
            break;
        }
        packets += layer.read(data.sliced(pos, length), binary, r.direction, reading);
        pos += length;
    }
    if (packets.isEmpty()) {
        LayerPacket p;
        p.type = QStringLiteral("partial");
        p.summary = tr("part of a packet that a later message completes (%n byte(s) so far)",
                       nullptr, int(data.size() - pos));
        packets.append(p);
    }
    return packets;
}
