#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// One assertion of a script run: what was expected, what came, where in the script.
struct ScriptCheck
{
    QString name; ///< "expectMessage($.type == "ack")"
    bool passed = false;
    QString expected; ///< in words
    QString got;      ///< the message it matched, or what happened instead
    int line = 0;     ///< 1-based line of the script, 0 when unknown
    qint64 durationMs = 0;
};
Q_DECLARE_METATYPE(ScriptCheck)

/// How a run ended, with the exit status wsprobe-cli run gives it.
struct ScriptOutcome
{
    enum class Status {
        Passed = 0,
        ConnectionFailed = 1,
        ScriptError = 2,
        AssertionFailed = 3,
        Stopped = 4,
    };
    Status status = Status::Passed;
    /// The error or the failed assertion, for ScriptError, ConnectionFailed and Stopped.
    QString message;
    int line = 0;   ///< ScriptError: where, 1-based; 0 when unknown
    int column = 0; ///< ScriptError: 1-based when the engine said; 0 when unknown
    QList<ScriptCheck> checks;
    qint64 durationMs = 0;

    int failedChecks() const;
    /// 0 all passed, 1 connection failure, 2 bad script, 3 an assertion failed.
    int exitStatus() const;
};
Q_DECLARE_METATYPE(ScriptOutcome)
