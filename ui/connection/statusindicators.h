#pragma once

#include <QTimer>
#include <QWidget>

#include "connection/connection.h"

class Clock;
class ElidedLabel;
class QLabel;

/// The always-visible indicators of the browser model: readyState (name and number,
/// colour-coded), bufferedAmount, negotiated protocol and extensions, time connected, and a
/// warning while the connection's certificate errors were ignored.
class StatusIndicators : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicators(const Clock &clock, QWidget *parent = nullptr);

    void setReadyState(ReadyState state);
    void setBufferedAmount(qint64 bytes);
    void setNegotiated(const QString &protocol, const QString &extensions);
    /// Wall-clock ms of the open event; 0 stops the timer.
    void setOpenedAt(qint64 ms);
    /// Certificate errors ignored on the way to the open connection; empty hides the warning.
    void setTlsErrorsIgnored(const QStringList &errors);

    QString stateText() const;
    QString bufferedText() const;
    QString protocolText() const;
    QString durationText() const;
    /// The certificate warning as shown (empty when hidden), and its tooltip.
    QString tlsWarningText() const;
    QString tlsWarningToolTip() const;

    /// Background colour for a state, readable with black text in any theme.
    static QColor stateColor(ReadyState state);
    static QString formatDuration(qint64 ms);

private:
    void updateDuration();

    const Clock &m_clock;
    QLabel *m_state;
    QLabel *m_buffered;
    ElidedLabel *m_protocol; ///< long extension lists are cut, never widen the window
    QLabel *m_duration;
    QLabel *m_tlsWarning;
    QTimer m_tick;
    qint64 m_openedAt = 0;
};
