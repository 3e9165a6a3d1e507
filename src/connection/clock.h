#pragma once

#include <QtGlobal>

/// Source of wall-clock time for events. Passed in, never global, so that tests and replay
/// can run against a fake clock without sleeping.
class Clock
{
public:
    virtual ~Clock();
    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};
