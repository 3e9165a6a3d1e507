#pragma once

#include <QVector>
#include <QWidget>

/// A small bar chart of messages per second over the last minute, drawn with QPainter in the
/// palette's colours, with a time axis (seconds ago) and a rate axis whose top is a round
/// number, so that a bar can be read without hovering.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    explicit RateChart(QWidget *parent = nullptr);
    void setValues(const QVector<qint64> &perSecond);
    const QVector<qint64> &values() const { return m_values; }
    QSize sizeHint() const override { return {280, 110}; }

    /// The rate axis' top: the smallest 1, 2 or 5 × 10^n at or above peak (1 for nothing).
    static qint64 niceCeiling(qint64 peak);
    qint64 scaleMax() const;
    /// The labels drawn on the rate axis (bottom up) and the time axis (left to right).
    QStringList rateLabels() const;
    QStringList timeLabels() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<qint64> m_values;
};
