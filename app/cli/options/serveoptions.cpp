// The options of serve.
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include "cli/options/commandspec.h"
#include "serve/servefault.h"

namespace {

using CommandSpecs::option;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

/// "server_no_context_takeover; client_max_window_bits=10" (';' or ',' between them).
bool parseDeflateParams(const QString &text, PerMessageDeflate::Params *out, QString *error)
{
    PerMessageDeflate::Params p;
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString param = part.trimmed();
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? param : param.left(eq)).trimmed();
        bool ok = false;
        const int bits = eq < 0 ? 0 : param.mid(eq + 1).trimmed().toInt(&ok);
        if (name == QLatin1String("server_no_context_takeover") && eq < 0) {
            p.serverNoContextTakeover = true;
        } else if (name == QLatin1String("client_no_context_takeover") && eq < 0) {
            p.clientNoContextTakeover = true;
        } else if (name == QLatin1String("server_max_window_bits") && ok && bits >= 8
                   && bits <= 15) {
            p.serverMaxWindowBits = bits;
        } else if (name == QLatin1String("client_max_window_bits") && ok && bits >= 8
                   && bits <= 15) {
            p.clientMaxWindowBits = bits;
        } else if (!param.isEmpty()) {
            *error = Tr::tr("--deflate: \"%1\" is not server_no_context_takeover, "
                            "client_no_context_takeover, server_max_window_bits=8..15 or "
                            "client_max_window_bits=8..15.")
                         .arg(param);
            return false;
        }
    }
    *out = p;
    return true;
}

bool applyServe(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::Serve;
    out->serveHost = QStringLiteral("127.0.0.1");
    int answers = 0;
    for (const OptionOccurrence &o : parsed.options) {
        const QString &n = o.name;
        const QString &v = o.value;
        if (n == QLatin1String("port")) {
            int port = 0;
            if (!CommandSpecs::parseInt(v, 0, 65535, &port)) {
                *error = Tr::tr("--port takes a number from 0 to 65535, not \"%1\".").arg(v);
                return false;
            }
            out->port = quint16(port);
        } else if (n == QLatin1String("host")) {
            if (QHostAddress(v).isNull()) {
                *error = Tr::tr("--host takes an IP address to listen on (127.0.0.1, ::1, "
                                "0.0.0.0), not \"%1\".")
                             .arg(v);
                return false;
            }
            out->serveHost = v;
        } else if (n == QLatin1String("path")) {
            if (!v.startsWith(QLatin1Char('/'))) {
                *error = Tr::tr("--path takes a path that starts with '/', not \"%1\".").arg(v);
                return false;
            }
            out->servePaths << v;
        } else if (n == QLatin1String("echo")) {
            out->serveEcho = true;
            ++answers;
        } else if (n == QLatin1String("rules")) {
            out->rulesFile = v;
            ++answers;
        } else if (n == QLatin1String("session")) {
            out->serveSession = v;
            ++answers;
        } else if (n == QLatin1String("speed")) {
            bool ok = false;
            out->speed = v.toDouble(&ok);
            if (!ok || out->speed < 0 || out->speed > 1000) {
                *error = Tr::tr("--speed takes a factor from 0 to 1000 (0: as fast as possible), "
                                "not \"%1\".")
                             .arg(v);
                return false;
            }
        } else if (n == QLatin1String("fault")) {
            ServeFaultPlan plan;
            QString problem;
            if (!plan.add(v, &problem)) {
                *error = Tr::tr("--fault: %1").arg(problem);
                return false;
            }
            out->faultSpecs << v;
        } else if (n == QLatin1String("tls-cert")) {
            out->tlsCert = v;
        } else if (n == QLatin1String("tls-key")) {
            out->tlsKey = v;
        } else if (n == QLatin1String("tls-self-signed")) {
            out->tlsSelfSigned = true;
        } else if (n == QLatin1String("subprotocol")) {
            if (v.trimmed().isEmpty()) {
                *error = Tr::tr("--subprotocol takes the name of a subprotocol.");
                return false;
            }
            out->serveSubprotocols << v.trimmed();
        } else if (n == QLatin1String("no-subprotocol")) {
            out->serveNoSubprotocol = true;
        } else if (n == QLatin1String("no-deflate")) {
            out->serveDeflate = false;
        } else if (n == QLatin1String("deflate")) {
            if (!parseDeflateParams(v, &out->serveDeflateParams, error))
                return false;
        } else if (n == QLatin1String("response-header")) {
            const qsizetype colon = v.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                *error = Tr::tr("--response-header takes \"Name: value\", not \"%1\".").arg(v);
                return false;
            }
            out->serveResponseHeaders.append(
                {v.left(colon).trimmed().toLatin1(), v.mid(colon + 1).trimmed().toUtf8()});
        } else if (n == QLatin1String("json")) {
            out->json = true;
        } else if (n == QLatin1String("output")) {
            out->output = v;
        } else if (n == QLatin1String("quiet")) {
            out->verbosity = CliOptions::Verbosity::Quiet;
        } else if (n == QLatin1String("frames")) {
            out->verbosity = CliOptions::Verbosity::Verbose;
            out->request.reportFrames = true;
        }
    }
    if (answers > 1) {
        *error = Tr::tr("--echo, --rules and --session answer clients in different ways; give "
                        "one of them.");
        return false;
    }
    if (out->tlsCert.isEmpty() != out->tlsKey.isEmpty()) {
        *error = Tr::tr("--tls-cert and --tls-key go together: the certificate and its key.");
        return false;
    }
    if (out->tlsSelfSigned && !out->tlsCert.isEmpty()) {
        *error =
            Tr::tr("--tls-self-signed makes a certificate; it cannot be used with --tls-cert.");
        return false;
    }
    if (out->serveNoSubprotocol && !out->serveSubprotocols.isEmpty()) {
        *error = Tr::tr("--no-subprotocol and --subprotocol contradict each other; give one.");
        return false;
    }
    if (!parsed.positional.isEmpty()) {
        *error = Tr::tr("serve takes no arguments; \"%1\" is one too many.")
                     .arg(parsed.positional.first());
        return false;
    }
    return true;
}

} // namespace

