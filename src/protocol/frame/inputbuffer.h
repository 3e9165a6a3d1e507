#pragma once

#include <QByteArray>

class QIODevice;

/// The wire engine's received bytes: read from the socket straight into one buffer, parsed
/// in place, and compacted only when a read would not fit. Reading into a temporary and
/// QByteArray::remove(0, n) after every slice cost a copy of every byte and a fresh
/// allocation per resize (about 20 % of the time at 1 MiB messages; docs/performance.md).
class InputBuffer
{
public:
    /// Reads at most maxBytes of what the device holds; returns how many arrived.
    qint64 readFrom(QIODevice *device, qint64 maxBytes);
    /// Everything held, parsed or not; the handshake parser consumes from its front.
    QByteArray &bytes() { return m_bytes; }
    /// Where unparsed frames start.
    qsizetype parsed() const { return m_parsed; }
    void setParsed(qsizetype offset);
    void clear();

private:
    QByteArray m_bytes;
    qsizetype m_parsed = 0;
};
