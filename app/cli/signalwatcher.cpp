#include "cli/signalwatcher.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_WIN

std::atomic<SignalWatcher *> g_watcher{nullptr};

// Runs on a thread of its own that Windows starts for the event.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    int signalNumber = 0;
    switch (type) {
    case CTRL_C_EVENT:
        signalNumber = SIGINT;
        break;
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        signalNumber = SIGTERM;
        break;
    default:
        return FALSE;
    }
    SignalWatcher *watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        watcher, [watcher, signalNumber] { emit watcher->received(signalNumber); },
        Qt::QueuedConnection);
    // Windows ends the process when this returns from a close event: give the closing
    // handshake its time (the process exits sooner when it is done).
    if (type == CTRL_CLOSE_EVENT)
        Sleep(5000);
    return TRUE;
}

#else

int g_fds[2] = {-1, -1};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int signalNumber)
{
    // Only async-signal-safe calls here: one byte into the socketpair.
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = savedErrno;
}

#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
}

SignalWatcher::~SignalWatcher()
{
    if (!m_started)
        return;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher.store(nullptr);
#else
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    delete m_notifier;
    for (int &fd : g_fds) {
        ::close(fd);
        fd = -1;
    }
#endif
}

bool SignalWatcher::start(QString *error)
{
    if (m_started)
        return true;
#ifdef Q_OS_WIN
    g_watcher.store(this);
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        g_watcher.store(nullptr);
        *error = tr("Cannot watch for Ctrl+C (Windows error %1).").arg(GetLastError());
        return false;
    }
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0) {
        *error =
            tr("Cannot watch for signals: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    for (int fd : g_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
#endif
    m_started = true;
    return true;
}

void SignalWatcher::onReadable()
{
#ifndef Q_OS_WIN
    char byte = 0;
    while (::read(g_fds[1], &byte, 1) == 1)
        emit received(int(byte));
#endif
}
