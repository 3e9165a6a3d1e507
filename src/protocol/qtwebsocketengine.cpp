#include "protocol/qtwebsocketengine.h"

#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QWebSocketHandshakeOptions>

#include "protocol/requestvalidator.h"
#include "protocol/tlsconfig.h"

namespace {

qint64 frameHeaderBytes(qint64 payload)
{
    // 2 bytes of flags/length, 4 bytes of mask (clients always mask), extended length.
    const qint64 extended = payload <= 125 ? 0 : (payload <= 0xffff ? 2 : 8);
    return 2 + 4 + extended;
}

} // namespace

QtWebSocketEngine::QtWebSocketEngine(EngineListener *listener, QObject *parent)
    : Engine(listener, parent)
{
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &QtWebSocketEngine::onHandshakeTimeout);
}

QtWebSocketEngine::~QtWebSocketEngine()
{
    release();
}

void QtWebSocketEngine::open(const ConnectionRequest &request)
{
    release();
    m_request = request;
    m_opened = m_closingHandshake = m_failed = false;
    m_tlsErrors.clear();

    m_socket = new QWebSocket(request.origin, QWebSocketProtocol::VersionLatest, this);
    // QWebSocket parses everything buffered in one go; a bounded buffer keeps a flood from
    // holding the event loop (and so the window) for more than a few milliseconds.
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_socket->setMaxAllowedIncomingMessageSize(
        quint64(std::max<qint64>(1, request.maxMessageSize)));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(std::max<qint64>(1, request.maxFrameSize)));
    if (request.outgoingFrameSize > 0)
        m_socket->setOutgoingFrameSize(quint64(request.outgoingFrameSize));
    connect(m_socket, &QWebSocket::connected, this, &QtWebSocketEngine::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &QtWebSocketEngine::onDisconnected);
    connect(m_socket, &QWebSocket::aboutToClose, this, &QtWebSocketEngine::onAboutToClose);
    connect(m_socket, &QWebSocket::bytesWritten, this, &QtWebSocketEngine::onBytesWritten);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, &QtWebSocketEngine::onError);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &QtWebSocketEngine::onError);
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (EngineListener *l = listener())
            l->engineMessage(text.toUtf8(), true, -1);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        if (EngineListener *l = listener())
            l->engineMessage(data, false, -1);
    });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64 elapsed, const QByteArray &p) {
        if (EngineListener *l = listener())
            l->enginePong(qint64(elapsed), p);
    });

    if (request.url.scheme() == QLatin1String("wss")) {
        QSslConfiguration config;
        QString error;
        if (!TlsConfig::build(request, &config, &error)) {
            m_failed = true;
            if (EngineListener *l = listener())
                l->engineFailed(error);
            scheduleFinish(1006, QString(), false);
            release();
            return;
        }
        m_socket->setSslConfiguration(config);
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (m_request.ignoreTlsErrors) {
                m_socket->ignoreSslErrors(errors);
                if (EngineListener *l = listener())
                    l->engineTlsErrorsIgnored(TlsConfig::describeErrorList(errors));
            } else {
                m_tlsErrors = TlsConfig::describeErrors(errors);
            }
        });
    }
    QNetworkProxy proxy;
    RequestValidator::parseProxy(request.proxy, request.url, &proxy);
    m_socket->setProxy(proxy);
    QNetworkRequest networkRequest(RequestValidator::normalizedUrl(request.url));
    for (const HeaderField &h : request.headers)
        networkRequest.setRawHeader(h.name, h.value);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(request.subprotocols);
    m_socket->open(networkRequest, options);
    if (request.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(request.handshakeTimeoutMs);

    // QWebSocket only parses a frame once all of it is buffered, so a frame larger than the
    // read buffer would never arrive. Its TCP socket is its child: watch it, after
    // QWebSocket's own (queued) reader has run, and grow the buffer while a frame is stuck.
    if (auto *tcp = m_socket->findChild<QAbstractSocket *>()) {
        connect(
            tcp, &QIODevice::readyRead, this, [this, tcp] { adjustReadBuffer(tcp); },
            Qt::QueuedConnection);
    }
}

