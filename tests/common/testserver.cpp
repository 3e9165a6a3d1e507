#include "common/testserver.h"

#include <QTest>

TestServer::TestServer(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , config(config)
{
    options.closeTimeoutMs = 2000;
    connect(&listener, &WebSocketListener::clientPending, this, &TestServer::take);
}

TestServer::~TestServer() = default;

bool TestServer::listen(QString *error)
{
    QString e;
    const bool ok = listener.listen(config, &e);
    if (error)
        *error = e;
    return ok;
}

bool TestServer::waitForClients(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return clientCount() >= count; }, timeoutMs);
}

void TestServer::take()
{
    while (std::unique_ptr<ServerEngine> engine = listener.nextPendingClient()) {
        auto client = std::make_unique<Client>();
        client->engine = engine.get();
        client->connection = std::make_unique<Connection>(m_clock);
        client->spy = std::make_unique<ConnectionSpy>(client->connection.get());
        if (beforeOpen)
            beforeOpen(engine.get());
        // The factory hands over the engine that was accepted; Connection opens it.
        auto held = std::make_shared<std::unique_ptr<ServerEngine>>(std::move(engine));
        client->connection->setEngineFactory(
            [held](EngineKind, EngineListener *l) -> std::unique_ptr<Engine> {
                (*held)->setListener(l);
                return std::move(*held);
            });
        Connection *connection = client->connection.get();
        if (echo) {
            connect(connection, &Connection::messageReceived, connection,
                    [connection](const QByteArray &payload, bool isText) {
                        if (isText)
                            connection->sendText(payload);
                        else
                            connection->sendBinary(payload);
                    });
        }
        Client *raw = client.get();
        connect(connection, &Connection::opened, connection, [this, raw] {
            if (onOpen)
                onOpen(*raw);
        });
        ConnectionRequest request = options;
        request.url = listener.url(QStringLiteral("/"));
        connection->open(request);
        m_clients.push_back(std::move(client));
    }
}
