#pragma once

#include <functional>

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include "cli/clioptions.h"

/// One option as it appeared on the command line: its first name (whichever alias was typed)
/// and its value, if it takes one.
struct OptionOccurrence
{
    QString name;
    QString value;
};

/// What a command's parser found: every option occurrence in the order given (so that
/// --send and --send-hex keep their interleaving, and the last of a repeated option wins)
/// and the positional arguments.
struct ParsedCommand
{
    QList<OptionOccurrence> options;
    QStringList positional;
};

/// One wsprobe-cli command as its parser, its help, the man page and the shell completions
/// see it: the parser, help and completions are all made from this one description, so that
/// they cannot drift apart.
struct CommandSpec
{
    CliOptions::Command command = CliOptions::Command::Help;
    QString name;      ///< "connect"
    QString arguments; ///< the positional part of the synopsis, e.g. "URL" or "IN OUT"
    QString brief;     ///< a few words, for the list of commands and the completions
    QString summary;   ///< what the command does, at the top of its help
    QList<QCommandLineOption> options;
    QString notes; ///< paragraphs printed after the options, one a line (wrapped by the help)
    QList<int> exitStatuses; ///< the exit statuses the help explains
    /// Whether the positional arguments are files (for completion).
    bool filesAsArguments = false;
    /// Reads what the parser found into *out; false with a specific *error.
    std::function<bool(const ParsedCommand &, CliOptions *, QString *)> apply;
};

namespace CommandSpecs {

/// Every command, in the order of the help. Built on each call, so that the texts follow
/// the translator installed at the time.
QList<CommandSpec> all();
/// The command called name, or nullptr.
const CommandSpec *find(const QList<CommandSpec> &specs, const QString &name);

/// Parses args (without the command name) with a QCommandLineParser made from spec. Sets
/// *helpAsked instead of applying when -h/--help is among them.
bool parse(const CommandSpec &spec, const QList<CommandSpec> &all, const QStringList &args,
           CliOptions *out, bool *helpAsked, QString *error);

/// "Usage: …", the summary, the options in two columns and the notes.
QString helpText(const CommandSpec &spec);

/// An option as the help shows its names: "-s, --subprotocol <PROTO>".
QString optionSynopsis(const QCommandLineOption &option);

/// The whole number in text if it lies in [min, max].
bool parseInt(const QString &text, int min, int max, int *out);

/// Options every command has.
/// An option with its names given as plain ASCII literals.
QCommandLineOption option(std::initializer_list<const char *> names, const QString &description,
                          const QString &valueName = {});
QCommandLineOption helpOption();

/// The "Exit status:" block of a help, with the lines for these statuses.
QString exitStatus(const QList<int> &statuses);

} // namespace CommandSpecs

/// The commands' own descriptions, one function per family (options/*.cpp).
namespace ConnectOptions {
CommandSpec connect();
CommandSpec record();
/// The connection options connect and record share; replay takes some of them.
QList<QCommandLineOption> connectionOptions();
/// Applies one connection option; false with *error. *handled is false for other options.
bool applyConnectionOption(const OptionOccurrence &o, CliOptions *out, bool *handled,
                           QString *error);
/// --decode SPEC, which connect, record and convert share (replay parses it the same way).
QCommandLineOption decodeOption();
bool applyDecode(const QString &spec, CliOptions *out, QString *error);
/// --protocol NAME and --action NAME[:JSON], connect's (record keeps raw messages).
QList<QCommandLineOption> layerOptions();
bool applyLayerOption(const QString &name, const QString &value, CliOptions *out, bool *handled,
                      QString *error);
} // namespace ConnectOptions

namespace RelayOptions {
CommandSpec relay();
} // namespace RelayOptions

namespace SessionOptions {
CommandSpec replay();
CommandSpec convert();
CommandSpec demoServer();
} // namespace SessionOptions

namespace ServeOptions {
CommandSpec serve();
} // namespace ServeOptions

namespace RunOptions {
CommandSpec run();
} // namespace RunOptions
