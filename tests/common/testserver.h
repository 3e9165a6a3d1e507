#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QObject>

#include "common/connectionspy.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "protocol/server/serverengine.h"
#include "protocol/server/websocketlistener.h"

/// A WebSocketListener on 127.0.0.1 whose clients each become a Connection over their
/// ServerEngine — as serve mode holds them, proving the connection layer takes a server's
/// engine unchanged — with a ConnectionSpy recording what the server saw.
class TestServer : public QObject
{
    Q_OBJECT
public:
    explicit TestServer(const ServerConfig &config = ServerConfig(), QObject *parent = nullptr);
    ~TestServer() override;

    /// QFAIL-friendly: false with the listener's error in *error.
    bool listen(QString *error = nullptr);
    QUrl url(const QString &path = QStringLiteral("/")) const { return listener.url(path); }

    struct Client
    {
        std::unique_ptr<Connection> connection;
        std::unique_ptr<ConnectionSpy> spy;
        ServerEngine *engine = nullptr; ///< owned by connection
    };
    bool waitForClients(int count, int timeoutMs = 10000);
    Client &client(int i = 0) { return *m_clients.at(size_t(i)); }
    int clientCount() const { return int(m_clients.size()); }

    ServerConfig config;
    WebSocketListener listener;
    /// Per-connection options handed to each engine's open() (reportFrames, autoPong, …).
    ConnectionRequest options;
    /// Echo every message back through the Connection API.
    bool echo = false;
    /// Runs on each engine before it is opened (to set faults, pause reading…).
    std::function<void(ServerEngine *)> beforeOpen;
    /// Runs when a client's connection is open (to close it, misbehave…).
    std::function<void(Client &)> onOpen;

private:
    void take();

    SystemClock m_clock;
    std::vector<std::unique_ptr<Client>> m_clients;
};
