#pragma once

#include <memory>

#include <QWidget>

#include "log/logpage.h"
#include "replay/replayrunner.h"
#include "session/journal.h"

class Journal;
class LogView;
class EventLog;
class QLabel;
class QPushButton;
class QTableWidget;

/// A replay in its own tab: the live log of the new connection, its progress, Step and Stop,
/// and when it ends, the recorded and replayed replies side by side.
class ReplayPage : public QWidget, public LogPage
{
    Q_OBJECT
public:
    /// journal may be null; it records the replay as a session of its own.
    ReplayPage(const SessionHeader &header, const EventStore &recording,
               const ConnectionRequest &request, const ReplayOptions &options,
               const CompareRules &rules, const Clock &clock, std::unique_ptr<Journal> journal,
               QWidget *parent = nullptr);
    ~ReplayPage() override;

    void start();
    ReplayRunner &runner() { return *m_runner; }
    EventLog *log() const { return m_log; }
    LogView *logView() const override { return m_view; }
    SessionHeader sessionHeader() const override { return m_runner->header(); }
    const EventStore &sessionEvents() const override;
    QTableWidget *comparison() const { return m_table; }
    QString summary() const;

signals:
    void finished();

private:
    void onFinished(bool opened);
    void updateProgress();

    std::unique_ptr<ReplayRunner> m_runner;
    std::unique_ptr<Journal> m_journal;
    CompareRules m_rules;
    EventLog *m_log;
    LogView *m_view;
    QLabel *m_status;
    QPushButton *m_step;
    QPushButton *m_stop;
    QTableWidget *m_table;
    QLabel *m_summary;
};
