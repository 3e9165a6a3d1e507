#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include "cli/cliclient.h"
#include "cli/clicompletion.h"
#include "cli/clioptions.h"
#include "cli/clirelay.h"
#include "cli/cliscript.h"
#include "cli/cliserve.h"
#include "cli/clisession.h"
#include "cli/consoleoutput.h"
#include "cli/eventprinter.h"
#include "cli/linereader.h"
#include "cli/signalwatcher.h"
#include "connection/clock.h"
#include "demo/demoserver.h"
#include "log/heapreuse.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Everything is written and read as UTF-8; a Windows console decodes with its OEM code page
    // unless told otherwise, and "·", "→" or Vietnamese would print as other characters.
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
#ifndef Q_OS_WIN
    // A closed pipe (| head) is a write error to handle, closing the connection with 1001,
    // not a death by SIGPIPE in the middle of it. (Qt's sockets ignore it too, but only once
    // one exists.)
    std::signal(SIGPIPE, SIG_IGN);
#endif
    HeapReuse::keepFreedMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsprobe-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSPROBE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("wsprobe"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // File descriptors rather than FILE*, buffered by ConsoleOutput: events reach a pipe as
    // soon as the program is idle, not when stdio's buffer fills, and a flood costs one
    // write() per batch rather than per event.
    QFile out;
    out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QFile err;
    err.open(2, QIODevice::WriteOnly | QIODevice::Unbuffered);
    ConsoleOutput console(&out, EventPrinter::isTerminal(1) ? ConsoleOutput::Buffering::Line
                                                            : ConsoleOutput::Buffering::Full);
    ConsoleOutput consoleErrors(&err, ConsoleOutput::Buffering::None);
    consoleErrors.setWrittenAfter(&console);
    // Errors as the neighbours (curl, wscat, coreutils) say them: the program's name, the
    // reason, and where to read more.
    auto fail = [&consoleErrors](const QString &message) {
        consoleErrors.write(
            QCoreApplication::translate("main", "wsprobe-cli: %1\n").arg(message).toUtf8());
    };

    // The last events go out after the event loop; a run that seemed to succeed did not if
    // they could not.
    auto outputChecked = [&](int status) {
        if (console.flushBuffer() || status != 0)
            return status;
        if (console.failedOnClosedPipe())
            return int(CliClient::ClosedPipeStatus);
        fail(QCoreApplication::translate("main", "cannot write to standard output: %1")
                 .arg(console.errorString()));
        return int(CliClient::WriteFailedStatus);
    };

    CliOptions options;
    QString error;
    if (!CliOptions::parse(app.arguments().mid(1), &options, &error)) {
        fail(error);
        err.write(options.hint().toUtf8() + '\n');
        return 2;
    }
    const bool colour = EventPrinter::colourWanted(1);
    switch (options.command) {
    case CliOptions::Command::Help:
        out.write(CliOptions::help(options.helpFor).toUtf8());
        return 0;
    case CliOptions::Command::Version:
        out.write(QByteArrayLiteral("wsprobe-cli " WSPROBE_VERSION "\n"));
        return 0;
    case CliOptions::Command::Completions:
        out.write(CliCompletion::script(options.completionShell).toUtf8());
        return 0;
    case CliOptions::Command::DemoServer: {
        auto *server = new DemoServer(&app);
        if (!server->start(options.port)) {
            fail(server->errorString());
            return 1;
        }
        out.write(QCoreApplication::translate("main", "Demo server listening on %1 (paths "
                                                      "/echo, /ticker, /binary)\n")
                      .arg(server->url(QStringLiteral("/")).toString())
                      .toUtf8());
        return app.exec();
    }
    case CliOptions::Command::Convert: {
        QFile in;
        in.open(0, QIODevice::ReadOnly);
        QString message;
        const int status = CliSession::convert(options, &in, &out, &message);
        if (status != 0)
            fail(message.trimmed());
        else // the report goes beside the data when the data is on stdout
            (options.output == QLatin1String("-") ? err : out).write(message.toUtf8());
        return status;
    }
    case CliOptions::Command::Replay: {
        SystemClock clock;
        CliReplay replay(options, clock, &console, &consoleErrors, colour);
        QObject::connect(&replay, &CliReplay::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        QObject::connect(
            &console, &ConsoleOutput::writeFailed, &replay,
            [&] { replay.outputFailed(console.errorString(), console.failedOnClosedPipe()); },
            Qt::QueuedConnection);
        if (!replay.start())
            return replay.exitCode();
        return outputChecked(app.exec());
    }
    case CliOptions::Command::Relay: {
        SystemClock clock;
        LineReader input;
        CliRelay relay(options, clock, &console, &consoleErrors, &input, colour);
        QObject::connect(&relay, &CliRelay::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        SignalWatcher watcher;
        QString signalError;
        if (watcher.start(&signalError))
            QObject::connect(&watcher, &SignalWatcher::received, &relay, &CliRelay::interrupt);
        else
            fail(signalError);
        QString startError;
        if (!relay.start(&startError)) {
            fail(startError);
            return 2;
        }
        return app.exec();
    }
    case CliOptions::Command::Serve: {
        SystemClock clock;
        CliServe serve(options, clock, &console, &consoleErrors, colour);
        QObject::connect(&serve, &CliServe::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        // Ctrl+C or a kill closes every client with 1001 before exiting.
        SignalWatcher watcher;
        QString signalError;
        if (watcher.start(&signalError))
            QObject::connect(&watcher, &SignalWatcher::received, &serve, &CliServe::interrupt);
        else
            fail(signalError);
        QString startError;
        if (const int status = serve.start(&startError)) {
            fail(startError);
            return status;
        }
        return app.exec();
    }
    case CliOptions::Command::Run: {
        SystemClock clock;
        CliScript run(options, clock, &console, &consoleErrors, colour);
        QObject::connect(&run, &CliScript::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        SignalWatcher watcher;
        QString signalError;
        if (watcher.start(&signalError))
            QObject::connect(&watcher, &SignalWatcher::received, &run, &CliScript::interrupt);
        else
            fail(signalError);
        QString startError;
        if (!run.start(&startError)) {
            fail(startError);
            return 2;
        }
        return app.exec();
    }
    case CliOptions::Command::Connect:
    case CliOptions::Command::Record:
        break;
    }

    SystemClock clock;
    LineReader input;
    CliClient client(options, clock, &console, &consoleErrors,
                     options.sends.isEmpty() ? &input : nullptr, colour);
    // record's file is the record: a second copy of every event on a redirected standard
    // output made it half as fast as connect --json (flood bench, 64 KiB). A person at a
    // terminal still watches, and --json asks for the copy explicitly.
    client.setPrintEvents(options.command != CliOptions::Command::Record || options.json
                          || EventPrinter::isTerminal(1));
    QObject::connect(&client, &CliClient::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    // Queued: the failure may be found while an event is being printed.
    QObject::connect(
        &console, &ConsoleOutput::writeFailed, &client,
        [&] { client.outputFailed(console.errorString(), console.failedOnClosedPipe()); },
        Qt::QueuedConnection);
    // Ctrl+C or a kill closes the connection properly (Close 1001) before exiting 130 or 143.
    SignalWatcher watcher;
    QString signalError;
    if (watcher.start(&signalError))
        QObject::connect(&watcher, &SignalWatcher::received, &client, &CliClient::interrupt);
    else
        fail(signalError);
    QString startError;
    if (!client.start(&startError)) {
        fail(startError);
        return 2;
    }
    return outputChecked(app.exec());
}
