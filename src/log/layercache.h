#pragma once

#include <deque>
#include <memory>

#include <QCache>
#include <QCoreApplication>
#include <QHash>

#include "decode/decodepipeline.h"
#include "log/layerstream.h"
#include "log/packettypeindex.h"
#include "log/rowviewcache.h"
#include "protocols/protocollayer.h"

class EventStore;

/// A log's messages read at a protocol layer's level, as the log shows them: decoded when
/// first asked for (a row painted, searched or selected), keyed by the row's position since
/// the log began (as DecodeCache is, which it cannot be: a row here is read together with
/// its neighbours). Three things are kept, each for what asks for it:
///
/// - a row's **view** (the preview line and the first packet's type), all that painting
///   needs, compact (UTF-8, no values, in blocks of rows next to each other: RowViewCache),
///   in most of the bound: several times the rows that whole packets would fit
///   (tst_layercache::viewsFitFarMoreRowsThanPackets);
/// - the **packets** as the layer read them (the raw cache, an eighth of the bound), which
///   the rows around a row are read from (a reply's request, a packet's attachments), and
///   from which the detail pane's packets are put together when it asks (packets());
/// - the **types** of every row read (PacketTypeIndex, a byte a row), so that hiding packet
///   types reads each row through the layer once, not at every change of the filter.
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

    /// Forgets every row and the type index, which is rebuilt as rows are read again.
    void setLayer(std::shared_ptr<const ProtocolLayer> layer);
    const std::shared_ptr<const ProtocolLayer> &layer() const { return m_layer; }
    /// The pipeline that packets' payloads (MQTT PUBLISH, STOMP bodies) are decoded with, the
    /// tab's decoder; empty: auto-detected (ProtocolLayer::decodePayload). Forgets every row
    /// but keeps the type index (a payload's decoding changes no packet's type).
    void setPayloadPipeline(const DecodePipeline &pipeline);

    /// The preview line of a message row (store index): its packets' summaries (a malformed
    /// one saying why), as the log's table shows it; "" for other rows and without a layer.
    QString preview(const EventStore &store, qsizetype row);
    /// The type of the first packet of a message row; "" for other rows and without a layer.
    QString firstType(const EventStore &store, qsizetype row);
    /// The packets of a message row with what its neighbours tell (pairs, attachments), for
    /// the detail pane: put together when asked, from the raw cache. With keep = false a
    /// miss is not cached and is read alone, without its neighbours (a search walking a
    /// million rows must not push out what the user is looking at, nor decode each row's
    /// neighbours again).
    QList<LayerPacket> packets(const EventStore &store, qsizetype row, bool keep = true);
    /// Whether every packet of a message row is well formed and of a type in types (the
    /// filter's hidden types), read from the type index; a row not indexed yet whose first
    /// packet's type is not in types by the layer's firstTypeHint() is not (nothing read),
    /// another is read once for its types (LayerReading::Types, payloads not decoded) and
    /// indexed, and nothing else of it is kept.
    bool onlyOfTypes(const EventStore &store, qsizetype row, const QStringList &types);
    /// Forgets every row (the log was cleared or replaced: keys restart).
    void clear();

    /// Views and packet lists cached, their cost and bound.
    qsizetype size() const { return m_views.size() + m_raw.size(); }
    qsizetype totalCost() const { return m_views.totalCost() + m_raw.totalCost(); }
    qsizetype maxCost() const { return m_views.maxCost() + m_raw.maxCost(); }
    qsizetype viewCount() const { return m_views.size(); }
    const RowViewCache &views() const { return m_views; }
    const PacketTypeIndex &typeIndex() const { return m_types; }
    /// Messages handed to ProtocolLayer::decode() so far: the test hook that shows a row is
    /// decoded once however often it is painted.
    qint64 decodes() const { return m_decodes; }
    /// Rows whose packets were put together for the detail (packets() with keep).
    qint64 details() const { return m_details; }

    /// How far back (in messages) a reply looks for its request, and an attachment for the
    /// packet it belongs to.
    static constexpr int LookbackRows = 256;
    /// Requests remembered by id beyond the look-back.
    static constexpr int MaxRequests = 4096;

private:
    /// A row as the table shows it: the preview in UTF-8 (half a QString's bytes for the
    /// usual ASCII summaries), valid until the next row is asked for.
    struct View
    {
        QByteArrayView preview;
        QString type;
    };
    using Packets = QList<LayerPacket>;
    /// The row's packets as the layer reads them (and payloads decoded), cached with keep.
    /// count: a reading of its own (decodes()), not the second of one already counted.
    Packets raw(const EventStore &store, qsizetype row, bool keep, bool count = true);
    /// The layer's reading of a row alone, as far as reading asks, payloads not decoded;
    /// indexes its types and remembers its requests.
    Packets read(const EventStore &store, qsizetype row, LayerReading reading, bool count = true);
    /// raw with what the neighbours tell; *final: nothing in it waits for rows to come.
    Packets annotated(const EventStore &store, qsizetype row, bool *final, bool count = true);
    /// Whether packets need nothing from the rows around them (no pairing, no attachments).
    static bool alone(const Packets &packets);
    View view(const EventStore &store, qsizetype row);
    /// The row's view from the layer's glance at its bytes (m_glance.preview, *type), its
    /// types indexed; false when the layer reads it through packets.
    bool glanced(const EventStore &store, qsizetype row, QString *type);
    void pairReply(const EventStore &store, qsizetype row, LayerPacket *packet);
    void gatherAttachments(const EventStore &store, qsizetype row, LayerPacket *packet);
    void placeAttachment(const EventStore &store, qsizetype row, LayerPacket *packet);
    void remember(const EventStore &store, qsizetype row, const QList<LayerPacket> &packets);
    static qsizetype costOf(const Packets &packets);
    static QByteArray previewOf(const Packets &packets);

    std::shared_ptr<const ProtocolLayer> m_layer;
    DecodePipeline m_payloadPipeline;
    bool m_streamed = false;                   ///< the layer's packets may span messages (MQTT)
    int m_partialType = ProtocolLayer::NoHint; ///< "partial" among the layer's packet types
    QStringList m_typeNames;                   ///< the layer's packetTypes()
    LayerStream m_stream;
    RowViewCache m_views;
    LayerGlance m_glance; ///< the last glance, its preview's room kept for the next
    QByteArray m_preview; ///< the last preview read through packets
    QCache<qint64, Packets> m_raw;
    PacketTypeIndex m_types;
    qint64 m_decodes = 0;
    qint64 m_details = 0;
    /// "in|out id" → the key of the last row holding that request, oldest forgotten first.
    QHash<QString, qint64> m_requests;
    std::deque<QString> m_requestOrder;
};
