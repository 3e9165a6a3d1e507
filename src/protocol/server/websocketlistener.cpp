#include "protocol/server/websocketlistener.h"

#include <QSslSocket>
#include <QTcpServer>

#include "protocol/server/serverengine.h"
#include "protocol/server/servertls.h"

/// QTcpServer hands over descriptors, so that each becomes a QSslSocket or QTcpSocket as the
/// config says, and the engine owns it from the start.
class WebSocketListener::TcpServer : public QTcpServer
{
public:
    explicit TcpServer(WebSocketListener *owner)
        : m_owner(owner)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->accept(descriptor); }

private:
    WebSocketListener *m_owner;
};

WebSocketListener::WebSocketListener(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<TcpServer>(this))
{
}

WebSocketListener::~WebSocketListener() = default;

bool WebSocketListener::listen(const ServerConfig &config, QString *error)
{
    close();
    m_config = config;
    m_useTls = config.tls || config.selfSigned;
    if (m_useTls && !ServerTls::build(config, &m_tls, error))
        return false;
    if (!m_useTls)
        m_tls = QSslConfiguration();
    if (!m_server->listen(config.address, config.port)) {
        const QString where =
            QStringLiteral("%1:%2").arg(config.address.toString()).arg(config.port);
        switch (m_server->serverError()) {
        case QAbstractSocket::AddressInUseError:
            *error = tr("Cannot listen on %1: the port is already in use by another program.")
                         .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            *error = tr("Cannot listen on %1: this machine has no such address.").arg(where);
            break;
        case QAbstractSocket::SocketAccessError:
            *error = tr("Cannot listen on %1: permission denied (ports below 1024 need "
                        "privileges).")
                         .arg(where);
            break;
        default:
            *error = tr("Cannot listen on %1: %2").arg(where, m_server->errorString());
            break;
        }
        return false;
    }
    return true;
}

void WebSocketListener::close()
{
    m_server->close();
}

bool WebSocketListener::isListening() const
{
    return m_server->isListening();
}

quint16 WebSocketListener::port() const
{
    return m_server->serverPort();
}

QUrl WebSocketListener::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_useTls ? QStringLiteral("wss") : QStringLiteral("ws"));
    const QHostAddress address = m_server->serverAddress();
    u.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                  ? QStringLiteral("127.0.0.1")
              : address == QHostAddress::AnyIPv6 ? QStringLiteral("::1")
                                                 : address.toString());
    u.setPort(port());
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    u.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return u;
}

void WebSocketListener::setPolicy(const ServerConfig &config)
{
    ServerConfig next = config;
    next.address = m_config.address;
    next.port = m_config.port;
    next.tls = m_config.tls;
    next.selfSigned = m_config.selfSigned;
    next.certFile = m_config.certFile;
    next.keyFile = m_config.keyFile;
    next.keyPassphrase = m_config.keyPassphrase;
    next.selfSignedDir = m_config.selfSignedDir;
    m_config = next;
}

QString WebSocketListener::certificateFingerprint() const
{
    return ServerTls::fingerprint(certificate());
}

std::unique_ptr<ServerEngine> WebSocketListener::nextPendingClient()
{
    if (m_pending.empty())
        return nullptr;
    std::unique_ptr<ServerEngine> engine = std::move(m_pending.front());
    m_pending.pop_front();
    engine->setParent(nullptr);
    return engine;
}

void WebSocketListener::accept(qintptr descriptor)
{
    QTcpSocket *socket = m_useTls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        emit acceptError(tr("Could not accept a connection: %1").arg(socket->errorString()));
        delete socket;
        return;
    }
    if (m_pending.size() >= MaxPendingClients) {
        emit acceptError(tr("Dropped a connection from %1: %2 clients are already waiting to be "
                            "served.")
                             .arg(socket->peerAddress().toString())
                             .arg(MaxPendingClients));
        socket->abort();
        delete socket;
        return;
    }
    if (m_useTls)
        static_cast<QSslSocket *>(socket)->setSslConfiguration(m_tls);
    m_pending.push_back(std::make_unique<ServerEngine>(socket, m_config, this));
    emit clientPending();
}
