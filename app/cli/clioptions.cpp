#include "cli/clioptions.h"

#include "cli/options/commandspec.h"
#include "compose/hexcodec.h"

namespace {

QString commandName(CliOptions::Command command)
{
    for (const CommandSpec &spec : CommandSpecs::all()) {
        if (spec.command == command)
            return spec.name;
    }
    return {};
}

} // namespace

QString CliOptions::usage()
{
    const QList<CommandSpec> specs = CommandSpecs::all();
    QString text = tr("Usage: wsprobe-cli COMMAND [options] [arguments]\n"
                      "       wsprobe-cli help [COMMAND]\n"
                      "       wsprobe-cli -V | --version\n"
                      "\n"
                      "A WebSocket client for terminals, scripts and CI: the console twin of "
                      "Wsprobe.\nIt connects, sends, prints every event, records sessions, "
                      "replays and converts them.\n"
                      "\n"
                      "Commands:\n");
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec &spec : specs)
        rows.append({QString(spec.name + QLatin1Char(' ') + spec.arguments).trimmed(), spec.brief});
    rows.append({QStringLiteral("help [COMMAND]"), tr("show the help of COMMAND, or this help")});
    for (const auto &[synopsis, summary] : std::as_const(rows)) {
        text += QStringLiteral("  ") + synopsis.leftJustified(20) + QLatin1Char(' ') + summary
                + QLatin1Char('\n');
    }
    text += tr("\n"
               "Options:\n"
               "  -h, --help           show this help\n"
               "  -V, --version        show the version\n"
               "\n"
               "'wsprobe-cli COMMAND --help' (or 'wsprobe-cli help COMMAND') shows the options\n"
               "of COMMAND. Options take their value as --option VALUE or --option=VALUE; --\n"
               "ends the options.\n"
               "\n"
               "Environment:\n"
               "  NO_COLOR             when set and not empty: no colour. Without it, colour\n"
               "                       is used only when standard output is a terminal.\n"
               "\n");
    text += CommandSpecs::exitStatus({0, 1, 2, 3, 130, 141, 143});
    return text;
}

QString CliOptions::help(Command command)
{
    for (const CommandSpec &spec : CommandSpecs::all()) {
        if (spec.command == command)
            return CommandSpecs::helpText(spec);
    }
    return usage();
}

QString CliOptions::hint() const
{
    const QString name = commandName(command);
    return name.isEmpty() ? tr("Try 'wsprobe-cli --help'.")
                          : tr("Try 'wsprobe-cli %1 --help'.").arg(name);
}

bool CliOptions::parseHex(const QString &text, QByteArray *out)
{
    return HexCodec::parse(text, out);
}

bool CliOptions::parse(const QStringList &args, CliOptions *out, QString *error)
{
    *out = CliOptions();
    if (args.isEmpty()) {
        *error = tr("No command given.");
        return false;
    }
    const QString first = args.first();
    const QList<CommandSpec> specs = CommandSpecs::all();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        out->command = Command::Help;
        if (first == QLatin1String("help") && args.size() > 1) {
            const CommandSpec *spec = CommandSpecs::find(specs, args.at(1));
            if (!spec) {
                *error = tr("There is no command \"%1\" to help with.").arg(args.at(1));
                return false;
            }
            out->helpFor = spec->command;
        }
        return true;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out->command = Command::Version;
        return true;
    }
    if (first == QLatin1String("--completions")
        || first.startsWith(QLatin1String("--completions="))) {
        const QString shell =
            first.contains(QLatin1Char('=')) ? first.section(QLatin1Char('='), 1) : args.value(1);
        if (shell != QLatin1String("bash") && shell != QLatin1String("zsh")
            && shell != QLatin1String("fish")) {
            *error = tr("--completions takes bash, zsh or fish, not \"%1\".").arg(shell);
            return false;
        }
        out->command = Command::Completions;
        out->completionShell = shell;
        return true;
    }
    const CommandSpec *spec = CommandSpecs::find(specs, first);
    if (!spec) {
        // From the specs, so that a new command is never missing from the list.
        QStringList names;
        for (const CommandSpec &s : specs)
            names << s.name;
        const QString expected =
            tr("%1 or %2")
                .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
        *error = first.startsWith(QLatin1Char('-'))
                     ? tr("Unknown option \"%1\"; a command comes first: %2.").arg(first, expected)
                     : tr("Unknown command \"%1\"; expected %2.").arg(first, expected);
        return false;
    }
    out->command = spec->command;
    bool helpAsked = false;
    if (!CommandSpecs::parse(*spec, specs, args.mid(1), out, &helpAsked, error)) {
        out->command = spec->command; // apply() may have reset it; hint() needs it
        return false;
    }
    if (helpAsked) {
        *out = CliOptions();
        out->command = Command::Help;
        out->helpFor = spec->command;
    }
    return true;
}
