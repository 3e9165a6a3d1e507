#include "protocol/frame/framecodec.h"

#include <cstring>

#include <QtEndian>

#include "protocol/frame/utf8validator.h"

QString FrameCodec::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case 0x0:
        return QStringLiteral("continuation");
    case 0x1:
        return QStringLiteral("text");
    case 0x2:
        return QStringLiteral("binary");
    case 0x8:
        return QStringLiteral("close");
    case 0x9:
        return QStringLiteral("ping");
    case 0xA:
        return QStringLiteral("pong");
    default:
        break;
    }
    return QStringLiteral("reserved-0x%1").arg(opcode, 1, 16);
}

FrameCodec::Result FrameCodec::decode(const QByteArray &buffer, qsizetype *offset, Frame *out,
                                      int *closeCode, QString *error) const
{
    out->headerBytes = 0;
    const qsizetype available = buffer.size() - *offset;
    if (available < 2)
        return Result::NeedMore;
    const auto *p = reinterpret_cast<const uchar *>(buffer.constData() + *offset);
    const bool fin = p[0] & 0x80;
    const quint8 rsv = (p[0] >> 4) & 0x7;
    const quint8 opcode = p[0] & 0x0F;
    const bool masked = p[1] & 0x80;
    quint64 length = p[1] & 0x7F;
    qsizetype header = 2;
    // What the header says is kept as it is learnt, so a frame that breaks the rules can be
    // shown with every bit that arrived.
    FrameInfo &info = out->info;
    info = FrameInfo();
    info.direction = Direction::In;
    info.opcode = opcode;
    info.fin = fin;
    info.rsv = rsv;
    info.masked = masked;
    info.compressed = rsv & 0x4;
    info.payloadLength = length;
    info.lengthBits = length == 126 ? 16 : length == 127 ? 64 : 7;

    // Everything that can be judged from the first two bytes is judged before waiting for more.
    // The words name the other end: a server's frames when Wsprobe is the client, and back.
    const bool asServer = role == Endpoint::Server;
    *closeCode = 1002;
    if ((opcode > Binary && opcode < Close) || opcode > Pong) {
        *error = asServer ? tr("the client used reserved opcode 0x%1").arg(opcode, 1, 16)
                          : tr("the server used reserved opcode 0x%1").arg(opcode, 1, 16);
        return Result::Error;
    }
    if ((rsv & 0x4) && !allowRsv1) {
        *error = asServer ? tr("the client set RSV1 without a negotiated extension")
                          : tr("the server set RSV1 without a negotiated extension");
        return Result::Error;
    }
    if (rsv & 0x3) {
        const int bit = (rsv & 0x2) ? 2 : 3;
        *error = asServer
                     ? tr("the client set RSV%1, which no negotiated extension defines").arg(bit)
                     : tr("the server set RSV%1, which no negotiated extension defines").arg(bit);
        return Result::Error;
    }
    const qsizetype keyAt = length == 126 ? 4 : length == 127 ? 10 : 2;
    if (masked && !asServer) {
        if (available >= keyAt + 4)
            info.maskKey = qFromBigEndian<quint32>(p + keyAt);
        *error = tr("the server masked a frame (servers must not mask, RFC 6455 §5.1)");
        return Result::Error;
    }
    if (!masked && asServer) {
        *error = tr("the client sent an unmasked frame (clients must mask every frame, RFC 6455 "
                    "§5.1)");
        return Result::Error;
    }
    if (isControl(opcode)) {
        const QString name = opcodeName(opcode);
        if (!fin) {
            *error = asServer ? tr("the client fragmented a %1 control frame").arg(name)
                              : tr("the server fragmented a %1 control frame").arg(name);
            return Result::Error;
        }
        if (length > 125) {
            *error = asServer
                         ? tr("the client sent a %1 control frame longer than 125 bytes").arg(name)
                         : tr("the server sent a %1 control frame longer than 125 bytes").arg(name);
            return Result::Error;
        }
        if ((rsv & 0x4)) {
            *error = asServer ? tr("the client compressed a %1 control frame").arg(name)
                              : tr("the server compressed a %1 control frame").arg(name);
            return Result::Error;
        }
    }
    *closeCode = 0;
    if (length == 126) {
        if (available < 4)
            return Result::NeedMore;
        length = qFromBigEndian<quint16>(p + 2);
        header = 4;
        info.nonMinimalLength = length < 126;
    } else if (length == 127) {
        if (available < 10)
            return Result::NeedMore;
        length = qFromBigEndian<quint64>(p + 2);
        header = 10;
        info.nonMinimalLength = length <= 0xFFFF;
        if (length >> 63) {
            info.payloadLength = length;
            *closeCode = 1002;
            *error = asServer ? tr("the client sent a 64-bit frame length with the most "
                                   "significant bit set")
                              : tr("the server sent a 64-bit frame length with the most "
                                   "significant bit set");
            return Result::Error;
        }
    }
    info.payloadLength = length;
    // Refused on the header alone: nothing of the claimed size is ever allocated. The limit is
    // Wsprobe's, not the protocol's: say how to change it.
    if (length > maxFrameSize) {
        *closeCode = 1009;
        *error = asServer ? tr("the client announced a frame of %1 bytes, over this server's "
                               "limit of %2 bytes per frame")
                                .arg(length)
                                .arg(maxFrameSize)
                          : tr("the server announced a frame of %1 bytes, over Wsprobe's limit of "
                               "%2 bytes per frame (change it with --max-frame-size, or Max frame "
                               "size in the connection panel)")
                                .arg(length)
                                .arg(maxFrameSize);
        return Result::Error;
    }
    if (masked) {
        if (available < header + 4)
            return Result::NeedMore;
        info.maskKey = qFromBigEndian<quint32>(p + header);
        header += 4;
    }
    if (quint64(available - header) < length) {
        out->headerBytes = header;
        return Result::NeedMore;
    }

    out->payload = buffer.mid(*offset + header, qsizetype(length));
    if (masked)
        applyMask(out->payload.data(), out->payload.size(), info.maskKey);
    info.head = headOf(out->payload, headBytes);
    *offset += header + qsizetype(length);
    return Result::Frame;
}

