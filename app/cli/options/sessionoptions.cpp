// The options of replay, convert and demo-server.
#include <climits>

#include <QCoreApplication>
#include <QRegularExpression>

#include "cli/options/commandspec.h"
#include "protocol/requestvalidator.h"
#include "replay/sessioncompare.h"

namespace {

using CommandSpecs::option;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

QCommandLineOption redactOption()
{
    return option({"redact"},
                  Tr::tr("write the value of the header NAME, and of query parameters whose "
                         "name contains NAME (any case), as <redacted> (repeatable)"),
                  QStringLiteral("NAME"));
}

/// Adds --redact NAME to out; false with *error for an empty name.
bool addRedactName(const QString &name, CliOptions *out, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = Tr::tr("--redact takes the name of a header or query parameter.");
        return false;
    }
    out->redactNames << name.trimmed();
    return true;
}

/// The connection options replay takes to change the recorded request.
QList<QCommandLineOption> replayConnectionOptions()
{
    QList<QCommandLineOption> out;
    for (const QCommandLineOption &o : ConnectOptions::connectionOptions()) {
        for (const char *name : {"json", "header", "insecure", "cacert", "cert", "key", "pass",
                                 "engine", "show-handshake", "proxy"}) {
            if (o.names().last() == QLatin1String(name))
                out << o;
        }
    }
    return out;
}

bool applyReplay(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::Replay;
    for (const OptionOccurrence &o : parsed.options) {
        const QString &n = o.name;
        const QString &v = o.value;
        if (n == QLatin1String("url")) {
            QString urlError;
            out->replayUrl = RequestValidator::parseUrl(v, &urlError);
            if (!urlError.isEmpty()) {
                *error = urlError;
                return false;
            }
        } else if (n == QLatin1String("entry")) {
            if (!CommandSpecs::parseInt(v, 0, INT_MAX, &out->harEntry)) {
                *error = Tr::tr("--entry takes the number of a HAR entry, not \"%1\".").arg(v);
                return false;
            }
        } else if (n == QLatin1String("speed")) {
            bool ok = false;
            out->speed = v.toDouble(&ok);
            if (!ok || out->speed < 0 || out->speed > 1000) {
                *error = Tr::tr("--speed takes a factor from 0 to 1000 (0: as fast as possible), "
                                "not \"%1\".")
                             .arg(v);
                return false;
            }
        } else if (n == QLatin1String("compare")) {
            out->compare = true;
        } else if (n == QLatin1String("ignore-key")) {
            out->ignoreKeys << v;
        } else if (n == QLatin1String("ignore-regex") || n == QLatin1String("wait-match")) {
            QRegularExpression re;
            if (!CompareRules::parseRegex(v, &re, error))
                return false;
            if (n == QLatin1String("wait-match"))
                out->waitForMatch = v;
            else
                out->ignoreRegexes << v;
        } else if (n == QLatin1String("wait-for") || n == QLatin1String("linger-ms")
                   || n == QLatin1String("wait-timeout-ms")) {
            int *target = n == QLatin1String("wait-for")    ? &out->waitForCount
                          : n == QLatin1String("linger-ms") ? &out->lingerMs
                                                            : &out->waitTimeoutMs;
            if (!CommandSpecs::parseInt(v, 0, 24 * 3600 * 1000, target)) {
                *error = Tr::tr("--%1 takes a whole number, not \"%2\".").arg(n, v);
                return false;
            }
        } else if (n == QLatin1String("output")) {
            out->output = v;
        } else if (n == QLatin1String("redact")) {
            if (!addRedactName(v, out, error))
                return false;
        } else if (n == QLatin1String("decode")) {
            if (!ConnectOptions::applyDecode(v, out, error))
                return false;
        } else {
            bool handled = false;
            if (!ConnectOptions::applyConnectionOption(o, out, &handled, error))
                return false;
        }
    }
    if (parsed.positional.size() > 1) {
        *error = Tr::tr("replay takes one file; \"%1\" is one too many.").arg(parsed.positional[1]);
        return false;
    }
    if (parsed.positional.isEmpty()) {
        *error = Tr::tr("replay needs a session (.wsprobe.jsonl) or HAR file.");
        return false;
    }
    out->input = parsed.positional.first();
    if (out->output == QLatin1String("-")) {
        *error = Tr::tr("replay -o writes a session file, not standard output (-); for the "
                        "events on standard output, use --json.");
        return false;
    }
    return true;
}

