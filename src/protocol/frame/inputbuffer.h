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
    /// Reads at most maxBytes: first what the device holds, then, with a descriptor (>= 0),
    /// what the system has for it, without waiting (readDescriptor). Returns how many arrived.
    qint64 readFrom(QIODevice *device, qint64 maxBytes, qintptr descriptor = -1);
    /// Everything held, parsed or not; the handshake parser consumes from its front.
    QByteArray &bytes() { return m_bytes; }
    /// Where unparsed frames start.
    qsizetype parsed() const { return m_parsed; }
    void setParsed(qsizetype offset);
    void clear();

    /// Reads at most n bytes into `to`, as readFrom() does: the device's first, then the
    /// descriptor's. For a payload read into its own buffer (FramedEngine).
    static qint64 readInto(QIODevice *device, char *to, qint64 n, qintptr descriptor);
    /// Whether readFrom() can read a socket descriptor itself on this system (Linux: recv()
    /// with MSG_DONTWAIT); elsewhere every byte comes through the device.
    static bool readsDescriptors();

private:
    /// Makes room for n more bytes at the end, compacting parsed bytes away first when the
    /// allocation would otherwise grow; returns where they go.
    char *room(qint64 n);
    /// Ends the room() call: `used` of its bytes arrived.
    void keep(qsizetype held, qint64 used);

    QByteArray m_bytes;
    qsizetype m_parsed = 0;
};
