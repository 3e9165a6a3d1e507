#pragma once

#include <QVector>
#include <QWidget>

/// A small bar chart of messages per second over the last minute, drawn with QPainter in the
/// palette's colours.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    explicit RateChart(QWidget *parent = nullptr);
    void setValues(const QVector<qint64> &perSecond);
    const QVector<qint64> &values() const { return m_values; }
    QSize sizeHint() const override { return {240, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<qint64> m_values;
};
