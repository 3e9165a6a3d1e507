#include "workbench/workspacesaver.h"

#include <condition_variable>
#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

struct WorkspaceSaver::Write
{
    QByteArray bytes;
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    bool ok = false;
    QString error;
};

namespace {
bool writeFile(const QString &path, const Workspace &workspace, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return workspace.save(path, error);
}
} // namespace

WorkspaceSaver::WorkspaceSaver(const QString &path, Snapshot snapshot, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceSaver::saveInBackground);
}

WorkspaceSaver::~WorkspaceSaver()
{
    // Only waits: whoever listens to saved() and failed() may be half destroyed by now.
    if (m_write) {
        std::unique_lock lock(m_write->mutex);
        m_write->finished.wait(lock, [this] { return m_write->done; });
    }
}

void WorkspaceSaver::setDelays(int debounceMs, int maxDelayMs)
{
    m_debounceMs = debounceMs;
    m_maxDelayMs = std::max(debounceMs, maxDelayMs);
}

void WorkspaceSaver::markChanged()
{
    if (!m_timer.isActive())
        m_firstChange.start();
    const qint64 left = m_maxDelayMs - m_firstChange.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, m_debounceMs)));
}

bool WorkspaceSaver::saveNow()
{
    m_timer.stop();
    m_again = false;
    settleWrite(); // an older snapshot must not land after this one
    const Workspace workspace = m_snapshot();
    const QByteArray bytes = workspace.toJson();
    if (bytes == m_saved && m_error.isEmpty())
        return true;
    QString error;
    const bool ok = writeFile(m_path, workspace, &error);
    return applyResult(ok, error, bytes);
}

void WorkspaceSaver::saveInBackground()
{
    if (m_write) {
        m_again = true; // one write at a time, in order
        return;
    }
    const Workspace workspace = m_snapshot();
    QByteArray bytes = workspace.toJson();
    if (bytes == m_saved && m_error.isEmpty())
        return;
    auto write = std::make_shared<Write>();
    write->bytes = std::move(bytes);
    m_write = write;
    QPointer<WorkspaceSaver> self(this);
    QThreadPool::globalInstance()->start([write, workspace, path = m_path, self] {
        QString error;
        const bool ok = writeFile(path, workspace, &error);
        {
            std::lock_guard lock(write->mutex);
            write->ok = ok;
            write->error = error;
            write->done = true;
        }
        write->finished.notify_all();
        // qApp lives as long as the pool's threads; the saver may not.
        QMetaObject::invokeMethod(
            qApp,
            [self, write] {
                if (self)
                    self->finishWrite(write);
            },
            Qt::QueuedConnection);
    });
}

void WorkspaceSaver::finishWrite(const std::shared_ptr<Write> &write)
{
    if (m_write != write)
        return; // saveNow() has taken its result already
    m_write.reset();
    applyResult(write->ok, write->error, write->bytes);
    if (std::exchange(m_again, false))
        saveInBackground();
}

void WorkspaceSaver::settleWrite()
{
    if (!m_write)
        return;
    const std::shared_ptr<Write> write = std::move(m_write);
    {
        std::unique_lock lock(write->mutex);
        write->finished.wait(lock, [&] { return write->done; });
    }
    applyResult(write->ok, write->error, write->bytes);
}

bool WorkspaceSaver::applyResult(bool ok, const QString &error, const QByteArray &bytes)
{
    if (!ok) {
        if (error != m_error)
            emit failed(error);
        m_error = error;
        return false;
    }
    m_error.clear();
    m_saved = bytes;
    ++m_writes;
    emit saved();
    return true;
}
