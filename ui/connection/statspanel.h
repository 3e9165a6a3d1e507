#pragma once

#include <QTimer>
#include <QWidget>

class Clock;
class ConnectionStats;
class QLabel;
class RateChart;

/// The connection in figures: messages and bytes each way, current and peak rates with a
/// one-minute chart, ping round trips, time connected and reconnects. Refreshed twice a
/// second from the core's ConnectionStats while shown, and at once when shown again.
class StatsPanel : public QWidget
{
    Q_OBJECT
public:
    StatsPanel(const ConnectionStats &stats, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    const ConnectionStats &m_stats;
    const Clock &m_clock;
    QLabel *m_figures;
    RateChart *m_chart;
    QTimer m_refresh;
};
