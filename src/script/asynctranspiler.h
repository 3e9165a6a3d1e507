#pragma once

#include <QString>

/// Rewrites `async`/`await` into generators for Qt 6.4's JavaScript engine, which reads
/// ECMAScript 7 (generators, promises) but not ECMAScript 2017's async functions. An async
/// function becomes a plain one that returns `__async.call(this, function* () {…}, arguments)`
/// and `await x` becomes `(yield x)`, which the prelude's driver resolves as a promise. The
/// whole script is wrapped the same way, so `await` works at the top level too.
///
/// It only inserts and replaces text between tokens, never a line break, so the lines of an
/// error are the lines the user wrote (columns move only where text was inserted).
class AsyncTranspiler
{
public:
    /// The script as the engine runs it: a call of `__main(function* () {…})` whose first
    /// statement hands the prelude the hooks the script declares.
    static QString transpileScript(const QString &source);
    /// Only the async rewriting, for tests.
    static QString transpile(const QString &source);
    /// Characters inserted before the script's own text on line 1 (for error columns).
    static int firstLineOffset();
};
