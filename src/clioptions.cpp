#include "clioptions.h"

#include "hexcodec.h"
#include "requestvalidator.h"

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
        "  --wait-ms N              wait N ms for replies before closing (default 1000)\n"
        "  --json                   one JSON object per line per event (docs/events.md)\n"
        "  --engine wire|qt         protocol engine: Wsprobe's own (default) or QWebSocket\n"
        "  --show-handshake         print the request and response headers\n"
        "  --frames                 print every frame (wire engine)\n"
        "  --no-auto-pong           do not answer the server's pings (wire engine)\n"
        "  --max-message-size N     refuse larger messages with close code 1009\n"
        "  --follow-redirects       follow 3xx answers to the upgrade (at most 5)\n"
        "  --no-deflate             do not offer permessage-deflate compression\n"
        "  --cacert FILE            trust the CA certificates in FILE (PEM or DER)\n"
        "  --cert FILE              client certificate: PEM (with --key) or PKCS#12\n"
        "  --key FILE               private key of --cert, PEM\n"
        "  --pass PASSPHRASE        passphrase of the key or the PKCS#12 file\n"
        "  --insecure               go on despite certificate errors\n"
        "  --proxy URL              http://host:port (CONNECT), socks5://host:port or system\n"
        "\n"
        "Without --send, each line of standard input is sent as a text message.\n"
        "Exit status: 0 after a clean close, 1 when the connection failed or ended\n"
        "without a clean closing handshake, 2 on bad arguments.\n");
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
    } else if (command == QLatin1String("demo-server")) {
        out->command = Command::DemoServer;
    } else {
        *error = tr("Unknown command \"%1\"; expected connect or demo-server.").arg(command);
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
            out->sends.append({false, v.toUtf8()});
        } else if (arg == QLatin1String("--send-hex")) {
            if (!value(&v))
                return false;
            QByteArray bytes;
            QString hexError;
            if (!HexCodec::parse(v, &bytes, &hexError)) {
                *error = tr("--send-hex \"%1\": %2").arg(v, hexError);
                return false;
            }
            out->sends.append({true, bytes});
        } else if (arg == QLatin1String("--close")) {
            if (!value(&v))
                return false;
            if (!parseInt(v, 0, 65535, &out->closeCode)) {
                *error = tr("--close takes a close code such as 1000 or 4000, not \"%1\".").arg(v);
                return false;
            }
            haveClose = true;
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
            if (!value(&v))
                return false;
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 1) {
                *error = tr("--max-message-size takes a number of bytes, not \"%1\".").arg(v);
                return false;
            }
            out->request.maxMessageSize = n;
            out->request.maxFrameSize = std::min(out->request.maxFrameSize, n);
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
    if (!haveUrl) {
        *error = tr("connect needs a URL, for example ws://127.0.0.1:8080/echo.");
        return false;
    }
    if (haveReason && !haveClose)
        out->closeCode = 1000;
    *error = RequestValidator::checkRequest(out->request);
    if (error->isEmpty())
        *error = RequestValidator::checkClose(out->closeCode, out->closeReason);
    return error->isEmpty();
}
