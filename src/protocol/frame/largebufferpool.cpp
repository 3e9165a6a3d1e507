#include "protocol/frame/largebufferpool.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace {

struct Pool
{
    std::mutex mutex;
    std::vector<QByteArray> buffers;
    qint64 bytes = 0;
};

Pool &pool()
{
    static Pool *p = new Pool; // never destroyed: the log's writer thread may give back at exit
    return *p;
}

} // namespace

namespace LargeBufferPool {

QByteArray take(qsizetype size)
{
    if (size >= MinBytes) {
        QByteArray found;
        {
            Pool &p = pool();
            std::lock_guard lock(p.mutex);
            // Newest first: the buffer the writer gave back last is the likeliest in cache.
            for (auto it = p.buffers.rbegin(); it != p.buffers.rend(); ++it) {
                const qsizetype capacity = it->capacity();
                if (it->isDetached() && capacity >= size && capacity - size <= size / 8) {
                    found = std::move(*it);
                    p.buffers.erase(std::next(it).base());
                    p.bytes -= capacity;
                    break;
                }
            }
        }
        if (found.capacity() >= size) {
            // The last other holder let go with a release; its reads come before our writes.
            std::atomic_thread_fence(std::memory_order_acquire);
            found.resize(size); // within its capacity and unshared: no allocation
            return found;
        }
    }
    return QByteArray(size, Qt::Uninitialized);
}

void giveBack(QByteArray &&buffer)
{
    QByteArray b = std::move(buffer);
    // Bytes that belong to someone else (fromRawData: no capacity) are never reused. A shared
    // buffer is kept: the engine that gave the payload to the log, or the log's caller, may
    // not have let go yet when the writer is done; take() lends only unshared ones.
    const qsizetype capacity = b.capacity();
    if (capacity < MinBytes || qint64(capacity) > MaxBytes)
        return;
    std::vector<QByteArray> dropped; // freed outside the lock
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    // Over the cap, buffers someone else still holds go first (oldest first), then this one.
    for (auto it = p.buffers.begin(); it != p.buffers.end() && p.bytes + capacity > MaxBytes;) {
        if (it->isDetached()) {
            ++it;
            continue;
        }
        p.bytes -= it->capacity();
        dropped.push_back(std::move(*it));
        it = p.buffers.erase(it);
    }
    if (p.bytes + capacity > MaxBytes) {
        dropped.push_back(std::move(b));
        return;
    }
    p.bytes += capacity;
    p.buffers.push_back(std::move(b));
}

qint64 keptBytes()
{
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    return p.bytes;
}

int keptBuffers()
{
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    return int(p.buffers.size());
}

void clear()
{
    std::vector<QByteArray> dropped;
    Pool &p = pool();
    {
        std::lock_guard lock(p.mutex);
        dropped.swap(p.buffers);
        p.bytes = 0;
    }
}

} // namespace LargeBufferPool
