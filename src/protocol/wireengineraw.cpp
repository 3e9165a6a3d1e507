// WireEngine's testing mode: raw frames (RawFrame), written as given. Kept apart from
// wireengine.cpp, which is at its size limit, as the one part of the engine that breaks the
// protocol on purpose.
#include <algorithm>

#include "protocol/wireengine.h"

QString WireEngine::sendRawFrames(const QList<RawFrame> &frames)
{
    if (!m_socket || m_peerGone || (m_phase != Phase::Open && m_phase != Phase::Closing))
        return tr("The connection is not open: raw frames cannot be written.");
    for (const RawFrame &frame : frames) {
        if (const QString problem = frame.problem(); !problem.isEmpty())
            return problem;
    }
    for (const RawFrame &frame : frames)
        writeRawFrame(frame);
    return {};
}

void WireEngine::writeRawFrame(RawFrame frame)
{
    frame.chooseMaskKey();
    const QByteArray bytes = frame.encode();
    reportFrame(frame.describe(Direction::Out, -1), true);
    // Data frames count into bufferedAmount as the application's bytes, as sendMessage does.
    const bool data = frame.opcode <= FrameCodec::Binary;
    queueWrite(bytes.size(), data ? frame.payload.size() : -1);
    m_socket->write(bytes);
    if (frame.opcode == FrameCodec::Ping && frame.fin) {
        m_pings.push_back({frame.payload, m_clock.nsecsElapsed()});
        if (m_pings.size() > 64)
            m_pings.pop_front();
    } else if (frame.opcode == FrameCodec::Close && !m_closeSent) {
        // The engine's state follows what went out: after a Close it sends nothing of its own
        // and waits for the server's Close (or the close timeout), whatever the Close said.
        m_closeSent = true;
        m_phase = Phase::Closing;
        m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
    }
}
