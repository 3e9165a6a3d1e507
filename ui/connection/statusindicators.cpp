#include "connection/statusindicators.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "connection/clock.h"
#include "connection/elidedlabel.h"
#include "log/steadylabel.h"

StatusIndicators::StatusIndicators(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_state(new QLabel(this))
    , m_buffered(new QLabel(this))
    , m_protocol(new ElidedLabel(this))
    , m_duration(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_state);
    layout->addWidget(m_buffered);
    layout->addWidget(m_protocol, 1);
    layout->addWidget(m_duration);
    layout->addWidget(m_tlsWarning);
    // The time connected and bufferedAmount keep a fixed size (SteadyLabel): without a
    // protocol to show, the room they leave would otherwise all go to the state's coloured box.
    m_state->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_state->setAccessibleName(tr("readyState"));
    m_state->setToolTip(tr("WebSocket.readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED"));
    m_buffered->setAccessibleName(tr("bufferedAmount"));
    m_buffered->setToolTip(tr("Bytes queued by send() and not yet written to the network"));
    m_protocol->setAccessibleName(tr("Negotiated protocol and extensions"));
    m_duration->setAccessibleName(tr("Time connected"));
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setAccessibleName(tr("Certificate errors ignored"));
    m_tlsWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #e57373; color: black; border-radius: 3px; "
                       "padding: 1px 4px; font-weight: bold; }"));
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StatusIndicators::updateDuration);
    setReadyState(ReadyState::Closed);
    setBufferedAmount(0);
    setNegotiated({}, {});
    setOpenedAt(0);
    setTlsErrorsIgnored({});
}

QColor StatusIndicators::stateColor(ReadyState state)
{
    switch (state) {
    case ReadyState::Connecting:
        return QColor(0xff, 0xd5, 0x4f); // amber
    case ReadyState::Open:
        return QColor(0x81, 0xc7, 0x84); // green
    case ReadyState::Closing:
        return QColor(0xff, 0xb7, 0x4d); // orange
    case ReadyState::Closed:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd); // grey
}

void StatusIndicators::setReadyState(ReadyState state)
{
    m_state->setText(
        QStringLiteral(" %1 (%2) ").arg(Connection::readyStateName(state)).arg(int(state)));
    m_state->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: black; border-radius: 3px; "
                       "padding: 1px 4px; font-weight: bold; }")
            .arg(stateColor(state).name()));
    // What was negotiated belongs to an open (or closing) connection: a closed or connecting
    // one shows none rather than the last connection's.
    if (state == ReadyState::Closed || state == ReadyState::Connecting) {
        m_protocol->clear();
        m_protocol->hide();
        setTlsErrorsIgnored({});
    }
}

void StatusIndicators::setBufferedAmount(qint64 bytes)
{
    // Changes with every send of a flood, as the time connected does every second: neither may
    // lay out the window's status bar (and with it the whole window) at each change.
    SteadyLabel::setText(m_buffered, tr("bufferedAmount: %1 B").arg(QLocale().toString(bytes)));
}

void StatusIndicators::setNegotiated(const QString &protocol, const QString &extensions)
{
    const QString none = tr("none");
    m_protocol->show();
    m_protocol->setText(
        tr("protocol: %1 · extensions: %2")
            .arg(protocol.isEmpty() ? none : protocol, extensions.isEmpty() ? none : extensions));
}

void StatusIndicators::setOpenedAt(qint64 ms)
{
    m_openedAt = ms;
    if (ms > 0)
        m_tick.start();
    else
        m_tick.stop();
    updateDuration();
}

void StatusIndicators::setTlsErrorsIgnored(const QStringList &errors)
{
    m_tlsWarning->setVisible(!errors.isEmpty());
    m_tlsWarning->setText(errors.isEmpty()
                              ? QString()
                              : QStringLiteral("\u26A0 ")
                                    + tr("Certificate errors ignored (%1)").arg(errors.size()));
    QString tip;
    if (!errors.isEmpty()) {
        tip = tr("The server's certificate was not verified; these errors were ignored:");
        for (const QString &e : errors)
            tip += QLatin1Char('\n') + QStringLiteral("\u2022 ") + e;
    }
    m_tlsWarning->setToolTip(tip);
    m_tlsWarning->setAccessibleDescription(tip);
}

QString StatusIndicators::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void StatusIndicators::updateDuration()
{
    if (m_openedAt <= 0)
        SteadyLabel::setText(m_duration, tr("not connected"));
    else
        SteadyLabel::setText(m_duration,
                             tr("connected %1").arg(formatDuration(m_clock.nowMs() - m_openedAt)));
}

QString StatusIndicators::stateText() const
{
    return m_state->text().trimmed();
}

QString StatusIndicators::bufferedText() const
{
    return m_buffered->text();
}

QString StatusIndicators::protocolText() const
{
    return m_protocol->text();
}

QString StatusIndicators::durationText() const
{
    return m_duration->text();
}

QString StatusIndicators::tlsWarningText() const
{
    return m_tlsWarning->isHidden() ? QString() : m_tlsWarning->text();
}

QString StatusIndicators::tlsWarningToolTip() const
{
    return m_tlsWarning->toolTip();
}
