#include "cli/consoleoutput.h"

#include <cerrno>

ConsoleOutput::ConsoleOutput(QIODevice *target, Buffering buffering, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_buffering(buffering)
{
    // A zero timer fires once the event loop has handled what is already waiting: after the
    // whole batch of messages one socket read delivered, not after each of them.
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &ConsoleOutput::flushBuffer);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ConsoleOutput::~ConsoleOutput()
{
    flushBuffer();
}

bool ConsoleOutput::flushBuffer()
{
    m_idle.stop();
    if (m_failed) {
        m_pending.resize(0);
        return false;
    }
    if (m_pending.isEmpty())
        return true;
    qsizetype done = 0;
    while (done < m_pending.size()) {
        errno = 0;
        const qint64 n = m_target->write(m_pending.constData() + done, m_pending.size() - done);
        if (n <= 0) {
            // Read before anything else can set it; QFile keeps only the message.
            m_closedPipe = errno == EPIPE;
            m_failed = true;
            setErrorString(m_target->errorString());
            m_pending.clear();
            emit writeFailed();
            return false;
        }
        done += n;
    }
    // Kept allocated: the next batch fills the same buffer.
    m_pending.resize(0);
    return true;
}

qint64 ConsoleOutput::readData(char *, qint64)
{
    return -1;
}

qint64 ConsoleOutput::writeData(const char *data, qint64 size)
{
    if (m_after)
        m_after->flushBuffer();
    m_pending.append(data, size);
    return afterAppend(size, size > 0 ? data[size - 1] : 0) ? size : -1;
}

QByteArray *ConsoleOutput::appendBuffer()
{
    if (m_after)
        m_after->flushBuffer();
    m_mark = m_pending.size();
    return &m_pending;
}

bool ConsoleOutput::appended()
{
    Q_ASSERT(m_mark >= 0 && m_mark <= m_pending.size());
    const qint64 size = m_pending.size() - m_mark;
    m_mark = -1;
    if (size == 0)
        return true;
    return afterAppend(size, m_pending.back());
}

bool ConsoleOutput::afterAppend(qint64 size, char last)
{
    const bool now = m_buffering == Buffering::None
                     || (m_buffering == Buffering::Line && size > 0 && last == '\n')
                     || m_pending.size() >= FlushBytes;
    if (now)
        return flushBuffer();
    if (!m_idle.isActive())
        m_idle.start();
    return true;
}
