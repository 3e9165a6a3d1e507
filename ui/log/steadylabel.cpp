#include "log/steadylabel.h"

#include <algorithm>

#include <QLabel>

namespace SteadyLabel {

void setText(QLabel *label, const QString &text)
{
    label->setText(text);
    // The text's own width: QLabel's sizeHint() is never below the fixed width it is given.
    const QMargins m = label->contentsMargins();
    const QFontMetrics fm = label->fontMetrics();
    const int width = fm.horizontalAdvance(text) + m.left() + m.right() + 2 * label->margin();
    const int height = fm.height() + m.top() + m.bottom() + 2 * label->margin();
    if (width <= label->maximumWidth() && label->minimumWidth() == label->maximumWidth()
        && label->minimumHeight() == height && label->maximumHeight() == height)
        return;
    const int room = fm.horizontalAdvance(QStringLiteral("0,000"));
    label->setFixedSize(std::max(width + room, label->minimumWidth()), height);
}

} // namespace SteadyLabel
