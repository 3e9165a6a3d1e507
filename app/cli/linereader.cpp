#include "cli/linereader.h"

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

/// Up to size bytes of standard input, as soon as some are there; 0 at its end or on an error.
qsizetype readStdin(char *data, qsizetype size)
{
    for (;;) {
#ifdef Q_OS_WIN
        const int n = ::_read(0, data, unsigned(size));
#else
        const ssize_t n = ::read(0, data, size_t(size));
#endif
        if (n >= 0)
            return qsizetype(n);
        if (errno != EINTR) // a signal's handler ran; anything else ends the input
            return 0;
    }
}

} // namespace

struct LineReader::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    LineReader *target = nullptr;
    int inFlight = 0; ///< lines posted and not yet delivered
    bool paused = false;
};

LineReader::LineReader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->target = this;
}

LineReader::~LineReader()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->target = nullptr;
    m_shared->wake.notify_all();
}

void LineReader::pause()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->paused = true;
}

void LineReader::resume()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->paused = false;
    m_shared->wake.notify_all();
}

bool LineReader::isPaused() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->paused;
}

void LineReader::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        // Waits until the reader wants more; false once it is gone.
        auto post = [&shared](auto fn) {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait(lock, [&shared] {
                return !shared->target
                       || (!shared->paused && shared->inFlight < LineReader::MaxInFlight);
            });
            if (!shared->target)
                return false;
            ++shared->inFlight;
            QMetaObject::invokeMethod(shared->target, fn, Qt::QueuedConnection);
            return true;
        };
        auto deliverLine = [shared](const QString &text) {
            {
                const std::lock_guard lock(shared->mutex);
                --shared->inFlight;
                shared->wake.notify_all();
            }
            if (shared->target)
                emit shared->target->lineRead(text);
        };
        // Raw reads, split here, rather than fgets(): a line is a count of bytes, not a C
        // string, so a NUL inside it is sent like any other byte.
        QByteArray pending;
        char buffer[4096];
        auto postLine = [&](QByteArrayView line) {
            const QString text = QString::fromUtf8(line);
            return post([text, deliverLine] { deliverLine(text); });
        };
        while (const qsizetype n = readStdin(buffer, sizeof buffer)) {
            pending.append(buffer, n);
            qsizetype from = 0;
            for (qsizetype end; (end = pending.indexOf('\n', from)) >= 0; from = end + 1) {
                QByteArrayView line = QByteArrayView(pending).sliced(from, end - from);
                if (!postLine(line.endsWith('\r') ? line.chopped(1) : line))
                    return;
            }
            pending.remove(0, from);
        }
        if (!pending.isEmpty() && !postLine(pending))
            return;
        post([shared] {
            {
                const std::lock_guard lock(shared->mutex);
                --shared->inFlight;
                shared->wake.notify_all();
            }
            if (shared->target)
                emit shared->target->endOfInput();
        });
    }).detach();
}
