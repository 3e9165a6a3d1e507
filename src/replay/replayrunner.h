#pragma once

#include <QTimer>

#include "connection/connection.h"
#include "replay/replayscheduler.h"
#include "replay/sessioncompare.h"
#include "session/session.h"

/// Plays a recording's outgoing messages to a server over a real connection, records what
/// happens as a new session, and compares what came back with what the recording received.
class ReplayRunner : public QObject, private ReplayTarget, private EventSink
{
    Q_OBJECT
public:
    /// request: where to connect (by default the recording's own request).
    ReplayRunner(const SessionHeader &recordingHeader, const EventStore &recording,
                 const ConnectionRequest &request, const ReplayOptions &options, const Clock &clock,
                 QObject *parent = nullptr);
    ~ReplayRunner() override;

    Connection &connection() { return m_connection; }
    const ReplayScheduler &scheduler() const { return m_scheduler; }
    /// The replay itself, as a session of its own.
    const SessionHeader &header() const { return m_header; }
    const EventStore &events() const { return m_events; }

    bool start();
    void step();
    /// Stops sending and closes the connection.
    void stop();

    CompareResult compare(const CompareRules &rules) const;
    QList<Event> recordedIncoming() const { return m_recordedIncoming; }
    QList<Event> replayedIncoming() const;

signals:
    void progress(qsizetype sent, qsizetype total);
    /// The connection has ended; opened says whether it ever opened.
    void finished(bool opened);

private:
    void sendMessage(const Event &message) override;
    qint64 bufferedAmount() const override { return m_connection.bufferedAmount(); }
    void record(const Event &event) override;
    void pump();

    Connection m_connection;
    ReplayScheduler m_scheduler;
    SessionHeader m_header;
    EventStore m_events;
    QList<Event> m_recordedIncoming;
    QTimer m_timer;
    bool m_opened = false;
    bool m_closing = false;
    bool m_pumping = false;
};
