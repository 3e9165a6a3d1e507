#include "logdelegate.h"

#include "event.h"
#include "messagelog.h"

#include <QPalette>

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor LogDelegate::tintFor(int kind, int direction, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const double strength = dark ? 0.28 : 0.14;
    QColor accent;
    switch (EventKind(kind)) {
    case EventKind::Error:
        accent = QColor(0xd3, 0x2f, 0x2f);
        break;
    case EventKind::Open:
    case EventKind::Close:
    case EventKind::Handshake:
        accent = QColor(0x8e, 0x24, 0xaa);
        break;
    case EventKind::Frame:
        accent = QColor(0x75, 0x75, 0x75); // frames are detail: a quiet grey
        break;
    default:
        if (Direction(direction) == Direction::Out)
            accent = QColor(0x19, 0x76, 0xd2);
        else if (Direction(direction) == Direction::In)
            accent = QColor(0x38, 0x8e, 0x3c);
        break;
    }
    return accent.isValid() ? mix(base, accent, strength) : QColor();
}

void LogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor tint = tintFor(index.data(MessageLog::KindRole).toInt(),
                                index.data(MessageLog::DirectionRole).toInt(), option->palette);
    if (tint.isValid())
        option->backgroundBrush = tint;
    if (index.column() == MessageLog::DirectionColumn || index.column() == MessageLog::KindColumn) {
        const auto kind = EventKind(index.data(MessageLog::KindRole).toInt());
        if (kind == EventKind::Error || kind == EventKind::Close || kind == EventKind::Open
            || kind == EventKind::Handshake)
            option->font.setBold(true);
    }
}
