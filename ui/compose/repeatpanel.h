#pragma once

#include <QWidget>

class PeriodicSender;
class QLabel;
class QPushButton;
class QSpinBox;

/// Controls for the periodic sender: interval, the bufferedAmount threshold, how many to send,
/// Start/Stop, and the sent and skipped counts as they change.
class RepeatPanel : public QWidget
{
    Q_OBJECT
public:
    RepeatPanel(PeriodicSender &sender, QWidget *parent = nullptr);

    void setOpen(bool open);
    QString countsText() const;
    QString statusText() const;
    QVariantMap state() const;
    void setState(const QVariantMap &state);

public slots:
    void toggle();

private:
    void onStopped(int reason, const QString &detail);
    void updateButton();

    PeriodicSender &m_sender;
    QSpinBox *m_interval;
    QSpinBox *m_threshold;
    QSpinBox *m_limit;
    QPushButton *m_start;
    QLabel *m_counts;
    QLabel *m_status;
    bool m_open = false;
};
