#include "protocol/client/qtwebsocketengine.h"

#include <cstring>

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QWebSocketHandshakeOptions>
#include <QtEndian>

#include "protocol/frame/framecodec.h"
#include "protocol/frame/utf8validator.h"
#include "protocol/requestvalidator.h"
#include "protocol/tlsconfig.h"

namespace {

qint64 frameHeaderBytes(qint64 payload)
{
    // 2 bytes of flags/length, 4 bytes of mask (clients always mask), extended length.
    const qint64 extended = payload <= 125 ? 0 : (payload <= 0xffff ? 2 : 8);
    return 2 + 4 + extended;
}

QByteArray closePayload(int code, const QByteArray &reason)
{
    if (code == 1005)
        return {}; // "no code": an empty Close
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    return payload + reason;
}

/// Where the Close frame that ends `bytes` starts, written unmasked (maskBytes 0) or masked
/// (maskBytes 4); -1 when none plausibly does.
qsizetype trailingCloseHeader(const QByteArray &bytes, int maskBytes)
{
    for (qsizetype n = 0; n <= 125; ++n) {
        const qsizetype header = bytes.size() - n - 2 - maskBytes;
        if (header < 0)
            break;
        const quint8 length = quint8(n | (maskBytes ? 0x80 : 0));
        if (quint8(bytes[header]) == 0x88 && quint8(bytes[header + 1]) == length)
            return header;
    }
    return -1;
}

/// The number in a CloseCode that Qt made from any 16-bit value, read without loading it as
/// the enum (whose range ends at 2047).
int closeCodeValue(const QWebSocketProtocol::CloseCode &code)
{
    static_assert(sizeof(QWebSocketProtocol::CloseCode) == sizeof(int));
    int value = 0;
    std::memcpy(&value, &code, sizeof value);
    return value;
}

/// Qt's descriptions end with a full stop; Wsprobe's messages put them mid-sentence.
QString withoutFinalStop(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QtWebSocketEngine::QtWebSocketEngine(EngineListener *listener, QObject *parent)
    : Engine(listener, parent)
{
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &QtWebSocketEngine::onHandshakeTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &QtWebSocketEngine::onCloseTimeout);
}

QtWebSocketEngine::~QtWebSocketEngine()
{
    release();
}

void QtWebSocketEngine::open(const ConnectionRequest &request)
{
    release();
    m_request = request;
    m_parserTaken = m_transportUp = m_opened = m_errorReported = m_concludeQueued = false;
    m_closeSent = m_closeReceived = false;
    m_receivedCode = 1005;
    m_receivedReason.clear();
    m_failCode = 0;
    m_failReason.clear();
    m_tlsErrors.clear();
    m_pings.clear();

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
    connect(m_socket, &QWebSocket::bytesWritten, this, &QtWebSocketEngine::onBytesWritten);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, &QtWebSocketEngine::onError);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &QtWebSocketEngine::onError);
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        EngineListener *l = listener();
        if (l && !closing())
            l->engineMessage(text.toUtf8(), true, -1);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        EngineListener *l = listener();
        if (l && !closing())
            l->engineMessage(data, false, -1);
    });
    connect(m_socket, &QWebSocket::pong, this,
            [this](quint64, const QByteArray &payload) { onPong(payload); });

    if (request.url.scheme() == QLatin1String("wss")) {
        QSslConfiguration config;
        QString error;
        if (!TlsConfig::build(request, &config, &error)) {
            fail(error);
            end(1006, QString(), false);
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
    if (!m_socket)
        return; // open() refused the request at once, and onError() ended the attempt
    if (request.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(request.handshakeTimeoutMs);
    m_parserTaken = takeOverParser();

    if (QAbstractSocket *tcp = transport()) {
        connect(tcp, &QAbstractSocket::connected, this, &QtWebSocketEngine::onTransportConnected);
        // Runs after QWebSocket's own reader, which was connected first.
        connect(tcp, &QIODevice::readyRead, this, &QtWebSocketEngine::onRoundParsed);
        // QWebSocket only parses a frame once all of it is buffered, so a frame larger than the
        // read buffer would never arrive. Watch the socket after QWebSocket's reader has run,
        // and grow the buffer while a frame is stuck.
        connect(
            tcp, &QIODevice::readyRead, this, [this, tcp] { adjustReadBuffer(tcp); },
            Qt::QueuedConnection);
    }
}

bool QtWebSocketEngine::takeOverParser()
{
    // QWebSocket's parser (QWebSocketDataProcessor, its child in Qt 6.4 to 6.8) has a signal for a
    // received Close and one for a protocol error; QWebSocket answers both by writing a Close
    // and closing TCP at once, and tells nobody. Taking them over lets the engine wait for the
    // server's answer to its own Close, and report a failure as a failure.
    for (QObject *child : m_socket->children()) {
        const QMetaObject *meta = child->metaObject();
        if (meta->indexOfSignal("closeReceived(QWebSocketProtocol::CloseCode,QString)") < 0
            || meta->indexOfSignal("errorEncountered(QWebSocketProtocol::CloseCode,QString)") < 0)
            continue;
        const bool close =
            disconnect(child, SIGNAL(closeReceived(QWebSocketProtocol::CloseCode, QString)),
                       m_socket, nullptr);
        const bool error =
            disconnect(child, SIGNAL(errorEncountered(QWebSocketProtocol::CloseCode, QString)),
                       m_socket, nullptr);
        if (close)
            connect(child, SIGNAL(closeReceived(QWebSocketProtocol::CloseCode, QString)), this,
                    SLOT(onParserClose(QWebSocketProtocol::CloseCode, QString)));
        if (error)
            connect(child, SIGNAL(errorEncountered(QWebSocketProtocol::CloseCode, QString)), this,
                    SLOT(onParserError(QWebSocketProtocol::CloseCode, QString)));
        return close && error;
    }
    return false;
}

QAbstractSocket *QtWebSocketEngine::transport() const
{
    return m_socket ? m_socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly)
                    : nullptr;
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
    m_pings.sent(payload);
    enqueue(payload.size(), true);
    m_socket->ping(payload);
}

void QtWebSocketEngine::onPong(const QByteArray &payload)
{
    // QWebSocket's pong() carries the time since its last ping, answered or not: only a pong
    // that matches one of our pings has a round trip.
    const qint64 rtt = m_pings.answered(payload);
    EngineListener *l = listener();
    if (l && !closing())
        l->enginePong(rtt, payload);
}

void QtWebSocketEngine::close(int code, const QString &reason)
{
    if (!m_socket || m_closeSent)
        return;
    if (!m_parserTaken) {
        // QWebSocket closes TCP right after its Close; concludeDisconnect() says so.
        enqueue(2 + reason.toUtf8().size(), true);
        m_closeSent = true;
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
        return;
    }
    sendClose(code, reason.toUtf8());
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void QtWebSocketEngine::closeVerbatim(int code, const QByteArray &reason)
{
    if (!m_socket || m_closeSent)
        return;
    if (!m_parserTaken) {
        Engine::closeVerbatim(code, reason);
        return;
    }
    // Testing mode: the code as given, even 1005 (which close() takes for "no code").
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    sendClosePayload(payload + reason);
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void QtWebSocketEngine::sendClose(int code, const QByteArray &reason)
{
    sendClosePayload(closePayload(code, reason));
}

void QtWebSocketEngine::sendClosePayload(const QByteArray &payload)
{
    QAbstractSocket *tcp = transport();
    if (!tcp)
        return;
    const QByteArray frame = FrameCodec::encode(FrameCodec::Close, payload, true, false,
                                                QRandomGenerator::global()->generate());
    m_closeSent = true;
    queueWrite(frame.size(), 0);
    tcp->write(frame);
}

void QtWebSocketEngine::abort()
{
    abandon();
}

void QtWebSocketEngine::release()
{
    m_handshakeTimer.stop();
    m_closeTimer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (QAbstractSocket *tcp = transport())
        tcp->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void QtWebSocketEngine::onHandshakeTimeout()
{
    if (m_opened || finishScheduled())
        return;
    // A peer that accepts TCP but never answers (or speaks plain HTTP to a TLS hello) would
    // otherwise leave the connection CONNECTING forever.
    const QUrl &url = m_request.url;
    fail(tr("No WebSocket handshake from %1:%2 within %3 ms; gave up.")
             .arg(url.host())
             .arg(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80))
             .arg(m_request.handshakeTimeoutMs));
    end(1006, QString(), false);
}

void QtWebSocketEngine::onTransportConnected()
{
    m_transportUp = true;
}

void QtWebSocketEngine::onConnected()
{
    m_handshakeTimer.stop();
    m_opened = true;
    // From here on every byte QWebSocket reads stays readable until onRoundParsed() or
    // takeConsumed() lets go of it.
    if (QAbstractSocket *tcp = transport(); tcp && m_parserTaken)
        tcp->startTransaction();
    if (EngineListener *l = listener())
        l->engineOpened(m_socket->subprotocol(), QString());
}

void QtWebSocketEngine::onRoundParsed()
{
    QAbstractSocket *tcp = transport();
    if (tcp && tcp->isTransactionStarted()) {
        tcp->commitTransaction();
        tcp->startTransaction();
    }
}

QByteArray QtWebSocketEngine::takeConsumed()
{
    // What QWebSocket's parser has read since the last round, ending with the frame it is
    // reporting now.
    QAbstractSocket *tcp = transport();
    if (!tcp || !tcp->isTransactionStarted())
        return {};
    const qint64 unread = tcp->bytesAvailable();
    tcp->rollbackTransaction();
    QByteArray consumed = tcp->read(tcp->bytesAvailable() - unread);
    tcp->startTransaction();
    return consumed;
}

void QtWebSocketEngine::onParserClose(const QWebSocketProtocol::CloseCode &code,
                                      const QString &reason)
{
    if (finishScheduled() || closing())
        return;
    // QWebSocket reports an empty Close as 1000, and puts a code and reason of its own in place
    // of a Close it refuses: the bytes it read say which it was.
    int received = closeCodeValue(code);
    const QByteArray consumed = takeConsumed();
    if (received == 1000 && reason.isEmpty() && consumed.endsWith(QByteArray("\x88\x00", 2))) {
        received = 1005;
    } else if (!consumed.isEmpty() && !consumed.endsWith(closePayload(received, reason.toUtf8()))) {
        refuseClose(received, reason, consumed);
        return;
    }
    m_closeReceived = true;
    m_receivedCode = received;
    m_receivedReason = reason;
    if (!m_closeSent) {
        if (EngineListener *l = listener())
            l->engineClosing();
        // Echo the code, as RFC 6455 §5.5.1 suggests; an empty Close is answered empty.
        sendClose(received, QByteArray());
    }
    // The closing handshake is complete: the server should now close TCP; do it ourselves if
    // not (no second Close: QWebSocket would send one if it were asked to close).
    if (QAbstractSocket *tcp = transport())
        tcp->disconnectFromHost();
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void QtWebSocketEngine::refuseClose(int qtCode, const QString &qtReason, const QByteArray &consumed)
{
    // Qt said what it sends back, not what the server sent: the bytes say that.
    const qsizetype header = trailingCloseHeader(consumed, 0);
    if (header < 0 && trailingCloseHeader(consumed, 4) >= 0) {
        failConnection(1002,
                       tr("the server masked a frame (servers must not mask, RFC 6455 §5.1)"));
        return;
    }
    const QByteArray payload = header < 0 ? QByteArray() : consumed.mid(header + 2);
    QString violation = withoutFinalStop(qtReason);
    if (payload.size() == 1) {
        violation = tr("the server's Close frame has a 1-byte payload");
    } else if (payload.size() >= 2) {
        const int sent = qFromBigEndian<quint16>(payload.constData());
        if (sent >= 1012 && sent <= 1014) {
            violation = tr("the server sent close code %1, which RFC 6455 allows but QWebSocket "
                           "refuses (Qt 6.4 accepts none of 1012–1014)")
                            .arg(sent);
        } else if (!FrameCodec::isValidReceivedCloseCode(sent)) {
            violation = tr("the server sent close code %1, which may not be sent").arg(sent);
        } else if (!Utf8Validator::isValidUtf8(payload.mid(2))) {
            violation = tr("the server's close reason is not valid UTF-8");
        }
    }
    if (violation.isEmpty())
        violation = tr("QWebSocket did not accept the server's Close frame");
    failConnection(qtCode, violation);
}

void QtWebSocketEngine::onParserError(const QWebSocketProtocol::CloseCode &code,
                                      const QString &description)
{
    if (finishScheduled() || closing())
        return;
    QString hint;
    const int value = closeCodeValue(code);
    if (value == QWebSocketProtocol::CloseCodeWrongDatatype) {
        hint = tr("QWebSocket also refuses a UTF-8 character split across frames, which RFC 6455 "
                  "allows.");
    }
    failConnection(value, withoutFinalStop(description), hint);
}

void QtWebSocketEngine::failConnection(int code, const QString &violation, const QString &hint)
{
    QString message =
        tr("Protocol error found by QWebSocket: %1. Wsprobe closes the connection with code %2.")
            .arg(violation)
            .arg(code);
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    fail(message);
    m_failCode = code;
    m_failReason = violation;
    if (!m_closeSent)
        sendClose(code, violation.toUtf8().left(RequestValidator::MaxCloseReasonBytes));
    if (QAbstractSocket *tcp = transport())
        tcp->disconnectFromHost();
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void QtWebSocketEngine::onError(QAbstractSocket::SocketError error)
{
    if (finishScheduled() || m_errorReported)
        return;
    // Once a closing handshake is done or the connection failed, the TCP teardown is expected.
    if (closing())
        return;
    m_errorReported = true;
    if (!m_opened && error == QAbstractSocket::ConnectionRefusedError && m_transportUp) {
        // Qt calls every handshake response it does not accept a refused connection, even when
        // the server accepted TCP and answered: a refused upgrade, a header block over Qt's size
        // limit, a wrong Accept key.
        const QUrl &url = m_request.url;
        fail(tr("The server at %1:%2 answered, but the WebSocket handshake failed: %3")
                 .arg(url.host())
                 .arg(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80))
                 .arg(m_socket->errorString()));
    } else {
        fail(describeSocketError(error, m_socket->errorString(), m_request.url, m_opened));
    }
    if (!m_opened || m_socket->state() == QAbstractSocket::UnconnectedState) {
        // Qt 6.4 keeps the TCP connection of a refused handshake open: drop it ourselves.
        end(1006, QString(), false);
    }
}

void QtWebSocketEngine::onDisconnected()
{
    if (finishScheduled() || m_concludeQueued)
        return;
    // QWebSocket may report a dropped connection as disconnected() first and the error() that
    // explains it just after: decide how it ended once both are in.
    m_concludeQueued = true;
    QMetaObject::invokeMethod(this, &QtWebSocketEngine::concludeDisconnect, Qt::QueuedConnection);
}

void QtWebSocketEngine::concludeDisconnect()
{
    if (finishScheduled())
        return;
    if (m_failCode) {
        end(m_failCode, m_failReason, false);
    } else if (m_closeReceived) {
        end(m_receivedCode, m_receivedReason, true);
    } else {
        if (m_opened && !m_errorReported && m_parserTaken) {
            fail(tr("The server closed the TCP connection without a closing handshake."));
        } else if (m_opened && !m_errorReported && m_socket) {
            // Without its parser's signals, what QWebSocket did cannot be told from what the
            // server did.
            fail(tr("QWebSocket closed the connection with code %1 without saying whether the "
                    "server sent a Close; this Qt version does not let Wsprobe tell a clean close.")
                     .arg(int(m_socket->closeCode())));
        }
        end(1006, QString(), false);
    }
}

void QtWebSocketEngine::onCloseTimeout()
{
    if (finishScheduled())
        return;
    if (m_failCode) {
        end(m_failCode, m_failReason, false);
    } else if (m_closeReceived) {
        // Both Close frames were exchanged; only the TCP teardown was slow.
        end(m_receivedCode, m_receivedReason, true);
    } else {
        fail(tr("The server did not answer the Close frame within %1 ms.")
                 .arg(m_request.closeTimeoutMs));
        end(1006, QString(), false);
    }
}

void QtWebSocketEngine::fail(const QString &message)
{
    if (EngineListener *l = listener())
        l->engineFailed(message);
}

void QtWebSocketEngine::end(int code, const QString &reason, bool wasClean)
{
    scheduleFinish(code, reason, wasClean);
    release();
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
