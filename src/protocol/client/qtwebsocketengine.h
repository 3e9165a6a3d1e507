#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include "protocol/engine.h"
#include "protocol/frame/pingtracker.h"

/// Engine on top of QWebSocket, with a fresh socket per attempt. It works around Qt 6.4
/// defects: a refused handshake leaves the TCP socket open (we abort it), an empty URL path
/// is sent as "GET ?query" (we send "/"), and closeCode() is stale after a TCP drop (we report
/// 1006 when no closing handshake was seen). QWebSocket also closes TCP the moment it has sent
/// a Close, and answers the server's Close and its own protocol errors by itself, without a
/// signal: so the engine writes its own Close frames, takes over those two reactions of
/// QWebSocket's parser, and reads back the bytes the parser consumed (a QIODevice read
/// transaction) to see the Close frame as it was sent. What it still cannot see is listed in
/// docs/events.md.
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
    void closeVerbatim(int code, const QByteArray &reason) override;
    void abort() override;

    static constexpr qint64 ReadBufferBytes = 256 * 1024;

private slots:
    // Connected by signature to QWebSocket's parser, a private class with no public header.
    // The code is taken by reference: Qt stores codes such as 4000 that the enum cannot hold.
    void onParserClose(const QWebSocketProtocol::CloseCode &code, const QString &reason);
    void onParserError(const QWebSocketProtocol::CloseCode &code, const QString &description);

private:
    bool takeOverParser();
    QAbstractSocket *transport() const;
    void onTransportConnected();
    void onConnected();
    void onHandshakeTimeout();
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void concludeDisconnect();
    void onCloseTimeout();
    void onBytesWritten(qint64 bytes);
    void onPong(const QByteArray &payload);
    void onRoundParsed();
    QByteArray takeConsumed();
    void refuseClose(int qtCode, const QString &qtReason, const QByteArray &consumed);
    void sendClose(int code, const QByteArray &reason);
    void sendClosePayload(const QByteArray &payload);
    void failConnection(int code, const QString &violation, const QString &hint = {});
    void fail(const QString &message);
    void end(int code, const QString &reason, bool wasClean);
    bool closing() const { return m_closeReceived || m_failCode != 0; }
    void adjustReadBuffer(QAbstractSocket *tcp);
    void enqueue(qint64 payloadBytes, bool isControl);
    void release() override;

    QWebSocket *m_socket = nullptr;
    QTimer m_handshakeTimer;
    QTimer m_closeTimer;
    ConnectionRequest m_request;
    bool m_parserTaken = false;
    bool m_transportUp = false;
    bool m_opened = false;
    bool m_errorReported = false;
    bool m_concludeQueued = false;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    int m_receivedCode = 1005;
    QString m_receivedReason;
    int m_failCode = 0;
    QString m_failReason;
    QString m_tlsErrors;
    PingTracker m_pings;
};
