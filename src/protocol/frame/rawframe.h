#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// One RFC 6455 §5.2 frame exactly as the user wants it on the wire, for testing a peer:
/// any opcode, FIN and RSV bits, masked or not whatever the role, and a length field that
/// may lie or use more bits than it needs. Nothing here checks the protocol's rules (that is
/// the point); problem() only refuses what cannot be written at all. Role-neutral: a client
/// testing a server and a server testing a client build the same struct.
struct RawFrame
{
    Q_DECLARE_TR_FUNCTIONS(RawFrame)
public:
    /// How the payload length is written: Shortest is the RFC's form (7 bits up to 125, 16
    /// bits up to 65535, else 64); the others force a width, non-minimal or not.
    enum class LengthBits : quint8 { Shortest, Bits7, Bits16, Bits64 };

    quint8 opcode = 0x1; ///< 0–15; 3–7 and 11–15 are reserved, and may be sent
    bool fin = true;
    bool rsv1 = false;
    bool rsv2 = false;
    bool rsv3 = false;
    bool masked = true;
    /// The masking key; empty: chooseMaskKey() picks a random one.
    std::optional<quint32> maskKey;
    QByteArray payload; ///< unmasked
    /// The length the header declares; empty: the payload's size. A value other than the
    /// payload's size is a lie the peer has to cope with.
    std::optional<quint64> declaredLength;
    LengthBits lengthBits = LengthBits::Shortest;

    /// Fills an empty maskKey of a masked frame with a random key, so that encode() and
    /// describe() agree on it. A masked frame without a key is encoded with key 0.
    void chooseMaskKey();
    /// The length field's value.
    quint64 headerLength() const { return declaredLength.value_or(quint64(payload.size())); }
    /// How many bits the length field takes (7, 16 or 64).
    int lengthFieldBits() const;
    /// Why this frame cannot be written (opcode over 15, a length that does not fit the
    /// chosen width), or empty.
    QString problem() const;
    /// The frame's bytes: header, key when masked, payload masked when masked. Call only when
    /// problem() is empty.
    QByteArray encode() const;
    /// What encode() writes, for the log: payloadLength is the declared length and head holds
    /// the first headBytes of the payload as it is, unmasked (-1: all).
    FrameInfo describe(Direction direction = Direction::Out, qsizetype headBytes = -1) const;
    /// The frame a FrameInfo describes, with info.head as its payload: encode() gives the
    /// bytes as they crossed the wire, header included, as far as the head was kept.
    static RawFrame fromInfo(const FrameInfo &info);
};

Q_DECLARE_METATYPE(RawFrame)
