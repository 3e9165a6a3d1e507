#include "connection/ratechart.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(60);
    setAccessibleName(tr("Messages per second, last minute"));
}

void RateChart::setValues(const QVector<qint64> &perSecond)
{
    m_values = perSecond;
    update();
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = rect().adjusted(1, 14, -1, -1);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area.adjusted(0, 0, -1, -1));
    const qint64 peak =
        m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect().adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("msg/s, last minute · max %1").arg(QLocale().toString(peak)));
    if (m_values.isEmpty() || peak == 0)
        return;
    const double barWidth = double(area.width()) / m_values.size();
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_values.size(); ++i) {
        const int h = int(double(area.height() - 2) * m_values[i] / peak);
        if (h <= 0)
            continue;
        const QRectF r(area.left() + i * barWidth + 0.5, area.bottom() - h,
                       std::max(1.0, barWidth - 1), h);
        p.fillRect(r, bar);
    }
}
