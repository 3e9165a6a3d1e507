#pragma once

#include <deque>

#include <QtGlobal>

/// What bufferedAmount is made of: frames handed to the socket and not yet written out,
/// each with the application bytes it carries (control frames carry none).
class SendQueue
{
public:
    /// Returns true when bufferedAmount() changed.
    bool push(qint64 wireBytes, qint64 appBytes);
    /// Counts what is really held instead of the application's bytes: each frame's wire bytes
    /// and FrameOverheadBytes, control and empty frames too (a relay's back-pressure, where a
    /// flood of empty messages must weigh something). Set before the first push().
    void setCountHeldBytes(bool held) { m_countHeld = held; }
    /// The bookkeeping of one frame waiting in the socket: this queue's entry and the socket
    /// buffer's share, rounded up.
    static constexpr qint64 FrameOverheadBytes = 32;
    /// The socket wrote this many bytes; returns true when bufferedAmount() changed.
    bool written(qint64 bytes);
    void clear();
    qint64 bufferedAmount() const { return m_buffered; }

private:
    struct Pending
    {
        qint64 wireLeft;
        qint64 app;
    };
    std::deque<Pending> m_pending;
    qint64 m_buffered = 0;
    bool m_countHeld = false;
};
