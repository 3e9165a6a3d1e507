#include "protocols/layersession.h"

#include <algorithm>

#include "protocols/socketiolayer.h"

LayerSession::LayerSession(std::shared_ptr<const ProtocolLayer> layer)
    : m_layer(std::move(layer))
{
}

QList<LayerPacket> LayerSession::message(QByteArrayView payload, bool binary, Direction direction,
                                         qint64 timeMs, QList<LayerFrame> *replies)
{
    const int key = int(direction);
    QList<LayerPacket> packets = m_layer->isStreamed()
                                     ? readStream(payload, binary, direction)
                                     : m_layer->decode(payload, binary, direction);
    QList<LayerPacket> done;
    for (LayerPacket &p : packets) {
        auto waiting = m_assembling.find(key);
        if (waiting != m_assembling.end() && p.type == QLatin1String("attachment") && p.ok()) {
            waiting->data.append(p.value.toByteArray());
            if (waiting->data.size() < waiting->packet.attachments)
                continue;
            LayerPacket whole = waiting->packet;
            fillAttachments(&whole, waiting->data);
            m_assembling.erase(waiting);
            correlate(&whole, direction, timeMs);
            done.append(whole);
            continue;
        }
        if (waiting != m_assembling.end()) {
            // The attachments never came: give the packet up as it is, saying so.
            LayerPacket cut = waiting->packet;
            cut.error = tr("%1 of %2 binary attachments arrived before the next packet")
                            .arg(waiting->data.size())
                            .arg(cut.attachments);
            m_assembling.erase(waiting);
            done.append(cut);
        }
        if (p.ok() && p.attachments > 0) {
            m_assembling.insert(key, {p, {}});
            continue;
        }
        correlate(&p, direction, timeMs);
        if (p.ok()) {
            if (direction == Direction::In && replies)
                replies->append(m_layer->autoReply(p));
            // The peer's number sets our rate: a STOMP heart-beat of "0,1" or a pingInterval
            // of 1 must not make us send a thousand keep-alives a second; ten is harmless.
            if (direction == Direction::Out && m_layer->keepAliveOfferTypes().contains(p.type))
                m_offer = p;
            if (const int ms = m_layer->negotiatedKeepAliveMs(p, m_offer ? &*m_offer : nullptr);
                ms > 0)
                m_keepAliveMs = std::max(ms, MinKeepAliveMs);
        }
        done.append(p);
    }
    return done;
}

QList<LayerPacket> LayerSession::readStream(QByteArrayView payload, bool binary,
                                            Direction direction)
{
    QByteArray &buffer = m_streams[int(direction)];
    buffer += payload;
    QList<LayerPacket> packets;
    while (!buffer.isEmpty()) {
        const qsizetype n = m_layer->streamedPacketLength(buffer);
        if (n == 0) {
            // Bounded: a packet announced larger than this is not waited for.
            if (buffer.size() > MaxStreamBytes) {
                packets += m_layer->decode(buffer, binary, direction);
                buffer.clear();
            }
            break;
        }
        if (n < 0) {
            // What cannot start a packet is reported with the layer's reason, then dropped,
            // so that the next message starts afresh.
            packets += m_layer->decode(buffer, binary, direction);
            buffer.clear();
            break;
        }
        packets += m_layer->decode(QByteArrayView(buffer).first(n), binary, direction);
        buffer.remove(0, n);
    }
    return packets;
}

void LayerSession::correlate(LayerPacket *packet, Direction direction, qint64 timeMs)
{
    if (packet->id.isEmpty() || !packet->ok())
        return;
    const QString dir = direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
    if (packet->request) {
        if (m_pending.size() >= MaxPending) {
            auto oldest = m_pending.begin();
            for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
                if (it->order < oldest->order)
                    oldest = it;
            m_pending.erase(oldest);
        }
        const QString name = packet->name.isEmpty() ? packet->type : packet->name;
        m_pending.insert(dir + u' ' + packet->id, {name, timeMs, m_order++});
        return;
    }
    // A reply goes the other way from its request.
    const QString other = direction == Direction::In ? QStringLiteral("out") : QStringLiteral("in");
    const auto it = m_pending.constFind(other + u' ' + packet->id);
    if (it == m_pending.constEnd())
        return;
    markReply(packet, it->name, timeMs - it->timeMs);
}

void LayerSession::markReply(LayerPacket *reply, const QString &requestName, qint64 afterMs)
{
    QCborMap value = reply->value.isMap() ? reply->value.toMap() : QCborMap();
    value.insert(QStringLiteral("replyTo"), requestName);
    value.insert(QStringLiteral("afterMs"), afterMs);
    reply->value = value;
    reply->summary +=
        u' ' + tr("(reply to %1 #%2 after %3 ms)").arg(requestName, reply->id).arg(afterMs);
}

void LayerSession::fillAttachments(LayerPacket *packet, const QList<QByteArray> &data)
{
    packet->value = SocketIoLayer::fillPlaceholders(packet->value, data);
    packet->summary += u' ' + tr("(+%n attachment(s))", nullptr, int(data.size()));
}

bool LayerSession::encode(const QString &action, const QVariantMap &values, QList<LayerFrame> *out,
                          QString *error)
{
    return m_layer->encode(action, values, &m_nextId, out, error);
}
