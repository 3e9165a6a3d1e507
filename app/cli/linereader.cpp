#include "cli/linereader.h"

#include <cstdio>
#include <mutex>
#include <thread>

struct LineReader::Shared
{
    std::mutex mutex;
    LineReader *target = nullptr;
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
}

void LineReader::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        auto post = [&shared](auto fn) {
            const std::lock_guard lock(shared->mutex);
            if (shared->target)
                QMetaObject::invokeMethod(shared->target, fn, Qt::QueuedConnection);
            return shared->target != nullptr;
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
            if (!post([text, shared] {
                    if (shared->target)
                        emit shared->target->lineRead(text);
                }))
                return;
        }
        if (!line.isEmpty()) {
            const QString text = QString::fromUtf8(line);
            post([text, shared] {
                if (shared->target)
                    emit shared->target->lineRead(text);
            });
        }
        post([shared] {
            if (shared->target)
                emit shared->target->endOfInput();
        });
    }).detach();
}
