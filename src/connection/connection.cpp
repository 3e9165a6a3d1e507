#include "connection/connection.h"

#include <algorithm>

#include "connection/clock.h"
#include "protocol/frame/utf8validator.h"
#include "protocol/requestvalidator.h"

Connection::Connection(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_factory(&createEngine)
{
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (m_state == ReadyState::Open)
            ping();
    });
}

Connection::~Connection()
{
    dropEngine();
}

void Connection::setEngineFactory(EngineFactory factory)
{
    m_factory = std::move(factory);
}

void Connection::addSink(EventSink *sink)
{
    if (std::find(m_sinks.begin(), m_sinks.end(), sink) == m_sinks.end())
        m_sinks.push_back(sink);
}

void Connection::removeSink(EventSink *sink)
{
    m_sinks.erase(std::remove(m_sinks.begin(), m_sinks.end(), sink), m_sinks.end());
}

void Connection::publish(const Event &event)
{
    for (EventSink *sink : m_sinks)
        sink->record(event);
    emit eventOccurred(event);
}

QString Connection::readyStateName(ReadyState state)
{
    // The names of the browser constants: protocol vocabulary, not translated.
    switch (state) {
    case ReadyState::Connecting:
        return QStringLiteral("CONNECTING");
    case ReadyState::Open:
        return QStringLiteral("OPEN");
    case ReadyState::Closing:
        return QStringLiteral("CLOSING");
    case ReadyState::Closed:
        return QStringLiteral("CLOSED");
    }
    return {};
}

bool Connection::open(const ConnectionRequest &request)
{
    if (m_state != ReadyState::Closed) {
        reportError(tr("Already %1: disconnect before opening a new connection.")
                        .arg(readyStateName(m_state)));
        return false;
    }
    const QString error = RequestValidator::checkRequest(request);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    dropEngine();
    m_request = request;
    m_request.url = RequestValidator::normalizedUrl(request.url);
    m_protocol.clear();
    m_extensions.clear();
    m_openedAtMs = 0;
    m_handshake = HandshakeRecord();
    m_tlsErrorsIgnored.clear();

    m_engine = m_factory(request.engine, this);
    Engine *engine = m_engine.get();

    setState(ReadyState::Connecting);
    engine->open(m_request);
    return true;
}

bool Connection::checkCanSend(const char *what)
{
    if (m_state == ReadyState::Open)
        return true;
    reportError(tr("Cannot %1: the connection is %2 (readyState %3), not OPEN.")
                    .arg(tr(what))
                    .arg(readyStateName(m_state))
                    .arg(int(m_state)));
    return false;
}

bool Connection::checkRoomFor(qint64 bytes)
{
    const qint64 buffered = bufferedAmount();
    if (buffered == 0 || buffered + bytes <= m_request.maxBufferedBytes)
        return true;
    reportError(tr("Send refused: %1 bytes already wait to be written (bufferedAmount) and this "
                   "message of %2 bytes would take them past Wsprobe's limit of %3 bytes. The "
                   "server is not reading fast enough; wait for bufferedAmount to fall, or "
                   "change the limit with --max-buffered.")
                    .arg(buffered)
                    .arg(bytes)
                    .arg(m_request.maxBufferedBytes));
    return false;
}

bool Connection::sendText(const QByteArray &utf8)
{
    if (!checkCanSend(QT_TR_NOOP("send a message")) || !checkRoomFor(utf8.size()))
        return false;
    if (!Utf8Validator::isValidUtf8(utf8)) {
        reportError(tr("A text message must be valid UTF-8; send these bytes as binary."));
        return false;
    }
    const qint64 t = m_clock.nowMs();
    const qint64 wire = m_engine->sendText(utf8);
    Event e = Event::message(t, Direction::Out, true, utf8);
    e.wireSize = wire;
    publish(e);
    return true;
}

bool Connection::sendBinary(const QByteArray &data)
{
    if (!checkCanSend(QT_TR_NOOP("send a message")) || !checkRoomFor(data.size()))
        return false;
    const qint64 t = m_clock.nowMs();
    const qint64 wire = m_engine->sendBinary(data);
    Event e = Event::message(t, Direction::Out, false, data);
    e.wireSize = wire;
    publish(e);
    return true;
}

bool Connection::ping(const QByteArray &payload)
{
    if (!checkCanSend(QT_TR_NOOP("send a ping")))
        return false;
    if (payload.size() > MaxControlPayload) {
        reportError(tr("A ping payload is at most %1 bytes; this one is %2 bytes.")
                        .arg(MaxControlPayload)
                        .arg(payload.size()));
        return false;
    }
    publish(Event::control(m_clock.nowMs(), EventKind::Ping, Direction::Out, payload));
    m_engine->ping(payload);
    return true;
}

bool Connection::close(int code, const QString &reason)
{
    const QString error = RequestValidator::checkClose(code, reason);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    return startClose(code, reason);
}

bool Connection::closeGoingAway(const QString &reason)
{
    QString cut = reason;
    while (cut.toUtf8().size() > RequestValidator::MaxCloseReasonBytes)
        cut.chop(cut.back().isLowSurrogate() ? 2 : 1);
    return startClose(1001, cut);
}

