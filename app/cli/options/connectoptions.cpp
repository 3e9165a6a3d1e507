// The options of connect and record, and the connection options replay borrows.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/options/commandspec.h"
#include "compose/hexcodec.h"
#include "protocol/requestvalidator.h"
#include "protocols/protocollayer.h"
#include "protocols/protocolregistry.h"

namespace {

using CommandSpecs::option;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

/// A positive number of bytes.
bool parseBytes(const OptionOccurrence &o, qint64 *n, QString *error)
{
    bool ok = false;
    *n = o.value.toLongLong(&ok);
    if (!ok || *n < 1) {
        *error = Tr::tr("--%1 takes a number of bytes, not \"%2\".").arg(o.name, o.value);
        return false;
    }
    return true;
}

QString connectNotes()
{
    return RawFrameRecipe::specHelp() + QLatin1Char('\n')
           + Tr::tr("Without --send, each line of standard input is sent as a text message, "
                    "and the connection closes after the end of input and --wait-ms.\n"
                    "-q prints the open, the messages, the close and errors; the default adds "
                    "pings and pongs; -v adds the handshake and every frame. Colour is used "
                    "when standard output is a terminal, never when NO_COLOR is set. Control "
                    "characters from the peer are shown escaped, as \\u001b; --json keeps "
                    "them as they are.\n"
                    "On SIGINT (Ctrl+C) or SIGTERM the connection is closed with 1001 (going "
                    "away) and the server's Close awaited, at most the close timeout (5 s); a "
                    "second signal ends the wait.");
}

/// The positional URL and the checks of the whole request, after every option.
bool finishConnect(const QString &command, const QStringList &positional, CliOptions *out,
                   QString *error)
{
    if (positional.size() > 1) {
        *error =
            Tr::tr("Unexpected argument \"%1\": only one URL can be given.").arg(positional.at(1));
        return false;
    }
    if (out->command == CliOptions::Command::Record && out->output.isEmpty()) {
        *error = Tr::tr("record needs -o FILE, the session file to write.");
        return false;
    }
    // The journal is a file written from its own thread beside the printed events; "-"
    // would have been a file named "-".
    if (out->command == CliOptions::Command::Record && out->output == QLatin1String("-")) {
        *error = Tr::tr("record writes its session to a file, not to standard output (-); "
                        "for the events on standard output, use connect --json.");
        return false;
    }
    if (positional.isEmpty()) {
        *error = Tr::tr("%1 needs a URL, for example ws://127.0.0.1:8080/echo.").arg(command);
        return false;
    }
    QString urlError;
    out->request.url = RequestValidator::parseUrl(positional.first(), &urlError);
    if (!urlError.isEmpty()) {
        *error = urlError;
        return false;
    }
    *error = RequestValidator::checkRequest(out->request);
    if (error->isEmpty()) {
        *error = out->closeAny ? RequestValidator::checkCloseForTesting(
                     out->closeCode, out->closeReason.toUtf8(), out->request.engine)
                               : RequestValidator::checkClose(out->closeCode, out->closeReason);
    }
    return error->isEmpty();
}

bool applyConnectOrRecord(const ParsedCommand &parsed, CliOptions *out, QString *error)
{
    const CliOptions::Command command = out->command;
    *out = CliOptions();
    out->command = command;
    bool quiet = false;
    bool verbose = false;
    for (const OptionOccurrence &o : parsed.options) {
        bool handled = false;
        if (!ConnectOptions::applyConnectionOption(o, out, &handled, error))
            return false;
        if (handled)
            continue;
        if (o.name == QLatin1String("quiet")) {
            quiet = true;
        } else if (o.name == QLatin1String("verbose")) {
            verbose = true;
        } else if (o.name == QLatin1String("output")) {
            out->output = o.value;
        } else if (o.name == QLatin1String("decode")) {
            if (!ConnectOptions::applyDecode(o.value, out, error))
                return false;
        } else if (bool layer = false;
                   !ConnectOptions::applyLayerOption(o.name, o.value, out, &layer, error)) {
            return false;
        } else if (layer) {
            continue;
        } else if (o.name == QLatin1String("redact")) {
            if (o.value.trimmed().isEmpty()) {
                *error = Tr::tr("--redact takes the name of a header or query parameter.");
                return false;
            }
            out->redactNames << o.value.trimmed();
        }
    }
    if (!out->rawSends.isEmpty() && out->request.engine != EngineKind::Wire) {
        *error = Tr::tr("--send-frame needs the wire engine: QWebSocket writes only the frames "
                        "it builds itself (leave out --engine qt).");
        return false;
    }
    if (quiet && verbose) {
        *error = Tr::tr("-q (events only) and -v (frames and handshake too) exclude each other.");
        return false;
    }
    if (!out->hideTypes.isEmpty() && out->protocol.isEmpty()) {
        *error = Tr::tr("--hide needs a protocol layer (--protocol)");
        return false;
    }
    // Checked before connecting, as --hide is: found out once connected, a mistake used to
    // end with status 0, or never when the layer never became ready.
    if (!out->layerActions.isEmpty() && out->protocol.isEmpty()) {
        *error = Tr::tr("--action needs a protocol layer (--protocol)");
        return false;
    }
    if (ProtocolRegistry::names().contains(out->protocol)) {
        // A named layer's types are known now; under auto they depend on the server.
        const auto layer = ProtocolRegistry::create(out->protocol);
        QStringList actions;
        for (const LayerAction &a : layer->actions())
            actions << a.name;
        for (const CliOptions::LayerActionSend &a : std::as_const(out->layerActions)) {
            if (!actions.contains(a.name)) {
                *error = Tr::tr("--action \"%1\": %2 has no such action; it has %3")
                             .arg(a.name, out->protocol, actions.join(QStringLiteral(", ")));
                return false;
            }
        }
        const QStringList types = layer->packetTypes();
        for (const QString &type : std::as_const(out->hideTypes)) {
            if (type != QLatin1String("heartbeats") && !types.contains(type)) {
                *error = Tr::tr("--hide \"%1\": %2 has no such packet type; it has "
                                "heartbeats, %3")
                             .arg(type, out->protocol, types.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    // A layer named outright offers its subprotocols when none were given, as its client
    // libraries do (a broker may refuse a connection without "mqtt" or "v12.stomp").
    if (out->request.subprotocols.isEmpty() && ProtocolRegistry::names().contains(out->protocol))
        out->request.subprotocols = ProtocolRegistry::create(out->protocol)->subprotocols();
    if (quiet)
        out->verbosity = CliOptions::Verbosity::Quiet;
    if (verbose) {
        out->verbosity = CliOptions::Verbosity::Verbose;
        out->showHandshake = true;
        out->request.reportFrames = true;
    }
    return finishConnect(command == CliOptions::Command::Record ? QStringLiteral("record")
                                                                : QStringLiteral("connect"),
                         parsed.positional, out, error);
}

QList<QCommandLineOption> verbosityOptions()
{
    return {option({"q", "quiet"}, Tr::tr("print only the open, messages, close and errors")),
            option({"v", "verbose"}, Tr::tr("print the handshake and every frame too (the same "
                                            "as --show-handshake --frames)"))};
}

} // namespace

namespace ConnectOptions {

QList<QCommandLineOption> connectionOptions()
{
    return {
        option({"s", "subprotocol"}, Tr::tr("offer a subprotocol (repeatable, in order)"),
               QStringLiteral("PROTO")),
        option({"H", "header"}, Tr::tr("add a request header \"Name: value\" (repeatable)"),
               QStringLiteral("HEADER")),
        option({"origin"}, Tr::tr("send an Origin header"), QStringLiteral("ORIGIN")),
        option({"send"}, Tr::tr("send a text message (repeatable, in order with --send-hex)"),
               QStringLiteral("TEXT")),
        option({"send-hex"},
               Tr::tr("send a binary message given in hex: \"01 02 ff\", \"0102ff\" or "
                      "\"01:02:ff\" (repeatable)"),
               QStringLiteral("HEX")),
        option({"send-frame"},
               Tr::tr("TESTING: write one message's frames exactly as SPEC says: any opcode, "
                      "FIN, RSV bits, mask and key, a lying length, fragments (repeatable, in "
                      "order with --send; SPEC below)"),
               QStringLiteral("SPEC")),
        option({"close"}, Tr::tr("close code when done (default 1000; 3000-4999)"),
               QStringLiteral("CODE")),
        option({"reason"}, Tr::tr("close reason (at most 123 bytes of UTF-8)"),
               QStringLiteral("TEXT")),
        option({"close-any"},
               Tr::tr("TESTING: send --close and --reason as given, any code 0-65535 (reserved "
                      "and invalid ones too) and reasons over 123 bytes, to probe how a server "
                      "handles a bad Close")),
        option({"wait-ms"}, Tr::tr("wait N ms for replies before closing (default 1000)"),
               QStringLiteral("N")),
        option({"json"}, Tr::tr("one JSON object per line per event (docs/events.md)")),
        option({"engine"},
               Tr::tr("protocol engine: Wsprobe's own (wire, the default) or QWebSocket (qt)"),
               QStringLiteral("wire|qt")),
        option({"show-handshake"}, Tr::tr("print the request and response headers")),
        option({"frames"}, Tr::tr("print every frame (wire engine)")),
        option({"no-auto-pong"}, Tr::tr("do not answer the server's pings (wire engine)")),
        option({"max-message-size"}, Tr::tr("refuse larger messages with close code 1009"),
               QStringLiteral("N")),
        option({"max-frame-size"},
               Tr::tr("refuse frames announcing more than N bytes (default 16 MiB)"),
               QStringLiteral("N")),
        option({"frame-bytes"}, Tr::tr("frame events keep N payload bytes (default 64; -1: all)"),
               QStringLiteral("N")),
        option({"max-buffered"},
               Tr::tr("refuse sends while N bytes wait to be written (default 64 MiB)"),
               QStringLiteral("N")),
        option({"follow-redirects"}, Tr::tr("follow 3xx answers to the upgrade (at most 5)")),
        option({"no-deflate"}, Tr::tr("do not offer permessage-deflate compression")),
        option({"cacert"}, Tr::tr("trust the CA certificates in FILE (PEM or DER)"),
               QStringLiteral("FILE")),
        option({"cert"}, Tr::tr("client certificate: PEM (with --key) or PKCS#12"),
               QStringLiteral("FILE")),
        option({"key"}, Tr::tr("private key of --cert, PEM"), QStringLiteral("FILE")),
        option({"pass"}, Tr::tr("passphrase of the key or the PKCS#12 file"),
               QStringLiteral("PASSPHRASE")),
        option({"k", "insecure"}, Tr::tr("go on despite certificate errors")),
        option({"proxy"}, Tr::tr("http://host:port (CONNECT), socks5://host:port or system"),
               QStringLiteral("URL")),
        option({"keepalive-ms"}, Tr::tr("send a ping every N ms while open"), QStringLiteral("N")),
        option({"frame-size"}, Tr::tr("split outgoing messages into frames of N bytes"),
               QStringLiteral("N")),
    };
}

bool applyConnectionOption(const OptionOccurrence &o, CliOptions *out, bool *handled,
                           QString *error)
{
    *handled = true;
    const QString &n = o.name;
    const QString &v = o.value;
    ConnectionRequest &r = out->request;
    if (n == QLatin1String("subprotocol")) {
        r.subprotocols.append(v);
    } else if (n == QLatin1String("header")) {
        HeaderField h;
        if (!ConnectionRequest::parseHeaderLine(v, &h)) {
            *error = Tr::tr("The header \"%1\" is not of the form \"Name: value\".").arg(v);
            return false;
        }
        r.headers.append(h);
    } else if (n == QLatin1String("origin")) {
        r.origin = v;
    } else if (n == QLatin1String("send")) {
        out->sends.append(OutgoingMessage::text(v));
    } else if (n == QLatin1String("send-hex")) {
        QByteArray bytes;
        QString hexError;
        if (!HexCodec::parse(v, &bytes, &hexError)) {
            *error = Tr::tr("--send-hex \"%1\": %2").arg(v, hexError);
            return false;
        }
        out->sends.append(OutgoingMessage::hex(v));
    } else if (n == QLatin1String("send-frame")) {
        CliOptions::RawSend raw;
        QString specError;
        if (!RawFrameRecipe::parseSpec(v, &raw.recipe, &specError)) {
            *error = Tr::tr("--send-frame \"%1\": %2").arg(v, specError);
            return false;
        }
        raw.afterSends = out->sends.size();
        out->rawSends.append(raw);
    } else if (n == QLatin1String("close")) {
        if (!CommandSpecs::parseInt(v, 0, 65535, &out->closeCode)) {
            *error = Tr::tr("--close takes a close code such as 1000 or 4000, not \"%1\".").arg(v);
            return false;
        }
    } else if (n == QLatin1String("close-any")) {
        out->closeAny = true;
    } else if (n == QLatin1String("reason")) {
        out->closeReason = v;
    } else if (n == QLatin1String("wait-ms")) {
        if (!CommandSpecs::parseInt(v, 0, 24 * 3600 * 1000, &out->waitMs)) {
            *error = Tr::tr("--wait-ms takes a number of milliseconds, not \"%1\".").arg(v);
            return false;
        }
    } else if (n == QLatin1String("json")) {
        out->json = true;
    } else if (n == QLatin1String("engine")) {
        if (v == QLatin1String("wire")) {
            r.engine = EngineKind::Wire;
        } else if (v == QLatin1String("qt")) {
            r.engine = EngineKind::QtWebSockets;
        } else {
            *error = Tr::tr("--engine takes wire or qt, not \"%1\".").arg(v);
            return false;
        }
    } else if (n == QLatin1String("show-handshake")) {
        out->showHandshake = true;
    } else if (n == QLatin1String("frames")) {
        r.reportFrames = true;
    } else if (n == QLatin1String("no-auto-pong")) {
        r.autoPong = false;
    } else if (n == QLatin1String("follow-redirects")) {
        r.followRedirects = true;
    } else if (n == QLatin1String("no-deflate")) {
        r.deflate = false;
    } else if (n == QLatin1String("frame-size")) {
        bool ok = false;
        r.outgoingFrameSize = v.toLongLong(&ok);
        if (!ok || r.outgoingFrameSize < 1) {
            *error = Tr::tr("--frame-size takes a number of bytes, not \"%1\".").arg(v);
            return false;
        }
    } else if (n == QLatin1String("keepalive-ms")) {
        if (!CommandSpecs::parseInt(v, 1, 24 * 3600 * 1000, &r.keepAliveMs)) {
            *error = Tr::tr("--keepalive-ms takes a number of milliseconds, not \"%1\".").arg(v);
            return false;
        }
    } else if (n == QLatin1String("proxy")) {
        r.proxy = v;
    } else if (n == QLatin1String("insecure")) {
        r.ignoreTlsErrors = true;
    } else if (n == QLatin1String("cacert")) {
        r.caFile = v;
    } else if (n == QLatin1String("cert")) {
        r.certFile = v;
    } else if (n == QLatin1String("key")) {
        r.keyFile = v;
    } else if (n == QLatin1String("pass")) {
        r.keyPassphrase = v;
    } else if (n == QLatin1String("max-message-size")) {
        if (!parseBytes(o, &r.maxMessageSize, error))
            return false;
        r.maxFrameSize = std::min(r.maxFrameSize, r.maxMessageSize);
    } else if (n == QLatin1String("max-frame-size")) {
        if (!parseBytes(o, &r.maxFrameSize, error))
            return false;
    } else if (n == QLatin1String("max-buffered")) {
        if (!parseBytes(o, &r.maxBufferedBytes, error))
            return false;
    } else if (n == QLatin1String("frame-bytes")) {
        bool ok = false;
        const int bytes = v.toInt(&ok);
        if (!ok || bytes < -1) {
            *error =
                Tr::tr("--frame-bytes takes a number of bytes or -1 (all), not \"%1\".").arg(v);
            return false;
        }
        r.framePayloadBytes = bytes;
    } else {
        *handled = false;
    }
    return true;
}

QCommandLineOption decodeOption()
{
    return option({"decode"},
                  Tr::tr("also show messages decoded by the pipeline SPEC, for example "
                         "base64,zlib,msgpack or protobuf:FILE.proto:package.Type or auto "
                         "(docs/decoding.md); with --json as the member \"decoded\""),
                  QStringLiteral("SPEC"));
}

bool applyDecode(const QString &spec, CliOptions *out, QString *error)
{
    auto pipeline = std::make_shared<DecodePipeline>();
    QString problem;
    if (!DecodePipeline::parse(spec, pipeline.get(), &problem) || pipeline->isEmpty()) {
        *error = Tr::tr("--decode \"%1\": %2")
                     .arg(spec, problem.isEmpty() ? Tr::tr("no steps") : problem);
        return false;
    }
    out->decode = std::move(pipeline);
    return true;
}

QList<QCommandLineOption> layerOptions()
{
    return {option({"protocol"},
                   Tr::tr("read messages at the level of a protocol layer and print its packets: "
                          "auto (from the subprotocol or URL) or one of %1 (docs/protocols.md)")
                       .arg(ProtocolRegistry::names().join(QStringLiteral(", "))),
                   QStringLiteral("NAME")),
            option({"action"},
                   Tr::tr("send a layer action, such as emit:{\"event\":\"chat\",\"args\":"
                          "[\"hi\"]} (repeatable; each once the layer is ready and the previous "
                          "one answered)"),
                   QStringLiteral("NAME[:JSON]")),
            option({"hide"},
                   Tr::tr("with --protocol, do not print packets of these types, such as "
                          "ping,pong or heartbeats (the layer's keep-alives; repeatable)"),
                   QStringLiteral("TYPE[,TYPE...]"))};
}

bool applyLayerOption(const QString &name, const QString &value, CliOptions *out, bool *handled,
                      QString *error)
{
    *handled = true;
    if (name == QLatin1String("protocol")) {
        if (!ProtocolRegistry::isValidChoice(value) || value.isEmpty()) {
            *error = Tr::tr("--protocol \"%1\": not auto or one of %2")
                         .arg(value, ProtocolRegistry::names().join(QStringLiteral(", ")));
            return false;
        }
        out->protocol = value;
        return true;
    }
    if (name == QLatin1String("hide")) {
        for (const QString &type : value.split(u',', Qt::SkipEmptyParts))
            out->hideTypes << type.trimmed();
        if (out->hideTypes.isEmpty()) {
            *error = Tr::tr("--hide needs a packet type, such as ping or heartbeats");
            return false;
        }
        return true;
    }
    if (name != QLatin1String("action")) {
        *handled = false;
        return true;
    }
    const qsizetype colon = value.indexOf(u':');
    CliOptions::LayerActionSend a;
    a.name = value.left(colon < 0 ? value.size() : colon).trimmed();
    if (colon >= 0) {
        QJsonParseError parseError;
        const QJsonDocument doc =
            QJsonDocument::fromJson(value.mid(colon + 1).toUtf8(), &parseError);
        if (!doc.isObject()) {
            *error = Tr::tr("--action \"%1\": the part after ':' must be a JSON object (%2)")
                         .arg(value, parseError.errorString());
            return false;
        }
        // Every value as the composer's form would give it: text, JSON as text, flags as
        // "true"/"false".
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 17);
            else
                text = QString::fromUtf8(
                    v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            a.values.insert(it.key(), text);
        }
    }
    if (a.name.isEmpty()) {
        *error = Tr::tr("--action needs a name, such as emit or subscribe");
        return false;
    }
    out->layerActions.append(a);
    return true;
}

CommandSpec connect()
{
    CommandSpec spec;
    spec.command = CliOptions::Command::Connect;
    spec.name = QStringLiteral("connect");
    spec.arguments = QStringLiteral("URL");
    spec.brief = Tr::tr("connect, send, print every event");
    spec.exitStatuses = {0, 1, 2, 130, 141, 143};
    spec.summary = Tr::tr("Connect to URL, send what --send, --send-hex and --send-frame give (or "
                          "each line of standard input), wait for replies, close, and print every "
                          "event.");
    spec.options = connectionOptions() + verbosityOptions();
    spec.options << decodeOption() << layerOptions() << CommandSpecs::helpOption();
    spec.notes = connectNotes();
    spec.apply = applyConnectOrRecord;
    return spec;
}

CommandSpec record()
{
    CommandSpec spec = connect();
    spec.command = CliOptions::Command::Record;
    spec.name = QStringLiteral("record");
    spec.arguments = QStringLiteral("URL -o FILE");
    spec.brief = Tr::tr("connect as connect does and write the session to FILE");
    spec.summary = Tr::tr("Connect as connect does and write the session to FILE "
                          "(.wsprobe.jsonl). The file keeps every header, so it is created "
                          "readable by you only. The events are printed on a terminal; when "
                          "standard output is redirected, only with --json.");
    spec.options.insert(spec.options.size() - 1,
                        option({"o", "output"},
                               Tr::tr("the session file to write (required; a file, not -)"),
                               QStringLiteral("FILE")));
    spec.options.insert(spec.options.size() - 1,
                        option({"redact"},
                               Tr::tr("write the value of the header NAME, and of query "
                                      "parameters whose name contains NAME (any case), as "
                                      "<redacted> (repeatable)"),
                               QStringLiteral("NAME")));
    return spec;
}

} // namespace ConnectOptions
