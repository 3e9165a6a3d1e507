#pragma once

#include <QSignalSpy>
#include <QString>

#include "script/scriptruntime.h"

/// Runs a script to its end (or stops it after timeoutMs) and returns its outcome; an empty
/// outcome when it did not start.
inline ScriptOutcome runScriptToEnd(ScriptRuntime &runtime, const QString &source, int timeoutMs)
{
    QSignalSpy finished(&runtime, &ScriptRuntime::finished);
    if (!runtime.start(source))
        return {};
    if (runtime.isRunning() && !finished.wait(timeoutMs))
        runtime.stop(QStringLiteral("test timeout"));
    return runtime.outcome();
}
