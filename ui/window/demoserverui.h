#pragma once

#include <QList>
#include <QObject>

class ConnectionPage;
class DemoServer;
class QAction;

/// The built-in test server behind the View menu's Start/Stop Demo Server: runs it (on its
/// last port when that is free, so tabs restored from the last run need no change), moves the
/// closed tabs that pointed at its last port to the new one, and keeps the action's words in
/// step. The window hands it its connection tabs; the port is kept in the workspace.
class DemoServerUi : public QObject
{
    Q_OBJECT
public:
    DemoServerUi(QAction *action, QObject *parent);

    /// Null while stopped.
    DemoServer *server() const { return m_server; }
    /// The port now or in the last run (0: never started).
    quint16 lastPort() const { return m_lastPort; }
    void setLastPort(quint16 port) { m_lastPort = port; }

    /// Starts the server (if not running) and fills in its /echo URL in current when that
    /// is closed with no URL; pages that pointed at the last port follow it. False with the
    /// reason in current's panel and statusMessage().
    bool start(const QList<ConnectionPage *> &pages, ConnectionPage *current);
    void stop();

signals:
    void statusMessage(const QString &text);
    /// A closed tab's URL now points at the server's new port.
    void urlMoved(ConnectionPage *page);

private:
    QAction *m_action;
    DemoServer *m_server = nullptr;
    quint16 m_lastPort = 0;
};
