#include "log/flowlayout.h"

#include <algorithm>

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

QSize FlowLayout::sizeHint() const
{
    // All on one line.
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        width += s.width();
        height = std::max(height, s.height());
        ++shown;
    }
    if (shown > 1)
        width += (shown - 1) * gap(Qt::Horizontal);
    const QMargins m = contentsMargins();
    return QSize(width, height).grownBy(m);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    if (!w)
        return 6;
    return std::max(0, w->style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton,
                                                 orientation, nullptr, w));
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = gap(Qt::Horizontal), vGap = gap(Qt::Vertical);
    QList<QLayoutItem *> line;
    int lineWidth = 0, lineHeight = 0, y = area.top(), lines = 0;
    const auto finishLine = [&] {
        if (apply) {
            int x = area.left() + std::max(0, area.width() - lineWidth);
            for (QLayoutItem *item : std::as_const(line)) {
                const QSize s = item->sizeHint().boundedTo(QSize(area.width(), lineHeight));
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - s.height()) / 2), s));
                x += s.width() + hGap;
            }
        }
        y += lineHeight + vGap;
        ++lines;
        line.clear();
        lineWidth = lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        if (!line.isEmpty() && lineWidth + hGap + s.width() > area.width())
            finishLine();
        lineWidth += (line.isEmpty() ? 0 : hGap) + s.width();
        lineHeight = std::max(lineHeight, s.height());
        line.append(item);
    }
    if (!line.isEmpty())
        finishLine();
    const int used = lines > 0 ? y - vGap - area.top() : 0;
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}
