#include "protocol/server/serverengine.h"

#include <algorithm>

#include <QSslCipher>
#include <QSslSocket>
#include <QtEndian>

#include "protocol/requestvalidator.h"
#include "protocol/tlsconfig.h"

ServerEngine::ServerEngine(QTcpSocket *socket, const ServerConfig &config, QObject *parent)
    : Engine(nullptr, parent)
    , m_socket(socket)
    , m_config(config)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    m_socket->setParent(this);
    m_tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    m_codec.role = Endpoint::Server;
    m_codec.maxFrameSize = quint64(std::max<qint64>(0, config.maxFrameSize));
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    m_answerTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &ServerEngine::onHandshakeTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &ServerEngine::onCloseTimeout);
    connect(&m_answerTimer, &QTimer::timeout, this, &ServerEngine::answerRequest);
    m_clock.start();
}

ServerEngine::~ServerEngine()
{
    releaseSocket();
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
    // Bounded, so that a flood never holds more than a slice or two ahead of the parser.
    m_socket->setReadBufferSize(4 * ReadSliceBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &ServerEngine::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ServerEngine::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ServerEngine::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ServerEngine::onSocketError);
    if (request.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(request.handshakeTimeoutMs);
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        m_phase = Phase::Tls;
        connect(ssl, &QSslSocket::encrypted, this, &ServerEngine::onEncrypted);
        ssl->startServerEncryption();
        return;
    }
    m_phase = Phase::Request;
    // Bytes may have arrived before open(): they will not signal readyRead again.
    QMetaObject::invokeMethod(this, &ServerEngine::processInput, Qt::QueuedConnection);
    m_readScheduled = true;
}

void ServerEngine::onEncrypted()
{
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    HandshakeRecord &record = m_handshake.record();
    record.tlsProtocol = TlsConfig::protocolName(ssl->sessionProtocol());
    record.tlsCipher = ssl->sessionCipher().name();
    for (const QSslCertificate &c : ssl->peerCertificateChain())
        record.peerCertificates << TlsConfig::describeCertificate(c);
    m_phase = Phase::Request;
    processInput();
}

void ServerEngine::onReadyRead()
{
    if (!m_readScheduled)
        processInput();
}

void ServerEngine::readingResumed()
{
    if (!m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &ServerEngine::processInput, Qt::QueuedConnection);
    }
}

void ServerEngine::processInput()
{
    m_readScheduled = false;
    if (!m_socket || m_phase == Phase::Done || m_phase == Phase::Tls || m_phase == Phase::Answering
        || readingPaused())
        return;
    m_in.readFrom(m_socket, ReadSliceBytes);
    if (m_phase == Phase::Request)
        processRequest();
    if (m_phase == Phase::Open || m_phase == Phase::Closing)
        processFrames();
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done
        && m_phase != Phase::Answering) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &ServerEngine::processInput, Qt::QueuedConnection);
    } else if (m_peerGone) {
        concludeDisconnect();
    }
}

void ServerEngine::processRequest()
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
    if (faults.upgradeDelayMs > 0) {
        m_phase = Phase::Answering;
        m_answerTimer.start(faults.upgradeDelayMs);
        return;
    }
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
    if (m_handshake.deflate())
        m_deflate = std::make_unique<PerMessageDeflate>(*m_handshake.deflate(), Endpoint::Server);
    m_codec.allowRsv1 = m_deflate != nullptr;
    m_assembler.reset(m_config.maxMessageSize, m_deflate.get(), Endpoint::Server);
    m_phase = Phase::Open;
    if (EngineListener *l = listener())
        l->engineOpened(m_handshake.protocol(), m_handshake.extensions());
    if (m_config.faults.stopReading)
        setReadingPaused(true);
    // Frames that came with the request wait in the buffer.
    if (!m_readScheduled && m_phase == Phase::Open) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &ServerEngine::processInput, Qt::QueuedConnection);
    }
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
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        end(1006, QString(), false);
}

void ServerEngine::reportHandshake()
{
    if (m_handshakeReported)
        return;
    m_handshakeReported = true;
    if (EngineListener *l = listener())
        l->engineHandshakeFinished(m_handshake.record());
}

