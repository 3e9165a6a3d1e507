#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include "cli/clioptions.h"
#include "cli/eventprinter.h"
#include "workbench/connectionworkbench.h"

class QIODevice;
class LineReader;

/// The connect command of wsprobe-cli: opens the connection, sends what the options say (or
/// the lines of stdin), waits for replies, closes, and prints every event as it happens.
class CliClient : public QObject
{
    Q_OBJECT
public:
    /// input may be null when options.sends is not empty. errors receives why a connection
    /// failed (it is in the event stream too); colour: the transcript may be coloured.
    CliClient(const CliOptions &options, const Clock &clock, QIODevice *output, QIODevice *errors,
              LineReader *input, bool colour = false, QObject *parent = nullptr);

    /// False (and finished(2) is not emitted) when the session file cannot be created.
    bool start(QString *error = nullptr);
    /// Whether events are written to the output; errors go to the error device regardless.
    void setPrintEvents(bool print) { m_printEvents = print; }
    Connection &connection() { return m_workbench.connection(); }
    /// SIGINT or SIGTERM: closes with 1001 Going Away, waits for the closing handshake (the
    /// close timeout bounds it) and finishes with 128 + signalNumber, 130 or 143, as a shell
    /// reports a program the signal ended. A second signal finishes at once.
    void interrupt(int signalNumber);
    /// Standard output refused a write: nobody reads what would be printed, so the run is
    /// over. Closes with 1001 Going Away (bounded as interrupt() is) and finishes with
    /// ClosedPipeStatus when the pipe's reader has gone (head), quietly as SIGPIPE would
    /// end it, or with 2 and reason on stderr for any other failure (a full disk).
    void outputFailed(const QString &reason, bool closedPipe);
    /// 128 + SIGPIPE (13), as a shell reports a program a closed pipe ended.
    static constexpr int ClosedPipeStatus = 141;

    /// Standard input stops being read while this much waits to be written (bufferedAmount),
    /// and is read again once it has drained below ResumeBytes: the browser's bufferedAmount
    /// throttle, so a peer that stops reading cannot make the console program grow.
    static constexpr qint64 PauseBytes = 1 << 20;
    static constexpr qint64 ResumeBytes = 256 << 10;
    /// The status of a run whose output (the session file, standard output) was not written
    /// in full: what was recorded is not all there (docs/events.md).
    static constexpr int WriteFailedStatus = 2;

signals:
    void finished(int exitCode);

private:
    void print(const Event &event);
    void onOpened();
    void onClosed(int code, const QString &reason, bool wasClean);
    void startWaitThenClose();
    void finish(int exitCode);
    void reportFailure();
    void closeWhenDone();
    void onPackets(const Event &event, const QList<LayerPacket> &packets);
    /// Sends the next --action if the layer is ready and the previous one was answered.
    void sendNextAction();

    CliOptions m_options;
    EventPrinter m_printer;
    QByteArray m_line;
    bool m_printEvents = true;
    ConnectionWorkbench m_workbench;
    QIODevice *m_output;
    QIODevice *m_errors;
    LineReader *m_input;
    QString m_failure;      ///< the last error event, or why the connection did not close cleanly
    QString m_journalError; ///< record: why the session file could not be written in full
    QTimer m_waitTimer;
    QTimer m_interruptTimer;
    int m_interruptStatus = 0; ///< 128 + the signal, once one arrived
    int m_outputStatus = 0;    ///< set once standard output failed; it wins over the rest
    bool m_done = false;
    qsizetype m_nextAction = 0;
    bool m_layerReady = false;
    bool m_actionAnswered = true;
    QTimer m_actionTimer; ///< a reply that does not come holds the next action up this long
    QTimer m_readyTimer;  ///< how long a layer may take to become ready for the actions
};