namespace ServeOptions {

CommandSpec serve()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Serve;
    spec.name = QStringLiteral("serve");
    spec.brief = Tr::tr("run a mock WebSocket server");
    spec.summary = Tr::tr("Listen for WebSocket clients and answer them: echo, by the rules of a "
                          "rules file, or like the server of a recording. Prints each client's "
                          "events (with its number) and records every client. Ctrl+C closes "
                          "every client with 1001 Going Away and exits.");
    spec.options = {
        option({"port"}, Tr::tr("the port to listen on (default 0: any free port, printed)"),
               QStringLiteral("N")),
        option({"host"}, Tr::tr("the address to listen on (default 127.0.0.1)"),
               QStringLiteral("ADDRESS")),
        option({"path"},
               Tr::tr("accept upgrades on this path only, others get 404 (repeatable; default: "
                      "any path)"),
               QStringLiteral("PATH")),
        option({"echo"}, Tr::tr("send every message back to its sender")),
        option({"rules"}, Tr::tr("answer by the rules in FILE (docs/serve-rules.md)"),
               QStringLiteral("FILE")),
        option({"session"},
               Tr::tr("answer like the server of a recording (.wsprobe.jsonl, --json output or "
                      "HAR)"),
               QStringLiteral("FILE")),
        option({"speed"},
               Tr::tr("with --session: 1 = recorded timing, 2 = twice as fast, 0 = at once"),
               QStringLiteral("X")),
        option({"fault"}, Tr::tr("misbehave on purpose to test a client (repeatable; SPEC below)"),
               QStringLiteral("SPEC")),
        option({"tls-cert"}, Tr::tr("serve wss:// with this certificate (PEM)"),
               QStringLiteral("FILE")),
        option({"tls-key"}, Tr::tr("the certificate's private key (PEM)"), QStringLiteral("FILE")),
        option({"tls-self-signed"},
               Tr::tr("serve wss:// with a self-signed certificate made on first use (its "
                      "fingerprint is printed)")),
        option({"subprotocol"},
               Tr::tr("choose the first of these the client offers (repeatable, in order of "
                      "preference; default: the client's first)"),
               QStringLiteral("NAME")),
        option({"no-subprotocol"}, Tr::tr("never choose a subprotocol")),
        option({"no-deflate"}, Tr::tr("decline permessage-deflate")),
        option({"deflate"},
               Tr::tr("what to ask for when accepting permessage-deflate, e.g. "
                      "\"server_no_context_takeover; client_max_window_bits=10\""),
               QStringLiteral("PARAMS")),
        option({"response-header"},
               Tr::tr("add a header \"Name: value\" to every 101 (repeatable)"),
               QStringLiteral("HEADER")),
        option({"json"}, Tr::tr("print each event as a JSON line with a \"client\" number")),
        option({"o", "output"},
               Tr::tr("record each client as a session: the first to FILE, later ones to "
                      "FILE-2, FILE-3 and so on, before the extension"),
               QStringLiteral("FILE")),
        option({"q", "quiet"}, Tr::tr("print only opens, messages, closes and errors")),
        option({"frames"}, Tr::tr("print every frame too")),
        CommandSpecs::helpOption(),
    };
    spec.notes =
        Tr::tr("Without --echo, --rules or --session the server accepts clients and "
               "answers nothing.\nA server stopped by Ctrl+C or SIGTERM exits with 0 "
               "once its clients are closed; a second signal exits at once. It exits with 1 "
               "when it cannot listen (the port in use, bad TLS files).\n")
        + ServeFaultPlan::specHelp();
    spec.exitStatuses = {2};
    spec.apply = applyServe;
    return spec;
}

} // namespace ServeOptions
