#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// RFC 6455 §5.2 frames: an incremental decoder for what a server sends and an encoder for
/// what a client sends (always masked).
class FrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(FrameCodec)
public:
    enum Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    struct Frame
    {
        FrameInfo info;
        QByteArray payload; ///< unmasked
    };
    enum class Result { NeedMore, Frame, Error };

    /// Limits and what was negotiated: RSV1 is legal only with permessage-deflate.
    quint64 maxFrameSize = 16 * 1024 * 1024;
    bool allowRsv1 = false;

    /// Takes the next whole frame from buffer[offset...], advancing offset. On Error, *closeCode
    /// and *error say what the peer did wrong; the connection must be failed.
    Result decode(const QByteArray &buffer, qsizetype *offset, Frame *out, int *closeCode,
                  QString *error) const;

    /// A client frame, masked with maskKey (RFC 6455 §5.3).
    static QByteArray encode(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                             quint32 maskKey);
    static void applyMask(char *data, qsizetype size, quint32 maskKey, qsizetype phase = 0);
    static bool isControl(quint8 opcode) { return opcode & 0x8; }
    static QString opcodeName(quint8 opcode);
};
