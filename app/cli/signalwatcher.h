#pragma once

#include <QObject>

class QSocketNotifier;

/// SIGINT and SIGTERM as a Qt signal from the event loop, so that wsprobe-cli closes its
/// connection properly before it exits. Qt has no portable way to do this: on POSIX the
/// handler writes to a socketpair that a QSocketNotifier reads; on Windows a console control
/// handler posts the event (Ctrl+C is SIGINT; Ctrl+Break and closing the console, SIGTERM).
/// One watcher per process; it restores the previous handling when destroyed.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// Starts catching the signals; false with *error when the system refuses.
    bool start(QString *error);

signals:
    /// SIGINT or SIGTERM.
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_started = false;
};
