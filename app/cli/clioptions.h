#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

#include "compose/outgoingmessage.h"
#include "compose/rawframerecipe.h"
#include "decode/decodepipeline.h"
#include "protocol/connectionrequest.h"
#include "protocol/frame/permessagedeflate.h"

/// The parsed command line of wsprobe-cli. Each command has its own QCommandLineParser
/// (app/cli/options/), which keeps the order of --send and --send-hex.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command {
        Connect,
        Record,
        Replay,
        Convert,
        DemoServer,
        Relay,
        Serve,
        Run,
        Help,
        Version,
        Completions
    };
    Command command = Command::Help;
    /// Help: the command whose help was asked for; Help itself means the list of commands.
    Command helpFor = Command::Help;
    /// How much connect and record print: -q the open, messages, close and errors; -v the
    /// handshake and every frame too.
    enum class Verbosity { Quiet, Normal, Verbose };
    Verbosity verbosity = Verbosity::Normal;
    QString completionShell; ///< --completions bash|zsh|fish (hidden; used by the build)
    ConnectionRequest request;
    QList<OutgoingMessage> sends; ///< --send (text) and --send-hex, in order
    /// --send-frame (testing servers): raw frames, written after the first afterSends
    /// entries of sends, so that the order of the command line is kept.
    struct RawSend
    {
        qsizetype afterSends = 0;
        RawFrameRecipe recipe;
    };
    QList<RawSend> rawSends;
    /// --decode SPEC (connect, record, convert): messages shown or written decoded too.
    std::shared_ptr<const DecodePipeline> decode;
    /// --protocol NAME|auto (connect): messages printed as the layer's packets.
    QString protocol;
    /// --hide TYPE[,TYPE…] (connect, with --protocol): packets of these types are not
    /// printed ("heartbeats": the layer's keep-alives); they are still answered.
    QStringList hideTypes;
    /// --action NAME[:JSON] (connect): layer actions sent in order once the layer
    /// is ready, each after the reply to the one before (or a second).
    struct LayerActionSend
    {
        QString name;
        QVariantMap values;
    };
    QList<LayerActionSend> layerActions;
    int closeCode = 1000;
    QString closeReason;
    /// --close-any: testing mode, --close and --reason bypass the browser's rules.
    bool closeAny = false;
    int waitMs = 1000;
    bool json = false;
    bool showHandshake = false;
    quint16 port = 0; ///< demo-server, relay --listen
    // relay
    QString listenAddress;           ///< --listen's address (127.0.0.1 unless given)
    QStringList breakRules;          ///< --break, as typed (RelayBreakpointText)
    QList<QByteArray> removeHeaders; ///< --remove-header
    QString tlsCert;                 ///< --tls-cert: relay and serve listen on wss://
    QString tlsKey;
    bool tlsSelfSigned = false; ///< --tls-self-signed, relay and serve alike
    bool clientDeflate = true;  ///< --no-client-deflate turns it off

    QString input;  ///< replay, convert: the session or HAR file
    QString output; ///< record, replay (-o), convert: the file to write
    // replay
    QUrl replayUrl;    ///< --url: another target than the recorded one
    int harEntry = -1; ///< --entry: which WebSocket entry of a HAR file (default: the first)
    bool compare = false;
    QStringList ignoreKeys;
    QStringList ignoreRegexes;
    double speed = 1.0;
    int waitForCount = 0;
    QString waitForMatch;
    int lingerMs = 1500;
    int waitTimeoutMs = 10000;
    bool keepSecrets = false; ///< convert: do not redact the built-in secrets
    /// convert --list: print the WebSocket entries of a HAR file instead of converting.
    bool listEntries = false;
    /// --redact: header names and query parameters to redact in what record, replay -o and
    /// convert write, besides the built-in ones (and even with --keep-secrets).
    QStringList redactNames;
    QString convertFormat; ///< convert --to: jsonl, har or txt; empty: by the name of OUT
    // serve
    QString serveHost;      ///< --host: the address to listen on (default 127.0.0.1)
    QStringList servePaths; ///< --path, repeatable; empty: any path
    bool serveEcho = false; ///< --echo
    QString rulesFile;      ///< --rules
    QString serveSession;   ///< --session: a recording to answer from
    QStringList faultSpecs; ///< --fault SPEC, repeatable (ServeFaultPlan::add)

    // serve: how the upgrade is answered (ServerConfig)
    QStringList serveSubprotocols; ///< --subprotocol, in order of preference
    bool serveNoSubprotocol = false;
    bool serveDeflate = true;                     ///< off with --no-deflate
    PerMessageDeflate::Params serveDeflateParams; ///< --deflate PARAMS
    HeaderList serveResponseHeaders;              ///< --response-header, added to every 101

    // run (input: the script or folder; output: -o; json: --json)
    QString envFile;                           ///< --env
    QList<QPair<QString, QString>> scriptVars; ///< --var NAME=VALUE, in order
    QString junitFile;                         ///< --junit
    int scriptTimeoutS = 120;                  ///< --timeout, per script
    int scriptBusyLimitMs = 5000;              ///< --busy-limit-ms
    QString scriptAllowDir;                    ///< --allow-dir; empty: each script's own folder

    /// Parses a wsprobe-cli command line, args without the program name: {"connect", URL,
    /// options…}. On failure returns false with a specific *error, and out->command says
    /// which command was being parsed (for hint()). This signature is stable: tests parse
    /// the commands that "Copy as wsprobe-cli" writes with it.
    static bool parse(const QStringList &args, CliOptions *out, QString *error);
    /// The help of wsprobe-cli itself: its commands, options, environment and exit status.
    static QString usage();
    /// The help of one command (usage() for Help).
    static QString help(Command command);
    /// The line that follows an error: "Try 'wsprobe-cli connect --help'."
    QString hint() const;
    /// "01 02 ff", "0102ff" and "01:02:ff" are all accepted.
    static bool parseHex(const QString &text, QByteArray *out);
};
