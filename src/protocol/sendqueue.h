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
};
