#pragma once

#include <QCoreApplication>

#include "snippet/snippet.h"

/// The same connection as a command line for other tools, so a session can be handed to a
/// colleague or a script. Each returns the command quoted for the chosen shell and, in
/// Snippet::omitted, every setting the tool has no option for. Settings that are Wsprobe's
/// own diagnostics and safeguards (engine, frame events, send buffer) are not listed for
/// other tools; what changes the connection itself (TLS, proxy, redirects, pings,
/// compression, limits) is.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// wscat 6 (npm): -c, -s, -H, -o, --ca, --cert, --key, --passphrase, -n, -L, --proxy.
    static Snippet wscat(const ConnectionRequest &request, Shell shell = Shell::Posix);
    /// websocat 1.x: the URL first (a -H before it may take it as a value), --protocol,
    /// --origin, -k, --socks5, --ping-interval, --inhibit-pongs, --max-ws-message-length,
    /// --client-pkcs12-der, and the headers last.
    static Snippet websocat(const ConnectionRequest &request, Shell shell = Shell::Posix);
    /// wsprobe-cli connect with every option that differs from its defaults; it parses back
    /// to the same ConnectionRequest (tests/snippet/tst_commandline.cpp).
    static Snippet wsprobeCli(const ConnectionRequest &request, Shell shell = Shell::Posix);
};
