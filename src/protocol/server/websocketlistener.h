#pragma once

#include <deque>
#include <memory>

#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include "protocol/server/serverconfig.h"

class QTcpServer;
class ServerEngine;

/// Listens for WebSocket clients (ws:// or wss://) as a ServerConfig says, and hands each
/// accepted connection out as a ServerEngine that has read nothing yet. Typical use:
///
///     connect(&listener, &WebSocketListener::clientPending, [&] {
///         std::unique_ptr<ServerEngine> engine = listener.nextPendingClient();
///         engine->setListener(myListener);
///         engine->start();   // or open(request) with per-connection options
///     });
///
/// Errors are specific: the port in use, each kind of bad certificate or key file.
class WebSocketListener : public QObject
{
    Q_OBJECT
public:
    explicit WebSocketListener(QObject *parent = nullptr);
    ~WebSocketListener() override;

    /// Starts listening; false with a specific *error (port in use, bad address, TLS files).
    bool listen(const ServerConfig &config, QString *error);
    /// Stops accepting; engines already handed out go on.
    void close();
    bool isListening() const;
    /// The port actually listened on (the chosen one when the config said 0).
    quint16 port() const;
    /// ws://127.0.0.1:PORT/path (wss:// with TLS; an IPv6 address in brackets); path may
    /// carry a query ("/chat?room=1").
    QUrl url(const QString &path = QStringLiteral("/")) const;
    const ServerConfig &config() const { return m_config; }
    /// Changes the policy for clients accepted from now on (paths, subprotocols, deflate,
    /// limits, faults); the address, port and TLS stay as listened.
    void setPolicy(const ServerConfig &config);

    /// wss: the certificate the server presents, and its SHA-256 fingerprint
    /// ("AB:CD:…", as browsers show it) so that a user can check what a client sees.
    QSslCertificate certificate() const { return m_tls.localCertificate(); }
    QString certificateFingerprint() const;

    /// The oldest accepted client not yet taken, or null. A client not taken stays unread;
    /// at most MaxPendingClients wait, later ones are dropped (a slow consumer cannot make
    /// the server hold unbounded sockets).
    std::unique_ptr<ServerEngine> nextPendingClient();
    bool hasPendingClients() const { return !m_pending.empty(); }
    static constexpr int MaxPendingClients = 128;

signals:
    /// A client connected: take it with nextPendingClient().
    void clientPending();
    /// A connection could not be accepted (too many pending, a socket error).
    void acceptError(const QString &message);

private:
    void accept(qintptr descriptor);

    class TcpServer;
    std::unique_ptr<TcpServer> m_server;
    ServerConfig m_config;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    std::deque<std::unique_ptr<ServerEngine>> m_pending;
};