void ServerEngine::processFrames()
{
    qsizetype offset = m_in.parsed();
    while (m_phase == Phase::Open || m_phase == Phase::Closing) {
        if (readingPaused())
            break; // a listener paused us from inside a report
        FrameCodec::Frame frame;
        int code = 0;
        QString error;
        const FrameCodec::Result r = m_codec.decode(m_in.bytes(), &offset, &frame, &code, &error);
        if (r == FrameCodec::Result::NeedMore)
            break;
        if (r == FrameCodec::Result::Error) {
            reportFrame(frame.info, true);
            failConnection(code, error);
            return;
        }
        if (frame.info.nonMinimalLength && !m_nonMinimalReported) {
            m_nonMinimalReported = true;
            fail(FrameCodec::nonMinimalLengthNote(frame.info));
        }
        handleFrame(frame);
    }
    if (m_phase != Phase::Done)
        m_in.setParsed(offset);
}

void ServerEngine::reportFrame(const FrameInfo &info, bool always)
{
    if (!m_request.reportFrames && !always)
        return;
    if (EngineListener *l = listener())
        l->engineFrame(info);
}

void ServerEngine::handleFrame(FrameCodec::Frame &frame)
{
    reportFrame(frame.info);
    switch (frame.info.opcode) {
    case FrameCodec::Ping:
        if (EngineListener *l = listener())
            l->enginePing(frame.payload);
        if (m_request.autoPong && !m_config.faults.ignorePings && !m_closeSent && !m_peerGone
            && m_socket) {
            if (const auto pong = m_pongs.ping(frame.payload, m_socket->bytesToWrite()))
                writePong(*pong);
        }
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
        break;
    }
    if (m_closeReceived)
        return; // nothing may follow the client's Close
    const MessageAssembler::Result r = m_assembler.add(frame);
    if (r.status == MessageAssembler::Result::Violation)
        failConnection(r.closeCode, r.violation);
    else if (r.status == MessageAssembler::Result::Message)
        if (EngineListener *l = listener())
            l->engineMessage(r.payload, r.isText, r.wireSize);
}

