#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

/// A wss:// echo server (text and binary) in this process (Qt's QWebSocketServer in SecureMode) on
/// 127.0.0.1, with a certificate and key from makeTestPki(): Wsprobe does not trust it, so
/// connecting to it produces certificate errors unless they are ignored.
class TlsEchoServer : public QObject
{
    Q_OBJECT
public:
    explicit TlsEchoServer(QObject *parent = nullptr);
    ~TlsEchoServer() override;

    /// Listens on 127.0.0.1, port 0; false with *error when the files or the port fail.
    bool start(const QString &certificateFile, const QString &keyFile, QString *error);
    QUrl url(const QString &path = QStringLiteral("/echo")) const;

private:
    QWebSocketServer *m_server;
    QList<QWebSocket *> m_clients;
};
