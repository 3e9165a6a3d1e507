#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

struct HeaderField
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};
using HeaderList = QList<HeaderField>;

/// Which implementation of the protocol carries the connection.
enum class EngineKind {
    Wire,        ///< Wsprobe's own RFC 6455 client: sees every byte, header and frame
    QtWebSockets ///< QWebSocket, as a second opinion
};

/// Where the request panel's Auth helper put a credential: kind and the header or query
/// parameter that carries it (the credential itself is in headers or url like any other
/// value). The panel shows it there again, and exports redact that name whatever it is.
struct AuthMarker
{
    enum class Kind {
        None,
        Bearer,       ///< Authorization: Bearer <token>
        Basic,        ///< Authorization: Basic base64(user:password)
        ApiKeyHeader, ///< <name>: <key>
        ApiKeyQuery   ///< ?<name>=<key>
    };
    Kind kind = Kind::None;
    QString name; ///< the header or query parameter; empty with None
    friend bool operator==(const AuthMarker &, const AuthMarker &) = default;
};

/// What the user asked to connect to: everything needed to start the opening handshake.
struct ConnectionRequest
{
    QUrl url;
    QStringList subprotocols; ///< in order of preference, as sent
    HeaderList headers;       ///< extra request headers, in order
    QString origin;           ///< empty: no Origin header
    /// Give up when the opening handshake (TCP, TLS, HTTP upgrade) takes longer than this.
    int handshakeTimeoutMs = 15000;

    EngineKind engine = EngineKind::Wire;
    /// Answer server pings automatically (off: to test a server's ping timeout).
    bool autoPong = true;
    /// Send a ping this often while open; 0: never.
    int keepAliveMs = 0;
    /// Frame events carry this many leading payload bytes; -1: the whole payload.
    int framePayloadBytes = 64;
    /// Limits on what the server may send; larger is refused with close code 1009 before
    /// any memory of the claimed size is taken.
    qint64 maxMessageSize = 64 * 1024 * 1024;
    qint64 maxFrameSize = 16 * 1024 * 1024;
    /// A send is refused (with an error event) while this many bytes already wait to be
    /// written and the message would add to them: a peer that stops reading cannot make
    /// Wsprobe grow without bound. One message on an empty queue always goes.
    qint64 maxBufferedBytes = 64 * 1024 * 1024;
    /// Split outgoing messages into frames of at most this many bytes; 0: one frame each.
    qint64 outgoingFrameSize = 0;
    /// After sending Close, wait this long for the server's Close before dropping TCP.
    int closeTimeoutMs = 5000;
    /// Follow 3xx redirects (at most MaxRedirects); otherwise report them.
    bool followRedirects = false;
    /// TLS (wss://): extra trusted CA certificates (PEM file), a client certificate for mutual
    /// TLS (PEM with keyFile, or PKCS#12 with the key inside) and its passphrase.
    QString caFile;
    QString certFile;
    QString keyFile;
    QString keyPassphrase;
    /// Go on despite certificate errors, for this connection only.
    bool ignoreTlsErrors = false;
    /// "" (direct), "system", "http://[user:pass@]host:port" (CONNECT) or "socks5://host:port".
    QString proxy;
    /// Offer permessage-deflate (RFC 7692; wire engine).
    bool deflate = true;
    /// Report every frame as an event (engines that see frames only).
    bool reportFrames = false;
    /// Which header or query parameter the Auth helper filled (None: it was not used).
    AuthMarker auth;
    static constexpr int MaxRedirects = 5;

    /// Parses "Name: value" as typed on a command line or pasted from DevTools.
    static bool parseHeaderLine(const QString &line, HeaderField *out);
};
