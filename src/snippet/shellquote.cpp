#include "snippet/shellquote.h"

namespace ShellQuote {

namespace {

// Characters no shell of the three treats specially anywhere in a word.
bool plain(const QString &arg, QStringView extra)
{
    if (arg.isEmpty())
        return false;
    for (const QChar c : arg) {
        const bool ascii = c.unicode() < 128 && c.isLetterOrNumber();
        if (!ascii && !extra.contains(c))
            return false;
    }
    return true;
}

bool isPowerShellQuote(QChar c)
{
    return c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B);
}

} // namespace

QString posix(const QString &arg)
{
    if (plain(arg, u"@%+=:,./-_"))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString powerShell(const QString &arg)
{
    // Not ',' (array operator), '@' (splatting), '=' or '%': only what PowerShell reads as
    // part of a bare word wherever it stands.
    if (plain(arg, u"+:./-_"))
        return arg;
    QString quoted;
    quoted.reserve(arg.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : arg) {
        if (isPowerShellQuote(c))
            quoted += c;
        quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

bool hasPowerShellLimit(const QString &arg)
{
    return arg.isEmpty() || arg.contains(QLatin1Char('"'));
}

QString cmd(const QString &arg)
{
    QString argv;
    if (plain(arg, u"-_./:@+\\")) {
        argv = arg;
    } else {
        // CommandLineToArgvW: backslashes are literal unless they precede a double quote;
        // then 2n backslashes + quote = n backslashes and the quote ends the argument, so
        // n backslashes before a literal quote become 2n+1, and before the closing quote 2n.
        argv += QLatin1Char('"');
        qsizetype backslashes = 0;
        for (const QChar c : arg) {
            if (c == QLatin1Char('\\')) {
                ++backslashes;
                continue;
            }
            if (c == QLatin1Char('"')) {
                argv += QString(backslashes * 2 + 1, QLatin1Char('\\'));
                argv += c;
            } else {
                argv += QString(backslashes, QLatin1Char('\\'));
                argv += c;
            }
            backslashes = 0;
        }
        argv += QString(backslashes * 2, QLatin1Char('\\'));
        argv += QLatin1Char('"');
    }
    static const QString meta = QStringLiteral("()%!^\"<>&|");
    QString escaped;
    escaped.reserve(argv.size() * 2);
    for (const QChar c : argv) {
        if (meta.contains(c))
            escaped += QLatin1Char('^');
        escaped += c;
    }
    return escaped;
}

bool hasCmdLimit(const QString &arg)
{
    return arg.contains(QLatin1Char('\n')) || arg.contains(QLatin1Char('\r'));
}

QString quote(const QString &arg, Shell shell)
{
    switch (shell) {
    case Shell::PowerShell:
        return powerShell(arg);
    case Shell::Cmd:
        return cmd(arg);
    case Shell::Posix:
        break;
    }
    return posix(arg);
}

QString join(const QStringList &args, Shell shell)
{
    QStringList quoted;
    quoted.reserve(args.size());
    for (const QString &a : args)
        quoted << quote(a, shell);
    return quoted.join(QLatin1Char(' '));
}

} // namespace ShellQuote
