#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/// A WebSocket server written by someone else (Python websockets, Node ws), run as a child
/// process on 127.0.0.1. The script prints "LISTENING <port>" once it accepts connections.
class ExternalServer
{
public:
    ExternalServer() = default;
    ~ExternalServer();

    /// Starts program with args and waits (bounded) for the LISTENING line.
    bool start(const QString &program, const QStringList &args, QString *error);
    bool startPython(const QString &script, QString *error, const QStringList &args = {});
    bool startNode(const QString &script, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QString url(const QString &path, const QString &scheme = QStringLiteral("ws")) const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};
