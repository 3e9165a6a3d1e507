#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "protocol/wiretypes.h"

/// The two sides of a relayed conversation: the real client that connected to Wsprobe, and
/// the real server Wsprobe connected to on its behalf.
enum class RelaySide : quint8 { Client, Server };

inline RelaySide otherSide(RelaySide side)
{
    return side == RelaySide::Client ? RelaySide::Server : RelaySide::Client;
}

/// One data frame of a message that came in several: its opcode (1 or 2, then 0), FIN, RSV
/// bits and payload length as it crossed the wire.
struct RelayFragment
{
    quint8 opcode = 0;
    bool fin = false;
    quint8 rsv = 0;
    qint64 length = 0;
    friend bool operator==(const RelayFragment &, const RelayFragment &) = default;
};
/// A message's frames; empty when it came in one.
using RelayFragments = QList<RelayFragment>;

/// What a leg reports to the conversation that drives it (the conversation implements it).
class RelayLegListener
{
public:
    virtual ~RelayLegListener();
    virtual void legHandshake(RelaySide side, const HandshakeRecord &record) = 0;
    virtual void legOpened(RelaySide side, const QString &protocol, const QString &extensions) = 0;
    /// wireSize: the compressed size when the message was deflated on this leg, else -1;
    /// fragments: the frames it came in, when more than one.
    virtual void legMessage(RelaySide side, const QByteArray &payload, bool isText, qint64 wireSize,
                            const RelayFragments &fragments) = 0;
    virtual void legPing(RelaySide side, const QByteArray &payload) = 0;
    virtual void legPong(RelaySide side, const QByteArray &payload) = 0;
    virtual void legFrame(RelaySide side, const FrameInfo &frame) = 0;
    virtual void legError(RelaySide side, const QString &message) = 0;
    /// The peer sent a Close (code 1005: without a status). The leg has not answered it: it
    /// waits for close() with the other peer's answer, within its close timeout.
    virtual void legCloseReceived(RelaySide side, int code, const QByteArray &reason) = 0;
    /// The leg is finished. wasClean: a Close frame came from that peer (code 1005: without a
    /// status; reported before with legCloseReceived when the peer started the close);
    /// otherwise the peer dropped TCP or broke the protocol (code 1006 or the code
    /// Wsprobe failed the leg with).
    virtual void legClosed(RelaySide side, int code, const QByteArray &reason, bool wasClean) = 0;
    virtual void legBufferedAmountChanged(RelaySide side, qint64 bytes) = 0;
};

/// One side of a relayed conversation as the conversation drives it: the upstream WireEngine
/// or a server-side engine's client. Abstract so that the pipe logic can be tested with fake
/// legs and a ManualClock.
class RelayLeg
{
public:
    virtual ~RelayLeg();
    /// Returns the compressed size on this leg when the message was deflated, else -1.
    virtual qint64 sendMessage(const QByteArray &payload, bool isText) = 0;
    /// What sendFragments() did.
    enum class FramesResult : quint8 {
        Sent,
        /// Nothing written: this leg deflates messages (its frames are compressed with its own
        /// context and cannot keep another leg's boundaries) or the lengths do not add up; the
        /// message may go as one.
        NotKept,
        /// Nothing written: the connection can no longer take it (its peer reset or left). The
        /// leg has reported the error and ends itself: legClosed(1006) follows from the event
        /// loop.
        Failed,
    };
    /// Writes the message in these frames, as they came from the other peer: the same
    /// opcodes, FIN and RSV bits, the payload split at the same lengths.
    virtual FramesResult sendFragments(const QByteArray &payload,
                                       const RelayFragments &fragments) = 0;
    virtual void sendPing(const QByteArray &payload) = 0;
    virtual void sendPong(const QByteArray &payload) = 0;
    /// Starts the closing handshake with this code and reason as given, or answers the
    /// peer's held Close with them; 1005 sends a Close without a status code.
    virtual void close(int code, const QByteArray &reason) = 0;
    /// Drops TCP without a Close. True: done, the leg reports nothing more; false: the leg
    /// is finishing something it must not cut short (a refusal being written) and reports
    /// its close when done.
    virtual bool abort() = 0;
    /// What this leg holds for its peer: written and not yet on the network, each frame's
    /// wire bytes and bookkeeping counted (SendQueue::FrameOverheadBytes).
    virtual qint64 bufferedAmount() const = 0;
    /// Back-pressure: stop (or resume) reading what this leg's peer sends.
    virtual void setReadingPaused(bool paused) = 0;
};
