#pragma once

#include <functional>

#include <QObject>

class ConnectionPage;
class QAction;

/// The window's actions that work on the connection tab in front (Connect/Reconnect,
/// Disconnect, Close With, Ping, Send, Handshake, Copy As, the URL and composer focus, Clear
/// Log): each does its job on that tab, and update() enables and words them as its state
/// allows. The window says which tab that is and calls update() when it or its state changes.
class ConnectionActions : public QObject
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *connect, *disconnect, *closeWith, *ping, *send, *handshake, *copyAs, *focusUrl,
            *focusComposer, *clearLog;
    };

    /// currentPage: the connection tab the actions work on (the last one used when another
    /// kind of tab is in front). Clear Log is left to the window, which asks first.
    ConnectionActions(const Actions &actions, std::function<ConnectionPage *()> currentPage,
                      QObject *parent);

    /// Enabled and worded for page, the tab in front (null: it is not a connection tab).
    void update(ConnectionPage *page);

private:
    Actions m_actions;
};
