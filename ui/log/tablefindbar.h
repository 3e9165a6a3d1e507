#pragma once

#include <functional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

/// A find box over a table that has no LogView of its own (a Serve tab's merged log, a Relay
/// tab's conversation): Enter selects the next matching row (Shift+Enter the previous one),
/// wrapping around; the rows stay as they are, only the selection moves. What matches is the
/// page's to say, in the core (LogSearch over an EventLog, RelayLogModel::findRow).
class TableFindBar : public QWidget
{
    Q_OBJECT
public:
    /// The row after current (before it when backwards; current is -1, or the row count when
    /// backwards, for none) that holds text, wrapping around; -1 when none does.
    using Finder = std::function<qsizetype(const QString &text, qsizetype current, bool backwards)>;

    TableFindBar(QTableView *table, Finder finder, QWidget *parent = nullptr);

    /// What the box says when empty, and its name for screen readers.
    void setPlaceholder(const QString &placeholder, const QString &accessibleName);
    /// Selects the next (or previous) matching row after the current one; false when no row
    /// matches, which the box says.
    bool findNext(bool backwards = false);
    /// Find in Log (Ctrl+F): the box takes the focus with its text selected.
    void focusFind();
    /// Find in Log on a tab that is no LogPage (Serve, Relay): focuses the search of the log
    /// shown in it, a find bar or a log view; false when it shows neither.
    static bool focusFindIn(QWidget *tab);
    QLineEdit *edit() const { return m_edit; }
    QLabel *resultLabel() const { return m_result; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    Finder m_finder;
    QLineEdit *m_edit;
    QLabel *m_result;
};
