#include "protocol/wireengine.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QtEndian>

#include "protocol/requestvalidator.h"
#include "protocol/tlsconfig.h"

namespace {

quint32 maskKey()
{
    return QRandomGenerator::global()->generate();
}

} // namespace

WireEngine::WireEngine(EngineListener *listener, QObject *parent)
    : Engine(listener, parent)
{
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    m_bodyTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &WireEngine::onHandshakeTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &WireEngine::onCloseTimeout);
    connect(&m_bodyTimer, &QTimer::timeout, this, &WireEngine::finishHandshakeBody);
    m_clock.start();
}

WireEngine::~WireEngine()
{
    releaseSocket();
}

void WireEngine::open(const ConnectionRequest &request)
{
    m_request = request;
    m_redirects = 0;
    m_codec.maxFrameSize = quint64(std::max<qint64>(0, request.maxFrameSize));
    m_codec.headBytes = request.framePayloadBytes;
    connectTo(RequestValidator::normalizedUrl(request.url));
    // One budget for the whole opening, redirects included.
    if (request.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(request.handshakeTimeoutMs);
}

void WireEngine::connectTo(const QUrl &url)
{
    releaseSocket();
    m_url = url;
    m_phase = Phase::Connecting;
    m_peerGone = false;
    m_nonMinimalReported = false;
    m_in.clear();
    m_handshake = OpeningHandshake();
    m_handshakeReported = false;
    m_sslErrors.clear();

    const bool tls = url.scheme() == QLatin1String("wss");
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        QSslConfiguration config;
        QString error;
        if (!TlsConfig::build(m_request, &config, &error)) {
            fail(error);
            end(1006, QString(), false);
            return;
        }
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            const QSslCipher cipher = ssl->sessionCipher();
            HandshakeRecord &record = m_handshake.record();
            record.tlsProtocol = TlsConfig::protocolName(ssl->sessionProtocol());
            record.tlsCipher = cipher.name();
            record.peerCertificates.clear();
            const QList<QSslCertificate> chain = ssl->peerCertificateChain();
            for (const QSslCertificate &c : chain)
                record.peerCertificates << TlsConfig::describeCertificate(c);
            onTransportReady();
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            m_sslErrors = TlsConfig::describeErrorList(errors);
            if (m_request.ignoreTlsErrors) {
                m_handshake.record().tlsErrorsIgnored = m_sslErrors;
                ssl->ignoreSslErrors(errors);
                if (EngineListener *l = listener())
                    l->engineTlsErrorsIgnored(m_sslErrors);
            }
        });
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &WireEngine::onTransportReady);
    }
    // Bounded, so that the socket never holds more than a slice or two ahead of the parser.
    m_socket->setReadBufferSize(4 * ReadSliceBytes);
    QNetworkProxy proxy;
    RequestValidator::parseProxy(m_request.proxy, url, &proxy);
    m_socket->setProxy(proxy);
    connect(m_socket, &QTcpSocket::readyRead, this, &WireEngine::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &WireEngine::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &WireEngine::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &WireEngine::onSocketError);
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void WireEngine::onTransportReady()
{
    m_phase = Phase::Handshake;
    m_sslErrors.clear();
    m_deflate.reset();
    m_socket->write(m_handshake.start(m_request, m_url));
}

void WireEngine::onReadyRead()
{
    if (!m_readScheduled)
        processInput();
}

void WireEngine::processInput()
{
    m_readScheduled = false;
    if (!m_socket || m_phase == Phase::Done)
        return;
    m_in.readFrom(m_socket, ReadSliceBytes);
    if (m_phase == Phase::Handshake)
        processHandshakeResponse();
    if (m_phase == Phase::Open || m_phase == Phase::Closing)
        processFrames();
    // Leave the rest for the next turn of the event loop: readyRead will not come again for
    // bytes that are already buffered.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &WireEngine::processInput, Qt::QueuedConnection);
    } else if (m_peerGone) {
        concludeDisconnect();
    }
}

void WireEngine::processHandshakeResponse()
{
    onHandshakeOutcome(m_handshake.feed(&m_in.bytes()));
}

void WireEngine::finishHandshakeBody()
{
    if (m_phase == Phase::Handshake)
        onHandshakeOutcome(m_handshake.finish());
}

void WireEngine::reportHandshake()
{
    if (m_handshakeReported)
        return;
    m_handshakeReported = true;
    if (EngineListener *l = listener())
        l->engineHandshakeFinished(m_handshake.record());
}

