#pragma once

#include <QCoreApplication>

#include "snippet/snippet.h"

/// The connection as a short program that opens it, sends one text message, prints what
/// comes back and closes: the browser's WebSocket API (the one Wsprobe's log speaks in),
/// Node's `ws` and Python's `websockets`. The code itself is in English, as code is; what a
/// language cannot express is listed in Snippet::omitted and, for the browser, in a comment.
class CodeSnippet
{
    Q_DECLARE_TR_FUNCTIONS(CodeSnippet)
public:
    /// new WebSocket(url, protocols) with onopen/onmessage/onerror/onclose, send and close.
    /// Browsers set Origin themselves and cannot add headers, TLS files or a proxy.
    static Snippet browserJs(const ConnectionRequest &request, const QString &message);
    /// CommonJS for Node with ws 8 (headers, protocols, origin, TLS files, autoPong, pings).
    static Snippet nodeWs(const ConnectionRequest &request, const QString &message);
    /// asyncio with websockets 10.4 (Debian 12) and newer: additional_headers (14+) or
    /// extra_headers (older), chosen from the signature of websockets.connect.
    static Snippet pythonWebsockets(const ConnectionRequest &request, const QString &message);
};
