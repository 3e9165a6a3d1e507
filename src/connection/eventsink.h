#pragma once

struct Event;

/// Anything that records a connection's events as they happen: the log model, a journal.
/// A direct call, because a signal emission per message is measurable at a million messages.
class EventSink
{
public:
    virtual ~EventSink();
    virtual void record(const Event &event) = 0;
};
