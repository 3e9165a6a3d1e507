#include "log/layercache.h"

#include <algorithm>

#include "log/eventstore.h"
#include "protocols/layersession.h"

namespace {

bool isMessage(const EventStore::Row &r)
{
    return r.kind == EventKind::Text || r.kind == EventKind::Binary;
}

QString requestKey(Direction direction, const QString &id)
{
    return (direction == Direction::In ? QStringLiteral("in ") : QStringLiteral("out ")) + id;
}

QString requestName(const LayerPacket &p)
{
    return p.name.isEmpty() ? p.type : p.name;
}

} // namespace

LayerCache::LayerCache(qsizetype maxBytes)
    // Views are what scrolling asks for; packets are only read around the rows in view.
    : m_views(maxBytes - maxBytes / 8)
    , m_raw(maxBytes / 8)
{
}

void LayerCache::setLayer(std::shared_ptr<const ProtocolLayer> layer)
{
    m_layer = std::move(layer);
    m_streamed = m_layer && m_layer->isStreamed();
    m_typeNames = m_layer ? m_layer->packetTypes() : QStringList();
    m_partialType = int(m_typeNames.indexOf(QStringLiteral("partial")));
    clear();
}

void LayerCache::setPayloadPipeline(const DecodePipeline &pipeline)
{
    m_payloadPipeline = pipeline;
    m_views.clear();
    m_raw.clear();
}

void LayerCache::clear()
{
    m_views.clear();
    m_raw.clear();
    m_stream.clear();
    m_types.reset(m_layer ? m_layer->packetTypes() : QStringList());
    m_requests.clear();
    m_requestOrder.clear();
}

qsizetype LayerCache::costOf(const Packets &packets)
{
    // What the packets hold, roughly: their texts, values and payloads, plus the list.
    qsizetype cost = 64;
    for (const LayerPacket &p : packets) {
        // A payload counts twice more for its raw and decoded forms in the value.
        cost += 128 + 2 * (p.summary.size() + p.name.size() + p.id.size() + p.error.size())
                + 3 * p.payload.size();
        if (p.value.isByteArray())
            cost += p.value.toByteArray().size();
        else if (p.value.isMap() || p.value.isArray() || p.value.isString())
            cost += 2 * p.summary.size(); // the value is about what the summary clips
    }
    return cost;
}

QByteArray LayerCache::previewOf(const Packets &packets)
{
    // The layer's reading, packet by packet; a malformed packet says why. Written as UTF-8
    // straight into the view's bytes (no list of parts, no joined QString).
    QByteArray out;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const LayerPacket &p = packets[i];
        if (i > 0)
            out += " | ";
        if (i == 3) {
            out += tr("(+%n more)", nullptr, int(packets.size() - 3)).toUtf8();
            break;
        }
        out += p.ok() ? p.summary.toUtf8() : tr("%1: malformed: %2").arg(p.type, p.error).toUtf8();
    }
    return out;
}

LayerCache::Packets LayerCache::read(const EventStore &store, qsizetype row, LayerReading reading,
                                     bool count)
{
    const EventStore::Row &r = store.row(row);
    if (count)
        ++m_decodes;
    Packets packets = m_streamed ? m_stream.packets(*m_layer, store, row, reading)
                                 : m_layer->read(store.payload(row), r.kind == EventKind::Binary,
                                                 r.direction, reading);
    remember(store, row, packets);
    m_types.record(store.droppedCount() + row, packets, store.droppedCount());
    return packets;
}

LayerCache::Packets LayerCache::raw(const EventStore &store, qsizetype row, bool keep, bool count)
{
    const qint64 key = store.droppedCount() + row;
    if (const Packets *hit = m_raw.object(key))
        return *hit;
    Packets packets = read(store, row, LayerReading::Full, count);
    // Decoded with the packets, so the decoded payload is shown (and searched) with them.
    const Direction direction = store.row(row).direction;
    for (LayerPacket &p : packets)
        ProtocolLayer::decodePayload(&p, m_payloadPipeline, direction);
    // A bound smaller than one entry caches nothing: the copy returned serves.
    if (keep)
        m_raw.insert(key, new Packets(packets), std::min(costOf(packets), m_raw.maxCost()));
    return packets;
}

void LayerCache::remember(const EventStore &store, qsizetype row, const QList<LayerPacket> &packets)
{
    for (const LayerPacket &p : packets) {
        if (!p.ok() || !p.request || p.id.isEmpty())
            continue;
        const QString key = requestKey(store.row(row).direction, p.id);
        if (!m_requests.contains(key)) {
            m_requestOrder.push_back(key);
            while (m_requestOrder.size() > size_t(MaxRequests)) {
                m_requests.remove(m_requestOrder.front());
                m_requestOrder.pop_front();
            }
        }
        m_requests.insert(key, store.droppedCount() + row);
    }
}

bool LayerCache::alone(const Packets &packets)
{
    return std::none_of(packets.cbegin(), packets.cend(), [](const LayerPacket &p) {
        return p.ok()
               && (p.attachments > 0 || p.type == QLatin1String("attachment")
                   || (!p.id.isEmpty() && !p.request));
    });
}

