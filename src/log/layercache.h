#pragma once

#include <deque>
#include <memory>

#include <QCache>
#include <QCoreApplication>
#include <QHash>

#include "decode/decodepipeline.h"
#include "log/layerstream.h"
#include "protocols/protocollayer.h"

class EventStore;

/// A log's messages read at a protocol layer's level, as the log shows them: decoded when
/// first asked for (a row painted, searched or selected) and kept in a least-recently-used
/// cache bounded in bytes, keyed by the row's position since the log began (as DecodeCache
/// is, which it cannot be: a row here is read together with its neighbours).
///
/// What a single message cannot tell is read from the rows around it, so that scrolling to a
/// row never replays the log from its start: a reply (a Socket.IO ack, a GraphQL next or
/// complete, a STOMP receipt) is paired with the nearest earlier request of its id in the
/// other direction within LookbackRows messages, or failing that with the last such request
/// any decode has met (up to MaxRequests remembered); a packet announcing binary
/// attachments is shown with the attachment messages that follow it put back in place.
/// The live conversation (LayerSession) is what answers the peer; this is the log's view.
class LayerCache
{
    Q_DECLARE_TR_FUNCTIONS(LayerCache)
public:
    explicit LayerCache(qsizetype maxBytes = 16 << 20);

    void setLayer(std::shared_ptr<const ProtocolLayer> layer);
    const std::shared_ptr<const ProtocolLayer> &layer() const { return m_layer; }
    /// The pipeline that packets' payloads (MQTT PUBLISH, STOMP bodies) are decoded with, the
    /// tab's decoder; empty: auto-detected (ProtocolLayer::decodePayload). Forgets every row.
    void setPayloadPipeline(const DecodePipeline &pipeline);

    /// The packets of a message row (store index) as the log shows them; empty for other
    /// rows and without a layer. With keep = false a miss is not cached and is read alone,
    /// without its neighbours (a search walking a million rows must not push out what the
    /// user is looking at, nor decode each row's neighbours again).
    QList<LayerPacket> packets(const EventStore &store, qsizetype row, bool keep = true);
    /// Forgets every row (the log was cleared or replaced: keys restart).
    void clear();

    qsizetype size() const { return m_cache.size(); }
    qsizetype totalCost() const { return m_cache.totalCost(); }
    qsizetype maxCost() const { return m_cache.maxCost(); }
    /// Messages handed to ProtocolLayer::decode() so far: the test hook that shows a row is
    /// decoded once however often it is painted.
    qint64 decodes() const { return m_decodes; }

    /// How far back (in messages) a reply looks for its request, and an attachment for the
    /// packet it belongs to.
    static constexpr int LookbackRows = 256;
    /// Requests remembered by id beyond the look-back.
    static constexpr int MaxRequests = 4096;

private:
    struct Entry
    {
        QList<LayerPacket> raw;   ///< the message alone, as the layer reads it
        QList<LayerPacket> shown; ///< with its neighbours: pairs, attachments
        bool complete = false;    ///< shown is filled
    };
    /// The entry of a row, its raw packets decoded now unless cached.
    Entry *entry(const EventStore &store, qsizetype row, bool keep, Entry *scratch);
    void annotate(const EventStore &store, qsizetype row, Entry *e);
    void pairReply(const EventStore &store, qsizetype row, LayerPacket *packet);
    void gatherAttachments(const EventStore &store, qsizetype row, LayerPacket *packet);
    void placeAttachment(const EventStore &store, qsizetype row, LayerPacket *packet);
    void remember(const EventStore &store, qsizetype row, const QList<LayerPacket> &packets);
    static qsizetype costOf(const Entry &e);

    std::shared_ptr<const ProtocolLayer> m_layer;
    DecodePipeline m_payloadPipeline;
    bool m_streamed = false; ///< the layer's packets may span messages (MQTT)
    LayerStream m_stream;
    QCache<qint64, Entry> m_cache;
    qint64 m_decodes = 0;
    /// "in|out id" → the key of the last row holding that request, oldest forgotten first.
    QHash<QString, qint64> m_requests;
    std::deque<QString> m_requestOrder;
};