bool applyConvert(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::Convert;
    for (const OptionOccurrence &o : parsed.options) {
        if (o.name == QLatin1String("keep-secrets")) {
            out->keepSecrets = true;
        } else if (o.name == QLatin1String("redact")) {
            if (!addRedactName(o.value, out, error))
                return false;
        } else if (o.name == QLatin1String("to")) {
            if (o.value != QLatin1String("jsonl") && o.value != QLatin1String("har")
                && o.value != QLatin1String("txt")) {
                *error = Tr::tr("--to takes jsonl, har or txt, not \"%1\".").arg(o.value);
                return false;
            }
            out->convertFormat = o.value;
        } else if (o.name == QLatin1String("entry")) {
            if (!CommandSpecs::parseInt(o.value, 0, INT_MAX, &out->harEntry)) {
                *error =
                    Tr::tr("--entry takes the number of a HAR entry, not \"%1\".").arg(o.value);
                return false;
            }
        } else if (o.name == QLatin1String("list")) {
            out->listEntries = true;
        } else if (o.name == QLatin1String("decode")) {
            if (!ConnectOptions::applyDecode(o.value, out, error))
                return false;
        }
    }
    if (out->listEntries) {
        if (parsed.positional.size() != 1) {
            *error = Tr::tr("convert --list takes one file, the HAR file to list.");
            return false;
        }
        out->input = parsed.positional.first();
        return true;
    }
    if (parsed.positional.size() > 2) {
        *error = Tr::tr("convert takes two files, IN and OUT; \"%1\" is one too many.")
                     .arg(parsed.positional[2]);
        return false;
    }
    if (parsed.positional.size() < 2) {
        *error = Tr::tr("convert needs two files: IN and OUT, for example "
                        "session.wsprobe.jsonl session.har.");
        return false;
    }
    out->input = parsed.positional[0];
    out->output = parsed.positional[1];
    return true;
}

bool applyDemoServer(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::DemoServer;
    for (const OptionOccurrence &o : parsed.options) {
        int port = 0;
        if (o.name == QLatin1String("port")) {
            if (!CommandSpecs::parseInt(o.value, 0, 65535, &port)) {
                *error = Tr::tr("--port takes a number from 0 to 65535, not \"%1\".").arg(o.value);
                return false;
            }
            out->port = quint16(port);
        }
    }
    if (!parsed.positional.isEmpty()) {
        *error = Tr::tr("demo-server takes no arguments; \"%1\" is one too many.")
                     .arg(parsed.positional.first());
        return false;
    }
    return true;
}

} // namespace

