#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// RFC 6455 §5.2 frames: an incremental decoder for what the other end sends (a server's
/// unmasked frames, or in the server role a client's masked ones) and encoders for both.
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
        /// NeedMore with the whole header read (mask key included), only payload bytes
        /// missing: the header's size, so the payload can be read straight into its own buffer
        /// (FramedEngine); 0 otherwise.
        qsizetype headerBytes = 0;
    };
    enum class Result { NeedMore, Frame, Error };

    /// Limits and what was negotiated: RSV1 is legal only with permessage-deflate.
    quint64 maxFrameSize = 16 * 1024 * 1024;
    bool allowRsv1 = false;
    /// How many leading payload bytes go into FrameInfo::head (-1: all).
    qsizetype headBytes = 64;
    /// Which end decodes: a server requires masked frames and unmasks them, a client refuses them.
    Endpoint role = Endpoint::Client;

    /// Takes the next whole frame from buffer[offset...], advancing offset. On Error, *closeCode
    /// and *error say what the peer did wrong (the connection must be failed) and out->info
    /// holds every header bit that had arrived, so that the offending frame can be shown.
    Result decode(const QByteArray &buffer, qsizetype *offset, Frame *out, int *closeCode,
                  QString *error) const;

    /// A client frame, masked with maskKey (RFC 6455 §5.3).
    static QByteArray encode(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                             quint32 maskKey);
    /// A server frame: never masked.
    static QByteArray encodeUnmasked(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1);
    /// What encode() writes, described; head holds the first headBytes of the payload.
    static FrameInfo describeEncoded(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                                     quint32 maskKey, qsizetype headBytes, bool masked = true);
    /// The first n bytes (n < 0: all).
    static QByteArray headOf(QByteArrayView payload, qsizetype n);
    static void applyMask(char *data, qsizetype size, quint32 maskKey, qsizetype phase = 0);
    static bool isControl(quint8 opcode) { return opcode & 0x8; }
    /// Close codes a server may send (RFC 6455 §7.4, IANA registry).
    static bool isValidReceivedCloseCode(int code);
    /// A received Close's payload: *code (1005 when empty) and *reason; false with the close
    /// code the violation earns and what it is (1-byte payload, a code that may not be sent,
    /// a reason that is not UTF-8).
    /// The log's words for a frame whose length was not written in the shortest form.
    static QString nonMinimalLengthNote(const FrameInfo &info);
    static bool parseClose(QByteArrayView payload, int *code, QByteArray *reason, int *failCode,
                           QString *violation, Endpoint role = Endpoint::Client);
    static QString opcodeName(quint8 opcode);

private:
    static QByteArray encodeFrame(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                                  std::optional<quint32> maskKey);
};
