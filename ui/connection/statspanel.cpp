#include "connection/statspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "connection/clock.h"
#include "connection/connectionstats.h"
#include "connection/ratechart.h"
#include "connection/statusindicators.h"
#include "log/steadylabel.h"

StatsPanel::StatsPanel(const ConnectionStats &stats, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_stats(stats)
    , m_clock(clock)
    , m_figures(new QLabel(this))
    , m_chart(new RateChart(this))
{
    auto *layout = new QHBoxLayout(this);
    m_figures->setObjectName(QStringLiteral("statsFigures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setAccessibleName(tr("Connection statistics"));
    m_chart->setObjectName(QStringLiteral("rateChart"));
    // Of fixed size (refresh()): at the top left, the chart takes the rest.
    layout->addWidget(m_figures, 0, Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_chart, 1);
    m_refresh.setInterval(500);
    connect(&m_refresh, &QTimer::timeout, this, &StatsPanel::refresh);
    refresh();
}

void StatsPanel::showEvent(QShowEvent *event)
{
    refresh();
    m_refresh.start();
    QWidget::showEvent(event);
}

// Behind another composer tab (its usual place) the figures were formatted twice a second
// for nobody, under a flood too.
void StatsPanel::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

QString StatsPanel::text() const
{
    return m_figures->text();
}

void StatsPanel::refresh()
{
    const qint64 now = m_clock.nowMs();
    const QLocale l;
    auto bytes = [&](qint64 n) { return l.formattedDataSize(n); };
    const ConnectionStats::Second current = m_stats.currentRate(now);
    const ConnectionStats::Second peak = m_stats.peakRate();
    const QString rtt = m_stats.rttCount() == 0
                            ? tr("no pongs yet")
                            : tr("last %1 ms · min %2 · avg %3 · max %4 ms")
                                  .arg(m_stats.lastRttMs())
                                  .arg(m_stats.minRttMs())
                                  .arg(l.toString(m_stats.averageRttMs(), 'f', 1))
                                  .arg(m_stats.maxRttMs());
    // Twice a second while shown, under a flood too: a label free to change its size would let
    // each new figure lay out the whole window around it.
    SteadyLabel::setText(
        m_figures,
        tr("Sent: %1 messages, %2\nReceived: %3 messages, %4\nNow: %5 msg/s, %6/s\n"
           "Peak: %7 msg/s, %8/s\nPing RTT: %9\nConnected: %10 · reconnects: %11")
            .arg(l.toString(m_stats.messages(Direction::Out)), bytes(m_stats.bytes(Direction::Out)),
                 l.toString(m_stats.messages(Direction::In)), bytes(m_stats.bytes(Direction::In)),
                 l.toString(current.messages), bytes(current.bytes), l.toString(peak.messages),
                 bytes(peak.bytes), rtt)
            .arg(StatusIndicators::formatDuration(m_stats.connectedMs(now)))
            .arg(m_stats.reconnects()));
    QVector<qint64> values;
    for (const ConnectionStats::Second &s : m_stats.history(now))
        values << s.messages;
    m_chart->setValues(values);
}
