#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <QtGlobal>

class QJSEngine;

/// Interrupts a script that keeps the thread busy. The script's thread calls beat() whenever
/// its event loop gets a turn (and before it calls into the script); if no beat comes for
/// limitMs while armed, a thread of its own calls QJSEngine::setInterrupted(true), which makes
/// the running JavaScript throw. That covers callbacks the engine runs by itself (promise
/// reactions) as well as the calls the runtime makes.
class ScriptWatchdog
{
public:
    ScriptWatchdog();
    ~ScriptWatchdog();
    ScriptWatchdog(const ScriptWatchdog &) = delete;
    ScriptWatchdog &operator=(const ScriptWatchdog &) = delete;

    void arm(QJSEngine *engine, int limitMs);
    void disarm();
    void beat();
    /// Whether it interrupted the engine since arm() (the runtime then ends the run).
    bool fired() const { return m_fired.load(); }

private:
    void run();
    static qint64 steadyMs();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    QJSEngine *m_engine = nullptr; ///< guarded by m_mutex
    int m_limitMs = 0;
    bool m_quit = false;
    std::atomic<qint64> m_lastBeat{0};
    std::atomic<bool> m_fired{false};
};
