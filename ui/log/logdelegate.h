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
    /// The advance every printable ASCII character has in `font`; 0 if they differ.
    static int asciiAdvance(const QFont &font);
    /// The head of a preview that a cell `width` pixels wide can show, with "…" when cut, for
    /// a font whose ASCII characters are each `advance` wide. The whole text when the bound is
    /// not known: no common advance, or a character that is not printable ASCII in that head
    /// (another font may draw it, narrower).
    static QString previewThatFits(const QString &text, int advance, int width);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const LogSearch *m_search = nullptr;
    /// The last font a preview was cut for, kept as measuring it for every cell would cost.
    mutable QFont m_font;
    mutable int m_advance = -1; ///< asciiAdvance(m_font)
    int m_firstColumn = 0;
};
