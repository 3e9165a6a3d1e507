#pragma once

#include <QWidget>

#include "log/logpage.h"
#include "session/session.h"

class LogView;
class EventLog;
class QLabel;

/// A recorded session in a read-only tab: the same log view as a live connection, a line
/// saying where and when it was recorded, and what to do with it.
class SessionPage : public QWidget, public LogPage
{
    Q_OBJECT
public:
    SessionPage(Session &&session, const QString &path, QWidget *parent = nullptr);
    ~SessionPage() override;

    const SessionHeader &header() const { return m_header; }
    EventLog *log() const { return m_log; }
    LogView *logView() const override { return m_view; }
    SessionHeader sessionHeader() const override { return m_header; }
    const EventStore &sessionEvents() const override;
    QString path() const { return m_path; }
    /// A name for the tab.
    QString title() const;

signals:
    void replayRequested();
    void exportRequested();

private:
    SessionHeader m_header;
    QString m_path;
    EventLog *m_log;
    LogView *m_view;
    QLabel *m_info;
};
