#pragma once

#include <memory>

#include <QObject>

#include "cli/clioptions.h"
#include "cli/eventprinter.h"
#include "replay/replayrunner.h"
#include "session/journal.h"

class QIODevice;
class QTemporaryDir;

/// The session commands of wsprobe-cli: replay and convert.
namespace CliSession {

/// Exit status of the commands (docs/events.md).
enum Exit { Ok = 0, ConnectionFailed = 1, BadInput = 2, Differences = 3 };

/// convert IN OUT: by the extensions (or --to), .wsprobe.jsonl, .har or .txt; "-" reads
/// stdin (IN) or writes to stdout (OUT). Returns the exit status; *message says what was
/// written or why not.
int convert(const CliOptions &options, QIODevice *stdinDevice, QIODevice *stdoutDevice,
            QString *message);

} // namespace CliSession

/// replay FILE: loads the session ("-": from standard input), plays its outgoing messages,
/// prints the events, and with --compare prints the differences.
class CliReplay : public QObject
{
    Q_OBJECT
public:
    CliReplay(const CliOptions &options, const Clock &clock, QIODevice *output, QIODevice *errors,
              bool colour = false, QObject *parent = nullptr);
    ~CliReplay() override;
    /// Loads the file and connects; false (with the exit status in exitCode()) on bad input.
    bool start();
    int exitCode() const { return m_exitCode; }
    /// Standard output refused a write: stops the replay (Close 1000) and finishes as
    /// CliClient::outputFailed() does, 141 for a closed pipe, 2 and reason on stderr otherwise.
    void outputFailed(const QString &reason, bool closedPipe);

signals:
    void finished(int exitCode);

private:
    void onFinished(bool opened);

    CliOptions m_options;
    EventPrinter m_printer;
    QString m_lastError; ///< said on stderr when the connection fails
    const Clock &m_clock;
    QIODevice *m_output;
    QIODevice *m_errors;
    std::unique_ptr<QTemporaryDir> m_stdinCopy; ///< replay -: the session read from stdin
    Session m_recording;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ReplayRunner> m_runner;
    int m_exitCode = CliSession::Ok;
    int m_outputStatus = 0; ///< set once standard output failed
};
