#include "log/logdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <QTextLayout>

#include "connection/event.h"
#include "log/eventlog.h"
#include "log/logsearch.h"

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
    case EventKind::Check:
        return {}; // the result's own colour, below: green or red
    default:
        if (Direction(direction) == Direction::Out)
            accent = QColor(0x19, 0x76, 0xd2);
        else if (Direction(direction) == Direction::In)
            accent = QColor(0x38, 0x8e, 0x3c);
        break;
    }
    return accent.isValid() ? mix(base, accent, strength) : QColor();
}

int LogDelegate::asciiAdvance(const QFont &font)
{
    const QFontMetrics fm(font);
    const int advance = fm.horizontalAdvance(QLatin1Char(' '));
    for (char c = '!'; c <= '~'; ++c) {
        if (fm.horizontalAdvance(QLatin1Char(c)) != advance)
            return 0;
    }
    return advance;
}

QString LogDelegate::previewThatFits(const QString &text, int advance, int width)
{
    if (advance <= 0 || width <= 0)
        return text;
    const qsizetype fits = width / advance + 2; // past the edge: the style still elides there
    if (text.size() <= fits)
        return text;
    for (qsizetype i = 0; i < fits; ++i) {
        if (text.at(i).unicode() < 0x20 || text.at(i).unicode() > 0x7e)
            return text;
    }
    return text.first(fits) + QChar(0x2026); // …
}

void LogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor tint = tintFor(index.data(EventLog::KindRole).toInt(),
                                index.data(EventLog::DirectionRole).toInt(), option->palette);
    if (tint.isValid())
        option->backgroundBrush = tint;
    if (EventKind(index.data(EventLog::KindRole).toInt()) == EventKind::Check) {
        // A script's result: pass green, fail red and bold, so a failure stands out among
        // thousands of messages.
        const bool passed = index.data(EventLog::CheckPassedRole).toBool();
        const QColor base = option->palette.color(QPalette::Base);
        option->backgroundBrush =
            mix(base, passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28),
                base.lightnessF() < 0.5 ? 0.35 : 0.2);
        option->font.setBold(!passed);
        option->font.setItalic(true);
    }
    if (const int column = index.column() - m_firstColumn;
        column == EventLog::DirectionColumn || column == EventLog::KindColumn) {
        const auto kind = EventKind(index.data(EventLog::KindRole).toInt());
        if (kind == EventKind::Error || kind == EventKind::Close || kind == EventKind::Open
            || kind == EventKind::Handshake)
            option->font.setBold(true);
    }
    // A message's preview holds up to 240 bytes, and the style shapes all of it to elide it at
    // the cell's edge, at each repaint of each row: under a flood of large messages every flush
    // repaints a page of new rows, and shaping the previews was most of the table's painting.
    if (index.column() - m_firstColumn == EventLog::PreviewColumn && option->rect.width() > 0) {
        if (m_advance < 0 || option->font != m_font) {
            m_font = option->font;
            m_advance = asciiAdvance(m_font);
        }
        option->text = previewThatFits(option->text, m_advance, option->rect.width());
    }
}

void LogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    if (!m_search || !m_search->hasPattern()
        || index.column() - m_firstColumn != EventLog::PreviewColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    // Matches are found in the preview's own UTF-8 and mapped back to characters.
    const QByteArray utf8 = text.toUtf8();
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xd5, 0x4f));
    mark.setForeground(QColor(Qt::black));
    for (const auto &[at, length] : m_search->matches(utf8, 64)) {
        const qsizetype start = QString::fromUtf8(QByteArrayView(utf8).first(at)).size();
        const qsizetype size = QString::fromUtf8(QByteArrayView(utf8).sliced(at, length)).size();
        formats.append({int(start), int(size), mark});
    }
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    painter->save();
    painter->setClipRect(r);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    layout.draw(painter, QPointF(r.left() + margin, r.top() + (r.height() - line.height()) / 2));
    painter->restore();
}