void WireEngine::onHandshakeOutcome(OpeningHandshake::Outcome outcome)
{
    using Outcome = OpeningHandshake::Outcome;
    switch (outcome) {
    case Outcome::NeedMore:
        return;
    case Outcome::AwaitingBody:
        if (!m_bodyTimer.isActive())
            m_bodyTimer.start(BodyWaitMs);
        return;
    case Outcome::Upgraded:
        reportHandshake();
        if (m_handshake.deflate())
            m_deflate = std::make_unique<PerMessageDeflate>(*m_handshake.deflate());
        m_handshakeTimer.stop();
        m_phase = Phase::Open;
        m_codec.allowRsv1 = m_deflate != nullptr;
        m_assembler.reset(m_request.maxMessageSize, m_deflate.get());
        if (EngineListener *l = listener())
            l->engineOpened(m_handshake.protocol(), m_handshake.extensions());
        return;
    case Outcome::Refused:
        m_bodyTimer.stop();
        reportHandshake();
        if (const QUrl target = m_handshake.redirect(); target.isValid()) {
            const int status = m_handshake.record().status;
            if (m_request.followRedirects && m_redirects < ConnectionRequest::MaxRedirects
                && RequestValidator::checkUrl(target).isEmpty()) {
                ++m_redirects;
                connectTo(RequestValidator::normalizedUrl(target));
                return;
            }
            fail(m_request.followRedirects
                     ? tr("The server redirects (HTTP %1) to %2, but %3 redirects have been "
                          "followed already or the target is not a WebSocket URL.")
                           .arg(status)
                           .arg(target.toString())
                           .arg(m_redirects)
                     : tr("The server redirects (HTTP %1) to %2; enable \"follow redirects\" to "
                          "go there.")
                           .arg(status)
                           .arg(target.toString()));
        } else {
            fail(m_handshake.error());
        }
        break;
    case Outcome::Failed:
        reportHandshake();
        fail(m_handshake.error());
        break;
    }
    end(1006, QString(), false);
    releaseSocket();
}

void WireEngine::processFrames()
{
    qsizetype offset = m_in.parsed();
    while (m_phase == Phase::Open || m_phase == Phase::Closing) {
        FrameCodec::Frame frame;
        int code = 0;
        QString error;
        const FrameCodec::Result r = m_codec.decode(m_in.bytes(), &offset, &frame, &code, &error);
        if (r == FrameCodec::Result::NeedMore)
            break;
        if (r == FrameCodec::Result::Error) {
            // The offending frame first, with every bit that arrived, then what it earns.
            reportFrame(frame.info, true);
            failConnection(code, error);
            return;
        }
        if (frame.info.nonMinimalLength && !m_nonMinimalReported) {
            // A violation, but not one worth losing the conversation over: flagged on every
            // such frame, said once in the log.
            m_nonMinimalReported = true;
            fail(FrameCodec::nonMinimalLengthNote(frame.info));
        }
        handleFrame(frame);
    }
    m_in.setParsed(offset);
}

void WireEngine::reportFrame(const FrameInfo &info, bool always)
{
    if (!m_request.reportFrames && !always)
        return;
    if (EngineListener *l = listener())
        l->engineFrame(info);
}

void WireEngine::handleFrame(FrameCodec::Frame &frame)
{
    reportFrame(frame.info);
    switch (frame.info.opcode) {
    case FrameCodec::Ping:
        if (EngineListener *l = listener())
            l->enginePing(frame.payload);
        if (m_request.autoPong && !m_closeSent && !m_peerGone)
            answerPing(frame.payload);
        return;
    case FrameCodec::Pong: {
        qint64 rtt = -1;
        for (auto it = m_pings.begin(); it != m_pings.end(); ++it) {
            if (it->payload == frame.payload) {
                rtt = (m_clock.nsecsElapsed() - it->sentAtNs) / 1000000;
                m_pings.erase(m_pings.begin(), it + 1);
                break;
            }
        }
        if (EngineListener *l = listener())
            l->enginePong(rtt, frame.payload);
        return;
    }
    case FrameCodec::Close:
        handleClose(frame.payload);
        return;
    default:
        handleDataFrame(frame);
    }
}

void WireEngine::handleDataFrame(FrameCodec::Frame &frame)
{
    if (m_closeReceived)
        return; // nothing may follow the server's Close
    MessageAssembler::Result r = m_assembler.add(frame);
    if (r.status == MessageAssembler::Result::Violation)
        failConnection(r.closeCode, r.violation);
    else if (r.status == MessageAssembler::Result::Message)
        if (EngineListener *l = listener())
            l->engineMessage(r.payload, r.isText, r.wireSize);
}

