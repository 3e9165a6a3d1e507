#include "protocol/frame/inputbuffer.h"

#include <algorithm>
#include <cstring>

#include <QIODevice>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace {

/// What the system holds for a socket, read straight into the parser's buffer: the one copy
/// the machine's limit makes (kernel to user). Through QTcpSocket every byte is copied twice,
/// into its ring buffer and out of it (perf: 7 % of a flood of 64 KiB messages, the ring's
/// chunks allocated afresh). 0 when nothing is there now, at the end of the stream or on an
/// error: QTcpSocket, whose read notifier still watches the descriptor, finds and reports
/// those itself.
qint64 readDescriptor([[maybe_unused]] qintptr descriptor, [[maybe_unused]] char *to,
                      [[maybe_unused]] qint64 n)
{
#ifdef Q_OS_LINUX
    for (;;) {
        const ssize_t got = ::recv(int(descriptor), to, size_t(n), MSG_DONTWAIT);
        if (got >= 0)
            return got;
        if (errno != EINTR)
            return 0;
    }
#else
    return 0;
#endif
}

} // namespace

bool InputBuffer::readsDescriptors()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

char *InputBuffer::room(qint64 n)
{
    if (m_parsed > 0 && m_bytes.size() + n > m_bytes.capacity()) {
        const qsizetype left = m_bytes.size() - m_parsed;
        std::memmove(m_bytes.data(), m_bytes.constData() + m_parsed, size_t(left));
        m_bytes.resize(left);
        m_parsed = 0;
    }
    const qsizetype held = m_bytes.size();
    m_bytes.resize(held + qsizetype(n));
    return m_bytes.data() + held;
}

void InputBuffer::keep(qsizetype held, qint64 used)
{
    m_bytes.resize(held + qsizetype(std::max<qint64>(0, used)));
}

qint64 InputBuffer::readInto(QIODevice *device, char *to, qint64 n, qintptr descriptor)
{
    // The device's bytes came first: they go first.
    qint64 got = 0;
    if (const qint64 slice = std::min(n, device->bytesAvailable()); slice > 0)
        got = std::max<qint64>(0, device->read(to, slice));
    // Only behind everything the device held: a byte from the descriptor is a later one.
    if (descriptor >= 0 && got < n && device->bytesAvailable() == 0)
        got += readDescriptor(descriptor, to + got, n - got);
    return got;
}

qint64 InputBuffer::readFrom(QIODevice *device, qint64 maxBytes, qintptr descriptor)
{
    const qint64 wanted = descriptor >= 0 ? maxBytes : std::min(maxBytes, device->bytesAvailable());
    if (wanted <= 0)
        return 0;
    char *to = room(wanted);
    const qsizetype held = qsizetype(to - m_bytes.constData());
    const qint64 got = readInto(device, to, wanted, descriptor);
    keep(held, got);
    return got;
}

void InputBuffer::setParsed(qsizetype offset)
{
    m_parsed = offset;
    if (m_parsed == m_bytes.size()) {
        m_bytes.resize(0); // keeps the allocation for the next slice
        m_parsed = 0;
    }
}

void InputBuffer::clear()
{
    m_bytes.clear();
    m_parsed = 0;
}