void ServerEngine::handleClose(const QByteArray &payload)
{
    int code = 1005;
    QByteArray reason;
    int failCode = 0;
    QString violation;
    if (!FrameCodec::parseClose(payload, &code, &reason, &failCode, &violation, Endpoint::Server)) {
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
        sendClose(code == 1005 ? -1 : code, QByteArray(), Report::Always);
    }
    // Both Close frames are out: the server closes TCP first (RFC 6455 §7.1.1).
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void ServerEngine::failConnection(int code, const QString &violation)
{
    if (m_phase == Phase::Done)
        return;
    fail(tr("Protocol error by the client %1: %2. Wsprobe closes the connection with code %3.")
             .arg(peerName(), violation)
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

void ServerEngine::sendClose(int code, const QByteArray &reason, Report report)
{
    QByteArray payload;
    if (code >= 0) {
        payload.resize(2);
        qToBigEndian<quint16>(quint16(code), payload.data());
        payload += reason;
    }
    m_closeSent = true;
    writeFrame(FrameCodec::Close, payload, true, -1, false, report);
}

qint64 ServerEngine::sendText(const QByteArray &utf8)
{
    return sendMessage(FrameCodec::Text, utf8);
}

qint64 ServerEngine::sendBinary(const QByteArray &data)
{
    return sendMessage(FrameCodec::Binary, data);
}

qint64 ServerEngine::sendMessage(quint8 opcode, const QByteArray &payload)
{
    if (m_phase != Phase::Open)
        return -1;
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

void ServerEngine::ping(const QByteArray &payload)
{
    m_pings.push_back({payload, m_clock.nsecsElapsed()});
    if (m_pings.size() > 64)
        m_pings.pop_front(); // a client that never answers must not grow this forever
    writeFrame(FrameCodec::Ping, payload, true, -1);
}

void ServerEngine::close(int code, const QString &reason)
{
    startClosingHandshake(code, reason.toUtf8(), Report::IfAsked);
}

void ServerEngine::closeVerbatim(int code, const QByteArray &reason)
{
    startClosingHandshake(code, reason, Report::AlwaysWhole);
}

void ServerEngine::startClosingHandshake(int code, const QByteArray &reason, Report report)
{
    if (m_closeSent || !m_socket || (m_phase != Phase::Open && m_phase != Phase::Closing))
        return;
    m_phase = Phase::Closing;
    sendClose(code, reason, report);
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void ServerEngine::writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                              bool rsv1, Report report)
{
    if (!m_socket || m_peerGone)
        return; // nothing reaches a peer that has closed TCP
    const QByteArray frame = FrameCodec::encodeUnmasked(opcode, payload, fin, rsv1);
    const int headBytes = report == Report::AlwaysWhole ? -1 : m_request.framePayloadBytes;
    if (m_request.reportFrames || report != Report::IfAsked)
        reportFrame(FrameCodec::describeEncoded(opcode, payload, fin, rsv1, 0, headBytes, false),
                    true);
    queueWrite(frame.size(), appBytes);
    m_socket->write(frame);
}

QString ServerEngine::writeRawFrame(RawFrame frame)
{
    if (const QString problem = frame.problem(); !problem.isEmpty())
        return problem;
    if (!m_socket || m_peerGone || m_phase == Phase::Idle || m_phase == Phase::Tls)
        return {};
    frame.chooseMaskKey();
    const QByteArray bytes = frame.encode();
    reportFrame(frame.describe(Direction::Out, -1), true);
    queueWrite(bytes.size(), 0);
    m_socket->write(bytes);
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

void ServerEngine::writePong(const QByteArray &payload)
{
    writeFrame(FrameCodec::Pong, payload, true, -1);
    if (EngineListener *l = listener())
        l->enginePongSent(payload);
}

void ServerEngine::onBytesWritten(qint64 bytes)
{
    networkWrote(bytes);
    if (!m_socket || m_closeSent || m_peerGone)
        return;
    if (const auto pong = m_pongs.drained(m_socket->bytesToWrite())) {
        writePong(*pong);
        if (const QString note = m_pongs.takeUnansweredNote(true, Endpoint::Server);
            !note.isEmpty())
            fail(note);
    }
}

void ServerEngine::onDisconnected()
{
    if (finishScheduled())
        return;
    m_peerGone = true;
    // The client's last bytes (its Close) may still wait in the socket's buffer.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done
        && m_phase != Phase::Answering) {
        if (!m_readScheduled)
            processInput();
        return;
    }
    concludeDisconnect();
}

void ServerEngine::concludeDisconnect()
{
    if (finishScheduled())
        return;
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Tls:
    case Phase::Request:
    case Phase::Answering:
        if (m_phase != Phase::Idle && m_phase != Phase::Tls)
            reportHandshake();
        fail(tr("The client %1 closed the connection during the opening handshake.")
                 .arg(peerName()));
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
            fail(tr("The client %1 closed the TCP connection without a closing handshake.")
                     .arg(peerName()));
            end(1006, QString(), false);
        }
        return;
    }
}

void ServerEngine::onSocketError(QAbstractSocket::SocketError error)
{
    if (finishScheduled() || error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected tells what a close means at this point of the protocol
    if (m_closeReceived || m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Tls)
        fail(tr("The TLS handshake with the client %1 failed: %2")
                 .arg(peerName(), m_socket->errorString()));
    else
        fail(tr("Network error with the client %1: %2").arg(peerName(), m_socket->errorString()));
    if (m_phase == Phase::Request || m_phase == Phase::Answering)
        reportHandshake();
    end(1006, QString(), false);
    releaseSocket();
}

void ServerEngine::onHandshakeTimeout()
{
    if (m_phase != Phase::Tls && m_phase != Phase::Request)
        return;
    fail(tr("No WebSocket upgrade request from %1 within %2 ms; the connection was dropped.")
             .arg(peerName())
             .arg(m_request.handshakeTimeoutMs));
    if (m_phase == Phase::Request && !m_in.bytes().isEmpty())
        reportHandshake();
    end(1006, QString(), false);
    releaseSocket();
}

void ServerEngine::onCloseTimeout()
{
    if (finishScheduled())
        return;
    if (m_closeReceived) {
        // Both Close frames were exchanged; only the TCP teardown was slow.
        end(m_receivedCode, m_receivedReason, true);
    } else if (m_phase == Phase::Done) {
        end(m_failCode ? m_failCode : 1006, m_failReason, false);
    } else {
        fail(tr("The client %1 did not answer the Close frame within %2 ms.")
                 .arg(peerName())
                 .arg(m_request.closeTimeoutMs));
        end(1006, QString(), false);
    }
    releaseSocket();
}

void ServerEngine::fail(const QString &message)
{
    if (EngineListener *l = listener())
        l->engineFailed(message);
}

void ServerEngine::end(int code, const QString &reason, bool wasClean)
{
    if (m_pongs.isWaiting() && !finishScheduled())
        fail(m_pongs.takeUnansweredNote(false, Endpoint::Server));
    m_phase = Phase::Done;
    scheduleFinish(code, reason, wasClean);
}

void ServerEngine::abort()
{
    abandon();
}

void ServerEngine::release()
{
    m_handshakeTimer.stop();
    m_closeTimer.stop();
    m_answerTimer.stop();
    releaseSocket();
}

void ServerEngine::releaseSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
