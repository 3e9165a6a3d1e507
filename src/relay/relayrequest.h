#pragma once

#include <QList>

#include "protocol/connectionrequest.h"

/// How the relay changes the client's request headers on their way upstream.
struct RelayHeaderRules
{
    HeaderList set;           ///< added; one with a name the client sent replaces it
    QList<QByteArray> remove; ///< names, any case
};

/// The upstream request for one incoming client: the relay's own options (URL, TLS, proxy,
/// limits) plus what the client asked for — its subprotocols in order, its Origin, its other
/// headers in order — changed by the rules. The headers each leg negotiates for itself (Host,
/// Upgrade, Connection, Sec-WebSocket-Key/-Version/-Extensions) are not passed through.
namespace RelayRequest {
/// base.url with an empty path takes the client's request target (path and query); base's
/// headers give way to the client's, its origin too when base has none, and its subprotocols
/// are offered only when the client offers none.
ConnectionRequest upstream(const ConnectionRequest &base, const QByteArray &clientRequestLine,
                           const HeaderList &clientHeaders, const RelayHeaderRules &rules);
/// The request target of "GET /chat?x=1 HTTP/1.1".
QByteArray requestTarget(const QByteArray &requestLine);
} // namespace RelayRequest
