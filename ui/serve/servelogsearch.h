#pragma once

#include <QWidget>

class EventLog;
class QLabel;
class QLineEdit;
class QTableView;

/// The search box over the Serve tab's merged log: Enter selects the next row whose message
/// holds the text (Shift+Enter the previous one), wrapping around, across every client. It
/// matches with the log's own LogSearch (plain text, any case), so it finds what the log view's
/// search would; the rows stay as they are, only the selection moves.
class ServeLogSearch : public QWidget
{
    Q_OBJECT
public:
    /// table shows log's rows one to one (ServeMergedLogModel).
    ServeLogSearch(QTableView *table, QWidget *parent = nullptr);

    /// The log to search; null: none (no client yet).
    void setLog(EventLog *log) { m_log = log; }
    /// Selects the next (or previous) matching row after the current one; false when no row
    /// matches, which the box says.
    bool findNext(bool backwards = false);
    QLineEdit *edit() const { return m_edit; }
    QLabel *resultLabel() const { return m_result; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    EventLog *m_log = nullptr;
    QLineEdit *m_edit;
    QLabel *m_result;
};
