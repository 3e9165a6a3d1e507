#pragma once

#include <QByteArrayView>

#include "protocol/wiretypes.h"

class DecodePipeline;
struct LayerGlance;

/// StompLayer::glance(): the table's preview of a message of STOMP frames (also inside
/// SockJS's framing) written from its bytes, as StompLayer's reading and
/// ProtocolLayer::decodePayloadSummary() write each frame's summary, without a packet, a
/// header's QString or a list of SockJS's strings. False for a message that reading words an
/// error for, whose frames ask for a receipt or are one (paired with their request), that
/// has escapes in its headers or that is a SockJS close frame: those are read through
/// packets.
namespace StompGlance {

/// The STOMP frames of one message (not SockJS-framed).
bool frames(QByteArrayView payload, const DecodePipeline &pipeline, LayerGlance *out);
/// A SockJS frame: the server's forms for Direction::In, the client's for Direction::Out.
bool sockJs(QByteArrayView payload, Direction direction, const DecodePipeline &pipeline,
            LayerGlance *out);

} // namespace StompGlance
