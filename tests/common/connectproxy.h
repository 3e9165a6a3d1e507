#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QTcpServer>

/// A minimal HTTP CONNECT proxy on 127.0.0.1 for the tests: it tunnels to the requested
/// loopback address, or refuses every request with a given status line.
class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    explicit ConnectProxy(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// Answer every CONNECT with this status line instead of tunnelling.
    void refuseWith(const QByteArray &statusLine) { m_refusal = statusLine; }
    QByteArrayList requestLines() const { return m_requests; }

private:
    void onConnection();

    QTcpServer m_server;
    QByteArray m_refusal;
    QByteArrayList m_requests;
};
