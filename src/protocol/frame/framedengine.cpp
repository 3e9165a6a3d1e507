#include "protocol/frame/framedengine.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QtEndian>

#include "protocol/requestvalidator.h"

FramedEngine::FramedEngine(Endpoint role, EngineListener *listener, QObject *parent)
    : Engine(listener, parent)
    , m_role(role)
{
    m_codec.role = role;
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &FramedEngine::onHandshakeTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &FramedEngine::onCloseTimeout);
}

FramedEngine::~FramedEngine()
{
    // A subclass's releaseSocket() is gone by now; the socket is all that is left to let go.
    FramedEngine::releaseSocket();
}

void FramedEngine::attachSocket()
{
    m_socket->setReadBufferSize(4 * ReadSliceBytes);
    // Each frame goes out in one write and peers mostly wait for a reply: with Nagle on, a
    // small write behind an unacknowledged one waits for the peer's delayed ACK (~40 ms per
    // round through the relay). Qt can only set the option once the socket has a descriptor.
    QTcpSocket *socket = m_socket;
    const auto lowDelay = [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); };
    if (socket->state() == QAbstractSocket::ConnectedState)
        lowDelay();
    connect(socket, &QAbstractSocket::connected, this, lowDelay);
    connect(m_socket, &QTcpSocket::readyRead, this, &FramedEngine::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FramedEngine::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &FramedEngine::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FramedEngine::onSocketError);
}

void FramedEngine::startFrames(std::unique_ptr<PerMessageDeflate> deflate, qint64 maxMessageSize)
{
    m_deflate = std::move(deflate);
    m_phase = Phase::Open;
    m_large = {};
    m_largeFilled = -1;
    m_codec.allowRsv1 = m_deflate != nullptr;
    m_assembler.reset(maxMessageSize, m_deflate.get(), m_role);
    // Frames on a plain TCP connection are read from the descriptor itself (InputBuffer):
    // TLS and proxies have bytes of their own between the descriptor and the stream. The
    // socket keeps watching the descriptor and still reads what arrives between two slices,
    // the end of the stream and errors, so its buffer shrinks to what that needs.
    const QNetworkProxy::ProxyType proxy =
        m_socket ? m_socket->proxy().type() : QNetworkProxy::NoProxy;
    m_readsDescriptor =
        m_socket && InputBuffer::readsDescriptors() && !qobject_cast<QSslSocket *>(m_socket)
        && (proxy == QNetworkProxy::NoProxy
            || (m_role == Endpoint::Server && proxy == QNetworkProxy::DefaultProxy));
    if (m_readsDescriptor)
        m_socket->setReadBufferSize(SocketBufferBytes);
}

void FramedEngine::onReadyRead()
{
    if (!m_readScheduled)
        processInput();
}

void FramedEngine::scheduleInput()
{
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &FramedEngine::processInput, Qt::QueuedConnection);
}

void FramedEngine::processInput()
{
    m_readScheduled = false;
    if (!m_socket || m_phase == Phase::Done || m_phase == Phase::Connecting
        || m_phase == Phase::Answering || readingPaused())
        return;
    const bool direct = m_readsDescriptor && m_socket->state() == QAbstractSocket::ConnectedState;
    const qintptr descriptor = direct ? m_socket->socketDescriptor() : -1;
    const bool framing = m_phase == Phase::Open || m_phase == Phase::Closing;
    if (framing && m_largeFilled >= 0) {
        // The slice goes to the large frame's payload; frames after it wait for the next.
        if (readLargePayload(descriptor)) {
            FrameCodec::Frame frame = std::exchange(m_large, {});
            m_largeFilled = -1;
            handleFrame(frame);
        }
    } else {
        m_in.readFrom(m_socket, ReadSliceBytes, descriptor);
        if (m_phase == Phase::Handshake)
            processHandshakeInput();
        if (m_phase == Phase::Open || m_phase == Phase::Closing)
            processFrames();
    }
    if (readingPaused() && !m_concludeWhilePaused)
        return; // setReadingPaused(false) goes on from here
    // Leave the rest for the next turn of the event loop: readyRead will not come again for
    // bytes that are already buffered.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done
        && m_phase != Phase::Answering) {
        scheduleInput();
    } else if (m_peerGone) {
        concludeDisconnect();
    }
}

