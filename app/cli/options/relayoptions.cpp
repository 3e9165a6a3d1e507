// The options of relay: where to listen, the upstream URL and its client options, how headers
// change on the way, breakpoints, recording.
#include <QCoreApplication>
#include <QHostAddress>

#include "cli/options/commandspec.h"
#include "protocol/requestvalidator.h"
#include "relay/relaybreakpoint.h"

namespace {

using CommandSpecs::option;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

/// The connection options of connect that apply to the relay's upstream leg.
QList<QCommandLineOption> upstreamOptions()
{
    static const QStringList names{
        QStringLiteral("header"),         QStringLiteral("origin"),
        QStringLiteral("json"),           QStringLiteral("show-handshake"),
        QStringLiteral("frames"),         QStringLiteral("max-message-size"),
        QStringLiteral("max-frame-size"), QStringLiteral("frame-bytes"),
        QStringLiteral("no-deflate"),     QStringLiteral("cacert"),
        QStringLiteral("cert"),           QStringLiteral("key"),
        QStringLiteral("pass"),           QStringLiteral("insecure"),
        QStringLiteral("proxy")};
    QList<QCommandLineOption> out;
    for (const QCommandLineOption &o : ConnectOptions::connectionOptions()) {
        if (names.contains(o.names().last()))
            out << o;
    }
    return out;
}

/// "8080", "127.0.0.1:8080", "[::1]:8080".
bool parseListen(const QString &text, CliOptions *out, QString *error)
{
    QString host = QStringLiteral("127.0.0.1");
    QString port = text;
    if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    }
    int n = 0;
    if (!CommandSpecs::parseInt(port, 0, 65535, &n) || QHostAddress(host).isNull()) {
        *error = Tr::tr("--listen takes [ADDRESS:]PORT, for example 8080 or 0.0.0.0:8080, not "
                        "\"%1\".")
                     .arg(text);
        return false;
    }
    out->port = quint16(n);
    out->listenAddress = host;
    return true;
}

bool applyRelay(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    *out = CliOptions();
    out->command = CliOptions::Command::Relay;
    bool listen = false;
    QString to;
    for (const OptionOccurrence &o : parsed.options) {
        bool handled = false;
        if (!ConnectOptions::applyConnectionOption(o, out, &handled, error))
            return false;
        if (handled)
            continue;
        if (o.name == QLatin1String("listen")) {
            if (!parseListen(o.value, out, error))
                return false;
            listen = true;
        } else if (o.name == QLatin1String("to")) {
            to = o.value;
        } else if (o.name == QLatin1String("break")) {
            RelayBreakpoints breakpoints;
            if (!RelayBreakpointText::parse(o.value, &breakpoints, error))
                return false;
            out->breakRules << o.value;
        } else if (o.name == QLatin1String("remove-header")) {
            out->removeHeaders << o.value.trimmed().toLatin1();
        } else if (o.name == QLatin1String("output")) {
            out->output = o.value;
        } else if (o.name == QLatin1String("redact")) {
            out->redactNames << o.value.trimmed();
        } else if (o.name == QLatin1String("quiet")) {
            out->verbosity = CliOptions::Verbosity::Quiet;
        } else if (o.name == QLatin1String("tls-cert")) {
            out->tlsCert = o.value;
        } else if (o.name == QLatin1String("tls-key")) {
            out->tlsKey = o.value;
        } else if (o.name == QLatin1String("tls-self-signed")) {
            out->tlsSelfSigned = true;
        } else if (o.name == QLatin1String("no-client-deflate")) {
            out->clientDeflate = false;
        }
    }
    if (!parsed.positional.isEmpty()) {
        *error = Tr::tr("Unexpected argument \"%1\": relay takes --listen and --to.")
                     .arg(parsed.positional.first());
        return false;
    }
    if (!listen || to.isEmpty()) {
        *error = Tr::tr("relay needs --listen PORT and --to URL, for example --listen 8080 "
                        "--to wss://example.com/socket.");
        return false;
    }
    if (out->tlsCert.isEmpty() != out->tlsKey.isEmpty()) {
        *error = Tr::tr("--tls-cert and --tls-key go together.");
        return false;
    }
    QString urlError;
    out->request.url = RequestValidator::parseUrl(to, &urlError);
    if (!urlError.isEmpty()) {
        *error = urlError;
        return false;
    }
    *error = RequestValidator::checkRequest(out->request);
    return error->isEmpty();
}

} // namespace

namespace RelayOptions {

CommandSpec relay()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Relay;
    spec.name = QStringLiteral("relay");
    spec.arguments = QStringLiteral("--listen PORT --to URL");
    spec.brief = Tr::tr("sit between a client and its server, show and change what they say");
    spec.exitStatuses = {0, 2, 130, 143};
    spec.summary = Tr::tr("Listen on PORT (127.0.0.1 unless an address is given) and connect "
                          "each client that connects to URL, passing messages, pings, pongs "
                          "and closes both ways and printing each message once with where it "
                          "went (client -> Wsprobe -> server). The client's upgrade is answered "
                          "once the server has answered, with the subprotocol the server chose "
                          "or the server's refusal.");
    spec.options = {
        option({"listen"}, Tr::tr("where to listen: [ADDRESS:]PORT (0: any free port, printed)"),
               QStringLiteral("PORT")),
        option({"to"},
               Tr::tr("the server to connect each client to (ws:// or wss://; without "
                      "a path, the client's path and query)"),
               QStringLiteral("URL")),
        option({"break"},
               Tr::tr("pause messages that match RULE and ask what to do: [client:|server:]"
                      "any, text:STR, regex:RE, json:PATH=JSON, json:PATH~RE or hex:PREFIX "
                      "(repeatable)"),
               QStringLiteral("RULE")),
        option({"o", "output"},
               Tr::tr("journal each conversation to FILE (the server leg) and FILE with "
                      ".client (the client leg); later ones numbered FILE-2, FILE-3 and so on"),
               QStringLiteral("FILE")),
        option({"redact"},
               Tr::tr("write the value of the header or query parameter NAME as <redacted> "
                      "(repeatable)"),
               QStringLiteral("NAME")),
        option({"remove-header"},
               Tr::tr("do not pass this request header of the client on (repeatable)"),
               QStringLiteral("NAME")),
        option({"tls-cert"}, Tr::tr("listen on wss:// with this certificate (PEM)"),
               QStringLiteral("FILE")),
        option({"tls-key"}, Tr::tr("the private key of --tls-cert (PEM)"), QStringLiteral("FILE")),
        option({"tls-self-signed"},
               Tr::tr("listen on wss:// with a self-signed certificate, made on first use; its "
                      "fingerprint is printed")),
        option({"no-client-deflate"},
               Tr::tr("do not accept permessage-deflate from the client (--no-deflate: do not "
                      "offer it to the server)")),
        option({"q", "quiet"}, Tr::tr("print only messages, closes and errors")),
    };
    spec.options += upstreamOptions();
    spec.options << CommandSpecs::helpOption();
    spec.notes = Tr::tr(
        "-H adds a request header upstream, or replaces the client's header of that name.\n"
        "At a breakpoint the message is printed and a line is read from standard input: f "
        "(forward), d (drop), e (edit: the next line is sent instead; hex:, base64: or json: "
        "before it choose the composer's mode) or a (answer: the next line goes back to the "
        "sender). Later messages of that direction wait in order meanwhile.\n"
        "On SIGINT (Ctrl+C) or SIGTERM every conversation is closed with 1001 (going away).");
    spec.apply = applyRelay;
    return spec;
}

} // namespace RelayOptions
