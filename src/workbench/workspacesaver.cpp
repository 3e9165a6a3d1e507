#include "workbench/workspacesaver.h"

#include <QDir>
#include <QFileInfo>

WorkspaceSaver::WorkspaceSaver(const QString &path, Snapshot snapshot, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceSaver::saveNow);
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
    const Workspace workspace = m_snapshot();
    const QByteArray bytes = workspace.toJson();
    if (bytes == m_saved && m_error.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    if (!workspace.save(m_path, &error)) {
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
