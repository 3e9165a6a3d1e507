// The options of run (docs/scripting.md): a script or a folder of them against a URL.
#include <QCoreApplication>
#include <QFileInfo>

#include "cli/options/commandspec.h"
#include "compose/variables.h"
#include "protocol/requestvalidator.h"

namespace {

using CommandSpecs::option;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

/// The connection options that make sense for a script's connection; the rest (--send,
/// --wait-ms, --close…) are what the script itself does.
const QStringList &requestOptionNames()
{
    static const QStringList names{QStringLiteral("subprotocol"), QStringLiteral("header"),
                                   QStringLiteral("origin"),      QStringLiteral("engine"),
                                   QStringLiteral("no-deflate"),  QStringLiteral("cacert"),
                                   QStringLiteral("insecure"),    QStringLiteral("proxy")};
    return names;
}

bool applyRun(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::Run;
    for (const OptionOccurrence &o : parsed.options) {
        const QString &n = o.name;
        const QString &v = o.value;
        if (n == QLatin1String("env")) {
            out->envFile = v;
        } else if (n == QLatin1String("var")) {
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            const QString name = v.left(eq);
            if (eq <= 0 || !Variables::isValidName(name)) {
                *error = Tr::tr("--var takes NAME=VALUE with a variable name of letters, digits, "
                                "'_', '-' and '.', not \"%1\".")
                             .arg(v);
                return false;
            }
            out->scriptVars.append({name, v.mid(eq + 1)});
        } else if (n == QLatin1String("junit")) {
            out->junitFile = v;
        } else if (n == QLatin1String("json")) {
            out->json = true;
        } else if (n == QLatin1String("output")) {
            out->output = v;
        } else if (n == QLatin1String("timeout")) {
            if (!CommandSpecs::parseInt(v, 1, 24 * 3600, &out->scriptTimeoutS)) {
                *error = Tr::tr("--timeout takes a number of seconds from 1 to 86400, not \"%1\".")
                             .arg(v);
                return false;
            }
        } else if (n == QLatin1String("decode")) {
            if (!ConnectOptions::applyDecode(v, out, error))
                return false;
        } else if (n == QLatin1String("allow-dir")) {
            if (!QFileInfo(v).isDir()) {
                *error = Tr::tr("--allow-dir takes an existing folder, not \"%1\".").arg(v);
                return false;
            }
            out->scriptAllowDir = v;
        } else if (n == QLatin1String("busy-limit-ms")) {
            if (!CommandSpecs::parseInt(v, 10, 3600 * 1000, &out->scriptBusyLimitMs)) {
                *error = Tr::tr("--busy-limit-ms takes a number of milliseconds from 10 to "
                                "3600000, not \"%1\".")
                             .arg(v);
                return false;
            }
        } else {
            bool handled = false;
            if (!ConnectOptions::applyConnectionOption(o, out, &handled, error))
                return false;
        }
    }
    if (parsed.positional.isEmpty()) {
        *error = Tr::tr("run needs a script, or a folder of scripts (*.js).");
        return false;
    }
    if (parsed.positional.size() > 2) {
        *error = Tr::tr("Unexpected argument \"%1\": run takes a script and at most one URL.")
                     .arg(parsed.positional.at(2));
        return false;
    }
    out->input = parsed.positional.first();
    if (!QFileInfo::exists(out->input)) {
        *error = Tr::tr("There is no script or folder \"%1\".").arg(out->input);
        return false;
    }
    if (parsed.positional.size() == 2) {
        QString urlError;
        out->request.url = RequestValidator::parseUrl(parsed.positional.at(1), &urlError);
        if (!urlError.isEmpty()) {
            *error = urlError;
            return false;
        }
        *error = RequestValidator::checkRequest(out->request);
        if (!error->isEmpty())
            return false;
    }
    return true;
}

} // namespace

namespace RunOptions {

CommandSpec run()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Run;
    spec.name = QStringLiteral("run");
    spec.arguments = QStringLiteral("SCRIPT.js|FOLDER [URL]");
    spec.brief = Tr::tr("run test scripts against a server");
    spec.summary = Tr::tr("Run a JavaScript test script (docs/scripting.md), or every *.js file "
                          "of a folder in name order, each on a connection of its own to URL "
                          "(opened before the script's first line; without URL the script "
                          "calls ws.connect(url)). Prints each assertion as it is decided and "
                          "a summary.");
    spec.filesAsArguments = true;
    for (const QCommandLineOption &o : ConnectOptions::connectionOptions()) {
        if (requestOptionNames().contains(o.names().constLast()))
            spec.options << o;
    }
    spec.options << option({"env"},
                           Tr::tr("variables from FILE: a JSON object of names and values, an "
                                  "environments export, or NAME=VALUE lines"),
                           QStringLiteral("FILE"))
                 << option({"var"}, Tr::tr("set a variable (repeatable; wins over --env)"),
                           QStringLiteral("NAME=VALUE"))
                 << option({"junit"}, Tr::tr("write the results as JUnit XML to FILE"),
                           QStringLiteral("FILE"))
                 << option({"json"}, Tr::tr("one JSON object per line per assertion and script"))
                 << option({"o", "output"},
                           Tr::tr("record the conversation to FILE (a folder: one session per "
                                  "script)"),
                           QStringLiteral("FILE"))
                 << option({"timeout"},
                           Tr::tr("fail a script that has not finished after S seconds "
                                  "(default 120)"),
                           QStringLiteral("S"))
                 << option({"busy-limit-ms"},
                           Tr::tr("interrupt a script that computes for N ms without waiting "
                                  "(default 5000)"),
                           QStringLiteral("N"))
                 << option({"decode"},
                           Tr::tr("the decoder pipeline SPEC (docs/decoding.md) that "
                                  "msg.decoded and decoded(path) read messages through"),
                           QStringLiteral("SPEC"))
                 << option({"allow-dir"},
                           Tr::tr("the folder scripts may read files from (expectReplayMatches; "
                                  "default: each script's own folder)"),
                           QStringLiteral("DIR"))
                 << CommandSpecs::helpOption();
    spec.notes = Tr::tr("Exit status: 0 every assertion passed; 1 a connection failed; 2 a bad "
                        "script (syntax error, exception, endless loop) or bad arguments; 3 an "
                        "assertion failed or a script timed out. With several scripts the first "
                        "of 2, 1, 3 that occurred.\n"
                        "Scripts cannot write files or start programs, and read only inside "
                        "the allowed folder; http.get and "
                        "http.post reach http:// and https:// URLs only.");
    spec.apply = applyRun;
    return spec;
}

} // namespace RunOptions
