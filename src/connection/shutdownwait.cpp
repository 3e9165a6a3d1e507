#include "connection/shutdownwait.h"

#include <algorithm>

#include <QEventLoop>

ShutdownWait::ShutdownWait(QObject *parent)
    : QObject(parent)
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, &ShutdownWait::finish);
}

bool ShutdownWait::isDone() const
{
    return std::all_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Part &p) { return p.object.isNull() || p.done(); });
}

void ShutdownWait::start(int limitMs)
{
    m_running = true;
    m_limit.start(limitMs);
    QMetaObject::invokeMethod(this, &ShutdownWait::check, Qt::QueuedConnection);
}

bool ShutdownWait::exec(int limitMs)
{
    if (isDone())
        return true;
    QEventLoop loop;
    connect(this, &ShutdownWait::finished, &loop, &QEventLoop::quit);
    start(limitMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return isDone();
}

void ShutdownWait::check()
{
    if (m_running && isDone())
        finish();
}

void ShutdownWait::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_limit.stop();
    emit finished(isDone());
}
