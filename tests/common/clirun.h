#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

/// Runs the built wsprobe-cli as a user would, keeping this process's event loop turning
/// (in-process servers must answer), and collects its output.
struct CliRun
{
    int exitCode = -1;         ///< -2: crashed; -1: did not finish in time
    QList<QJsonObject> events; ///< stdout lines that are JSON objects
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    static CliRun run(const QString &program, const QStringList &args,
                      const QByteArray &stdinData = {}, bool closeStdin = true,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 30000, bool parseEvents = true);
};
