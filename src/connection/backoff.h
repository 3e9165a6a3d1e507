#pragma once

#include <QtGlobal>

/// When to try again after a connection drops: exponential growth from initialMs by factor up
/// to maxMs, each delay spread by ±jitter (a fraction) so that many clients dropped by one
/// server restart do not all come back in the same millisecond.
struct Backoff
{
    int initialMs = 500;
    int maxMs = 30000;
    double factor = 2.0;
    double jitter = 0.2;
    int maxAttempts = 10; ///< consecutive failed attempts before giving up; 0 = never give up
    /// A connection that stays open this long has recovered: when it drops, attempts count
    /// from 1 again. One that drops sooner (a server that accepts and closes at once) is
    /// still failing: the count and the delays go on growing up to maxAttempts. Five seconds
    /// is longer than such a drop takes and shorter than a working session lasts.
    int stableMs = 5000;

    /// The delay before attempt (1-based); unit is a random number in [0, 1).
    qint64 delayMs(int attempt, double unit) const;
    bool exhausted(int attempt) const { return maxAttempts > 0 && attempt > maxAttempts; }
};
