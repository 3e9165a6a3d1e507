#pragma once

#include "session/session.h"

class QWidget;

/// Opens session and HAR files for the window: the reading runs on a worker thread behind a
/// progress dialog with Cancel, so a million-message file never freezes the window.
namespace SessionLoader {

/// The WebSocket entries of a HAR file to open, each in its own tab: the only one, or those
/// the user picks from a list when there are several. *entries is empty for a file that is
/// not HAR, and for a HAR file Wsprobe wrote (all its entries open as one session). False with
/// *error empty when the user cancelled.
bool chooseHarEntries(QWidget *parent, const QString &path, QList<int> *entries, QString *error);
/// harEntry: which WebSocket entry of a HAR file (-1 for a session file).
/// Returns false with *error empty when the user cancelled.
bool load(QWidget *parent, const QString &path, int harEntry, Session *out, QString *error);

/// The issues of a loaded file as a short text for a message box; empty when none.
QString issuesText(const Session &session);

} // namespace SessionLoader
