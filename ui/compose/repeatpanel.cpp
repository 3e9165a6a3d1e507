#include "compose/repeatpanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVariantMap>

#include "compose/periodicsender.h"

RepeatPanel::RepeatPanel(PeriodicSender &sender, QWidget *parent)
    : QWidget(parent)
    , m_sender(sender)
    , m_interval(new QSpinBox(this))
    , m_threshold(new QSpinBox(this))
    , m_limit(new QSpinBox(this))
    , m_start(new QPushButton(this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 3600000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Interval"));
    m_interval->setToolTip(tr("Time between messages"));
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 1 << 30);
    m_threshold->setValue(int(PeriodicSender::DefaultThreshold));
    m_threshold->setSuffix(tr(" B"));
    m_threshold->setAccessibleName(tr("bufferedAmount threshold"));
    m_threshold->setToolTip(tr("A message is skipped while this many bytes or more are still "
                               "waiting to be sent (bufferedAmount), so a slow server is not "
                               "flooded"));
    m_limit->setObjectName(QStringLiteral("limitSpin"));
    m_limit->setRange(0, 100000000);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setAccessibleName(tr("Messages to send"));
    m_limit->setToolTip(tr("Stop after this many messages; 0 sends until stopped or closed"));
    m_start->setObjectName(QStringLiteral("repeatButton"));
    m_counts->setObjectName(QStringLiteral("repeatCounts"));
    m_counts->setAccessibleName(tr("Sent and skipped"));
    m_status->setObjectName(QStringLiteral("repeatStatus"));
    m_status->setWordWrap(true);
    form->addRow(tr("&Every"), m_interval);
    form->addRow(tr("Only while bufferedAmount <"), m_threshold);
    form->addRow(tr("&Stop after"), m_limit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_counts, 1);
    form->addRow(row);
    form->addRow(m_status);
    form->addRow(
        new QLabel(tr("Sends what is in the composer, variables expanded each time."), this));

    connect(m_start, &QPushButton::clicked, this, &RepeatPanel::toggle);
    connect(&sender, &PeriodicSender::countsChanged, this, [this](qint64 sent, qint64 skipped) {
        const QLocale l;
        m_counts->setText(tr("%1 sent · %2 skipped").arg(l.toString(sent), l.toString(skipped)));
    });
    connect(&sender, &PeriodicSender::stopped, this,
            [this](PeriodicSender::StopReason reason, const QString &detail) {
                onStopped(int(reason), detail);
            });
    updateButton();
}

void RepeatPanel::setOpen(bool open)
{
    m_open = open;
    updateButton();
}

void RepeatPanel::toggle()
{
    if (m_sender.isRunning()) {
        m_sender.stop();
        return;
    }
    m_sender.setIntervalMs(m_interval->value());
    m_sender.setThreshold(m_threshold->value());
    m_sender.setLimit(m_limit->value());
    QString error;
    if (!m_sender.start(&error))
        m_status->setText(error);
    else if (m_sender.isRunning())
        m_status->setText(tr("Running"));
    updateButton();
}

void RepeatPanel::onStopped(int reason, const QString &detail)
{
    switch (PeriodicSender::StopReason(reason)) {
    case PeriodicSender::StopReason::Requested:
        m_status->setText(tr("Stopped"));
        break;
    case PeriodicSender::StopReason::Closed:
        m_status->setText(tr("Stopped: the connection closed"));
        break;
    case PeriodicSender::StopReason::LimitReached:
        m_status->setText(tr("Done: the count was reached"));
        break;
    case PeriodicSender::StopReason::Failed:
        m_status->setText(tr("Stopped: %1").arg(detail));
        break;
    }
    updateButton();
}

void RepeatPanel::updateButton()
{
    const bool running = m_sender.isRunning();
    m_start->setText(running ? tr("S&top") : tr("S&tart"));
    m_start->setEnabled(running || m_open);
    for (QSpinBox *spin : {m_interval, m_threshold, m_limit})
        spin->setEnabled(!running);
}

QString RepeatPanel::countsText() const
{
    return m_counts->text();
}

QString RepeatPanel::statusText() const
{
    return m_status->text();
}

QVariantMap RepeatPanel::state() const
{
    return {{QStringLiteral("interval"), m_interval->value()},
            {QStringLiteral("threshold"), m_threshold->value()},
            {QStringLiteral("limit"), m_limit->value()}};
}

void RepeatPanel::setState(const QVariantMap &state)
{
    m_interval->setValue(state.value(QStringLiteral("interval"), 1000).toInt());
    m_threshold->setValue(
        state.value(QStringLiteral("threshold"), int(PeriodicSender::DefaultThreshold)).toInt());
    m_limit->setValue(state.value(QStringLiteral("limit"), 0).toInt());
}
