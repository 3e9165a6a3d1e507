#include "script/scriptwatchdog.h"

#include <chrono>

#include <QJSEngine>

ScriptWatchdog::ScriptWatchdog() = default;

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ScriptWatchdog::arm(QJSEngine *engine, int limitMs)
{
    // The thread starts with the first run: every connection tab has a runtime, few run.
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    {
        std::lock_guard lock(m_mutex);
        m_engine = engine;
        m_limitMs = limitMs;
        m_fired = false;
        m_lastBeat = steadyMs();
    }
    m_wake.notify_all();
}

void ScriptWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_engine = nullptr;
}

void ScriptWatchdog::beat()
{
    m_lastBeat = steadyMs();
}

qint64 ScriptWatchdog::steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void ScriptWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        m_wake.wait_for(lock, std::chrono::milliseconds(20));
        if (!m_engine || m_fired)
            continue;
        if (steadyMs() - m_lastBeat.load() > m_limitMs) {
            m_fired = true;
            m_engine->setInterrupted(true);
        }
    }
}
