#include "protocol/client/wireengine.h"

#include <QSslCipher>
#include <QSslSocket>

#include "protocol/requestvalidator.h"
#include "protocol/tlsconfig.h"

WireEngine::WireEngine(EngineListener *listener, QObject *parent)
    : FramedEngine(Endpoint::Client, listener, parent)
{
    m_bodyTimer.setSingleShot(true);
    connect(&m_bodyTimer, &QTimer::timeout, this, &WireEngine::finishHandshakeBody);
}

WireEngine::~WireEngine() = default;

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
    attachSocket();
    QNetworkProxy proxy;
    RequestValidator::parseProxy(m_request.proxy, url, &proxy);
    m_socket->setProxy(proxy);
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void WireEngine::onTransportReady()
{
    m_phase = Phase::Handshake;
    m_sslErrors.clear();
    m_socket->write(m_handshake.start(m_request, m_url));
}

void WireEngine::processHandshakeInput()
{
    onHandshakeOutcome(m_handshake.feed(&m_in.bytes()));
}

void WireEngine::finishHandshakeBody()
{
    if (m_phase == Phase::Handshake)
        onHandshakeOutcome(m_handshake.finish());
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
        m_handshakeTimer.stop();
        startFrames(m_handshake.deflate()
                        ? std::make_unique<PerMessageDeflate>(*m_handshake.deflate())
                        : nullptr,
                    m_request.maxMessageSize);
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

void WireEngine::concludeHandshakeDisconnect()
{
    if (m_phase != Phase::Handshake) {
        end(1006, QString(), false);
        return;
    }
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

QString WireEngine::failureText(Failure failure, int code, const QString &violation) const
{
    switch (failure) {
    case Failure::ProtocolError:
        return tr("Protocol error: %1. Wsprobe closes the connection with code %2.")
            .arg(violation)
            .arg(code);
    case Failure::PeerLeft:
        return tr("The server closed the TCP connection without a closing handshake.");
    case Failure::CloseTimeout:
        break;
    }
    return tr("The server did not answer the Close frame within %1 ms.")
        .arg(m_request.closeTimeoutMs);
}

void WireEngine::releaseSocket()
{
    // A refused attempt's body wait must not outlive it (a redirect starts a new one).
    m_bodyTimer.stop();
    FramedEngine::releaseSocket();
}