namespace SessionOptions {

CommandSpec replay()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Replay;
    spec.name = QStringLiteral("replay");
    spec.arguments = QStringLiteral("FILE");
    spec.brief = Tr::tr("send a recorded session's messages again");
    spec.summary = Tr::tr("Send the outgoing messages of a recorded session (.wsprobe.jsonl, "
                          "wsprobe-cli --json output or HAR; - reads it from standard input) "
                          "again, print the events, and with --compare compare the replies "
                          "with the recorded ones.");
    spec.options = {
        option({"url"}, Tr::tr("connect here instead of the recorded URL"), QStringLiteral("URL")),
        option({"entry"}, Tr::tr("the WebSocket entry of a HAR file (default: the first)"),
               QStringLiteral("N")),
        option({"speed"}, Tr::tr("1 = recorded timing, 2 = twice as fast, 0 = at once"),
               QStringLiteral("X")),
        option({"wait-for"}, Tr::tr("before each send, wait for N replies to the last one"),
               QStringLiteral("N")),
        option({"wait-match"}, Tr::tr("before each send, wait for a reply matching REGEX"),
               QStringLiteral("REGEX")),
        option({"wait-timeout-ms"},
               Tr::tr("give up such a wait after N ms and go on; after the last send, wait as "
                      "long for the recorded number of replies (default 10000)"),
               QStringLiteral("N")),
        option({"linger-ms"},
               Tr::tr("after the last send, wait at least N ms after each reply (default 1500)"),
               QStringLiteral("N")),
        option({"compare"},
               Tr::tr("compare replies with the recorded ones (exit status 3 if they differ)")),
        option({"ignore-key"},
               Tr::tr("JSON key or path ($.a.b[0]) to leave out of the compare (repeatable)"),
               QStringLiteral("KEY")),
        option({"ignore-regex"},
               Tr::tr("mask text matching REGEX on both sides before comparing (repeatable)"),
               QStringLiteral("REGEX")),
        // The name connect, record and convert give the pipeline; here it also decides what
        // --compare compares.
        option({"decode"},
               Tr::tr("show messages decoded by the pipeline SPEC, as connect does, and with "
                      "--compare compare the decoded values: --ignore-key then names paths in "
                      "them (docs/decoding.md)"),
               QStringLiteral("SPEC")),
        option({"o", "output"}, Tr::tr("write the replay as a new session file (not -)"),
               QStringLiteral("FILE")),
        redactOption(),
    };
    spec.options += replayConnectionOptions();
    spec.options << CommandSpecs::helpOption();
    spec.notes = Tr::tr("The connection options change the recorded request: -H adds headers, "
                        "the others replace what was recorded. With --decode and --compare, a "
                        "message the pipeline cannot decode is compared as sent; one decoded "
                        "on one side only differs, and the report says why.");
    spec.exitStatuses = {0, 1, 2, 3, 141};
    spec.filesAsArguments = true;
    spec.apply = applyReplay;
    return spec;
}

CommandSpec convert()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Convert;
    spec.name = QStringLiteral("convert");
    spec.arguments = QStringLiteral("IN OUT");
    spec.brief = Tr::tr("convert between .wsprobe.jsonl, .har and .txt");
    spec.summary = Tr::tr("Convert a session between .wsprobe.jsonl, .har and a .txt transcript, "
                          "by the extension of OUT (or --to). IN may be a session, "
                          "wsprobe-cli --json output or a HAR file; - is standard input (IN) "
                          "or standard output (OUT).");
    spec.options = {
        option({"t", "to"},
               Tr::tr("the format of OUT, whatever its name (needed for - to write "
                      "anything but .wsprobe.jsonl)"),
               QStringLiteral("jsonl|har|txt")),
        option({"entry"},
               Tr::tr("the WebSocket entry of a HAR file to convert (default: the first)"),
               QStringLiteral("N")),
        option({"list"}, Tr::tr("list the WebSocket entries of the HAR file IN (number, "
                                "messages, URL) instead of converting")),
        option({"keep-secrets"},
               Tr::tr("keep Authorization, Cookie, token=... and the like; OUT is then created "
                      "readable by you only")),
        redactOption(),
        ConnectOptions::decodeOption(),
        CommandSpecs::helpOption(),
    };
    spec.notes = Tr::tr("Secrets are redacted unless --keep-secrets; names given with --redact "
                        "are redacted even then. With --decode, each message line of a "
                        ".wsprobe.jsonl OUT gets its decoded value (\"decoded\") or why it "
                        "could not be decoded (\"decodeError\"); a .txt OUT gets a decoded "
                        "line under each message.");
    spec.exitStatuses = {0, 2};
    spec.filesAsArguments = true;
    spec.apply = applyConvert;
    return spec;
}

CommandSpec demoServer()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::DemoServer;
    spec.name = QStringLiteral("demo-server");
    spec.brief = Tr::tr("run the built-in test server");
    spec.summary = Tr::tr("Run the built-in test server on 127.0.0.1 (paths /echo, /ticker, "
                          "/binary) until interrupted.");
    spec.options = {
        option({"port"}, Tr::tr("the port to listen on (default 0: any free port)"),
               QStringLiteral("N")),
        CommandSpecs::helpOption(),
    };
    spec.exitStatuses = {1, 2};
    spec.apply = applyDemoServer;
    return spec;
}

} // namespace SessionOptions
