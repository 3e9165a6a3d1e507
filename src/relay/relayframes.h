#pragma once

#include <QList>

#include "protocol/frame/rawframe.h"
#include "relay/relayleg.h"

/// What both legs do with frames so that a fragmented message crosses the relay in the same
/// frames: note the data frames a message arrives in, and cut a message into raw frames of
/// the same shape for the other leg.
class RelayFrameShapes
{
public:
    /// A frame from this leg's peer; data frames are kept until their message is complete.
    void arrived(const FrameInfo &frame);
    /// The frames of the message just completed when there was more than one, else empty;
    /// starts over for the next message.
    RelayFragments take();
    /// payload cut at the fragments' lengths into frames with their opcodes, FIN and RSV bits,
    /// masked with a fresh random key each (a client's frames) or not (a server's); empty when
    /// the lengths do not add up to the payload.
    static QList<RawFrame> rawFrames(const QByteArray &payload, const RelayFragments &fragments,
                                     bool masked);

private:
    RelayFragments m_frames;
};
