#include "protocol/engine.h"

#include <QTimer>
#include <QUrl>

#include "protocol/client/qtwebsocketengine.h"
#include "protocol/client/wireengine.h"

EngineListener::~EngineListener() = default;

Engine::Engine(EngineListener *listener, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
{
}

Engine::~Engine() = default;

void Engine::closeVerbatim(int code, const QByteArray &reason)
{
    close(code, QString::fromUtf8(reason));
}

void Engine::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused)
        return;
    m_readingPaused = paused;
    if (!paused && !m_finishScheduled)
        readingResumed();
}

void Engine::setListener(EngineListener *listener)
{
    if (!m_finished)
        m_listener = listener;
}

QString Engine::sendRawFrames(const QList<RawFrame> &)
{
    return tr("Raw frames need Wsprobe's own engine: QWebSocket writes only the frames it "
              "builds itself. Choose the wire engine (--engine wire, or Engine in the "
              "connection panel) and connect again.");
}

void Engine::abandon()
{
    m_finishScheduled = m_finished = true;
    m_listener = nullptr;
    release();
}

void Engine::scheduleFinish(int code, const QString &reason, bool wasClean)
{
    if (m_finishScheduled)
        return;
    m_finishScheduled = true;
    QTimer::singleShot(0, this, [this, code, reason, wasClean] { finish(code, reason, wasClean); });
}

void Engine::finish(int code, const QString &reason, bool wasClean)
{
    if (m_finished)
        return;
    m_finished = true;
    release();
    const bool hadBuffered = m_queue.bufferedAmount() != 0;
    m_queue.clear();
    if (hadBuffered && m_listener)
        m_listener->engineBufferedAmountChanged(0);
    if (m_listener)
        m_listener->engineClosed(code, reason, wasClean);
}

void Engine::queueWrite(qint64 wireBytes, qint64 appBytes)
{
    if (m_queue.push(wireBytes, appBytes) && m_listener)
        m_listener->engineBufferedAmountChanged(m_queue.bufferedAmount());
}

void Engine::networkWrote(qint64 bytes)
{
    if (m_queue.written(bytes) && m_listener)
        m_listener->engineBufferedAmountChanged(m_queue.bufferedAmount());
}

std::unique_ptr<Engine> createEngine(EngineKind kind, EngineListener *listener)
{
    switch (kind) {
    case EngineKind::QtWebSockets:
        return std::make_unique<QtWebSocketEngine>(listener);
    case EngineKind::Wire:
        break;
    }
    return std::make_unique<WireEngine>(listener);
}

QString Engine::describeSocketError(QAbstractSocket::SocketError error, const QString &detail,
                                    const QUrl &url, bool handshakeDone)
{
    const QString host = url.host();
    const int port = url.port(url.scheme() == QLatin1String("wss") ? 443 : 80);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        if (detail.contains(QLatin1String("status"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("handshake"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("Accept"), Qt::CaseInsensitive)) {
            return tr("The server at %1:%2 rejected the WebSocket handshake: %3")
                .arg(host)
                .arg(port)
                .arg(detail);
        }
        return tr("Connection refused by %1:%2: no server is listening there, or a firewall "
                  "refused the connection.")
            .arg(host)
            .arg(port);
    case QAbstractSocket::HostNotFoundError:
        return tr("The host \"%1\" was not found (DNS lookup failed).").arg(host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("Timed out while connecting to %1:%2.").arg(host).arg(port);
    case QAbstractSocket::RemoteHostClosedError:
        if (handshakeDone)
            return tr("The server closed the TCP connection without a closing handshake.");
        return tr("The server at %1:%2 closed the connection during the opening handshake.")
            .arg(host)
            .arg(port);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: {
        QString text =
            tr("The TLS handshake with %1:%2 failed: %3").arg(host).arg(port).arg(detail);
        // OpenSSL's words when the first bytes back are not a TLS record, typically a plain
        // HTTP server's "400 Bad Request": its text alone does not say what to change.
        if (detail.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("packet length too long"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("http request"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("unknown protocol"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("record layer failure"), Qt::CaseInsensitive)) {
            QUrl plain = url;
            plain.setScheme(QStringLiteral("ws"));
            plain.setPort(port); // the server is there, not on ws://'s default port
            text += QLatin1Char(' ')
                    + tr("The server did not answer TLS; is it a ws:// server? Try %1.")
                          .arg(plain.toString());
        }
        return text;
    }
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return tr("Proxy error: %1").arg(detail);
    case QAbstractSocket::NetworkError:
        return tr("Network error talking to %1:%2: %3").arg(host).arg(port).arg(detail);
    default:
        break;
    }
    return tr("Connection error with %1:%2: %3").arg(host).arg(port).arg(detail);
}
