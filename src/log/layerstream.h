#pragma once

#include <array>
#include <map>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>

#include "protocols/protocollayer.h"

class EventStore;

/// Where the packets of a streamed protocol layer (MQTT: "the receiver MUST NOT assume that
/// MQTT Control Packets are aligned on WebSocket frame boundaries", and aedes does split
/// them) begin and end in a log, so that a row can be read without the rows before it being
/// decoded: each direction's bytes are followed with ProtocolLayer::streamedPacketLength()
/// alone (a header read, no decoding), and the state at every Stride-th row is remembered, so
/// that reading a row walks at most Stride rows from the nearest mark (a walk to the end of
/// a million rows once, then nothing). A packet belongs to the row where its last byte
/// arrived, as the live conversation (LayerSession) has it; a row that only carries part of
/// a packet reads as a "partial" packet. An open event starts the streams afresh.
class LayerStream
{
    Q_DECLARE_TR_FUNCTIONS(LayerStream)
public:
    /// The packets whose last byte is in message row (store index) of store, read by layer
    /// as far as reading asks.
    QList<LayerPacket> packets(const ProtocolLayer &layer, const EventStore &store, qsizetype row,
                               LayerReading reading = LayerReading::Full);
    /// ProtocolLayer::glance() of the packets packets() reads, one whole packet at a time;
    /// false when the layer glances at none of them or the row completes no packet.
    bool glance(const ProtocolLayer &layer, const EventStore &store, qsizetype row,
                const DecodePipeline &pipeline, LayerGlance *out);
    /// ProtocolLayer::firstTypeHint() of the row's first packet: PartialHint for a row that
    /// completes none, the layer's hint of the first whole packet, NoHint when not known.
    int firstTypeHint(const ProtocolLayer &layer, const EventStore &store, qsizetype row);
    /// A row that only carries part of a packet (its "partial" packet type).
    static constexpr int PartialHint = -3;
    /// Forgets every mark (the log was cleared or replaced, or the layer changed).
    void clear();

    static constexpr qsizetype Stride = 256;

private:
    /// Per direction (Direction::In, Direction::Out): the bytes of a packet begun in earlier
    /// rows and not yet complete.
    using State = std::array<QByteArray, 2>;
    /// The state at the start of row (the cursor, moved there), valid until the next call.
    const State &stateAt(const ProtocolLayer &layer, const EventStore &store, qsizetype row);
    /// The row's payload after what its direction's earlier rows left unread (in *joined
    /// when there is any).
    QByteArrayView bytesOf(const ProtocolLayer &layer, const EventStore &store, qsizetype row,
                           QByteArray *joined);
    static void advance(const ProtocolLayer &layer, QByteArray *pending, QByteArrayView payload);

    std::map<qint64, State> m_marks; ///< row key → the state at the start of that row
    qint64 m_cursorKey = -1;         ///< the last state computed, for rows read in order
    State m_cursor;
};
