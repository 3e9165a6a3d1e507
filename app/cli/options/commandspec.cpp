#include "cli/options/commandspec.h"

#include <QCommandLineParser>
#include <QHash>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

constexpr qsizetype HelpWidth = 79;
constexpr qsizetype MaxNameColumn = 30;

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

const QCommandLineOption *findOption(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &o : options) {
        if (o.names().contains(name))
            return &o;
    }
    return nullptr;
}

/// "a", "a and b", "a, b and c".
QString listOf(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return Tr::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

/// Why QCommandLineParser refused args when no option was unknown: a value missing after the
/// last option, or a value given to a flag. Said in our words (and language) rather than Qt's.
QString valueError(const QList<QCommandLineOption> &options, const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--"))
            break;
        const bool last = i + 1 == args.size();
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            const QCommandLineOption *o = findOption(options, name);
            if (!o)
                continue;
            if (o->valueName().isEmpty() && eq >= 0)
                return Tr::tr("The option %1 takes no value.").arg(dashed(name));
            if (!o->valueName().isEmpty() && eq < 0 && last)
                return Tr::tr("The option %1 needs a value.").arg(dashed(name));
            if (!o->valueName().isEmpty() && eq < 0)
                ++i; // its value
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            for (qsizetype j = 1; j < arg.size(); ++j) {
                const QCommandLineOption *o = findOption(options, arg.mid(j, 1));
                if (!o || o->valueName().isEmpty())
                    continue;
                if (j + 1 == arg.size()) {
                    if (last)
                        return Tr::tr("The option %1 needs a value.").arg(dashed(arg.mid(j, 1)));
                    ++i;
                }
                break; // the rest of the word is the value
            }
        }
    }
    return {};
}

/// Words of text, wrapped to width, each line after the first indented by indent.
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines;
}

} // namespace

namespace CommandSpecs {

QList<CommandSpec> all()
{
    return {ConnectOptions::connect(), ConnectOptions::record(), SessionOptions::replay(),
            SessionOptions::convert(), RelayOptions::relay(),    SessionOptions::demoServer(),
            ServeOptions::serve(),     RunOptions::run()};
}

const CommandSpec *find(const QList<CommandSpec> &specs, const QString &name)
{
    for (const CommandSpec &s : specs) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QCommandLineOption option(std::initializer_list<const char *> names, const QString &description,
                          const QString &valueName)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return QCommandLineOption(list, description, valueName);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Tr::tr("show this help"));
}

QString exitStatus(const QList<int> &statuses)
{
    const QList<std::pair<int, QString>> meanings{
        {0, Tr::tr("the connection ended with a clean closing handshake, whoever closed it; "
                   "replay: completed and, with --compare, matched; convert: written")},
        {1, Tr::tr("the connection failed (refused, DNS, TLS, handshake), was failed on a "
                   "protocol violation or ended without a clean closing handshake; the reason "
                   "is printed on standard error")},
        {2, Tr::tr("bad arguments, or a file (standard output too) that cannot be read or "
                   "written, such as on a full disk")},
        {3, Tr::tr("replay --compare: the replies differ from the recording")},
        {130, Tr::tr("ended by SIGINT (Ctrl+C), after closing with 1001 (going away)")},
        {141, Tr::tr("standard output was closed (its reader, such as head, exited): ended "
                     "at once, after closing the connection")},
        {143, Tr::tr("ended by SIGTERM, the same way")},
    };
    QString text = Tr::tr("Exit status:") + QLatin1Char('\n');
    const QString indent(7, QLatin1Char(' '));
    for (const auto &[status, meaning] : meanings) {
        if (!statuses.contains(status))
            continue;
        const QStringList lines = wrap(meaning, HelpWidth - indent.size());
        text += QStringLiteral("  %1").arg(status).leftJustified(indent.size()) + lines.first()
                + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += indent + lines[i] + QLatin1Char('\n');
    }
    return text;
}

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool parse(const CommandSpec &spec, const QList<CommandSpec> &all, const QStringList &args,
           CliOptions *out, bool *helpAsked, QString *error)
{
    *helpAsked = false;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QCommandLineOption &o : spec.options)
        parser.addOption(o);
    // QCommandLineParser skips the first argument, the program.
    const bool ok = parser.parse(QStringList{QStringLiteral("wsprobe-cli")} + args);
    const QStringList seen = parser.optionNames();
    if (seen.contains(QLatin1String("help")) || seen.contains(QLatin1String("h"))) {
        *helpAsked = true; // help, whatever else is wrong on the line
        return true;
    }
    if (!ok) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.first();
            QStringList owners;
            for (const CommandSpec &other : all) {
                if (findOption(other.options, name))
                    owners << other.name;
            }
            *error = owners.isEmpty()
                         ? Tr::tr("Unknown option \"%1\" for %2.").arg(dashed(name), spec.name)
                         : Tr::tr("The option %1 belongs to %2, not to %3.")
                               .arg(dashed(name), listOf(owners), spec.name);
        } else {
            *error = valueError(spec.options, args);
            if (error->isEmpty())
                *error = parser.errorText();
        }
        return false;
    }

    ParsedCommand parsed;
    parsed.positional = parser.positionalArguments();
    QHash<const QCommandLineOption *, qsizetype> used; // values taken of each option so far
    for (const QString &name : seen) {
        const QCommandLineOption *o = findOption(spec.options, name);
        if (!o)
            continue;
        OptionOccurrence occurrence{o->names().last(), {}};
        if (!o->valueName().isEmpty())
            occurrence.value = parser.values(name).value(used[o]++);
        parsed.options << occurrence;
    }
    return spec.apply(parsed, out, error);
}

QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names())
        names << dashed(n);
    QString text = names.join(QStringLiteral(", "));
    if (option.names().first().size() > 1)
        text.prepend(QStringLiteral("    ")); // long options line up after "-x, "
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

QString helpText(const CommandSpec &spec)
{
    QString text =
        Tr::tr("Usage: wsprobe-cli %1 [options] %2").arg(spec.name, spec.arguments).trimmed()
        + QStringLiteral("\n\n") + wrap(spec.summary, HelpWidth).join(QLatin1Char('\n'))
        + QStringLiteral("\n\n") + Tr::tr("Options:") + QLatin1Char('\n');
    qsizetype column = 0;
    for (const QCommandLineOption &o : spec.options) {
        if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
            column = std::max(column, optionSynopsis(o).size() + 4);
    }
    column = std::min(column, MaxNameColumn);
    for (const QCommandLineOption &o : spec.options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        const QString names = QStringLiteral("  ") + optionSynopsis(o);
        const QStringList lines = wrap(o.description(), HelpWidth - column);
        const QString indent(column, QLatin1Char(' '));
        if (names.size() + 2 > column)
            text += names + QLatin1Char('\n') + indent + lines.first() + QLatin1Char('\n');
        else
            text += names.leftJustified(column) + lines.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += indent + lines[i] + QLatin1Char('\n');
    }
    for (const QString &paragraph : spec.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += QLatin1Char('\n') + wrap(paragraph, HelpWidth).join(QLatin1Char('\n'))
                + QLatin1Char('\n');
    if (!spec.exitStatuses.isEmpty())
        text += QLatin1Char('\n') + exitStatus(spec.exitStatuses);
    return text;
}

} // namespace CommandSpecs
