#include "cli/clioptions.h"

#include <climits>

#include "compose/hexcodec.h"
#include "protocol/requestvalidator.h"
#include "replay/sessioncompare.h"

namespace {

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

QString CliOptions::usage()
{
    return tr(
        "Usage:\n"
        "  wsprobe-cli connect URL [options]   connect, send, print every event\n"
        "  wsprobe-cli record URL -o FILE [options]  connect and write the session to FILE\n"
        "  wsprobe-cli replay FILE [options]   send a session's messages again\n"
        "  wsprobe-cli convert IN OUT          .wsprobe.jsonl <-> .har (or .txt transcript)\n"
        "  wsprobe-cli demo-server [--port N]  run the built-in test server\n"
        "  wsprobe-cli --help | --version\n"
        "\n"
        "Options of connect:\n"
        "  -s, --subprotocol PROTO  offer a subprotocol (repeatable, in order)\n"
        "  -H, --header \"Name: value\"  add a request header (repeatable)\n"
        "  --origin ORIGIN          send an Origin header\n"
        "  --send TEXT              send a text message (repeatable, in order)\n"
        "  --send-hex HEX           send a binary message given in hex (repeatable)\n"
        "  --close CODE             close code when done (default 1000; 3000-4999)\n"
        "  --reason TEXT            close reason (at most 123 bytes of UTF-8)\n"
        "  --close-any              TESTING: send --close and --reason as given, any code\n"
        "                           0-65535 (reserved and invalid ones too) and reasons over\n"
        "                           123 bytes, to probe how a server handles a bad Close\n"
        "  --wait-ms N              wait N ms for replies before closing (default 1000)\n"
        "  --json                   one JSON object per line per event (docs/events.md)\n"
        "  --engine wire|qt         protocol engine: Wsprobe's own (default) or QWebSocket\n"
        "  --show-handshake         print the request and response headers\n"
        "  --frames                 print every frame (wire engine)\n"
        "  --no-auto-pong           do not answer the server's pings (wire engine)\n"
        "  --max-message-size N     refuse larger messages with close code 1009\n"
        "  --max-frame-size N       refuse frames announcing more than N bytes (default 16 MiB)\n"
        "  --frame-bytes N          frame events keep N payload bytes (default 64; -1: all)\n"
        "  --max-buffered N         refuse sends while N bytes wait to be written (64 MiB)\n"
        "  --follow-redirects       follow 3xx answers to the upgrade (at most 5)\n"
        "  --no-deflate             do not offer permessage-deflate compression\n"
        "  --cacert FILE            trust the CA certificates in FILE (PEM or DER)\n"
        "  --cert FILE              client certificate: PEM (with --key) or PKCS#12\n"
        "  --key FILE               private key of --cert, PEM\n"
        "  --pass PASSPHRASE        passphrase of the key or the PKCS#12 file\n"
        "  --insecure               go on despite certificate errors\n"
        "  --proxy URL              http://host:port (CONNECT), socks5://host:port or system\n"
        "  --keepalive-ms N         send a ping every N ms while open\n"
        "  --frame-size N           split outgoing messages into frames of N bytes\n"
        "\n"
        "Without --send, each line of standard input is sent as a text message.\n"
        "record takes the options of connect; the file keeps every header, so it is\n"
        "created readable by you only, and:\n"
        "  --redact NAME            write the value of the header NAME, and of query\n"
        "                           parameters whose name contains NAME (any case), as\n"
        "                           <redacted> (repeatable)\n"
        "\n"
        "Options of replay:\n"
        "  --url URL                connect here instead of the recorded URL\n"
        "  --entry N                the WebSocket entry of a HAR file (default: the first)\n"
        "  --speed X                1 = recorded timing, 2 = twice as fast, 0 = at once\n"
        "  --wait-for N             before each send, wait for N replies to the last one\n"
        "  --wait-match REGEX       before each send, wait for a reply matching REGEX\n"
        "  --linger-ms N            after the last send, wait up to N ms for replies\n"
        "  --compare                compare replies with the recorded ones (exit 3 if not)\n"
        "  --ignore-key K           JSON key or path ($.a.b[0]) to leave out of the compare\n"
        "  --ignore-regex R         mask text matching R on both sides before comparing\n"
        "  -o FILE                  write the replay as a new session\n"
        "  --redact NAME            as for record, in the file of -o\n"
        "  --json, -H, --insecure, --cacert, --engine  as for connect\n"
        "\n"
        "convert redacts secrets (Authorization, Cookie, token=...) unless --keep-secrets;\n"
        "with --keep-secrets, OUT is created readable by you only. Names given with\n"
        "--redact are redacted even then.\n"
        "\n"
        "On SIGINT (Ctrl+C) or SIGTERM, connect and record close with 1001 (going away)\n"
        "and wait for the server's Close, at most the close timeout (5 s).\n"
        "\n"
        "Exit status: 0 after a clean close (replay: completed and, with --compare,\n"
        "matched), 1 when the connection failed or ended without a clean closing\n"
        "handshake, 2 on bad arguments or an unreadable file, 3 when --compare found\n"
        "differences, 130 after SIGINT, 143 after SIGTERM.\n");
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
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out->command = Command::Help;
        return true;
    }
    if (command == QLatin1String("--version")) {
        out->command = Command::Version;
        return true;
    }
    bool haveUrl = false;
    bool haveReason = false;
    bool haveClose = false;
    if (command == QLatin1String("connect")) {
        out->command = Command::Connect;
    } else if (command == QLatin1String("record")) {
        out->command = Command::Record;
    } else if (command == QLatin1String("replay")) {
        out->command = Command::Replay;
    } else if (command == QLatin1String("convert")) {
        out->command = Command::Convert;
    } else if (command == QLatin1String("demo-server")) {
        out->command = Command::DemoServer;
    } else {
        *error = tr("Unknown command \"%1\"; expected connect, record, replay, convert or "
                    "demo-server.")
                     .arg(command);
        return false;
    }

    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args[i];
        auto value = [&](QString *v) {
            if (i + 1 >= args.size()) {
                *error = tr("The option %1 needs a value.").arg(arg);
                return false;
            }
            *v = args[++i];
            return true;
        };
        // A positive number of bytes.
        auto bytes = [&](qint64 *n) {
            QString text;
            if (!value(&text))
                return false;
            bool ok = false;
            *n = text.toLongLong(&ok);
            if (!ok || *n < 1) {
                *error = tr("%1 takes a number of bytes, not \"%2\".").arg(arg, text);
                return false;
            }
            return true;
        };
        QString v;
        if (out->command == Command::DemoServer) {
            if (arg == QLatin1String("--port")) {
                int port = 0;
                if (!value(&v))
                    return false;
                if (!parseInt(v, 0, 65535, &port)) {
                    *error = tr("--port takes a number from 0 to 65535, not \"%1\".").arg(v);
                    return false;
                }
                out->port = quint16(port);
                continue;
            }
            *error = tr("Unknown option \"%1\" for demo-server.").arg(arg);
            return false;
        }
        if (arg == QLatin1String("--redact")) {
            if (out->command == Command::Connect) {
                *error = tr("--redact belongs to record, replay and convert, which write files.");
                return false;
            }
            if (!value(&v))
                return false;
            if (v.trimmed().isEmpty()) {
                *error = tr("--redact takes the name of a header or query parameter.");
                return false;
            }
            out->redactNames << v.trimmed();
            continue;
        }
        if (out->command == Command::Convert) {
            if (arg == QLatin1String("--keep-secrets")) {
                out->keepSecrets = true;
            } else if (arg == QLatin1String("--list")) {
                out->listEntries = true;
            } else if (arg == QLatin1String("--entry")) {
                if (!value(&v))
                    return false;
                if (!parseInt(v, 0, INT_MAX, &out->harEntry)) {
                    *error = tr("--entry takes the number of a HAR entry, not \"%1\".").arg(v);
                    return false;
                }
            } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
                *error = tr("Unknown option \"%1\" for convert.").arg(arg);
                return false;
            } else if (out->input.isEmpty()) {
                out->input = arg;
            } else if (out->output.isEmpty()) {
                out->output = arg;
            } else {
                *error =
                    tr("convert takes two files, IN and OUT; \"%1\" is one too many.").arg(arg);
                return false;
            }
            continue;
        }
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (out->command == Command::Connect) {
                *error = tr("-o belongs to record and replay; use \"wsprobe-cli record\".");
                return false;
            }
            if (!value(&out->output))
                return false;
            continue;
        }
        if (out->command == Command::Replay) {
            if (arg == QLatin1String("--url")) {
                if (!value(&v))
                    return false;
                QString urlError;
                out->replayUrl = RequestValidator::parseUrl(v, &urlError);
                if (!urlError.isEmpty()) {
                    *error = urlError;
                    return false;
                }
                continue;
            }
            if (arg == QLatin1String("--entry")) {
                if (!value(&v))
                    return false;
                if (!parseInt(v, 0, INT_MAX, &out->harEntry)) {
                    *error = tr("--entry takes the number of a HAR entry, not \"%1\".").arg(v);
                    return false;
                }
                continue;
            }
            if (arg == QLatin1String("--speed")) {
                if (!value(&v))
                    return false;
                bool ok = false;
                out->speed = v.toDouble(&ok);
                if (!ok || out->speed < 0 || out->speed > 1000) {
                    *error = tr("--speed takes a factor from 0 to 1000 (0: as fast as possible), "
                                "not \"%1\".")
                                 .arg(v);
                    return false;
                }
                continue;
            }
            if (arg == QLatin1String("--compare")) {
                out->compare = true;
                continue;
            }
            if (arg == QLatin1String("--ignore-key")) {
                if (!value(&v))
                    return false;
                out->ignoreKeys << v;
                continue;
            }
            if (arg == QLatin1String("--ignore-regex") || arg == QLatin1String("--wait-match")) {
                if (!value(&v))
                    return false;
                QRegularExpression re;
                if (!CompareRules::parseRegex(v, &re, error))
                    return false;
                if (arg == QLatin1String("--wait-match"))
                    out->waitForMatch = v;
                else
                    out->ignoreRegexes << v;
                continue;
            }
            if (arg == QLatin1String("--wait-for") || arg == QLatin1String("--linger-ms")
                || arg == QLatin1String("--wait-timeout-ms")) {
                if (!value(&v))
                    return false;
                int *target = arg == QLatin1String("--wait-for")    ? &out->waitForCount
                              : arg == QLatin1String("--linger-ms") ? &out->lingerMs
                                                                    : &out->waitTimeoutMs;
                if (!parseInt(v, 0, 24 * 3600 * 1000, target)) {
                    *error = tr("%1 takes a whole number, not \"%2\".").arg(arg, v);
                    return false;
                }
                continue;
            }
            const bool connectionOption =
                arg == QLatin1String("--json") || arg == QLatin1String("-H")
                || arg == QLatin1String("--header") || arg == QLatin1String("--insecure")
                || arg == QLatin1String("-k") || arg == QLatin1String("--cacert")
                || arg == QLatin1String("--cert") || arg == QLatin1String("--key")
                || arg == QLatin1String("--pass") || arg == QLatin1String("--engine")
                || arg == QLatin1String("--show-handshake") || arg == QLatin1String("--proxy");
            if (!connectionOption) {
                if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
                    *error = tr("Unknown option \"%1\" for replay.").arg(arg);
                    return false;
                }
                if (!out->input.isEmpty()) {
                    *error = tr("replay takes one file; \"%1\" is one too many.").arg(arg);
                    return false;
                }
                out->input = arg;
                continue;
            }
        }
        if (arg == QLatin1String("-s") || arg == QLatin1String("--subprotocol")) {
            if (!value(&v))
                return false;
            out->request.subprotocols.append(v);
        } else if (arg == QLatin1String("-H") || arg == QLatin1String("--header")) {
            if (!value(&v))
                return false;
            HeaderField h;
            if (!ConnectionRequest::parseHeaderLine(v, &h)) {
                *error = tr("The header \"%1\" is not of the form \"Name: value\".").arg(v);
                return false;
            }
            out->request.headers.append(h);
        } else if (arg == QLatin1String("--origin")) {
            if (!value(&v))
                return false;
            out->request.origin = v;
        } else if (arg == QLatin1String("--send")) {
            if (!value(&v))
                return false;
            out->sends.append(OutgoingMessage::text(v));
        } else if (arg == QLatin1String("--send-hex")) {
            if (!value(&v))
                return false;
            QByteArray bytes;
            QString hexError;
            if (!HexCodec::parse(v, &bytes, &hexError)) {
                *error = tr("--send-hex \"%1\": %2").arg(v, hexError);
                return false;
            }
            out->sends.append(OutgoingMessage::hex(v));
        } else if (arg == QLatin1String("--close")) {
            if (!value(&v))
                return false;
            if (!parseInt(v, 0, 65535, &out->closeCode)) {
                *error = tr("--close takes a close code such as 1000 or 4000, not \"%1\".").arg(v);
                return false;
            }
            haveClose = true;
        } else if (arg == QLatin1String("--close-any")) {
            out->closeAny = true;
        } else if (arg == QLatin1String("--reason")) {
            if (!value(&out->closeReason))
                return false;
            haveReason = true;
        } else if (arg == QLatin1String("--wait-ms")) {
            if (!value(&v))
                return false;
            if (!parseInt(v, 0, 24 * 3600 * 1000, &out->waitMs)) {
                *error = tr("--wait-ms takes a number of milliseconds, not \"%1\".").arg(v);
                return false;
            }
        } else if (arg == QLatin1String("--json")) {
            out->json = true;
        } else if (arg == QLatin1String("--engine")) {
            if (!value(&v))
                return false;
            if (v == QLatin1String("wire")) {
                out->request.engine = EngineKind::Wire;
            } else if (v == QLatin1String("qt")) {
                out->request.engine = EngineKind::QtWebSockets;
            } else {
                *error = tr("--engine takes wire or qt, not \"%1\".").arg(v);
                return false;
            }
        } else if (arg == QLatin1String("--show-handshake")) {
            out->showHandshake = true;
        } else if (arg == QLatin1String("--frames")) {
            out->request.reportFrames = true;
        } else if (arg == QLatin1String("--no-auto-pong")) {
            out->request.autoPong = false;
        } else if (arg == QLatin1String("--follow-redirects")) {
            out->request.followRedirects = true;
        } else if (arg == QLatin1String("--no-deflate")) {
            out->request.deflate = false;
        } else if (arg == QLatin1String("--frame-size")) {
            if (!value(&v))
                return false;
            bool ok = false;
            out->request.outgoingFrameSize = v.toLongLong(&ok);
            if (!ok || out->request.outgoingFrameSize < 1) {
                *error = tr("--frame-size takes a number of bytes, not \"%1\".").arg(v);
                return false;
            }
        } else if (arg == QLatin1String("--keepalive-ms")) {
            if (!value(&v))
                return false;
            if (!parseInt(v, 1, 24 * 3600 * 1000, &out->request.keepAliveMs)) {
                *error = tr("--keepalive-ms takes a number of milliseconds, not \"%1\".").arg(v);
                return false;
            }
        } else if (arg == QLatin1String("--proxy")) {
            if (!value(&out->request.proxy))
                return false;
        } else if (arg == QLatin1String("--insecure") || arg == QLatin1String("-k")) {
            out->request.ignoreTlsErrors = true;
        } else if (arg == QLatin1String("--cacert")) {
            if (!value(&out->request.caFile))
                return false;
        } else if (arg == QLatin1String("--cert")) {
            if (!value(&out->request.certFile))
                return false;
        } else if (arg == QLatin1String("--key")) {
            if (!value(&out->request.keyFile))
                return false;
        } else if (arg == QLatin1String("--pass")) {
            if (!value(&out->request.keyPassphrase))
                return false;
        } else if (arg == QLatin1String("--max-message-size")) {
            if (!bytes(&out->request.maxMessageSize))
                return false;
            out->request.maxFrameSize =
                std::min(out->request.maxFrameSize, out->request.maxMessageSize);
        } else if (arg == QLatin1String("--max-frame-size")) {
            if (!bytes(&out->request.maxFrameSize))
                return false;
        } else if (arg == QLatin1String("--max-buffered")) {
            if (!bytes(&out->request.maxBufferedBytes))
                return false;
        } else if (arg == QLatin1String("--frame-bytes")) {
            if (!value(&v))
                return false;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < -1) {
                *error =
                    tr("--frame-bytes takes a number of bytes or -1 (all), not \"%1\".").arg(v);
                return false;
            }
            out->request.framePayloadBytes = n;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            *error = tr("Unknown option \"%1\".").arg(arg);
            return false;
        } else if (!haveUrl) {
            QString urlError;
            out->request.url = RequestValidator::parseUrl(arg, &urlError);
            if (!urlError.isEmpty()) {
                *error = urlError;
                return false;
            }
            haveUrl = true;
        } else {
            *error = tr("Unexpected argument \"%1\": only one URL can be given.").arg(arg);
            return false;
        }
    }

    if (out->command == Command::DemoServer)
        return true;
    if (out->command == Command::Convert) {
        if (out->listEntries) {
            if (out->input.isEmpty() || !out->output.isEmpty()) {
                *error = tr("convert --list takes one file, the HAR file to list.");
                return false;
            }
            return true;
        }
        if (out->output.isEmpty()) {
            *error = tr("convert needs two files: IN and OUT, for example "
                        "session.wsprobe.jsonl session.har.");
            return false;
        }
        return true;
    }
    if (out->command == Command::Replay) {
        if (out->input.isEmpty()) {
            *error = tr("replay needs a session (.wsprobe.jsonl) or HAR file.");
            return false;
        }
        return true;
    }
    if (out->command == Command::Record && out->output.isEmpty()) {
        *error = tr("record needs -o FILE, the session file to write.");
        return false;
    }
    if (!haveUrl) {
        *error = tr("%1 needs a URL, for example ws://127.0.0.1:8080/echo.").arg(command);
        return false;
    }
    if (haveReason && !haveClose)
        out->closeCode = 1000;
    *error = RequestValidator::checkRequest(out->request);
    if (error->isEmpty()) {
        *error = out->closeAny ? RequestValidator::checkCloseForTesting(
                     out->closeCode, out->closeReason.toUtf8(), out->request.engine)
                               : RequestValidator::checkClose(out->closeCode, out->closeReason);
    }
    return error->isEmpty();
}
