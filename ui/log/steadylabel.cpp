#include "log/steadylabel.h"

#include <algorithm>

#include <QAbstractButton>
#include <QLabel>
#include <QStringTokenizer>

namespace {

/// Fixed at `height` and at least `width`: unchanged while the text fits, so that setting it
/// lays nothing out; grown with room for a few more digits when it does not.
void keepSize(QWidget *widget, int width, int height)
{
    if (width <= widget->maximumWidth() && widget->minimumWidth() == widget->maximumWidth()
        && widget->minimumHeight() == height && widget->maximumHeight() == height)
        return;
    const int room = widget->fontMetrics().horizontalAdvance(QStringLiteral("0,000"));
    widget->setFixedSize(std::max(width + room, widget->minimumWidth()), height);
}

} // namespace

namespace SteadyLabel {

void setText(QLabel *label, const QString &text)
{
    label->setText(text);
    // The text's own size: QLabel's sizeHint() is never below the fixed size it is given. The
    // width of its widest line; a text of several lines as tall as QLabel lays them out.
    const QMargins m = label->contentsMargins();
    const QFontMetrics fm = label->fontMetrics();
    int textWidth = 0;
    for (const QStringView line : QStringTokenizer(text, u'\n'))
        textWidth = std::max(textWidth, fm.horizontalAdvance(line.toString()));
    const int textHeight = text.contains(u'\n') ? fm.size(0, text).height() : fm.height();
    keepSize(label, textWidth + m.left() + m.right() + 2 * label->margin(),
             textHeight + m.top() + m.bottom() + 2 * label->margin());
}

void setText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    // A button's size hint is its text's, whatever fixed size it has been given.
    const QSize hint = button->sizeHint();
    keepSize(button, hint.width(), hint.height());
}

} // namespace SteadyLabel
