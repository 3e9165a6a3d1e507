#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "log/checkrecord.h"

/// One assertion of a script run: what was expected, what came, where in the script. The
/// same record the tab's log keeps as a Check row (the log cannot know scripts, so the type
/// lives there), and `matchedEvent` is the log's number for the message it matched.
using ScriptCheck = CheckRecord;
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
    /// The checks kept, in order: bounded, so a script that asserts on every message of a
    /// long run cannot grow without end. Beyond MaxKeptChecks the oldest passed checks go
    /// first; failures are kept up to MaxKeptFailures (the first ones: the cause comes before
    /// its consequences). checkCount and failedChecks() stay exact. Add with addCheck().
    QList<ScriptCheck> checks;
    qint64 checkCount = 0; ///< every check of the run, kept or not
    qint64 failedCount = 0;
    qsizetype keptFailures = 0; ///< failed checks in `checks`
    qint64 durationMs = 0;

    static constexpr qsizetype MaxKeptChecks = 10000;
    static constexpr qsizetype MaxKeptFailures = MaxKeptChecks / 2;
    void addCheck(const ScriptCheck &check);
    /// Every check of the run that failed, kept or not.
    int failedChecks() const;
    /// The checks of the run not in `checks` any more.
    qint64 droppedChecks() const { return checkCount - checks.size(); }
    /// 0 all passed, 1 connection failure, 2 bad script, 3 an assertion failed.
    int exitStatus() const;
};
Q_DECLARE_METATYPE(ScriptOutcome)
