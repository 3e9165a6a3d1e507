#include "log/layercache.h"

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
    : m_cache(maxBytes)
{
}

void LayerCache::setLayer(std::shared_ptr<const ProtocolLayer> layer)
{
    m_layer = std::move(layer);
    m_streamed = m_layer && m_layer->streamedPacketLength({}) != -2;
    clear();
}

void LayerCache::setPayloadPipeline(const DecodePipeline &pipeline)
{
    m_payloadPipeline = pipeline;
    clear();
}

void LayerCache::clear()
{
    m_cache.clear();
    m_stream.clear();
    m_requests.clear();
    m_requestOrder.clear();
}

qsizetype LayerCache::costOf(const Entry &e)
{
    // What the packets hold, roughly: their texts, values and payloads, plus the lists.
    qsizetype cost = 64;
    for (const QList<LayerPacket> *list : {&e.raw, &e.shown}) {
        for (const LayerPacket &p : *list) {
            // A payload counts twice more for its raw and decoded forms in the value.
            cost += 128 + 2 * (p.summary.size() + p.name.size() + p.id.size() + p.error.size())
                    + 3 * p.payload.size();
            if (p.value.isByteArray())
                cost += p.value.toByteArray().size();
            else if (p.value.isMap() || p.value.isArray() || p.value.isString())
                cost += 2 * p.summary.size(); // the value is about what the summary clips
        }
    }
    return cost;
}

LayerCache::Entry *LayerCache::entry(const EventStore &store, qsizetype row, bool keep,
                                     Entry *scratch)
{
    const qint64 key = store.droppedCount() + row;
    if (Entry *hit = m_cache.object(key))
        return hit;
    const EventStore::Row &r = store.row(row);
    ++m_decodes;
    scratch->raw =
        m_streamed ? m_stream.packets(*m_layer, store, row)
                   : m_layer->decode(store.payload(row), r.kind == EventKind::Binary, r.direction);
    // Decoded with the packets, so the decoded payload is cached (and searched) with them.
    for (LayerPacket &p : scratch->raw)
        ProtocolLayer::decodePayload(&p, m_payloadPipeline, r.direction);
    scratch->shown.clear();
    scratch->complete = false;
    remember(store, row, scratch->raw);
    if (!keep)
        return scratch;
    auto *e = new Entry(*scratch);
    m_cache.insert(key, e, std::min(costOf(*e), m_cache.maxCost()));
    // A bound smaller than one entry caches nothing: the scratch copy serves.
    return m_cache.object(key) ? e : scratch;
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

QList<LayerPacket> LayerCache::packets(const EventStore &store, qsizetype row, bool keep)
{
    if (!m_layer || row < 0 || row >= store.size() || !isMessage(store.row(row)))
        return {};
    Entry scratch;
    Entry *e = entry(store, row, keep, &scratch);
    if (e->complete)
        return e->shown;
    // A search walking the log reads a row alone unless it is cached: pairing it with its
    // neighbours would decode hundreds of rows for each one and keep none of them.
    if (!keep)
        return e->raw;
    // Read apart from the entry: annotating reads neighbours, which may push it out.
    Entry done;
    done.raw = e->raw;
    done.shown = done.raw;
    bool final = true;
    for (LayerPacket &p : done.shown) {
        if (!p.ok())
            continue;
        if (p.attachments > 0) {
            gatherAttachments(store, row, &p);
            // Attachments still to come: read again when asked next.
            final = final && p.value.toMap().value(QStringLiteral("waiting")).isUndefined();
        } else if (p.type == QLatin1String("attachment")) {
            placeAttachment(store, row, &p);
        }
        if (!p.id.isEmpty() && !p.request)
            pairReply(store, row, &p);
    }
    done.complete = true;
    if (keep && final) {
        auto *kept = new Entry(done);
        m_cache.insert(store.droppedCount() + row, kept,
                       std::min(costOf(*kept), m_cache.maxCost()));
    }
    return done.shown;
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
        Entry scratch;
        for (const LayerPacket &p : entry(store, k, true, &scratch)->raw) {
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
    Entry scratch;
    for (const LayerPacket &p : entry(store, k, true, &scratch)->raw) {
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
        Entry scratch;
        const QList<LayerPacket> &next = entry(store, k, true, &scratch)->raw;
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
        Entry scratch;
        const QList<LayerPacket> &prev = entry(store, k, true, &scratch)->raw;
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
