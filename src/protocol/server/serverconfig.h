#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

#include "protocol/connectionrequest.h"
#include "protocol/frame/permessagedeflate.h"

/// How a server answers an upgrade instead of with a 101: any status, headers and body.
struct UpgradeRefusal
{
    int status = 0;          ///< 0: do not refuse
    QByteArray reasonPhrase; ///< empty: the standard phrase for the status
    HeaderList headers;
    QByteArray body;
};

/// What a server does wrong on purpose, to test a client (issue 14 §2). Applied to each new
/// client; ServerEngine's own methods do the rest (closeVerbatim, dropConnection, writeRaw).
struct ServerFaults
{
    /// Wait this long after the request before answering it.
    int upgradeDelayMs = 0;
    /// Answer a valid upgrade with this instead of a 101.
    UpgradeRefusal refuse;
    /// Read the request and never answer it.
    bool neverFinishHandshake = false;
    /// Do not answer the client's pings.
    bool ignorePings = false;
    /// Stop reading once open: the client's writes back up (a stalled server).
    bool stopReading = false;
};

/// A WebSocket server's policy: where it listens, what it accepts and negotiates. A plain
/// value, so a tab or the command line fills it and the listener copies it.
struct ServerConfig
{
    /// Which subprotocol the server picks from what the client offers.
    enum class SubprotocolPolicy {
        None,         ///< never choose one
        FirstOffered, ///< the client's first
        Preference    ///< the first of `subprotocols` that the client offered
    };

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port (WebSocketListener::port() says which)
    /// Paths that upgrade ("/chat"; the query is ignored); empty: any. Others get a 404.
    QStringList paths;
    SubprotocolPolicy subprotocolPolicy = SubprotocolPolicy::FirstOffered;
    QStringList subprotocols; ///< for Preference, in order of preference

    /// Accept permessage-deflate when offered; `deflate` holds what the server asks for on
    /// top of the offer (no context takeover, smaller windows).
    bool deflateEnabled = true;
    PerMessageDeflate::Params deflate;

    /// Limits on what a client may send: larger is refused with 1009 on the header alone.
    qint64 maxFrameSize = 16 * 1024 * 1024;
    qint64 maxMessageSize = 64 * 1024 * 1024;
    /// Headers added to every 101 (after the ones RFC 6455 requires).
    HeaderList extraResponseHeaders;

    /// TLS (wss://): a certificate and key in PEM, or a self-signed certificate made on first
    /// use and kept in selfSignedDir (empty: the application's data folder).
    bool tls = false;
    QString certFile;
    QString keyFile;
    QString keyPassphrase;
    bool selfSigned = false;
    QString selfSignedDir;

    ServerFaults faults;
};
