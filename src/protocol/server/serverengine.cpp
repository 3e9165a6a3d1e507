#include "protocol/server/serverengine.h"

#include <algorithm>
#include <atomic>

#include <QSslCipher>
#include <QSslSocket>

#include "protocol/tlsconfig.h"

namespace {
/// ServerEngines alive, for liveCount().
std::atomic<int> s_live{0};
} // namespace

ServerEngine::ServerEngine(QTcpSocket *socket, const ServerConfig &config, QObject *parent)
    : FramedEngine(Endpoint::Server, nullptr, parent)
    , m_config(config)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    m_socket = socket;
    m_socket->setParent(this);
    // A server stopped on purpose (a stopReading fault) must still see its client leave.
    m_concludeWhilePaused = true;
    m_tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    m_codec.maxFrameSize = quint64(std::max<qint64>(0, config.maxFrameSize));
    ++s_live;
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, &ServerEngine::answerRequest);
}

ServerEngine::~ServerEngine()
{
    --s_live;
}

int ServerEngine::liveCount()
{
    return s_live.load();
}

QString ServerEngine::peerName() const
{
    const QString host = m_peerAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_peerAddress.toString())
                             : m_peerAddress.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_peerPort);
}

void ServerEngine::setFaults(const ServerFaults &faults)
{
    m_config.faults = faults;
    if (m_phase == Phase::Open || m_phase == Phase::Closing)
        setReadingPaused(faults.stopReading);
}

void ServerEngine::open(const ConnectionRequest &request)
{
    if (m_phase != Phase::Idle || !m_socket)
        return;
    m_request = request;
    m_codec.headBytes = request.framePayloadBytes;
    attachSocket();
    if (request.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(request.handshakeTimeoutMs);
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        m_phase = Phase::Connecting;
        connect(ssl, &QSslSocket::encrypted, this, &ServerEngine::onEncrypted);
        ssl->startServerEncryption();
        return;
    }
    m_phase = Phase::Handshake;
    // Bytes may have arrived before open(): they will not signal readyRead again.
    scheduleInput();
}

void ServerEngine::onEncrypted()
{
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    HandshakeRecord &record = m_handshake.record();
    record.tlsProtocol = TlsConfig::protocolName(ssl->sessionProtocol());
    record.tlsCipher = ssl->sessionCipher().name();
    for (const QSslCertificate &c : ssl->peerCertificateChain())
        record.peerCertificates << TlsConfig::describeCertificate(c);
    m_phase = Phase::Handshake;
    processInput();
}

void ServerEngine::processHandshakeInput()
{
    switch (m_handshake.feed(&m_in.bytes())) {
    case ServerHandshake::State::NeedMore:
        return;
    case ServerHandshake::State::Error:
        refuseRequest(m_handshake.error());
        return;
    case ServerHandshake::State::Complete:
        break;
    }
    const ServerFaults &faults = m_config.faults;
    if (faults.neverFinishHandshake) {
        // The request was read; the answer never comes. The client's own timeout is on test.
        m_handshakeTimer.stop();
        m_phase = Phase::Answering;
        return;
    }
    if (m_answerHeld) {
        // The relay's upstream bounds the wait with its own handshake timeout.
        m_handshakeTimer.stop();
        m_phase = Phase::Answering;
        emit requestReceived();
        return;
    }
    if (faults.upgradeDelayMs > 0) {
        m_phase = Phase::Answering;
        m_answerTimer.start(faults.upgradeDelayMs);
        return;
    }
    answerRequest();
}

void ServerEngine::answer(const ServerConfig &policy)
{
    if (m_phase != Phase::Answering)
        return;
    m_config = policy;
    answerRequest();
}

void ServerEngine::answerRequest()
{
    if (!m_socket || m_phase == Phase::Done)
        return;
    if (!m_handshake.decide(m_config)) {
        refuseRequest(m_handshake.error());
        return;
    }
    m_handshakeTimer.stop();
    m_socket->write(m_handshake.answer());
    reportHandshake();
    startFrames(m_handshake.deflate()
                    ? std::make_unique<PerMessageDeflate>(*m_handshake.deflate(), Endpoint::Server)
                    : nullptr,
                m_config.maxMessageSize);
    if (EngineListener *l = listener())
        l->engineOpened(m_handshake.protocol(), m_handshake.extensions());
    if (m_config.faults.stopReading)
        setReadingPaused(true);
    // Frames that came with the request wait in the buffer.
    if (!m_readScheduled && m_phase == Phase::Open)
        scheduleInput();
}

