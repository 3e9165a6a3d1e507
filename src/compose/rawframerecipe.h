#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include "compose/outgoingmessage.h"
#include "protocol/frame/rawframe.h"

class Variables;

/// The composer's "Raw frame" mode and wsprobe-cli's --send-frame, for testing servers: one
/// message's frames as the user wants them on the wire. The payload is an OutgoingMessage in
/// any mode (text, JSON, hex, base64, file: hex gives invalid UTF-8 in a text frame); it may be
/// split into fragments of chosen sizes with a ping or pong between them; the first frame
/// carries the opcode, the RSV bits and a length field that may lie. build() makes the
/// RawFrames; parseSpec() and toSpec() read and write the console's SPEC (docs in specHelp()).
struct RawFrameRecipe
{
    Q_DECLARE_TR_FUNCTIONS(RawFrameRecipe)
public:
    /// A control frame written between two fragments.
    enum class Between { None, Ping, Pong };

    int opcode = 0x1; ///< 0–15
    bool fin = true;  ///< of the last frame; every earlier fragment has FIN=0
    bool rsv1 = false;
    bool rsv2 = false;
    bool rsv3 = false;
    bool masked = true;
    std::optional<quint32> maskKey; ///< for every frame; empty: a random key per frame
    OutgoingMessage payload;
    /// The first frame's length field, when it lies; empty: the true length.
    std::optional<quint64> declaredLength;
    RawFrame::LengthBits lengthBits = RawFrame::LengthBits::Shortest; ///< for every frame
    /// Sizes of the leading fragments; what is left of the payload goes in one more frame.
    /// Empty: the message is one frame.
    QList<qint64> fragments;
    Between between = Between::None;

    /// The frames, in order, with the payload built with variables (may be null); false with
    /// *error when the payload cannot be built or the frames cannot be written.
    bool build(Variables *variables, QList<RawFrame> *out, QString *error) const;

    /// Reads a SPEC such as "opcode=text,fin=0,mask=0,payload=hex:81 ff"; false with *error
    /// naming the key and what it takes. checkPayload: also build() it (hex, base64, a file
    /// that can be read, fragments that fit, lengths that fit their field).
    static bool parseSpec(const QString &spec, RawFrameRecipe *out, QString *error,
                          bool checkPayload = true);
    /// The SPEC that parseSpec() reads back as this recipe.
    QString toSpec() const;
    /// The SPEC's keys, for the console's help.
    static QString specHelp();

    /// For the composer's saved state.
    QVariantMap toMap() const;
    static RawFrameRecipe fromMap(const QVariantMap &map);

    /// "text", "ping", … or the number for a reserved opcode; parseOpcode() takes both.
    static QString opcodeId(int opcode);
    static bool parseOpcode(QStringView text, int *opcode);

    bool operator==(const RawFrameRecipe &) const = default;
};
Q_DECLARE_METATYPE(RawFrameRecipe)
