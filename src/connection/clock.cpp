#include "connection/clock.h"

#include <QDateTime>

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}
