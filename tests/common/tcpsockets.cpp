#include "common/tcpsockets.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <QDir>

namespace {

quint16 portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return 0;
}

} // namespace

QList<TcpSocketInfo> connectedTcpSockets()
{
    QList<TcpSocketInfo> sockets;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &entry : entries) {
        bool ok = false;
        const int fd = entry.toInt(&ok);
        struct stat info;
        if (!ok || ::fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode))
            continue;
        int type = 0;
        socklen_t length = sizeof type;
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t localLength = sizeof local;
        socklen_t peerLength = sizeof peer;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
            || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
            continue; // a listening or unconnected socket
        if (local.ss_family != AF_INET && local.ss_family != AF_INET6)
            continue;
        int noDelay = 0;
        length = sizeof noDelay;
        ::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length);
        sockets.append(TcpSocketInfo{fd, portOf(local), portOf(peer), noDelay != 0});
    }
    return sockets;
}

QList<TcpSocketInfo> socketsWithLocalPort(quint16 localPort)
{
    QList<TcpSocketInfo> sockets = connectedTcpSockets();
    sockets.removeIf([localPort](const TcpSocketInfo &s) { return s.localPort != localPort; });
    return sockets;
}

QList<TcpSocketInfo> socketsWithPeerPort(quint16 peerPort)
{
    QList<TcpSocketInfo> sockets = connectedTcpSockets();
    sockets.removeIf([peerPort](const TcpSocketInfo &s) { return s.peerPort != peerPort; });
    return sockets;
}
