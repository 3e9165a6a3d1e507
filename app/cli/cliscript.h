#pragma once

#include <memory>

#include <QCoreApplication>
#include <QObject>

#include "cli/clioptions.h"
#include "compose/variables.h"
#include "script/scriptresult.h"

class Clock;
class ConnectionWorkbench;
class QIODevice;
class ScriptRuntime;

/// The run command of wsprobe-cli (docs/scripting.md): each script on a workbench of its own,
/// one after the other, every assertion printed as it is decided, then JUnit XML and the
/// exit status of the worst outcome (2 before 1 before 3).
class CliScript : public QObject
{
    Q_OBJECT
public:
    CliScript(const CliOptions &options, const Clock &clock, QIODevice *output, QIODevice *errors,
              bool colour = false, QObject *parent = nullptr);
    ~CliScript() override;

    /// Finds the scripts and reads --env; false with *error (exit status 2) when it cannot.
    bool start(QString *error);
    /// SIGINT or SIGTERM: the script running is stopped and the run ends with 128 + signal.
    void interrupt(int signalNumber);

    /// The variables of --env FILE: a flat JSON object, an environments export (its active
    /// environment, else the first, with the globals) or NAME=VALUE lines.
    static bool readEnvironment(const QString &path, Variables::Table *out, QString *error);
    /// JUnit XML as Jenkins and GitLab read it: a testsuite per script, a testcase per
    /// assertion, <failure message> for a failed one, <error> for a script that broke.
    static QByteArray junitXml(const QList<QPair<QString, ScriptOutcome>> &results);

signals:
    void finished(int exitCode);

private:
    void runNext();
    void onChecked(const ScriptCheck &check);
    void onLogged(const QString &text);
    void onFinished(const ScriptOutcome &outcome);
    void finishAll();
    void write(const QByteArray &line);
    QString sessionPathFor(const QString &script) const;

    CliOptions m_options;
    const Clock &m_clock;
    QIODevice *m_output;
    QIODevice *m_errors;
    bool m_colour = false;
    QStringList m_scripts;
    Variables::Table m_environment;
    qsizetype m_next = 0;
    std::unique_ptr<ConnectionWorkbench> m_workbench;
    std::unique_ptr<ScriptRuntime> m_runtime;
    QList<QPair<QString, ScriptOutcome>> m_results;
    int m_interruptStatus = 0;
};
