#include "cli/linereader.h"

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

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
        QByteArray line;
        char buffer[4096];
        while (std::fgets(buffer, sizeof buffer, stdin)) {
            line.append(buffer);
            if (!line.endsWith('\n'))
                continue; // a line longer than the buffer: keep reading it
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            const QString text = QString::fromUtf8(line);
            line.clear();
            if (!post([text, deliverLine] { deliverLine(text); }))
                return;
        }
        if (!line.isEmpty()) {
            const QString text = QString::fromUtf8(line);
            if (!post([text, deliverLine] { deliverLine(text); }))
                return;
        }
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
