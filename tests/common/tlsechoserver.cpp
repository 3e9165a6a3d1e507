#include "common/tlsechoserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>

TlsEchoServer::TlsEchoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("tls-echo"), QWebSocketServer::SecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            m_clients << socket;
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &data) { socket->sendBinaryMessage(data); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clients.removeAll(socket);
                socket->deleteLater();
            });
        }
    });
}

TlsEchoServer::~TlsEchoServer() = default;

bool TlsEchoServer::start(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
    config.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (config.localCertificate().isNull() || config.privateKey().isNull()) {
        *error = QStringLiteral("%1 or %2 is not a PEM certificate and EC key")
                     .arg(certificateFile, keyFile);
        return false;
    }
    m_server->setSslConfiguration(config);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl TlsEchoServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}
