#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include "relay/relayleg.h"

/// The four directions of a relayed conversation, made explicit: what reached Wsprobe from
/// either peer, and what Wsprobe wrote to either peer.
enum class RelayRoute : quint8 {
    None,            ///< did not happen (injected: nothing arrived; dropped: nothing left)
    ClientToWsprobe, ///< the client sent it to Wsprobe
    WsprobeToServer, ///< Wsprobe wrote it to the server
    ServerToWsprobe, ///< the server sent it to Wsprobe
    WsprobeToClient  ///< Wsprobe wrote it to the client
};

/// One message, ping, pong or close of a relayed conversation, recorded once with where it
/// came from and where it went. A paused or queued message is reported again when its fate
/// is decided (same id).
struct RelayRecord
{
    Q_DECLARE_TR_FUNCTIONS(RelayRecord)
public:
    enum class Kind : quint8 { Message, Ping, Pong, Close };
    enum class Fate : quint8 {
        Paused,        ///< held at a breakpoint, waiting for the user
        Queued,        ///< behind a paused message of the same direction
        Forwarded,     ///< passed on unchanged
        Edited,        ///< passed on as the user changed it
        Dropped,       ///< not passed on
        Answered,      ///< not passed on; Wsprobe answered the sender (record answerId)
        Injected,      ///< written by Wsprobe on the user's behalf (also: an answer)
        Undeliverable, ///< the other side had gone
        Mirrored       ///< Close: the other leg was dropped as this one was (1006)
    };

    /// How a message that came in several frames was written: in the same frames, or as one
    /// (and why).
    enum class Framing : quint8 {
        Kept,         ///< the same frames (or it came in one)
        JoinedEdited, ///< as one message: the user edited it
        JoinedDeflate ///< as one message: permessage-deflate on a leg re-frames it
    };

    qint64 id = 0;
    qint64 timeMs = 0; ///< when it arrived, or was injected
    Kind kind = Kind::Message;
    Fate fate = Fate::Forwarded;
    RelayRoute arrived = RelayRoute::None;
    RelayRoute left = RelayRoute::None;
    QByteArray payload; ///< as it arrived (or as injected); a Close's reason
    bool isText = true;
    /// Edited: what was written instead.
    QByteArray sentPayload;
    bool sentIsText = true;
    qint64 wireSizeIn = -1;   ///< compressed size on the arriving leg, else -1
    qint64 wireSizeOut = -1;  ///< compressed size on the leaving leg, else -1
    qint64 sentAtMs = 0;      ///< when it was written (0: not written)
    int code = 0;             ///< Close: the code (1005 none, 1006 dropped)
    bool wasClean = false;    ///< Close: the peer sent a Close frame
    qint64 answerTo = 0;      ///< an answer: the id of the message it answers
    qint64 answerId = 0;      ///< Answered: the id of the answer
    int queuedBehind = 0;     ///< Queued: how many of this direction wait ahead of it
    RelayFragments fragments; ///< the frames it came in, when more than one
    Framing framing = Framing::Kept;

    /// The side it came from (injected: none) and the side it went to.
    bool fromSide(RelaySide *side) const;
    bool toSide(RelaySide *side) const;
    bool isMessage() const { return kind == Kind::Message; }

    /// Stable lower-case names for JSON: "client>wsprobe", "forwarded", "message", …
    static QString routeId(RelayRoute route);
    static QString fateId(Fate fate);
    static QString kindId(Kind kind);
    /// Translated "client → Wsprobe" etc.
    static QString routeLabel(RelayRoute route);
    static QString fateLabel(Fate fate);
    /// "3 frames, passed as they came", "3 frames, sent as one: …"; empty for one frame.
    QString framingLabel() const;
    /// "kept", "joined-edited", "joined-deflate".
    static QString framingId(Framing framing);
    /// The whole path as one translated line: "client → Wsprobe → server".
    QString pathLabel() const;
};
Q_DECLARE_METATYPE(RelayRecord)
