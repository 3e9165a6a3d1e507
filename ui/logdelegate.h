#pragma once

#include <QStyledItemDelegate>

/// Colours log rows by meaning (sent, received, error, close) in tints derived from the
/// current palette, so they read well in light and dark themes alike.
class LogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The tint for an event, mixed into the base colour; invalid for no tint.
    static QColor tintFor(int kind, int direction, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
