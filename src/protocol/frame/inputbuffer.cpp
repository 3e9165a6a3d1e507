#include "protocol/frame/inputbuffer.h"

#include <algorithm>
#include <cstring>

#include <QIODevice>

qint64 InputBuffer::readFrom(QIODevice *device, qint64 maxBytes)
{
    const qint64 slice = std::min(maxBytes, device->bytesAvailable());
    if (slice <= 0)
        return 0;
    if (m_parsed > 0 && m_bytes.size() + slice > m_bytes.capacity()) {
        const qsizetype left = m_bytes.size() - m_parsed;
        std::memmove(m_bytes.data(), m_bytes.constData() + m_parsed, size_t(left));
        m_bytes.resize(left);
        m_parsed = 0;
    }
    const qsizetype held = m_bytes.size();
    m_bytes.resize(held + qsizetype(slice));
    const qint64 got = std::max<qint64>(0, device->read(m_bytes.data() + held, slice));
    m_bytes.resize(held + qsizetype(got));
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
