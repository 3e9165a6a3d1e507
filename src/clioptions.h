#pragma once

#include "connectionrequest.h"

#include <QCoreApplication>
#include <QList>

/// The parsed command line of wsprobe-cli. Parsing is by hand because --send and --send-hex
/// must keep the relative order in which they were given.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command { Connect, DemoServer, Help, Version };
    struct Outgoing
    {
        bool binary = false;
        QByteArray data; ///< UTF-8 text or raw bytes
    };

    Command command = Command::Help;
    ConnectionRequest request;
    QList<Outgoing> sends;
    int closeCode = 1000;
    QString closeReason;
    int waitMs = 1000;
    bool json = false;
    bool showHandshake = false;
    quint16 port = 0; ///< demo-server

    /// args excludes the program name. On failure returns false with a specific *error.
    static bool parse(const QStringList &args, CliOptions *out, QString *error);
    static QString usage();
    /// "01 02 ff", "0102ff" and "01:02:ff" are all accepted.
    static bool parseHex(const QString &text, QByteArray *out);
};
