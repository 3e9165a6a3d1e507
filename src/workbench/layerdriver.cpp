#include "workbench/layerdriver.h"

#include <utility>

#include "connection/connection.h"
#include "log/eventlog.h"
#include "protocols/protocolregistry.h"

LayerDriver::LayerDriver(Connection &connection, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_log(log)
{
    // Opens and closes come by their own signals, emitted right after the event is published;
    // messages through eventOccurred only while a layer is in use (start()): a signal per
    // event to a slot that ignores it was 3-4 % of the window's thread under a flood (perf10).
    connect(&m_connection, &Connection::opened, this,
            [this](const QString &protocol, const QString &) { start(protocol); });
    connect(&m_connection, &Connection::closed, &m_keepAlive, &QTimer::stop);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (m_session && m_autoReplies && m_connection.readyState() == ReadyState::Open)
            sendFrames(m_session->keepAlive());
    });
}

LayerDriver::~LayerDriver() = default;

void LayerDriver::setChoice(const QString &choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    start(m_subprotocol);
}

std::shared_ptr<const ProtocolLayer> LayerDriver::layer() const
{
    return m_session ? m_session->sharedLayer() : nullptr;
}

void LayerDriver::setAutoReplies(bool on)
{
    m_autoReplies = on;
}

void LayerDriver::start(const QString &subprotocol)
{
    m_subprotocol = subprotocol;
    m_keepAlive.stop();
    auto layer = ProtocolRegistry::resolve(m_choice, m_connection.url(), subprotocol);
    m_session = layer ? std::make_unique<LayerSession>(layer) : nullptr;
    if (m_session && !m_messages)
        m_messages =
            connect(&m_connection, &Connection::eventOccurred, this, &LayerDriver::onEvent);
    else if (!m_session && m_messages)
        disconnect(std::exchange(m_messages, {}));
    if (m_log)
        m_log->setProtocolLayer(layer);
    emit layerChanged();
}

void LayerDriver::onEvent(const Event &event)
{
    if (!m_session || !event.isMessage())
        return;
    QList<LayerFrame> replies;
    const QList<LayerPacket> packets = m_session->message(
        event.payload, event.kind == EventKind::Binary, event.direction, event.timeMs, &replies);
    emit packetsRead(event, packets);
    if (m_autoReplies) {
        sendFrames(replies);
        const int ms = m_session ? m_session->keepAliveMs() : 0;
        if (ms > 0 && m_keepAlive.interval() != ms)
            m_keepAlive.start(ms);
        else if (ms > 0 && !m_keepAlive.isActive())
            m_keepAlive.start(ms);
    }
}

void LayerDriver::sendFrames(const QList<LayerFrame> &frames)
{
    for (const LayerFrame &f : frames) {
        if (f.binary)
            m_connection.sendBinary(f.bytes);
        else
            m_connection.sendText(f.bytes);
    }
}

bool LayerDriver::send(const QString &action, const QVariantMap &values, QString *error)
{
    if (!m_session) {
        *error = tr("No protocol layer is in use on this connection.");
        return false;
    }
    if (m_connection.readyState() != ReadyState::Open) {
        *error = tr("The connection is not open.");
        return false;
    }
    QList<LayerFrame> frames;
    if (!m_session->encode(action, values, &frames, error))
        return false;
    sendFrames(frames);
    return true;
}