LayerCache::Packets LayerCache::annotated(const EventStore &store, qsizetype row, bool *final,
                                          bool count)
{
    Packets packets = raw(store, row, true, count);
    *final = true;
    // Most rows need nothing from their neighbours: the cached list is shared, not copied.
    if (alone(packets))
        return packets;
    for (LayerPacket &p : packets) {
        if (!p.ok())
            continue;
        if (p.attachments > 0) {
            gatherAttachments(store, row, &p);
            // Attachments still to come: read again when asked next.
            *final = *final && p.value.toMap().value(QStringLiteral("waiting")).isUndefined();
        } else if (p.type == QLatin1String("attachment")) {
            placeAttachment(store, row, &p);
        }
        if (!p.id.isEmpty() && !p.request)
            pairReply(store, row, &p);
    }
    return packets;
}

QList<LayerPacket> LayerCache::packets(const EventStore &store, qsizetype row, bool keep)
{
    if (!m_layer || row < 0 || row >= store.size() || !isMessage(store.row(row)))
        return {};
    // A search walking the log reads a row alone: pairing it with its neighbours would
    // decode hundreds of rows for each one and keep none of them.
    if (!keep)
        return raw(store, row, false);
    ++m_details;
    bool final = true;
    return annotated(store, row, &final);
}

LayerCache::View LayerCache::view(const EventStore &store, qsizetype row)
{
    const qint64 key = store.droppedCount() + row;
    View v;
    if (m_views.find(key, &v.preview, &v.type))
        return v;
    // Most rows are painted from a glance at their bytes: no packets, no value, no strings.
    if (!m_raw.object(key) && glanced(store, row, &v.type)) {
        m_views.insert(key, m_glance.preview, v.type);
        v.preview = m_glance.preview;
        return v;
    }
    bool final = true;
    Packets packets;
    if (!m_layer->hasSummaryReading() || m_raw.object(key)) {
        packets = annotated(store, row, &final);
    } else {
        // The table's own reading: summaries without values, payloads decoded for the
        // summary alone. A row that its neighbours tell more about is read whole, as the
        // detail pane reads it (the same reading, not counted twice).
        packets = read(store, row, LayerReading::Summary);
        const Direction direction = store.row(row).direction;
        for (LayerPacket &p : packets)
            ProtocolLayer::decodePayloadSummary(&p, m_payloadPipeline, direction);
        if (!alone(packets))
            packets = annotated(store, row, &final, false);
    }
    m_preview = previewOf(packets);
    v.type = m_types.firstType(key);
    if (v.type.isEmpty() && !packets.isEmpty())
        v.type = packets.first().type; // a row the index has no room for
    if (final)
        m_views.insert(key, m_preview, v.type);
    v.preview = m_preview;
    return v;
}

bool LayerCache::glanced(const EventStore &store, qsizetype row, QString *type)
{
    const EventStore::Row &r = store.row(row);
    // The preview's room is kept from row to row (the usual one fits in what the first
    // took): a row glanced at allocates nothing.
    m_glance.preview.resize(0);
    m_glance.types = 0;
    m_glance.first = -1;
    m_glance.packets = 0;
    if (m_glance.preview.capacity() < 192)
        m_glance.preview.reserve(192);
    if (m_streamed ? !m_stream.glance(*m_layer, store, row, m_payloadPipeline, &m_glance)
                   : !m_layer->glance(store.payload(row), r.kind == EventKind::Binary, r.direction,
                                      m_payloadPipeline, &m_glance))
        return false;
    ++m_decodes;
    const qint64 key = store.droppedCount() + row;
    m_types.recordTypes(key, m_glance.types, m_glance.first, store.droppedCount());
    *type = m_types.firstType(key);
    if (type->isEmpty())
        *type = m_typeNames.value(m_glance.first); // a row the index has no room for
    return true;
}

QString LayerCache::preview(const EventStore &store, qsizetype row)
{
    if (!m_layer || row < 0 || row >= store.size() || !isMessage(store.row(row)))
        return {};
    return QString::fromUtf8(view(store, row).preview);
}

QString LayerCache::firstType(const EventStore &store, qsizetype row)
{
    if (!m_layer || row < 0 || row >= store.size() || !isMessage(store.row(row)))
        return {};
    return view(store, row).type;
}