void FramedEngine::readingResumed()
{
    if (!m_readScheduled)
        scheduleInput();
}

void FramedEngine::reportHandshake()
{
    if (m_handshakeReported)
        return;
    m_handshakeReported = true;
    if (EngineListener *l = listener())
        l->engineHandshakeFinished(handshakeRecord());
}

void FramedEngine::processFrames()
{
    qsizetype offset = m_in.parsed();
    // A listener may pause reading from inside a report: stop there.
    while ((m_phase == Phase::Open || m_phase == Phase::Closing) && !readingPaused()) {
        FrameCodec::Frame frame;
        int code = 0;
        QString error;
        const FrameCodec::Result r = m_codec.decode(m_in.bytes(), &offset, &frame, &code, &error);
        if (r == FrameCodec::Result::NeedMore) {
            if (frame.headerBytes > 0 && frame.info.payloadLength >= quint64(DirectPayloadBytes)) {
                // Its payload gets a buffer of its own now: what has arrived is copied once,
                // the rest is read into it (readLargePayload), not into m_in and out again.
                const qsizetype at = offset + frame.headerBytes;
                const qsizetype arrived = m_in.bytes().size() - at;
                frame.payload = QByteArray(qsizetype(frame.info.payloadLength), Qt::Uninitialized);
                std::memcpy(frame.payload.data(), m_in.bytes().constData() + at, size_t(arrived));
                m_large = std::move(frame);
                m_largeFilled = arrived;
                offset = m_in.bytes().size();
            }
            break;
        }
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

bool FramedEngine::readLargePayload(qintptr descriptor)
{
    const qint64 left = m_large.payload.size() - m_largeFilled;
    m_largeFilled +=
        qsizetype(InputBuffer::readInto(m_socket, m_large.payload.data() + m_largeFilled,
                                        std::min(left, ReadSliceBytes), descriptor));
    if (m_largeFilled < m_large.payload.size())
        return false;
    // What FrameCodec::decode() does with a payload it holds whole.
    if (m_large.info.masked)
        FrameCodec::applyMask(m_large.payload.data(), m_large.payload.size(), m_large.info.maskKey);
    m_large.info.head = FrameCodec::headOf(m_large.payload, m_codec.headBytes);
    return true;
}

void FramedEngine::reportFrame(const FrameInfo &info, bool always)
{
    if (!m_request.reportFrames && !always)
        return;
    if (EngineListener *l = listener())
        l->engineFrame(info);
}

void FramedEngine::handleFrame(FrameCodec::Frame &frame)
{
    reportFrame(frame.info);
    switch (frame.info.opcode) {
    case FrameCodec::Ping:
        if (EngineListener *l = listener())
            l->enginePing(frame.payload);
        if (m_request.autoPong && answersPings() && !m_closeSent && !m_peerGone && m_socket)
            answerPing(frame.payload);
        return;
    case FrameCodec::Pong:
        handlePong(frame.payload);
        return;
    case FrameCodec::Close:
        handleClose(frame.payload);
        return;
    default:
        handleDataFrame(frame);
    }
}

void FramedEngine::handlePong(const QByteArray &payload)
{
    const qint64 rtt = m_pings.answered(payload);
    if (EngineListener *l = listener())
        l->enginePong(rtt, payload);
}

void FramedEngine::handleDataFrame(FrameCodec::Frame &frame)
{
    if (m_closeReceived)
        return; // nothing may follow the peer's Close
    const MessageAssembler::Result r = m_assembler.add(frame);
    if (r.status == MessageAssembler::Result::Violation)
        failConnection(r.closeCode, r.violation);
    else if (r.status == MessageAssembler::Result::Message)
        if (EngineListener *l = listener())
            l->engineMessage(r.payload, r.isText, r.wireSize);
}

void FramedEngine::handleClose(const QByteArray &payload)
{
    int code = 1005;
    QByteArray reason;
    int failCode = 0;
    QString violation;
    if (!FrameCodec::parseClose(payload, &code, &reason, &failCode, &violation, m_role)) {
        failConnection(failCode, violation);
        return;
    }
    if (m_closeReceived)
        return; // a second Close: nothing may follow the first
    m_closeReceived = true;
    m_receivedCode = code;
    m_receivedReason = QString::fromUtf8(reason);
    m_receivedReasonBytes = reason;
    if (!m_closeSent && m_closeAnswerHeld) {
        // A relay answers with what the other peer answers (close()); until then the
        // connection stays up, bounded by the close timeout.
        if (EngineListener *l = listener())
            l->engineClosing();
        startCloseTimer();
        return;
    }
    if (!m_closeSent) {
        m_phase = Phase::Closing;
        if (EngineListener *l = listener())
            l->engineClosing();
        // Echo the code, as RFC 6455 §5.5.1 suggests; an empty Close is answered empty.
        sendClose(code == 1005 ? NoStatusCode : code, QByteArray(), Report::Always);
    }
    // Both Close frames are out: a server closes TCP first (RFC 6455 §7.1.1), and a client
    // whose server does not, does it itself.
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
    startCloseTimer();
}

void FramedEngine::failConnection(int code, const QString &violation)
{
    if (m_phase == Phase::Done)
        return;
    fail(failureText(Failure::ProtocolError, code, violation));
    m_failCode = code;
    m_failReason = violation;
    if (!m_closeSent)
        sendClose(code, violation.toUtf8().left(RequestValidator::MaxCloseReasonBytes),
                  Report::Always);
    m_phase = Phase::Done;
    m_socket->disconnectFromHost();
    startCloseTimer();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        end(code, violation, false);
}

void FramedEngine::startCloseTimer()
{
    m_closeTimer.start(std::max(100, m_request.closeTimeoutMs));
}

void FramedEngine::sendClose(int code, const QByteArray &reason, Report report)
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

qint64 FramedEngine::sendText(const QByteArray &utf8)
{
    return sendMessage(FrameCodec::Text, utf8);
}

qint64 FramedEngine::sendBinary(const QByteArray &data)
{
    return sendMessage(FrameCodec::Binary, data);
}

qint64 FramedEngine::sendMessage(quint8 opcode, const QByteArray &payload)
{
    if (m_phase != Phase::Open)
        return -1; // no data before the handshake or after a Close
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

void FramedEngine::ping(const QByteArray &payload)
{
    m_pings.sent(payload);
    writeFrame(FrameCodec::Ping, payload, true, -1);
}

void FramedEngine::pong(const QByteArray &payload)
{
    if (!m_closeSent && (m_phase == Phase::Open || m_phase == Phase::Closing))
        writeFrame(FrameCodec::Pong, payload, true, -1);
}

void FramedEngine::close(int code, const QString &reason)
{
    startClosingHandshake(code, reason.toUtf8(), Report::IfAsked);
}

void FramedEngine::closeVerbatim(int code, const QByteArray &reason)
{
    startClosingHandshake(code, reason, Report::AlwaysWhole);
}

void FramedEngine::startClosingHandshake(int code, const QByteArray &reason, Report report)
{
    if (m_closeSent || !m_socket || (m_phase != Phase::Open && m_phase != Phase::Closing))
        return;
    m_phase = Phase::Closing;
    sendClose(code, reason, report);
    // The answer to a held Close: both Close frames are out, TCP ends as in handleClose().
    if (m_closeReceived)
        m_socket->disconnectFromHost();
    startCloseTimer();
}

void FramedEngine::writeFrame(quint8 opcode, QByteArrayView payload, bool fin, qint64 appBytes,
                              bool rsv1, Report report)
{
    if (!m_socket || m_peerGone)
        return; // nothing reaches a peer that has closed TCP
    // A client masks every frame with a fresh key (RFC 6455 §5.3); a server never masks.
    const bool masked = m_role == Endpoint::Client;
    const quint32 key = masked ? QRandomGenerator::global()->generate() : 0;
    const QByteArray frame = masked ? FrameCodec::encode(opcode, payload, fin, rsv1, key)
                                    : FrameCodec::encodeUnmasked(opcode, payload, fin, rsv1);
    // Described only when reported: at a flood's rate the description costs.
    if (m_request.reportFrames || report != Report::IfAsked) {
        const int headBytes = report == Report::AlwaysWhole ? -1 : m_request.framePayloadBytes;
        reportFrame(FrameCodec::describeEncoded(opcode, payload, fin, rsv1, key, headBytes, masked),
                    true);
    }
    queueWrite(frame.size(), appBytes);
    writeWire(frame);
}

void FramedEngine::writeWire(const QByteArray &bytes)
{
    if (m_streamLeft > 0)
        m_streamHeld += bytes;
    else
        m_socket->write(bytes);
}

void FramedEngine::putStreamedFrame(RawFrame header, qint64 payloadBytes)
{
    header.masked = false;
    header.payload.clear();
    header.declaredLength = quint64(payloadBytes);
    // The log shows the header as written and the head of the payload, as for any frame.
    RawFrame shown = header;
    shown.payload = QByteArray(qsizetype(std::min<qint64>(payloadBytes, 1024)), StreamFill);
    reportFrame(shown.describe(Direction::Out, -1), true);
    const QByteArray head = header.encode();
    queueWrite(head.size() + payloadBytes, 0);
    writeWire(head);
    m_streamLeft = payloadBytes;
    pumpStream();
}

void FramedEngine::pumpStream()
{
    if (m_streamLeft <= 0 || !m_socket || m_peerGone)
        return;
    // One slice for every engine; each write copies from it into the socket's buffer.
    static const QByteArray slice(qsizetype(StreamSliceBytes), StreamFill);
    while (m_streamLeft > 0 && m_socket->bytesToWrite() < StreamSliceBytes) {
        const qint64 n = std::min(m_streamLeft, StreamSliceBytes);
        m_socket->write(slice.constData(), n);
        m_streamLeft -= n;
        m_streamPeak = std::max(m_streamPeak, m_socket->bytesToWrite());
    }
    if (m_streamLeft == 0 && !m_streamHeld.isEmpty())
        m_socket->write(std::exchange(m_streamHeld, {}));
}

void FramedEngine::answerPing(const QByteArray &payload)
{
    if (const auto pong = m_pongs.ping(payload, m_socket->bytesToWrite()))
        writePong(*pong);
}

void FramedEngine::writePong(const QByteArray &payload)
{
    writeFrame(FrameCodec::Pong, payload, true, -1);
    if (EngineListener *l = listener())
        l->enginePongSent(payload);
}

void FramedEngine::flushPendingPong()
{
    if (!m_socket || m_closeSent || m_peerGone)
        return;
    if (const auto pong = m_pongs.drained(m_socket->bytesToWrite())) {
        writePong(*pong);
        if (const QString note = m_pongs.takeUnansweredNote(true, m_role); !note.isEmpty())
            fail(note);
    }
}

void FramedEngine::onBytesWritten(qint64 bytes)
{
    networkWrote(bytes);
    pumpStream();
    flushPendingPong();
}

void FramedEngine::onDisconnected()
{
    if (finishScheduled())
        return;
    m_peerGone = true;
    if (readingPaused() && !m_concludeWhilePaused)
        return; // what it sent is parsed, and the end concluded, when reading resumes
    // The peer's last bytes (a burst, its Close) may still sit in the socket's buffer or wait
    // for a scheduled slice: how the connection ended is known only once they are parsed.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_phase != Phase::Done
        && m_phase != Phase::Answering) {
        if (!m_readScheduled)
            processInput();
        return;
    }
    concludeDisconnect();
}

void FramedEngine::concludeDisconnect()
{
    if (finishScheduled())
        return;
    switch (m_phase) {
    case Phase::Done:
        end(m_failCode ? m_failCode : 1006, m_failReason, false);
        return;
    case Phase::Open:
    case Phase::Closing:
        if (m_closeReceived) {
            end(m_receivedCode, m_receivedReason, true);
        } else {
            fail(failureText(Failure::PeerLeft));
            end(1006, QString(), false);
        }
        return;
    case Phase::Idle:
    case Phase::Connecting:
    case Phase::Handshake:
    case Phase::Answering:
        concludeHandshakeDisconnect();
        return;
    }
}

void FramedEngine::onCloseTimeout()
{
    if (finishScheduled())
        return;
    if (m_closeReceived) {
        // Both Close frames were exchanged; only the TCP teardown was slow.
        end(m_receivedCode, m_receivedReason, true);
    } else if (m_phase == Phase::Done) {
        // Failed, or (a server) refused the upgrade: nothing was closed cleanly.
        end(m_failCode ? m_failCode : 1006, m_failReason, false);
    } else {
        fail(failureText(Failure::CloseTimeout));
        end(1006, QString(), false);
    }
    releaseSocket();
}

void FramedEngine::fail(const QString &message)
{
    if (EngineListener *l = listener())
        l->engineFailed(message);
}

void FramedEngine::end(int code, const QString &reason, bool wasClean)
{
    if (m_pongs.isWaiting() && !finishScheduled())
        fail(m_pongs.takeUnansweredNote(false, m_role));
    m_phase = Phase::Done; // whatever still arrives is not parsed
    scheduleFinish(code, reason, wasClean);
}

void FramedEngine::abort()
{
    abandon();
}

void FramedEngine::release()
{
    m_handshakeTimer.stop();
    m_closeTimer.stop();
    releaseSocket();
}

void FramedEngine::releaseSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    // The next socket (a redirect's) is judged again once its frames start.
    m_readsDescriptor = false;
    m_large = {};
    m_largeFilled = -1;
    m_streamLeft = 0;
    m_streamHeld.clear();
}

// Raw frames: the testing mode, which breaks the protocol on purpose.

QString FramedEngine::sendRawFrames(const QList<RawFrame> &frames)
{
    if (!m_socket || m_peerGone || (m_phase != Phase::Open && m_phase != Phase::Closing))
        return tr("The connection is not open: raw frames cannot be written.");
    for (const RawFrame &frame : frames) {
        if (const QString problem = frame.problem(); !problem.isEmpty())
            return problem;
    }
    for (const RawFrame &frame : frames)
        sendRawFrame(frame);
    return {};
}

void FramedEngine::putRawFrame(RawFrame frame, qint64 appBytes)
{
    frame.chooseMaskKey();
    const QByteArray bytes = frame.encode();
    reportFrame(frame.describe(Direction::Out, -1), true);
    queueWrite(bytes.size(), appBytes);
    writeWire(bytes);
}

void FramedEngine::sendRawFrame(const RawFrame &frame)
{
    // Data frames count into bufferedAmount as the application's bytes, as sendMessage does.
    const bool data = frame.opcode <= FrameCodec::Binary;
    putRawFrame(frame, data ? frame.payload.size() : -1);
    if (frame.opcode == FrameCodec::Ping && frame.fin) {
        m_pings.sent(frame.payload);
    } else if (frame.opcode == FrameCodec::Close && !m_closeSent) {
        // The engine's state follows what went out: after a Close it sends nothing of its own
        // and waits for the peer's Close (or the close timeout), whatever the Close said.
        m_closeSent = true;
        m_phase = Phase::Closing;
        startCloseTimer();
    }
}
