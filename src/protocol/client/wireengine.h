#pragma once

#include <QSslError>
#include <QTimer>

#include "protocol/client/openinghandshake.h"
#include "protocol/frame/framedengine.h"

/// Wsprobe's own RFC 6455 client over QTcpSocket / QSslSocket. Unlike QWebSocket it keeps
/// the exact handshake bytes and every response header, reports server pings and every
/// frame, reports close codes verbatim (1005 for none, 1006 for a drop), waits for the
/// server's Close, validates UTF-8 across frames, and refuses oversized frames on the header.
/// What it shares with the server's end (frames, closing, pings) is FramedEngine; here is
/// the connection itself: TCP, TLS, the proxy, the opening handshake and its redirects.
class WireEngine final : public FramedEngine
{
    Q_OBJECT
public:
    explicit WireEngine(EngineListener *listener, QObject *parent = nullptr);
    ~WireEngine() override;

    EngineKind kind() const override { return EngineKind::Wire; }
    void open(const ConnectionRequest &request) override;
    const HandshakeRecord &handshakeRecord() const override { return m_handshake.record(); }

    /// How long a refused upgrade may take to deliver its body.
    static constexpr int BodyWaitMs = 1000;

private:
    void connectTo(const QUrl &url);
    void onTransportReady();
    void processHandshakeInput() override;
    void finishHandshakeBody();
    void onHandshakeOutcome(OpeningHandshake::Outcome outcome);
    void concludeHandshakeDisconnect() override;
    void onSocketError(QAbstractSocket::SocketError error) override;
    void onHandshakeTimeout() override;
    QString failureText(Failure failure, int code, const QString &violation) const override;
    void releaseSocket() override;

    QUrl m_url; ///< the URL of this attempt (differs from the request's after a redirect)
    int m_redirects = 0;
    OpeningHandshake m_handshake;
    QStringList m_sslErrors;
    QTimer m_bodyTimer;
};