QByteArray FrameCodec::headOf(QByteArrayView payload, qsizetype n)
{
    return (n < 0 ? payload : payload.first(std::min(n, payload.size()))).toByteArray();
}

FrameInfo FrameCodec::describeEncoded(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                                      quint32 maskKey, qsizetype headBytes, bool masked)
{
    FrameInfo info;
    info.direction = Direction::Out;
    info.opcode = opcode;
    info.fin = fin;
    info.rsv = rsv1 ? 4 : 0;
    info.compressed = rsv1;
    info.masked = masked;
    info.maskKey = masked ? maskKey : 0;
    info.payloadLength = quint64(payload.size());
    info.lengthBits = payload.size() <= 125 ? 7 : payload.size() <= 0xFFFF ? 16 : 64;
    info.head = headOf(payload, headBytes);
    return info;
}

void FrameCodec::applyMask(char *data, qsizetype size, quint32 maskKey, qsizetype phase)
{
    uchar key[4];
    qToBigEndian<quint32>(maskKey, key);
    qsizetype i = 0;
    if (phase % 4 == 0 && size >= 8) {
        quint64 k64;
        uchar k8[8] = {key[0], key[1], key[2], key[3], key[0], key[1], key[2], key[3]};
        std::memcpy(&k64, k8, 8);
        for (; i + 8 <= size; i += 8) {
            quint64 v;
            std::memcpy(&v, data + i, 8);
            v ^= k64;
            std::memcpy(data + i, &v, 8);
        }
    }
    for (; i < size; ++i)
        data[i] = char(uchar(data[i]) ^ key[(i + phase) % 4]);
}

QByteArray FrameCodec::encode(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                              quint32 maskKey)
{
    return encodeFrame(opcode, payload, fin, rsv1, maskKey);
}

QByteArray FrameCodec::encodeUnmasked(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1)
{
    return encodeFrame(opcode, payload, fin, rsv1, std::nullopt);
}

QByteArray FrameCodec::encodeFrame(quint8 opcode, QByteArrayView payload, bool fin, bool rsv1,
                                   std::optional<quint32> maskKey)
{
    const qsizetype n = payload.size();
    const qsizetype header = 2 + (n <= 125 ? 0 : n <= 0xFFFF ? 2 : 8) + (maskKey ? 4 : 0);
    QByteArray frame(header + n, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(frame.data());
    p[0] = uchar((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (opcode & 0x0F));
    const uchar maskBit = maskKey ? 0x80 : 0;
    qsizetype at = 2;
    if (n <= 125) {
        p[1] = uchar(maskBit | n);
    } else if (n <= 0xFFFF) {
        p[1] = maskBit | 126;
        qToBigEndian<quint16>(quint16(n), p + 2);
        at = 4;
    } else {
        p[1] = maskBit | 127;
        qToBigEndian<quint64>(quint64(n), p + 2);
        at = 10;
    }
    if (maskKey) {
        qToBigEndian<quint32>(*maskKey, p + at);
        at += 4;
    }
    if (n > 0) {
        std::memcpy(p + at, payload.data(), size_t(n));
        if (maskKey)
            applyMask(frame.data() + at, n, *maskKey);
    }
    return frame;
}

bool FrameCodec::isValidReceivedCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
           || (code >= 3000 && code <= 4999);
}

bool FrameCodec::parseClose(QByteArrayView payload, int *code, QByteArray *reason, int *failCode,
                            QString *violation, Endpoint role)
{
    const bool asServer = role == Endpoint::Server;
    *code = 1005;
    reason->clear();
    if (payload.size() == 1) {
        *failCode = 1002;
        *violation = asServer ? tr("the client's Close frame has a 1-byte payload")
                              : tr("the server's Close frame has a 1-byte payload");
        return false;
    }
    if (payload.size() < 2)
        return true;
    *code = qFromBigEndian<quint16>(payload.data());
    *reason = payload.sliced(2).toByteArray();
    if (!isValidReceivedCloseCode(*code)) {
        *failCode = 1002;
        *violation = asServer
                         ? tr("the client sent close code %1, which may not be sent").arg(*code)
                         : tr("the server sent close code %1, which may not be sent").arg(*code);
        return false;
    }
    if (!Utf8Validator::isValidUtf8(*reason)) {
        *failCode = 1007;
        *violation = asServer ? tr("the client's close reason is not valid UTF-8")
                              : tr("the server's close reason is not valid UTF-8");
        return false;
    }
    return true;
}

QString FrameCodec::nonMinimalLengthNote(const FrameInfo &info)
{
    return tr("Protocol violation by the server: a %1 frame of %2 bytes has its length written "
              "in %3 bits, where RFC 6455 §5.2 requires the shortest form. Wsprobe keeps the "
              "conversation going; such frames are marked \"non-minimal length\".")
        .arg(opcodeName(info.opcode))
        .arg(info.payloadLength)
        .arg(info.lengthBits);
}
