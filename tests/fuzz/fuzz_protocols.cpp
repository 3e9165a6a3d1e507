// libFuzzer target: every protocol layer's reader on any bytes, alone and in a conversation.
// The first byte picks the layer (low bits; 0x20 puts STOMP over SockJS), whether the
// message is binary and its direction; the rest is split at 0xFF bytes into the messages of one
// conversation, so that Socket.IO's attachments, pairing by id and automatic replies get exercised
// too. A reader gives at least one packet per message; a malformed one names its type and the
// problem. The lighter readings (LayerReading::Summary, Types) must give the packets the full
// reading gives, field for field as far as they read, the first type told from the first bytes
// the first packet's, and a payload's summary decoded alone the same summary as decoded with its
// value. A glance at the bytes (the table's preview and types) is given only where the summary
// reading shows the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "protocols/layersession.h"
#include "protocols/protocolregistry.h"
#include "protocols/socketiolayer.h"

namespace {

std::shared_ptr<const ProtocolLayer> layerFor(uint8_t selector)
{
    // Fresh per input: MQTT learns its version from a CONNECT, which must not leak between
    // inputs (a crash must reproduce from its input alone).
    switch (selector % 7) {
    case 0:
        return std::make_shared<SocketIoLayer>(4);
    case 1:
        return std::make_shared<SocketIoLayer>(3);
    case 4: // STOMP, over SockJS when bit 0x20 is set
        return ProtocolRegistry::create((selector & 0x20) ? QStringLiteral("stomp-sockjs")
                                                          : QStringLiteral("stomp"));
    default:
        return ProtocolRegistry::create(ProtocolRegistry::names().at((selector % 7) - 1));
    }
}

void compareReadings(const std::shared_ptr<const ProtocolLayer> &full, uint8_t selector,
                     QByteArrayView input, bool binary, Direction direction)
{
    // Fresh layers for the other readings: MQTT's version is learned from what it read.
    const QList<LayerPacket> whole = full->decode(input, binary, direction);
    const QList<LayerPacket> summary =
        layerFor(selector)->read(input, binary, direction, LayerReading::Summary);
    const QList<LayerPacket> types =
        layerFor(selector)->read(input, binary, direction, LayerReading::Types);
    if (summary.size() != whole.size() || types.size() != whole.size())
        std::abort();
    // The first type told from the first bytes is the first packet's, when that is well
    // formed (a streamed layer is asked of one whole packet).
    if (!full->isStreamed() || full->streamedPacketLength(input) == input.size()) {
        const std::shared_ptr<const ProtocolLayer> hints = layerFor(selector);
        const int hint = hints->firstTypeHint(input, binary, direction);
        const QStringList types = hints->packetTypes();
        if (hint >= types.size() || hint < ProtocolLayer::MalformedHint)
            std::abort();
        if (hint == ProtocolLayer::MalformedHint && !whole.isEmpty() && whole.first().ok())
            std::abort();
        if (hint >= 0 && !whole.isEmpty() && whole.first().ok()
            && types.at(hint) != whole.first().type)
            std::abort();
    }
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const LayerPacket &w = whole[i];
        const LayerPacket &s = summary[i];
        const LayerPacket &t = types[i];
        if (s.type != w.type || s.name != w.name || s.summary != w.summary || s.id != w.id
            || s.channel != w.channel || s.request != w.request || s.heartbeat != w.heartbeat
            || s.attachments != w.attachments || s.payload != w.payload
            || s.payloadClip != w.payloadClip || s.error != w.error)
            std::abort();
        if (t.type != w.type || t.ok() != w.ok() || t.id != w.id || t.request != w.request
            || t.heartbeat != w.heartbeat || t.attachments != w.attachments)
            std::abort();
        LayerPacket decoded = w;
        LayerPacket shown = s;
        ProtocolLayer::decodePayload(&decoded, DecodePipeline(), direction);
        ProtocolLayer::decodePayloadSummary(&shown, DecodePipeline(), direction);
        if (decoded.summary != shown.summary || decoded.payloadClip != shown.payloadClip)
            std::abort();
    }
}

/// ProtocolLayer::glance() against the summary reading it stands for.
void compareGlance(uint8_t selector, QByteArrayView input, bool binary, Direction direction)
{
    const std::shared_ptr<const ProtocolLayer> layer = layerFor(selector);
    LayerGlance glance;
    if (!layer->glance(input, binary, direction, DecodePipeline(), &glance))
        return;
    QList<LayerPacket> packets =
        layerFor(selector)->read(input, binary, direction, LayerReading::Summary);
    if (packets.isEmpty() || packets.size() > 3 || glance.packets != packets.size())
        std::abort();
    const QStringList types = layer->packetTypes();
    QByteArray preview;
    quint64 bits = 0;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        LayerPacket &p = packets[i];
        // Paired, attached or malformed packets are read through packets, never glanced at.
        if (!p.ok() || !p.id.isEmpty() || p.attachments > 0)
            std::abort();
        ProtocolLayer::decodePayloadSummary(&p, DecodePipeline(), direction);
        preview += (i > 0 ? " | " : "") + p.summary.toUtf8();
        bits |= quint64(1) << types.indexOf(p.type);
    }
    if (preview != glance.preview || bits != glance.types
        || types.value(glance.first) != packets.first().type)
        std::abort();
}

void check(const QList<LayerPacket> &packets, bool mayBeEmpty)
{
    if (packets.isEmpty() && !mayBeEmpty)
        std::abort();
    for (const LayerPacket &p : packets) {
        if (p.type.isEmpty())
            std::abort();
        // What the console prints must be writable for every packet.
        (void)CborJson::text(p.toCbor(), false);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const auto layer = layerFor(selector);
    const bool binary = selector & 0x08;
    const Direction direction = (selector & 0x10) ? Direction::Out : Direction::In;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    check(layer->decode(input, binary, direction), false);
    compareReadings(layerFor(selector), selector, input, binary, direction);
    compareGlance(selector, input, binary, direction);

    LayerSession session(layer);
    qsizetype start = 0;
    qint64 time = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\xff', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView message = input.sliced(start, end - start);
        // Alternate text and binary so that attachments can follow their packet.
        const bool messageBinary = binary != bool(time % 2);
        QList<LayerFrame> replies;
        check(session.message(message, messageBinary, direction, time++, &replies), true);
        start = end + 1;
    }
    return 0;
}
