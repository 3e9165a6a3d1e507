#include "connection/backoff.h"

#include <algorithm>
#include <cmath>

qint64 Backoff::delayMs(int attempt, double unit) const
{
    const double base =
        std::min(double(maxMs), initialMs * std::pow(factor, std::max(0, attempt - 1)));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double delay = base * (1.0 - spread + 2.0 * spread * std::clamp(unit, 0.0, 1.0));
    return qint64(std::llround(std::clamp(delay, 0.0, double(maxMs) * (1.0 + spread))));
}
