#pragma once

#include "session/session.h"

class LogView;
class QWidget;

/// What every tab that shows a log offers the window — a live connection, an opened
/// recording, a replay: its view, and the session it shows, for Save As and Replay. A new
/// kind of tab implements this and needs nothing from MainWindow.
class LogPage
{
public:
    virtual ~LogPage();
    virtual LogView *logView() const = 0;
    /// The session as Save As and Replay take it (a live tab's log is flushed first).
    virtual SessionHeader sessionHeader() const = 0;
    virtual const EventStore &sessionEvents() const = 0;

    /// The tab widget as a LogPage, or null.
    static LogPage *of(QWidget *tab);
};
