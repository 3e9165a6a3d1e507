#include "replay/replayrunner.h"

#include "connection/clock.h"

ReplayRunner::ReplayRunner(const SessionHeader &recordingHeader, const EventStore &recording,
                           const ConnectionRequest &request, const ReplayOptions &options,
                           const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(clock)
    , m_scheduler(recording, options)
{
    m_header.createdMs = clock.nowMs();
    m_header.request = request;
    m_header.source = QStringLiteral("replay");
    m_header.title = recordingHeader.title;
    for (qsizetype i = 0; i < recording.size(); ++i) {
        const EventStore::Row &row = recording.row(i);
        if ((row.kind == EventKind::Text || row.kind == EventKind::Binary)
            && row.direction == Direction::In)
            m_recordedIncoming << recording.at(i);
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayRunner::pump);
    m_connection.addSink(this);
    connect(&m_connection, &Connection::opened, this, [this] {
        m_opened = true;
        m_scheduler.start(m_connection.clock().nowMs());
        pump();
    });
    // Sending changes bufferedAmount synchronously: look again from the event loop, not
    // from inside the send.
    connect(&m_connection, &Connection::bufferedAmountChanged, this, [this](qint64) {
        if (m_opened && !m_pumping && !m_timer.isActive())
            m_timer.start(0);
    });
    connect(&m_connection, &Connection::closed, this, [this] {
        m_timer.stop();
        emit finished(m_opened);
    });
}

ReplayRunner::~ReplayRunner()
{
    m_connection.removeSink(this);
}

bool ReplayRunner::start()
{
    m_header.createdMs = m_connection.clock().nowMs();
    if (m_connection.open(m_header.request))
        return true;
    // Refused before it started (an invalid request): report like a failed connection.
    QMetaObject::invokeMethod(
        this, [this] { emit finished(false); }, Qt::QueuedConnection);
    return false;
}

void ReplayRunner::step()
{
    m_scheduler.step();
    pump();
}

void ReplayRunner::stop()
{
    m_timer.stop();
    m_closing = true;
    if (m_connection.readyState() == ReadyState::Open
        || m_connection.readyState() == ReadyState::Connecting)
        m_connection.close(1000);
}

void ReplayRunner::pump()
{
    if (m_pumping || m_closing || m_connection.readyState() != ReadyState::Open)
        return;
    m_pumping = true;
    const qint64 wait = m_scheduler.poll(m_connection.clock().nowMs(), *this);
    m_pumping = false;
    emit progress(m_scheduler.sentCount(), m_scheduler.total());
    if (m_scheduler.finished()) {
        stop();
        return;
    }
    if (wait != ReplayScheduler::WaitForEvent)
        m_timer.start(int(qMin<qint64>(wait, 60000)));
}

void ReplayRunner::sendMessage(const Event &message)
{
    if (message.kind == EventKind::Text)
        m_connection.sendText(message.payload);
    else
        m_connection.sendBinary(message.payload);
}

void ReplayRunner::record(const Event &event)
{
    m_events.append(event);
    if (event.isMessage() && event.direction == Direction::In) {
        m_scheduler.incoming(event, event.timeMs);
        // A reply may be what a wait, or the end of the replay, was waiting for.
        if (m_opened && !m_closing)
            QMetaObject::invokeMethod(this, &ReplayRunner::pump, Qt::QueuedConnection);
    }
}

QList<Event> ReplayRunner::replayedIncoming() const
{
    QList<Event> out;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const EventStore::Row &row = m_events.row(i);
        if ((row.kind == EventKind::Text || row.kind == EventKind::Binary)
            && row.direction == Direction::In)
            out << m_events.at(i);
    }
    return out;
}

CompareResult ReplayRunner::compare(const CompareRules &rules) const
{
    return SessionCompare::compare(m_recordedIncoming, replayedIncoming(), rules);
}
