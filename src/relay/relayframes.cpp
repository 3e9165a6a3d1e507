#include "relay/relayframes.h"

void RelayFrameShapes::arrived(const FrameInfo &frame)
{
    if (frame.direction != Direction::In || frame.opcode > 0x2)
        return; // control frames may come between fragments; they pass on by themselves
    if (frame.opcode != 0x0)
        m_frames.clear(); // a new message
    m_frames.append({frame.opcode, frame.fin, frame.rsv, qint64(frame.payloadLength)});
}

RelayFragments RelayFrameShapes::take()
{
    RelayFragments out;
    if (m_frames.size() > 1)
        out.swap(m_frames);
    m_frames.clear();
    return out;
}

QList<RawFrame> RelayFrameShapes::rawFrames(const QByteArray &payload,
                                            const RelayFragments &fragments, bool masked)
{
    QList<RawFrame> frames;
    qint64 at = 0;
    for (const RelayFragment &f : fragments) {
        if (f.length < 0 || at + f.length > payload.size())
            return {};
        RawFrame r;
        r.opcode = f.opcode;
        r.fin = f.fin;
        r.rsv1 = f.rsv & 0x4;
        r.rsv2 = f.rsv & 0x2;
        r.rsv3 = f.rsv & 0x1;
        r.masked = masked;
        r.payload = payload.mid(at, f.length);
        r.chooseMaskKey();
        frames.append(r);
        at += f.length;
    }
    if (at != payload.size())
        return {};
    return frames;
}
