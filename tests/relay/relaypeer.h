#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

/// One of tests/servers' relay peers (relay_peer.py on Python websockets, node/relay_peer.mjs
/// on Node ws) as a child process: a server that reports its port, or a client battery; its
/// JSON lines are collected as they come, with this process's event loop turning.
class RelayPeer
{
public:
    enum class Library { Python, Node };
    ~RelayPeer();

    /// Starts `relay_peer server ARGS` and waits (bounded) for its port.
    bool startServer(Library library, const QStringList &args, QString *error);
    /// Starts `relay_peer MODE ARGS` (client, slowclient).
    bool startClient(Library library, const QStringList &args, QString *error);
    /// Waits (event loop turning) for a client to exit; false on timeout.
    bool waitFinished(int timeoutMs);
    /// Waits until a line with this "event" value has come.
    bool waitForEvent(const QString &event, int timeoutMs);
    quint16 port() const { return m_port; }
    QList<QJsonObject> lines();
    QByteArray errors() { return m_process.readAllStandardError(); }
    void stop();

    static QString program(Library library);
    static QString script(Library library);

private:
    void read();
    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_lines;
    quint16 m_port = 0;
};
