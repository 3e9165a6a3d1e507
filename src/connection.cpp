#include "connection.h"

#include "clock.h"
#include "requestvalidator.h"

Connection::Connection(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_factory(&createEngine)
{
}

Connection::~Connection()
{
    dropEngine();
}

void Connection::setEngineFactory(EngineFactory factory)
{
    m_factory = std::move(factory);
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

    m_engine = m_factory(EngineKind::QtWebSockets);
    Engine *engine = m_engine.get();
    connect(engine, &Engine::opened, this, &Connection::onEngineOpened);
    connect(engine, &Engine::closed, this, &Connection::onEngineClosed);
    connect(engine, &Engine::failed, this, &Connection::reportError);
    connect(engine, &Engine::closingStarted, this, [this] {
        if (m_state == ReadyState::Open)
            setState(ReadyState::Closing);
    });
    connect(engine, &Engine::bufferedAmountChanged, this, &Connection::bufferedAmountChanged);
    connect(engine, &Engine::messageReceived, this,
            [this](const QByteArray &payload, bool isText) {
                emit eventOccurred(
                    Event::message(m_clock.nowMs(), Direction::In, isText, payload));
                emit messageReceived(payload, isText);
            });
    connect(engine, &Engine::pingReceived, this, [this](const QByteArray &payload) {
        Event e;
        e.timeMs = m_clock.nowMs();
        e.kind = EventKind::Ping;
        e.direction = Direction::In;
        e.payload = payload;
        emit eventOccurred(e);
    });
    connect(engine, &Engine::pongReceived, this, [this](qint64 rtt, const QByteArray &payload) {
        Event e;
        e.timeMs = m_clock.nowMs();
        e.kind = EventKind::Pong;
        e.direction = Direction::In;
        e.payload = payload;
        e.rttMs = rtt;
        emit eventOccurred(e);
        emit pongReceived(rtt, payload);
    });

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

bool Connection::sendText(const QString &text)
{
    if (!checkCanSend(QT_TR_NOOP("send a message")))
        return false;
    const QByteArray utf8 = text.toUtf8();
    emit eventOccurred(Event::message(m_clock.nowMs(), Direction::Out, true, utf8));
    m_engine->sendText(text);
    return true;
}

bool Connection::sendBinary(const QByteArray &data)
{
    if (!checkCanSend(QT_TR_NOOP("send a message")))
        return false;
    emit eventOccurred(Event::message(m_clock.nowMs(), Direction::Out, false, data));
    m_engine->sendBinary(data);
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
    Event e;
    e.timeMs = m_clock.nowMs();
    e.kind = EventKind::Ping;
    e.direction = Direction::Out;
    e.payload = payload;
    emit eventOccurred(e);
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
    switch (m_state) {
    case ReadyState::Connecting:
        // As in the browser: closing before the handshake completes fails the connection.
        dropEngine();
        onEngineClosed(1006, QString(), false);
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
    onEngineClosed(1006, QString(), false);
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
    emit eventOccurred(Event::error(m_clock.nowMs(), message));
    emit errorOccurred(message);
}

void Connection::onEngineOpened(const QString &protocol, const QString &extensions)
{
    m_protocol = protocol;
    m_extensions = extensions;
    m_openedAtMs = m_clock.nowMs();
    setState(ReadyState::Open);
    emit eventOccurred(Event::open(m_openedAtMs, protocol, extensions));
    emit opened(protocol, extensions);
}

void Connection::onEngineClosed(int code, const QString &reason, bool wasClean)
{
    if (m_state == ReadyState::Closed)
        return;
    m_openedAtMs = 0;
    setState(ReadyState::Closed);
    emit bufferedAmountChanged(0);
    emit eventOccurred(Event::close(m_clock.nowMs(), code, reason, wasClean));
    emit closed(code, reason, wasClean);
}

void Connection::dropEngine()
{
    if (!m_engine)
        return;
    m_engine->disconnect(this);
    m_engine->abort();
    // The engine may be inside one of its own signal emissions: delete it later.
    m_engine.release()->deleteLater();
}
