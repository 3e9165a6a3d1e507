#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

/// A built-in WebSocket server on loopback, so that a newcomer with no network sees live
/// traffic at once. Paths: /echo echoes every message, /ticker sends a JSON quote every
/// 500 ms, /binary sends a binary frame every second. Any other path is closed with 4404.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free one. Returns false with errorString() set.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    /// ws://127.0.0.1:<port><path>
    QUrl url(const QString &path = QStringLiteral("/echo")) const;

    static constexpr int TickerIntervalMs = 500;
    static constexpr int BinaryIntervalMs = 1000;
    static constexpr int UnknownPathCloseCode = 4404;

signals:
    void clientCountChanged(int count);

private:
    void onNewConnection();
    void startTicker(QWebSocket *socket);
    void startBinary(QWebSocket *socket);

    QWebSocketServer *m_server = nullptr;
    QString m_error;
    int m_clients = 0;
};
