#pragma once

#include <memory>

#include <QWidget>

#include "compose/outgoingmessage.h"
#include "log/followstate.h"

class LogFilterBar;
class LogFilterModel;
class LogSearch;
class MessageDetail;
class EventLog;
class QSplitter;
class QTableView;

namespace Ui {
class LogView;
}

/// The event log: a search and filter bar, a fixed-row-height table that follows new events
/// until the user scrolls up or freezes it (then counts what arrived meanwhile), and the
/// selected event in full below it.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setLog(EventLog *log);
    EventLog *log() const { return m_log; }
    LogFilterModel *filterModel() const { return m_filter; }
    /// Every match of the search, shown or not (in highlight-only mode the log shows all).
    LogFilterModel *matchModel() const { return m_matches; }
    LogFilterBar *filterBar() const { return m_filterBar; }
    MessageDetail *detail() const { return m_detail; }
    QTableView *table() const;
    bool isFollowing() const { return m_follow.isFollowing(); }
    /// Jumps to the newest event and follows again (and unfreezes).
    void follow();
    /// Frozen: the view stays put however many events arrive; a badge counts them.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_follow.isFrozen(); }
    qint64 unseenCount() const { return m_follow.unseen(); }
    /// A recording: no Clear button.
    void setReadOnly(bool readOnly);
    void focusSearch();
    /// Sets the log's decoder pipeline from a SPEC; a SPEC that does not parse is shown on
    /// the Decoded page and changes nothing.
    void setDecodeSpec(const QString &spec);
    /// A live tab: the context menu offers Resend, Copy to Composer and Save as Template.
    void setMessageActionsEnabled(bool enabled) { m_messageActions = enabled; }
    /// The selected messages (text and binary), oldest first, as the composer would send them.
    QList<OutgoingMessage> selectedMessages() const;
    /// Clears the log, asking first when it holds ConfirmClearRows events or more; true when
    /// cleared.
    bool clearLog();
    static constexpr int ConfirmClearRows = 10000;
    /// The table's font; the columns are sized to it, so nothing is clipped at any size.
    void setLogFont(const QFont &font);
    /// Sets the font of every log view, now and to come: live, recorded and replay tabs.
    static void setLogFontEverywhere(const QFont &font);
    /// Sizes a log table's Time, Dir, Kind and Size columns for the widest each can show in
    /// its font; the log's columns start at firstColumn of the table's model (a Serve tab's
    /// merged log puts its client first).
    static void fitLogColumns(QTableView *table, int firstColumn);
    QString droppedNotice() const;
    /// The selected rows as rows of the log (not of the filtered view), ascending.
    QList<qsizetype> selectedLogRows() const;
    /// The rows the filter shows, as rows of the log; empty when nothing passes.
    QList<qsizetype> filteredLogRows() const;
    /// The selected rows as the table shows them, tab-separated, one per line.
    QString selectedRowsText() const;
    /// The selected events' full payloads, one per line; binary ones in hex.
    QString selectedPayloadsText() const;
    void selectNextMatch(int step);
    /// Makes a row of the log current and scrolls to it; false when the filter hides it.
    bool goToLogRow(int logRow);
    /// A script's result row: goes to the message it matched; false when it has none (or
    /// the filter hides it). Double-clicking the row does it.
    bool goToMatchedMessage(int logRow);
    /// The search's matches (which the table marks): the filter's, or in highlight-only mode
    /// the match model's.
    const LogSearch &markedSearch() const;
    /// Gives the table and the detail pane markedSearch() and repaints them.
    void showMarks();

signals:
    void saveSelectedRequested();
    void resendRequested(const QList<OutgoingMessage> &messages);
    void copyToComposerRequested(const OutgoingMessage &message);
    void saveAsTemplateRequested(const OutgoingMessage &message);
    void frozenChanged(bool frozen);

private:
    void onRowsInserted(int first, int last);
    void onScrolled(int value);
    void updateLabels();
    void fitColumns();
    void applyFilter();
    void onCurrentChanged();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::LogView> ui;
    EventLog *m_log = nullptr;
    LogFilterModel *m_filter = nullptr;
    LogFilterModel *m_matches = nullptr; ///< highlight-only: the matches, the log unfiltered
    LogFilterBar *m_filterBar;
    MessageDetail *m_detail;
    QSplitter *m_splitter;
    FollowState m_follow;
    bool m_autoScrolling = false;
    QString m_searchError; ///< the search pattern does not parse
    bool m_messageActions = false;
};
