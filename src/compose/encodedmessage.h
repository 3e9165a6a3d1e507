#pragma once

#include <QCoreApplication>

#include "compose/outgoingmessage.h"

class DecodePipeline;
class Variables;

/// The composer's JSON sent through a decoder pipeline run backwards: `{"op": "move"}` with
/// `base64,zlib,msgpack` goes out as base64 text of deflated MessagePack; with
/// `protobuf:game.proto:out=game.Move` as a game.Move. Binary unless the pipeline's outermost
/// step writes text (base64, hex) or the format is JSON itself.
namespace EncodedMessage {

/// Whether message would be encoded by pipeline: a JSON message and a pipeline that can
/// encode (ends in a format, not auto, not schema-less protobuf).
bool applies(const OutgoingMessage &message, const DecodePipeline &pipeline);
/// Builds message (variables expanded, JSON checked) and encodes it. False with *error
/// naming what failed: the JSON, or the format (an unknown protobuf field, say).
bool build(const OutgoingMessage &message, Variables *variables, const DecodePipeline &pipeline,
           OutgoingMessage::Payload *out, QString *error);

} // namespace EncodedMessage
