#pragma once

#include <QObject>

class Clock;
class LogPage;
class ReplayPage;
class SessionLibrary;
class QWidget;

/// Replay for any tab that shows a log: asks where and how, journals the replay as a session
/// of its own and hands back the page that runs it.
class ReplayLauncher : public QObject
{
    Q_OBJECT
public:
    ReplayLauncher(const Clock &clock, const SessionLibrary &library, QWidget *window);

    /// The new page, not started yet; null when there is nothing to replay or the user
    /// cancelled. tabParent becomes its parent.
    ReplayPage *ask(LogPage *page, QWidget *tabParent);

private:
    const Clock &m_clock;
    const SessionLibrary &m_library;
    QWidget *m_window;
};
