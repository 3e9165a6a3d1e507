#pragma once

#include <QTimer>
#include <QWidget>

#include "log/eventlog.h"
#include "log/logsearch.h"

class QActionGroup;
class QLabel;
class QLineEdit;
class QToolButton;

/// The row above the log: search (plain or regex, case), direction and kind filters, the
/// match count with previous/next, and the Time column's mode. It builds a LogSearch; the
/// core does the matching.
class LogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    /// The search as set now; false with the reason when the pattern does not compile.
    bool buildSearch(LogSearch *search, QString *error) const;
    void setSearchText(const QString &text);
    EventLog::TimeMode timeMode() const;
    void setTimeMode(EventLog::TimeMode mode);

    /// The result line: "123 matches", "searching… 40%", or an error in red.
    void showCount(qsizetype matches, qsizetype total, bool filtering);
    void showProgress(qsizetype scanned, qsizetype total);
    void showError(const QString &error);
    void focusSearch();
    /// The "Show" menu's label: "All" or what is being hidden.
    void updateShowLabel();
    QLineEdit *searchEdit() const { return m_search; }

signals:
    /// Typing settled (150 ms) or a toggle changed.
    void filterChanged();
    void timeModeChanged(EventLog::TimeMode mode);
    void nextRequested();
    void previousRequested();

private:
    QLineEdit *m_search;
    QToolButton *m_case;
    QToolButton *m_regex;
    QToolButton *m_show;
    QActionGroup *m_directionGroup;
    QList<QAction *> m_kindActions;
    QLabel *m_count;
    QToolButton *m_prev;
    QToolButton *m_next;
    QToolButton *m_time;
    QActionGroup *m_timeGroup;
    QTimer m_debounce;
};
