#pragma once

#include <memory>

#include <QWidget>

class LogFilterBar;
class LogFilterModel;
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
    LogFilterBar *filterBar() const { return m_filterBar; }
    MessageDetail *detail() const { return m_detail; }
    QTableView *table() const;
    bool isFollowing() const { return m_following; }
    /// Jumps to the newest event and follows again (and unfreezes).
    void follow();
    /// Frozen: the view stays put however many events arrive; a badge counts them.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    qint64 unseenCount() const { return m_unseen; }
    /// A recording: no Clear button.
    void setReadOnly(bool readOnly);
    void focusSearch();
    /// Clears the log, asking first when it holds ConfirmClearRows events or more; true when
    /// cleared.
    bool clearLog();
    static constexpr int ConfirmClearRows = 10000;
    void setLogFont(const QFont &font);
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

signals:
    void saveSelectedRequested();
    void frozenChanged(bool frozen);

private:
    void onRowsInserted(int first, int last);
    void onScrolled(int value);
    void setFollowing(bool following);
    void updateLabels();
    void applyFilter();
    void onCurrentChanged();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::LogView> ui;
    EventLog *m_log = nullptr;
    LogFilterModel *m_filter = nullptr;
    LogFilterBar *m_filterBar;
    MessageDetail *m_detail;
    QSplitter *m_splitter;
    bool m_following = true;
    bool m_frozen = false;
    bool m_autoScrolling = false;
    qint64 m_unseen = 0;
};