bool Connection::closeForTesting(int code, const QByteArray &reason)
{
    if (!checkCanSend(QT_TR_NOOP("send a Close frame")))
        return false;
    const QString error = RequestValidator::checkCloseForTesting(code, reason, m_engine->kind());
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    setState(ReadyState::Closing);
    m_engine->closeVerbatim(code, reason);
    return true;
}

bool Connection::sendRawFrames(const QList<RawFrame> &frames)
{
    if (!checkCanSend(QT_TR_NOOP("send raw frames")))
        return false;
    if (frames.isEmpty()) {
        reportError(tr("There are no raw frames to send."));
        return false;
    }
    if (const QString error = m_engine->sendRawFrames(frames); !error.isEmpty()) {
        reportError(error);
        return false;
    }
    const bool close = std::any_of(frames.cbegin(), frames.cend(),
                                   [](const RawFrame &f) { return f.opcode == 0x8; });
    if (close)
        setState(ReadyState::Closing);
    return true;
}

bool Connection::startClose(int code, const QString &reason)
{
    switch (m_state) {
    case ReadyState::Connecting:
        // As in the browser: closing before the handshake completes fails the connection.
        dropEngine();
        engineClosed(1006, QString(), false);
        return true;
    case ReadyState::Open:
        setState(ReadyState::Closing);
        m_engine->close(code, reason);
        return true;
    case ReadyState::Closing:
    case ReadyState::Closed:
        break;
    }
    return false;
}

void Connection::abort()
{
    if (m_state == ReadyState::Closed)
        return;
    dropEngine();
    engineClosed(1006, QString(), false);
}

void Connection::setReadingPaused(bool paused)
{
    if (m_engine)
        m_engine->setReadingPaused(paused);
}

void Connection::setState(ReadyState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit readyStateChanged(state);
}

void Connection::reportError(const QString &message)
{
    publish(Event::error(m_clock.nowMs(), message));
    emit errorOccurred(message);
}

void Connection::engineMessage(const QByteArray &payload, bool isText, qint64 wireSize)
{
    Event e = Event::message(m_clock.nowMs(), Direction::In, isText, payload);
    e.wireSize = wireSize;
    publish(e);
    emit messageReceived(payload, isText);
}

void Connection::enginePing(const QByteArray &payload)
{
    publish(Event::control(m_clock.nowMs(), EventKind::Ping, Direction::In, payload));
}

void Connection::enginePong(qint64 rttMs, const QByteArray &payload)
{
    publish(Event::control(m_clock.nowMs(), EventKind::Pong, Direction::In, payload, rttMs));
    emit pongReceived(rttMs, payload);
}

void Connection::engineHandshakeFinished(const HandshakeRecord &record)
{
    m_handshake = record;
    publish(Event::handshakeRecord(m_clock.nowMs(), record));
    emit handshakeFinished(record);
}

void Connection::engineTlsErrorsIgnored(const QStringList &errors)
{
    // A redirect to another wss:// host adds its own.
    for (const QString &e : errors) {
        if (!m_tlsErrorsIgnored.contains(e))
            m_tlsErrorsIgnored << e;
    }
}

void Connection::engineFrame(const FrameInfo &frame)
{
    publish(Event::frameRecord(m_clock.nowMs(), frame));
    emit frameSeen(frame);
}

void Connection::enginePongSent(const QByteArray &payload)
{
    publish(Event::control(m_clock.nowMs(), EventKind::Pong, Direction::Out, payload));
}

void Connection::engineClosing()
{
    if (m_state == ReadyState::Open)
        setState(ReadyState::Closing);
}

void Connection::engineFailed(const QString &message)
{
    reportError(message);
}

void Connection::engineBufferedAmountChanged(qint64 bytes)
{
    emit bufferedAmountChanged(bytes);
}

void Connection::engineOpened(const QString &protocol, const QString &extensions)
{
    m_protocol = protocol;
    m_extensions = extensions;
    m_openedAtMs = m_clock.nowMs();
    setState(ReadyState::Open);
    if (m_request.keepAliveMs > 0)
        m_keepAlive.start(m_request.keepAliveMs);
    publish(Event::open(m_openedAtMs, protocol, extensions, m_tlsErrorsIgnored));
    emit opened(protocol, extensions);
}

void Connection::engineClosed(int code, const QString &reason, bool wasClean)
{
    if (m_state == ReadyState::Closed)
        return;
    m_openedAtMs = 0;
    m_keepAlive.stop();
    setState(ReadyState::Closed);
    emit bufferedAmountChanged(0);
    publish(Event::close(m_clock.nowMs(), code, reason, wasClean));
    emit closed(code, reason, wasClean);
}

void Connection::dropEngine()
{
    if (!m_engine)
        return;
    m_engine->abort(); // detaches us: the engine reports nothing more
    // The engine may be inside one of its own signal emissions: delete it later.
    m_engine.release()->deleteLater();
}
