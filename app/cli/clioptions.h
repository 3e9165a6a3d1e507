#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include "compose/outgoingmessage.h"
#include "protocol/connectionrequest.h"

/// The parsed command line of wsprobe-cli. Parsing is by hand because --send and --send-hex
/// must keep the relative order in which they were given.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command { Connect, Record, Replay, Convert, DemoServer, Help, Version };
    Command command = Command::Help;
    ConnectionRequest request;
    QList<OutgoingMessage> sends; ///< --send (text) and --send-hex, in order
    int closeCode = 1000;
    QString closeReason;
    /// --close-any: testing mode, --close and --reason bypass the browser's rules.
    bool closeAny = false;
    int waitMs = 1000;
    bool json = false;
    bool showHandshake = false;
    quint16 port = 0; ///< demo-server

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

    /// args excludes the program name. On failure returns false with a specific *error.
    static bool parse(const QStringList &args, CliOptions *out, QString *error);
    static QString usage();
    /// "01 02 ff", "0102ff" and "01:02:ff" are all accepted.
    static bool parseHex(const QString &text, QByteArray *out);
};
