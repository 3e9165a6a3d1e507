#include "connection/elidedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QTextLayout>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    relayout();
    updateGeometry();
    update();
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    relayout();
    updateGeometry();
}

void ElidedLabel::setReserveSpace(bool reserve)
{
    m_reserve = reserve;
    updateGeometry();
}

QStringList ElidedLabel::visibleLines() const
{
    return m_lines;
}

int ElidedLabel::linesShown() const
{
    return m_reserve ? m_maxLines : std::max<int>(1, int(m_lines.size()));
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    // As wide as the text on one line would like, but the layout may give it far less.
    // A few pixels over the advance: the layout's line breaking rounds differently.
    const int width = std::min(fm.horizontalAdvance(m_text) + 4, fm.averageCharWidth() * 80);
    return {width + m.left() + m.right(), fm.lineSpacing() * linesShown() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 4 + m.left() + m.right(),
            fm.lineSpacing() * linesShown() + m.top() + m.bottom()};
}

void ElidedLabel::relayout()
{
    m_lines.clear();
    const int width = contentsRect().width();
    const QFontMetrics fm(font());
    bool elided = false;
    if (!m_text.isEmpty() && width > 0) {
        // Line breaks in the text count as spaces: the strip is a few lines at most.
        QString flat = m_text;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QTextLayout layout(flat, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (int i = 0; i < m_maxLines; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const int start = line.textStart();
            if (i == m_maxLines - 1 && start + line.textLength() < flat.size()) {
                m_lines << fm.elidedText(flat.mid(start), Qt::ElideRight, width);
                elided = true;
            } else {
                m_lines << flat.mid(start, line.textLength()).trimmed();
            }
        }
        layout.endLayout();
    }
    m_elided = elided;
    // The whole text where it was cut; its own tooltip (if any) otherwise.
    if (m_elided && !m_tipIsText) {
        m_baseToolTip = toolTip();
        m_tipIsText = true;
    } else if (!m_elided && m_tipIsText) {
        m_tipIsText = false;
        setToolTip(m_baseToolTip);
    }
    if (m_elided)
        setToolTip(m_text);
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect r = contentsRect();
    const int spacing = fontMetrics().lineSpacing();
    int y = r.top();
    for (const QString &line : std::as_const(m_lines)) {
        painter.drawText(QRect(r.left(), y, r.width(), spacing), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y += spacing;
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    relayout();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    }
}

void ElidedLabel::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_text.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, [this] { QApplication::clipboard()->setText(m_text); });
    menu.exec(event->globalPos());
}
