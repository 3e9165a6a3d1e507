#pragma once

#include <QJSValue>
#include <QString>
#include <QStringList>

class QJSEngine;

// What the tab's (or a CLI run's) script runtime and the serve session's share.

/// A prelude's source as its engine evaluates it: preludebase.js (what the two preludes share)
/// followed by the named files from the ":/script/" resources, in order, in one function whose
/// own names stay private (only what the prelude exports is global). Empty when a resource is
/// missing, which only a broken build can cause.
QString preludeSource(const QStringList &names);

/// The files of the tab's (and a CLI run's) prelude: the assertions, then the API and its
/// event loop, which exports both.
QStringList scriptPreludeFiles();

/// The first value at a JSON path in a message's text (json('$.type') in scripts): undefined
/// when the text is not JSON or nothing is there; a bad path throws a SyntaxError on engine.
QJSValue jsonPathValue(QJSEngine *engine, const QString &text, const QString &path);