void ServerEngine::refuseRequest(const QString &error)
{
    m_handshakeTimer.stop();
    m_socket->write(m_handshake.answer());
    reportHandshake();
    fail(tr("The WebSocket upgrade from %1 was refused with HTTP %2: %3")
             .arg(peerName())
             .arg(m_handshake.record().status)
             .arg(error));
    m_phase = Phase::Done;
    m_socket->disconnectFromHost(); // after the response has been written
    startCloseTimer();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        end(1006, QString(), false);
}

QString ServerEngine::writeRawFrame(RawFrame frame)
{
    if (const QString problem = frame.problem(); !problem.isEmpty())
        return problem;
    // Before the upgrade too: a fault may put a frame where the 101 should be.
    if (!m_socket || m_peerGone || m_phase == Phase::Idle || m_phase == Phase::Connecting)
        return {};
    putRawFrame(std::move(frame), 0);
    return {};
}

QString ServerEngine::writeStreamedFrame(const RawFrame &header, qint64 payloadBytes)
{
    if (isStreaming())
        return tr("A large frame is still being written to %1; wait until it is out.")
            .arg(peerName());
    RawFrame frame = header;
    frame.masked = false;
    frame.declaredLength = quint64(payloadBytes);
    frame.payload.clear();
    if (const QString problem = frame.problem(); !problem.isEmpty())
        return problem;
    if (!m_socket || m_peerGone || m_phase == Phase::Idle || m_phase == Phase::Connecting)
        return {};
    putStreamedFrame(frame, payloadBytes);
    return {};
}

void ServerEngine::dropConnection()
{
    if (!m_socket || finishScheduled())
        return;
    fail(tr("Wsprobe dropped the TCP connection to %1 without a closing handshake, as asked.")
             .arg(peerName()));
    // What was written before (the 101, earlier frames) goes out as far as the system takes it
    // at once; then the connection is reset.
    m_socket->flush();
    end(1006, QString(), false);
    releaseSocket();
}

void ServerEngine::concludeHandshakeDisconnect()
{
    if (m_phase != Phase::Idle && m_phase != Phase::Connecting)
        reportHandshake();
    fail(tr("The client %1 closed the connection during the opening handshake.").arg(peerName()));
    end(1006, QString(), false);
}

void ServerEngine::onSocketError(QAbstractSocket::SocketError error)
{
    if (finishScheduled() || error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected tells what a close means at this point of the protocol
    if (m_closeReceived || m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Connecting)
        fail(tr("The TLS handshake with the client %1 failed: %2")
                 .arg(peerName(), m_socket->errorString()));
    else
        fail(tr("Network error with the client %1: %2").arg(peerName(), m_socket->errorString()));
    if (m_phase == Phase::Handshake || m_phase == Phase::Answering)
        reportHandshake();
    end(1006, QString(), false);
    releaseSocket();
}

void ServerEngine::onHandshakeTimeout()
{
    if (m_phase != Phase::Connecting && m_phase != Phase::Handshake)
        return;
    fail(tr("No WebSocket upgrade request from %1 within %2 ms; the connection was dropped.")
             .arg(peerName())
             .arg(m_request.handshakeTimeoutMs));
    if (m_phase == Phase::Handshake && !m_in.bytes().isEmpty())
        reportHandshake();
    end(1006, QString(), false);
    releaseSocket();
}

QString ServerEngine::failureText(Failure failure, int code, const QString &violation) const
{
    switch (failure) {
    case Failure::ProtocolError:
        return tr("Protocol error by the client %1: %2. Wsprobe closes the connection with code "
                  "%3.")
            .arg(peerName(), violation)
            .arg(code);
    case Failure::PeerLeft:
        return tr("The client %1 closed the TCP connection without a closing handshake.")
            .arg(peerName());
    case Failure::CloseTimeout:
        break;
    }
    return tr("The client %1 did not answer the Close frame within %2 ms.")
        .arg(peerName())
        .arg(m_request.closeTimeoutMs);
}

void ServerEngine::release()
{
    m_answerTimer.stop();
    FramedEngine::release();
}