bool LayerCache::onlyOfTypes(const EventStore &store, qsizetype row, const QStringList &types)
{
    if (!m_layer || row < 0 || row >= store.size() || !isMessage(store.row(row)))
        return false;
    const qint64 key = store.droppedCount() + row;
    // Not indexed: a first packet of a type not hidden shows the row whatever follows (a
    // malformed one would too), told from its first bytes once (the index keeps that type);
    // else the packets cached, or the layer's reading of the types alone (which indexes it).
    // The cache is asked last: a row it holds is indexed already, but for a set beyond the
    // index's room, and the hint then says what its packets say.
    switch (m_types.verdict(key, types)) {
    case PacketTypeIndex::Verdict::Hidden:
        return true;
    case PacketTypeIndex::Verdict::Shown:
        return false;
    case PacketTypeIndex::Verdict::FirstHidden:
        break;
    case PacketTypeIndex::Verdict::Unknown: {
        const EventStore::Row &r = store.row(row);
        int hint = m_streamed ? m_stream.firstTypeHint(*m_layer, store, row)
                              : m_layer->firstTypeHint(store.payload(row),
                                                       r.kind == EventKind::Binary, r.direction);
        if (hint == LayerStream::PartialHint)
            hint = m_partialType;
        if (hint == ProtocolLayer::MalformedHint) {
            // A malformed packet is never hidden: indexed so, the next filter does not ask.
            m_types.recordMalformed(key, store.droppedCount());
            return false;
        }
        // Kept, so that the next filter asks the index (the row's reading completes it).
        if (hint >= 0) {
            m_types.recordFirst(key, hint, store.droppedCount());
            if (!m_types.typeIn(hint, types))
                return false;
        }
        break;
    }
    }
    const Packets *hit = m_raw.object(key);
    const Packets packets = hit ? *hit : read(store, row, LayerReading::Types);
    if (m_types.contains(key))
        return m_types.onlyOf(key, types);
    return std::all_of(packets.cbegin(), packets.cend(),
                       [&](const LayerPacket &p) { return p.ok() && types.contains(p.type); });
}

void LayerCache::pairReply(const EventStore &store, qsizetype row, LayerPacket *packet)
{
    const Direction direction = store.row(row).direction;
    const Direction other = direction == Direction::In ? Direction::Out : Direction::In;
    const qsizetype stop = std::max<qsizetype>(0, row - LookbackRows);
    for (qsizetype k = row - 1; k >= stop; --k) {
        const EventStore::Row &r = store.row(k);
        if (!isMessage(r) || r.direction != other)
            continue;
        for (const LayerPacket &p : raw(store, k, true)) {
            if (p.ok() && p.request && p.id == packet->id) {
                LayerSession::markReply(packet, requestName(p), store.row(row).timeMs - r.timeMs);
                return;
            }
        }
    }
    // Further back: the last request of that id any decode met, if it is still in the log.
    const auto it = m_requests.constFind(requestKey(other, packet->id));
    if (it == m_requests.constEnd())
        return;
    const qsizetype k = *it - store.droppedCount();
    if (k < 0 || k >= stop)
        return;
    for (const LayerPacket &p : raw(store, k, true)) {
        if (p.ok() && p.request && p.id == packet->id) {
            LayerSession::markReply(packet, requestName(p),
                                    store.row(row).timeMs - store.row(k).timeMs);
            return;
        }
    }
}

void LayerCache::gatherAttachments(const EventStore &store, qsizetype row, LayerPacket *packet)
{
    const Direction direction = store.row(row).direction;
    QList<QByteArray> data;
    qsizetype k = row + 1;
    for (; k < store.size() && data.size() < packet->attachments; ++k) {
        const EventStore::Row &r = store.row(k);
        if (!isMessage(r) || r.direction != direction)
            continue;
        const Packets next = raw(store, k, true);
        if (next.isEmpty() || !next.first().ok()
            || next.first().type != QLatin1String("attachment"))
            break;
        data.append(next.first().value.toByteArray());
        if (k - row > LookbackRows)
            break;
    }
    if (data.size() == packet->attachments) {
        LayerSession::fillAttachments(packet, data);
        return;
    }
    QCborMap value = packet->value.isMap() ? packet->value.toMap() : QCborMap();
    if (k >= store.size()) {
        value.insert(QStringLiteral("waiting"), packet->attachments - data.size());
        packet->summary +=
            u' '
            + tr("(%1 of %2 binary attachments so far)").arg(data.size()).arg(packet->attachments);
    } else {
        packet->error = tr("%1 of %2 binary attachments arrived before the next packet")
                            .arg(data.size())
                            .arg(packet->attachments);
    }
    packet->value = value;
}

void LayerCache::placeAttachment(const EventStore &store, qsizetype row, LayerPacket *packet)
{
    const Direction direction = store.row(row).direction;
    int before = 0; // attachments between the packet and this one
    const qsizetype stop = std::max<qsizetype>(0, row - LookbackRows);
    for (qsizetype k = row - 1; k >= stop; --k) {
        const EventStore::Row &r = store.row(k);
        if (!isMessage(r) || r.direction != direction)
            continue;
        const Packets prev = raw(store, k, true);
        if (prev.isEmpty() || !prev.first().ok())
            return;
        const LayerPacket &head = prev.first();
        if (head.type == QLatin1String("attachment")) {
            ++before;
            continue;
        }
        if (head.attachments <= before)
            return;
        QCborMap value;
        value.insert(QStringLiteral("attachment"), before + 1);
        value.insert(QStringLiteral("of"), head.attachments);
        value.insert(QStringLiteral("packet"), requestName(head));
        value.insert(QStringLiteral("bytes"), packet->value);
        packet->value = value;
        packet->name = head.name;
        packet->summary += u' '
                           + tr("(attachment %1 of %2 of %3)")
                                 .arg(before + 1)
                                 .arg(head.attachments)
                                 .arg(requestName(head));
        return;
    }
}
