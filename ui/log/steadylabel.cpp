#include "log/steadylabel.h"

#include <algorithm>

#include <QAbstractButton>
#include <QLabel>
#include <QStringTokenizer>

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
    const int width = textWidth + m.left() + m.right() + 2 * label->margin();
    const int height = textHeight + m.top() + m.bottom() + 2 * label->margin();
    if (width <= label->maximumWidth() && label->minimumWidth() == label->maximumWidth()
        && label->minimumHeight() == height && label->maximumHeight() == height)
        return;
    const int room = fm.horizontalAdvance(QStringLiteral("0,000"));
    label->setFixedSize(std::max(width + room, label->minimumWidth()), height);
}

void setText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    // A button's size hint is its text's, whatever fixed size it has been given.
    const QSize hint = button->sizeHint();
    if (hint.width() <= button->maximumWidth() && button->minimumWidth() == button->maximumWidth()
        && button->minimumHeight() == hint.height() && button->maximumHeight() == hint.height())
        return;
    const int room = button->fontMetrics().horizontalAdvance(QStringLiteral("0,000"));
    button->setFixedSize(std::max(hint.width() + room, button->minimumWidth()), hint.height());
}

} // namespace SteadyLabel
