#pragma once

#include <QString>
#include <QStringList>

/// The shell a copied command is meant to be pasted into.
enum class Shell {
    Posix,      ///< sh, bash, zsh, dash: single quotes
    PowerShell, ///< PowerShell 7.3 or newer (see ShellQuote::powerShell)
    Cmd         ///< cmd.exe's interactive prompt (not a .bat file)
};

/// Quotes arguments so that a shell hands them to a program exactly as given.
namespace ShellQuote {

/// POSIX: plain words as they are; anything else in single quotes, a single quote written
/// as '\'' (close, escaped quote, reopen). Exact for every string without a NUL byte.
QString posix(const QString &arg);

/// PowerShell: a single-quoted literal, nothing expands in it; each single quote (PowerShell
/// also takes U+2018-U+201B as one) is doubled. Limits: PowerShell before 7.3 passes a
/// double quote inside an argument to a native program without escaping it, and drops an
/// empty argument; hasPowerShellLimit() says when an argument meets one of them.
QString powerShell(const QString &arg);
bool hasPowerShellLimit(const QString &arg);

/// cmd.exe: first quoted as the C runtime's argument splitter (CommandLineToArgvW) reads
/// it back (double quotes, a quote inside as \", backslashes before a quote doubled), then
/// every character cmd itself would act on, ( ) % ! ^ " < > & |, prefixed with ^, so cmd
/// never sees a quote and never expands %VAR% or !VAR!. Limits: a .bat file needs %% for
/// %, and no quoting can pass a line break (hasCmdLimit()).
QString cmd(const QString &arg);
bool hasCmdLimit(const QString &arg);

QString quote(const QString &arg, Shell shell);
/// The command line: each argument quoted for the shell, separated by spaces.
QString join(const QStringList &args, Shell shell);

} // namespace ShellQuote
