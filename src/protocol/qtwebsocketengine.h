#pragma once

#include <deque>

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include "protocol/engine.h"

/// Engine on top of QWebSocket, with a fresh socket per attempt. It works around Qt 6.4
/// defects: a refused handshake leaves the TCP socket open (we abort it), an empty URL path
/// is sent as "GET ?query" (we send "/"), and closeCode() is stale after a TCP drop (we report
/// 1006 when no closing handshake was seen).
class QtWebSocketEngine final : public Engine
{
    Q_OBJECT
public:
    explicit QtWebSocketEngine(EngineListener *listener, QObject *parent = nullptr);
    ~QtWebSocketEngine() override;

    EngineKind kind() const override { return EngineKind::QtWebSockets; }
    void open(const ConnectionRequest &request) override;
    qint64 sendText(const QByteArray &utf8) override;
    qint64 sendBinary(const QByteArray &data) override;
    void ping(const QByteArray &payload) override;
    void close(int code, const QString &reason) override;
    void abort() override;

    static constexpr qint64 ReadBufferBytes = 256 * 1024;

private:
    void onConnected();
    void onHandshakeTimeout();
    void onError(QAbstractSocket::SocketError error);
    void onAboutToClose();
    void onDisconnected();
    void onBytesWritten(qint64 bytes);
    void adjustReadBuffer(QAbstractSocket *tcp);
    void enqueue(qint64 payloadBytes, bool isControl);
    void release() override;

    QWebSocket *m_socket = nullptr;
    QTimer m_handshakeTimer;
    ConnectionRequest m_request;
    bool m_opened = false;
    bool m_closingHandshake = false;
    bool m_failed = false;
    QString m_tlsErrors;
};
