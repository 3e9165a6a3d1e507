#pragma once

#include <memory>

#include <QObject>

#include "cli/clioptions.h"
#include "cli/eventprinter.h"
#include "serve/servecontroller.h"

class Clock;
class ConsoleOutput;
class ServeScriptSession;

/// `wsprobe-cli serve`: a ServeController from the options, each client's events printed
/// with its number, and a stop that closes every client with 1001 on SIGINT or SIGTERM.
class CliServe : public QObject
{
    Q_OBJECT
public:
    CliServe(const CliOptions &options, const Clock &clock, ConsoleOutput *out, ConsoleOutput *err,
             bool colour, QObject *parent = nullptr);
    ~CliServe() override;

    /// Loads the rules or recording and listens. Returns 0 when listening, else the exit
    /// status (2: a bad file, 1: cannot listen) with *error.
    int start(QString *error);
    /// A signal: stop (close clients with 1001), or at a second one exit at once.
    void interrupt(int signalNumber);

signals:
    void finished(int status);

private:
    void print(int client, const Event &event);

    const CliOptions &m_options;
    ConsoleOutput *m_out;
    ConsoleOutput *m_err;
    EventPrinter m_printer;
    const Clock &m_clock;
    ServeController m_controller;
    /// The rules file's script (its "script" rules hand it messages); null when none.
    std::shared_ptr<ServeScriptSession> m_script;
    bool m_interrupted = false;
};