void QtWebSocketEngine::adjustReadBuffer(QAbstractSocket *tcp)
{
    if (!m_socket)
        return;
    const qint64 limit = m_socket->readBufferSize();
    const qint64 available = tcp->bytesAvailable();
    if (available >= limit)
        m_socket->setReadBufferSize(limit * 2); // a large frame is waiting: make room
    else if (limit > ReadBufferBytes && available < ReadBufferBytes)
        m_socket->setReadBufferSize(ReadBufferBytes);
}

qint64 QtWebSocketEngine::sendText(const QByteArray &utf8)
{
    enqueue(utf8.size(), false);
    m_socket->sendTextMessage(QString::fromUtf8(utf8)); // QWebSocket's API speaks UTF-16
    return -1;
}

qint64 QtWebSocketEngine::sendBinary(const QByteArray &data)
{
    enqueue(data.size(), false);
    m_socket->sendBinaryMessage(data);
    return -1;
}

void QtWebSocketEngine::ping(const QByteArray &payload)
{
    enqueue(payload.size(), true);
    m_socket->ping(payload);
}

void QtWebSocketEngine::close(int code, const QString &reason)
{
    enqueue(2 + reason.toUtf8().size(), true);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void QtWebSocketEngine::abort()
{
    abandon();
}

void QtWebSocketEngine::release()
{
    m_handshakeTimer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void QtWebSocketEngine::onHandshakeTimeout()
{
    if (m_opened || finished())
        return;
    // A peer that accepts TCP but never answers (or speaks plain HTTP to a TLS hello) would
    // otherwise leave the connection CONNECTING forever.
    m_failed = true;
    const QUrl &url = m_request.url;
    const QString message = tr("No WebSocket handshake from %1:%2 within %3 ms; gave up.")
                                .arg(url.host())
                                .arg(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80))
                                .arg(m_request.handshakeTimeoutMs);
    if (EngineListener *l = listener())
        l->engineFailed(message);
    scheduleFinish(1006, QString(), false);
    release();
}

void QtWebSocketEngine::onConnected()
{
    m_handshakeTimer.stop();
    m_opened = true;
    if (EngineListener *l = listener())
        l->engineOpened(m_socket->subprotocol(), QString());
}

void QtWebSocketEngine::onAboutToClose()
{
    if (m_closingHandshake || finished())
        return;
    m_closingHandshake = true;
    if (EngineListener *l = listener())
        l->engineClosing();
}

void QtWebSocketEngine::onError(QAbstractSocket::SocketError error)
{
    // Once a close handshake is under way, the TCP teardown is expected, not a failure.
    if (finished() || m_closingHandshake)
        return;
    m_failed = true;
    const QString message =
        describeSocketError(error, m_socket->errorString(), m_request.url, m_opened);
    if (EngineListener *l = listener())
        l->engineFailed(message);
    if (!m_opened || m_socket->state() == QAbstractSocket::UnconnectedState) {
        // Qt 6.4 keeps the TCP connection of a refused handshake open: drop it ourselves.
        scheduleFinish(1006, QString(), false);
        release();
    }
}

void QtWebSocketEngine::onDisconnected()
{
    if (finished())
        return;
    if (m_closingHandshake && !m_failed) {
        // closeCode() holds the peer's code when it closed first, ours otherwise.
        scheduleFinish(m_socket->closeCode(), m_socket->closeReason(), true);
    } else {
        // QWebSocket reports a refused or dropped connection as disconnected() first and the
        // error() that explains it just after: the deferred close lets the error come first.
        scheduleFinish(1006, QString(), false);
    }
}

void QtWebSocketEngine::onBytesWritten(qint64 bytes)
{
    networkWrote(bytes);
}

void QtWebSocketEngine::enqueue(qint64 payloadBytes, bool isControl)
{
    qint64 wire = payloadBytes;
    if (isControl) {
        wire += frameHeaderBytes(payloadBytes);
    } else {
        // QWebSocket splits large messages into frames of outgoingFrameSize() bytes.
        const qint64 frameSize = qint64(m_socket->outgoingFrameSize());
        qint64 left = payloadBytes;
        do {
            const qint64 chunk = std::min(left, frameSize);
            wire += frameHeaderBytes(chunk);
            left -= chunk;
        } while (left > 0);
    }
    queueWrite(wire, isControl ? 0 : payloadBytes);
}
