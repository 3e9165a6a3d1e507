#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include "cli/clioptions.h"
#include "workbench/connectionworkbench.h"

class QIODevice;
class LineReader;

/// The connect command of wsprobe-cli: opens the connection, sends what the options say (or
/// the lines of stdin), waits for replies, closes, and prints every event as it happens.
class CliClient : public QObject
{
    Q_OBJECT
public:
    /// input may be null when options.sends is not empty.
    CliClient(const CliOptions &options, const Clock &clock, QIODevice *output, LineReader *input,
              QObject *parent = nullptr);

    /// False (and finished(2) is not emitted) when the session file cannot be created.
    bool start(QString *error = nullptr);
    Connection &connection() { return m_workbench.connection(); }

    /// Standard input stops being read while this much waits to be written (bufferedAmount),
    /// and is read again once it has drained below ResumeBytes: the browser's bufferedAmount
    /// throttle, so a peer that stops reading cannot make the console program grow.
    static constexpr qint64 PauseBytes = 1 << 20;
    static constexpr qint64 ResumeBytes = 256 << 10;

signals:
    void finished(int exitCode);

private:
    void print(const Event &event);
    void onOpened();
    void onClosed(int code, const QString &reason, bool wasClean);
    void startWaitThenClose();

    CliOptions m_options;
    ConnectionWorkbench m_workbench;
    QIODevice *m_output;
    LineReader *m_input;
    QTimer m_waitTimer;
    bool m_done = false;
};
