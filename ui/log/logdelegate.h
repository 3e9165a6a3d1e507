#pragma once

#include <QStyledItemDelegate>

class LogSearch;

/// Colours log rows by meaning (sent, received, error, close) in tints derived from the
/// current palette, so they read well in light and dark themes alike.
class LogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Matches of this search are highlighted in the Preview column; it must outlive the
    /// delegate or be reset.
    void setSearch(const LogSearch *search) { m_search = search; }
    /// The log's columns start at this one (a Serve tab's merged log puts its client first).
    void setFirstLogColumn(int column) { m_firstColumn = column; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The tint for an event, mixed into the base colour; invalid for no tint.
    static QColor tintFor(int kind, int direction, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const LogSearch *m_search = nullptr;
    int m_firstColumn = 0;
};
