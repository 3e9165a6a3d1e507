#include "common/connectproxy.h"

#include <QHostAddress>
#include <QTcpSocket>

ConnectProxy::ConnectProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::onConnection);
}

bool ConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ConnectProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            m_requests.append(line);
            const QList<QByteArray> parts = line.split(' ');
            const QByteArray authority = parts.value(1);
            const qsizetype colon = authority.lastIndexOf(':');
            const QHostAddress host(QString::fromLatin1(authority.left(colon)));
            if (!m_refusal.isEmpty() || parts.value(0) != "CONNECT" || !host.isLoopback()) {
                client->write(
                    (m_refusal.isEmpty() ? QByteArray("HTTP/1.1 403 Forbidden") : m_refusal)
                    + "\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray rest = buffer->mid(end + 4);
            auto *upstream = new QTcpSocket(client);
            client->setProperty("tunnel", true);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client,
                        &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, upstream,
                        &QTcpSocket::disconnectFromHost);
            });
            upstream->connectToHost(host, quint16(authority.mid(colon + 1).toUInt()));
        });
    }
}
