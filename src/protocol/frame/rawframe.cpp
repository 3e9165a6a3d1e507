#include "protocol/frame/rawframe.h"

#include <cstring>

#include <QRandomGenerator>
#include <QtEndian>

#include "protocol/frame/framecodec.h"

void RawFrame::chooseMaskKey()
{
    if (masked && !maskKey)
        maskKey = QRandomGenerator::global()->generate();
}

int RawFrame::lengthFieldBits() const
{
    switch (lengthBits) {
    case LengthBits::Bits7:
        return 7;
    case LengthBits::Bits16:
        return 16;
    case LengthBits::Bits64:
        return 64;
    case LengthBits::Shortest:
        break;
    }
    const quint64 n = headerLength();
    return n <= 125 ? 7 : n <= 0xFFFF ? 16 : 64;
}

QString RawFrame::problem() const
{
    if (opcode > 0xF)
        return tr("the opcode %1 does not fit in 4 bits (0–15)").arg(opcode);
    const quint64 n = headerLength();
    if (lengthBits == LengthBits::Bits7 && n > 125)
        return tr("a length of %1 does not fit in the 7-bit length field (0–125)").arg(n);
    if (lengthBits == LengthBits::Bits16 && n > 0xFFFF)
        return tr("a length of %1 does not fit in the 16-bit length field (0–65535)").arg(n);
    return {};
}

QByteArray RawFrame::encode() const
{
    const int bits = lengthFieldBits();
    const qsizetype extra = bits == 7 ? 0 : bits == 16 ? 2 : 8;
    const qsizetype header = 2 + extra + (masked ? 4 : 0);
    const qsizetype n = payload.size();
    QByteArray frame(header + n, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(frame.data());
    p[0] = uchar((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (rsv2 ? 0x20 : 0) | (rsv3 ? 0x10 : 0)
                 | (opcode & 0x0F));
    const quint64 length = headerLength();
    const uchar maskBit = masked ? 0x80 : 0;
    if (bits == 7) {
        p[1] = uchar(maskBit | (length & 0x7F));
    } else if (bits == 16) {
        p[1] = maskBit | 126;
        qToBigEndian<quint16>(quint16(length), p + 2);
    } else {
        p[1] = maskBit | 127;
        qToBigEndian<quint64>(length, p + 2);
    }
    qsizetype at = 2 + extra;
    const quint32 key = maskKey.value_or(0);
    if (masked) {
        qToBigEndian<quint32>(key, p + at);
        at += 4;
    }
    if (n > 0) {
        std::memcpy(p + at, payload.constData(), size_t(n));
        if (masked)
            FrameCodec::applyMask(frame.data() + at, n, key);
    }
    return frame;
}

FrameInfo RawFrame::describe(Direction direction, qsizetype headBytes) const
{
    FrameInfo info;
    info.direction = direction;
    info.opcode = opcode & 0x0F;
    info.fin = fin;
    info.rsv = quint8((rsv1 ? 4 : 0) | (rsv2 ? 2 : 0) | (rsv3 ? 1 : 0));
    info.compressed = rsv1;
    info.masked = masked;
    info.maskKey = masked ? maskKey.value_or(0) : 0;
    info.payloadLength = headerLength();
    info.lengthBits = quint8(lengthFieldBits());
    const quint64 n = headerLength();
    info.nonMinimalLength =
        (info.lengthBits == 16 && n <= 125) || (info.lengthBits == 64 && n <= 0xFFFF);
    info.head = FrameCodec::headOf(payload, headBytes);
    return info;
}

RawFrame RawFrame::fromInfo(const FrameInfo &info)
{
    RawFrame f;
    f.opcode = info.opcode & 0x0F;
    f.fin = info.fin;
    f.rsv1 = info.rsv & 4;
    f.rsv2 = info.rsv & 2;
    f.rsv3 = info.rsv & 1;
    f.masked = info.masked;
    if (info.masked)
        f.maskKey = info.maskKey;
    f.payload = info.head;
    f.declaredLength = info.payloadLength;
    f.lengthBits = info.lengthBits == 64   ? LengthBits::Bits64
                   : info.lengthBits == 16 ? LengthBits::Bits16
                                           : LengthBits::Bits7;
    return f;
}