void WireEngine::handleClose(const QByteArray &payload)
{
    int code = 1005;
    QByteArray reason;
    int failCode = 0;
    QString violation;
    if (!FrameCodec::parseClose(payload, &code, &reason, &failCode, &violation)) {
        failConnection(failCode, violation);
        return;
    }
    m_closeReceived = true;
    m_receivedCode = code;
    m_receivedReason = QString::fromUtf8(reason);
    if (!m_closeSent) {
        m_phase = Phase::Closing;
        if (EngineListener *l = listener())
            l->engineClosing();
        // Echo the code, as RFC 6455 §5.5.1 suggests; an empty Close is answered empty.
        sendClose(code == 1005 ? NoStatusCode : code, QByteArray(), Report::Always);
    }
    // The handshake is complete; the server should now close TCP. Do it ourselves if not.
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void WireEngine::failConnection(int code, const QString &violation)
{
    if (m_phase == Phase::Done)
        return;
    fail(tr("Protocol error: %1. Wsprobe closes the connection with code %2.")
             .arg(violation)
             .arg(code));
    m_failCode = code;
    m_failReason = violation;
    if (!m_closeSent)
        sendClose(code, violation.toUtf8().left(RequestValidator::MaxCloseReasonBytes),
                  Report::Always);
    m_phase = Phase::Done;
    m_socket->disconnectFromHost();
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        end(code, violation, false);
}

void WireEngine::sendClose(int code, const QByteArray &reason, Report report)
{
    QByteArray payload;
    if (code != NoStatusCode) {
        payload.resize(2);
        qToBigEndian<quint16>(quint16(code), payload.data());
        payload += reason;
    }
    m_closeSent = true;
    writeFrame(FrameCodec::Close, payload, true, -1, false, report);
}

qint64 WireEngine::sendText(const QByteArray &utf8)
{
    return sendMessage(FrameCodec::Text, utf8);
}

qint64 WireEngine::sendBinary(const QByteArray &data)
{
    return sendMessage(FrameCodec::Binary, data);
}

qint64 WireEngine::sendMessage(quint8 opcode, const QByteArray &payload)
{
    const bool compress = m_deflate && payload.size() >= PerMessageDeflate::MinCompressBytes;
    const QByteArray wire = compress ? m_deflate->compress(payload) : payload;
    const qint64 step = m_request.outgoingFrameSize > 0 ? m_request.outgoingFrameSize : wire.size();
    qsizetype at = 0;
    do {
        const qsizetype n = qsizetype(std::min<qint64>(step, wire.size() - at));
        // bufferedAmount counts application bytes: all of them ride on the first frame.
        writeFrame(at == 0 ? opcode : quint8(FrameCodec::Continuation),
                   QByteArrayView(wire).sliced(at, n), at + n == wire.size(),
                   at == 0 ? payload.size() : 0, compress && at == 0);
        at += n;
    } while (at < wire.size());
    return compress ? wire.size() : -1;
}

void WireEngine::ping(const QByteArray &payload)
{
    m_pings.push_back({payload, m_clock.nsecsElapsed()});
    if (m_pings.size() > 64)
        m_pings.pop_front(); // a server that never answers must not grow this forever
    writeFrame(FrameCodec::Ping, payload, true, -1);
}

void WireEngine::close(int code, const QString &reason)
{
    startClosingHandshake(code, reason.toUtf8(), Report::IfAsked);
}

void WireEngine::closeVerbatim(int code, const QByteArray &reason)
{
    startClosingHandshake(code, reason, Report::AlwaysWhole);
}

void WireEngine::startClosingHandshake(int code, const QByteArray &reason, Report report)
{
    if (m_closeSent || !m_socket)
        return;
    m_phase = Phase::Closing;
    sendClose(code, reason, report);
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void WireEngine::writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                            bool rsv1, Report report)
{
    if (!m_socket || m_peerGone)
        return; // nothing reaches a peer that has closed TCP
    const quint32 key = maskKey();
    const QByteArray frame = FrameCodec::encode(opcode, payload, fin, rsv1, key);
    const int headBytes = report == Report::AlwaysWhole ? -1 : m_request.framePayloadBytes;
    reportFrame(FrameCodec::describeEncoded(opcode, payload, fin, rsv1, key, headBytes),
                report != Report::IfAsked);
    queueWrite(frame.size(), appBytes);
    m_socket->write(frame);
}

void WireEngine::answerPing(const QByteArray &payload)
{
    if (const auto pong = m_pongs.ping(payload, m_socket->bytesToWrite()))
        writePong(*pong);
}

void WireEngine::writePong(const QByteArray &payload)
{
    writeFrame(FrameCodec::Pong, payload, true, -1);
    if (EngineListener *l = listener())
        l->enginePongSent(payload);
}

void WireEngine::flushPendingPong()
{
    if (!m_socket || m_closeSent || m_peerGone)
        return;
    if (const auto pong = m_pongs.drained(m_socket->bytesToWrite())) {
        writePong(*pong);
        if (const QString note = m_pongs.takeUnansweredNote(true); !note.isEmpty())
            fail(note);
    }
}

void WireEngine::onBytesWritten(qint64 bytes)
{
    networkWrote(bytes);
    flushPendingPong();
}

void WireEngine::onDisconnected()
{
    if (finishScheduled())
        return;
    m_peerGone = true;
    // The peer's last bytes (a burst, its Close) may still sit in the socket's buffer or wait
    // for a scheduled slice: how the connection ended is known only once they are parsed.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done) {
        if (!m_readScheduled)
            processInput();
        return;
    }
    concludeDisconnect();
}

