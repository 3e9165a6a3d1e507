#pragma once

#include <QTimer>
#include <QWidget>

#include "log/eventlog.h"
#include "log/logsearch.h"

class QActionGroup;
class QLabel;
class QMenu;
class QLineEdit;
class QToolButton;

/// The row above the log: search (plain or regex, case; filtering the log or only
/// highlighting the matches), direction and kind filters, the match count with previous/next,
/// and the Time column's mode. It builds a LogSearch; the core does the matching.
class LogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    /// The search as set now; false with the reason when the pattern does not compile.
    bool buildSearch(LogSearch *search, QString *error) const;
    void setSearchText(const QString &text);
    /// Matches are marked and stepped through, but every event stays in the log.
    bool highlightOnly() const;
    void setHighlightOnly(bool on);
    EventLog::TimeMode timeMode() const;
    void setTimeMode(EventLog::TimeMode mode);

    /// The result line: "match 3 of 120" (current is 0-based, -1 when the selected event is
    /// no match), "120 matches", "40 of 900 events" when only kinds are hidden.
    void showCount(qsizetype current, qsizetype matches, qsizetype total, bool hasPattern,
                   bool filtering);
    QString countText() const;
    void showProgress(qsizetype scanned, qsizetype total);
    /// The pattern does not parse: a short marker in place of the count, PCRE2's reason in
    /// the tooltips; the search box keeps its width.
    void showError(const QString &error);
    void focusSearch();
    /// The "Show" menu's label: "All" or what is being hidden.
    void updateShowLabel();
    QLineEdit *searchEdit() const { return m_search; }
    /// "Search decoded": messages match by their decoded text too.
    QAction *decodedAction() const { return m_decoded; }
    /// "Hide heartbeats": messages that are only a protocol layer's keep-alives are left out.
    bool hidesHeartbeats() const;
    /// The protocol layer's packet types, each a check in the "Packet Types" menu (none: no
    /// layer, the menu is off). Types kept from the previous list stay as they were.
    void setPacketTypes(const QStringList &types);
    /// The packet types unchecked: messages whose packets are all of these are left out.
    QStringList hiddenPacketTypes() const;
    QMenu *packetTypesMenu() const { return m_typesMenu; }

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
    QToolButton *m_highlight;
    QAction *m_decoded;
    QAction *m_hideHeartbeats;
    QMenu *m_typesMenu;
    QList<QAction *> m_typeActions;
    QToolButton *m_show;
    QActionGroup *m_directionGroup;
    QList<QAction *> m_kindActions;
    QLabel *m_count;
    QToolButton *m_prev;
    QToolButton *m_next;
    QToolButton *m_time;
    QActionGroup *m_timeGroup;
    QTimer m_debounce;
    QString m_error; ///< shown by showError(), until a count replaces it
};
