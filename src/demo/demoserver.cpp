#include "demo/demoserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtEndian>

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start(quint16 port)
{
    stop();
    m_server = new QWebSocketServer(QStringLiteral("Wsprobe demo server"),
                                    QWebSocketServer::NonSecureMode, this);
    m_server->setSupportedSubprotocols({QStringLiteral("wsprobe.demo.v1"), QStringLiteral("chat")});
    connect(m_server, &QWebSocketServer::newConnection, this, &DemoServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("The demo server could not listen on 127.0.0.1:%1: %2")
                      .arg(port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_error.clear();
    return true;
}

void DemoServer::stop()
{
    if (!m_server)
        return;
    // Client sockets are the server's children and go with it; silence them first so that
    // their disconnected() does not call back into a half-destroyed server.
    const auto sockets = m_server->findChildren<QWebSocket *>();
    for (QWebSocket *socket : sockets)
        socket->disconnect(this);
    m_server->close();
    delete m_server;
    m_server = nullptr;
    if (m_clients != 0) {
        m_clients = 0;
        emit clientCountChanged(0);
    }
}

bool DemoServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 DemoServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl DemoServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("ws"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

void DemoServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        ++m_clients;
        emit clientCountChanged(m_clients);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            --m_clients;
            emit clientCountChanged(m_clients);
            socket->deleteLater();
        });
        const QString path = socket->requestUrl().path();
        if (path == QLatin1String("/echo") || path.isEmpty() || path == QLatin1String("/")) {
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &m) { socket->sendTextMessage(m); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &m) { socket->sendBinaryMessage(m); });
        } else if (path == QLatin1String("/ticker")) {
            startTicker(socket);
        } else if (path == QLatin1String("/binary")) {
            startBinary(socket);
        } else {
            socket->close(QWebSocketProtocol::CloseCode(UnknownPathCloseCode),
                          tr("Unknown path %1: try /echo, /ticker or /binary").arg(path));
        }
    }
}

void DemoServer::startTicker(QWebSocket *socket)
{
    auto *timer = new QTimer(socket);
    auto seq = std::make_shared<qint64>(0);
    auto price = std::make_shared<double>(100.0);
    connect(timer, &QTimer::timeout, socket, [socket, seq, price] {
        *price += (QRandomGenerator::global()->generateDouble() - 0.5);
        QJsonObject quote;
        quote.insert(QStringLiteral("seq"), ++*seq);
        quote.insert(QStringLiteral("symbol"), QStringLiteral("WSP"));
        quote.insert(QStringLiteral("price"), qRound(*price * 100) / 100.0);
        quote.insert(QStringLiteral("time"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(quote).toJson(QJsonDocument::Compact)));
    });
    timer->start(TickerIntervalMs);
}

void DemoServer::startBinary(QWebSocket *socket)
{
    auto *timer = new QTimer(socket);
    auto seq = std::make_shared<quint32>(0);
    connect(timer, &QTimer::timeout, socket, [socket, seq] {
        // An 8-byte big-endian sequence number followed by a recognisable byte ramp.
        QByteArray frame(8, '\0');
        qToBigEndian<quint64>(++*seq, frame.data());
        for (int i = 0; i < 24; ++i)
            frame.append(char((*seq + i) & 0xff));
        socket->sendBinaryMessage(frame);
    });
    timer->start(BinaryIntervalMs);
}