void WireEngine::concludeDisconnect()
{
    if (finishScheduled())
        return;
    switch (m_phase) {
    case Phase::Handshake:
        if (m_handshake.responseStarted()) {
            const OpeningHandshake::Outcome outcome = m_handshake.finish();
            if (outcome == OpeningHandshake::Outcome::Refused) {
                onHandshakeOutcome(outcome);
                return;
            }
        }
        // The request went out; whatever came back is shown with it.
        reportHandshake();
        if (m_url.scheme() == QLatin1String("wss") && m_request.certFile.isEmpty())
            fail(tr("The server at %1 closed the connection during the opening handshake. Over "
                    "TLS this is often a server that requires a client certificate.")
                     .arg(m_url.authority()));
        else
            fail(tr("The server at %1 closed the connection during the opening handshake.")
                     .arg(m_url.authority()));
        end(1006, QString(), false);
        return;
    case Phase::Done:
        end(m_failCode ? m_failCode : 1006, m_failReason, false);
        return;
    case Phase::Open:
    case Phase::Closing:
        if (m_closeReceived) {
            end(m_receivedCode, m_receivedReason, true);
        } else {
            fail(tr("The server closed the TCP connection without a closing handshake."));
            end(1006, QString(), false);
        }
        return;
    case Phase::Idle:
    case Phase::Connecting:
        end(1006, QString(), false);
        return;
    }
}

void WireEngine::onSocketError(QAbstractSocket::SocketError error)
{
    if (finishScheduled())
        return;
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected tells what it means at this point of the protocol
    if (m_phase == Phase::Open || m_phase == Phase::Closing || m_phase == Phase::Done) {
        if (m_closeReceived || m_phase == Phase::Done)
            return;
        fail(describeSocketError(error, m_socket->errorString(), m_url, true));
        end(1006, QString(), false);
        releaseSocket();
        return;
    }
    QString detail = m_socket->errorString();
    if (!m_sslErrors.isEmpty())
        detail = m_sslErrors.join(QStringLiteral("; "));
    fail(describeSocketError(error, detail, m_url, false));
    end(1006, QString(), false);
    releaseSocket();
}

void WireEngine::onHandshakeTimeout()
{
    if (m_phase != Phase::Connecting && m_phase != Phase::Handshake)
        return;
    if (m_phase == Phase::Handshake)
        reportHandshake();
    fail(tr("No WebSocket handshake from %1:%2 within %3 ms; gave up.")
             .arg(m_url.host())
             .arg(m_url.port(m_url.scheme() == QLatin1String("wss") ? 443 : 80))
             .arg(m_request.handshakeTimeoutMs));
    end(1006, QString(), false);
    releaseSocket();
}

void WireEngine::onCloseTimeout()
{
    if (finishScheduled())
        return;
    if (m_closeReceived) {
        // Both Close frames were exchanged; only the TCP teardown was slow.
        end(m_receivedCode, m_receivedReason, true);
    } else if (m_phase == Phase::Done) {
        end(m_failCode, m_failReason, false);
    } else {
        fail(tr("The server did not answer the Close frame within %1 ms.")
                 .arg(m_request.closeTimeoutMs));
        end(1006, QString(), false);
    }
    releaseSocket();
}

void WireEngine::fail(const QString &message)
{
    if (EngineListener *l = listener())
        l->engineFailed(message);
}

void WireEngine::end(int code, const QString &reason, bool wasClean)
{
    if (m_pongs.isWaiting() && !finishScheduled())
        fail(m_pongs.takeUnansweredNote(false));
    m_phase = Phase::Done; // whatever still arrives is not parsed
    scheduleFinish(code, reason, wasClean);
}

void WireEngine::abort()
{
    abandon();
}

void WireEngine::release()
{
    m_handshakeTimer.stop();
    m_closeTimer.stop();
    releaseSocket();
}

void WireEngine::releaseSocket()
{
    m_bodyTimer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
