#pragma once

#include <QList>
#include <QtGlobal>

/// The connected TCP sockets this process holds, read from /proc/self/fd, so that a test can
/// check options on sockets an engine owns without reaching into it.
struct TcpSocketInfo
{
    int descriptor = -1;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    bool noDelay = false; ///< TCP_NODELAY: Nagle's algorithm off
};

QList<TcpSocketInfo> connectedTcpSockets();
/// The sockets bound to localPort, or (peer) connected to peerPort.
QList<TcpSocketInfo> socketsWithLocalPort(quint16 localPort);
QList<TcpSocketInfo> socketsWithPeerPort(quint16 peerPort);
