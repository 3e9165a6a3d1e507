#include "connection/ratechart.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(90);
    setAccessibleName(tr("Messages per second, last minute"));
}

void RateChart::setValues(const QVector<qint64> &perSecond)
{
    m_values = perSecond;
    update();
}

qint64 RateChart::niceCeiling(qint64 peak)
{
    if (peak <= 1)
        return 1;
    for (qint64 decade = 1;; decade *= 10) {
        for (qint64 step : {1, 2, 5}) {
            if (step * decade >= peak)
                return step * decade;
        }
        if (decade > std::numeric_limits<qint64>::max() / 100)
            return peak;
    }
}

qint64 RateChart::scaleMax() const
{
    const qint64 peak =
        m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    return niceCeiling(peak);
}

QStringList RateChart::rateLabels() const
{
    const QLocale locale;
    const qint64 top = scaleMax();
    QStringList labels{locale.toString(0)};
    if (top % 2 == 0)
        labels << locale.toString(top / 2);
    labels << locale.toString(top);
    return labels;
}

QStringList RateChart::timeLabels() const
{
    const int seconds = int(std::max<qsizetype>(m_values.size(), 60));
    return {tr("-%1 s").arg(seconds), tr("-%1 s").arg(seconds / 2), tr("now")};
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const QStringList rates = rateLabels();
    const QStringList times = timeLabels();
    int labelWidth = 0;
    for (const QString &label : rates)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    // Title on top, rate labels on the left, time labels below.
    const QRect area =
        rect().adjusted(labelWidth + 8, fm.height() + 4,
                        -fm.horizontalAdvance(times.constLast()) / 2 - 2, -fm.height() - 4);
    const qint64 peak =
        m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    p.setPen(text);
    p.drawText(rect().adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("Messages per second, last minute · peak %1").arg(QLocale().toString(peak)));
    if (area.width() < 10 || area.height() < 10)
        return;

    const qint64 top = scaleMax();
    for (int i = 0; i < rates.size(); ++i) {
        const double fraction = rates.size() == 1 ? 0.0 : double(i) / double(rates.size() - 1);
        const int y = area.bottom() - int(fraction * area.height());
        p.setPen(QPen(grid, 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(area.left(), y, area.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - fm.height() / 2, labelWidth + 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, rates.at(i));
    }
    p.setPen(grid);
    p.drawLine(area.topLeft(), area.bottomLeft());
    for (int i = 0; i < times.size(); ++i) {
        const int x = area.left() + int(double(i) / double(times.size() - 1) * area.width());
        p.drawLine(x, area.bottom(), x, area.bottom() + 3);
        const int w = fm.horizontalAdvance(times.at(i));
        p.setPen(text);
        p.drawText(QRect(x - w / 2, area.bottom() + 3, w, fm.height()), Qt::AlignCenter,
                   times.at(i));
        p.setPen(grid);
    }

    if (m_values.isEmpty() || peak == 0)
        return;
    const double barWidth = double(area.width()) / m_values.size();
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_values.size(); ++i) {
        const int h = int(double(area.height()) * double(m_values[i]) / double(top));
        if (h <= 0)
            continue;
        const QRectF r(area.left() + i * barWidth + 0.5, area.bottom() - h,
                       std::max(1.0, barWidth - 1), h);
        p.fillRect(r, bar);
    }
}
