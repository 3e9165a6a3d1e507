#pragma once

#include "session/session.h"

class QWidget;

/// Opens session and HAR files for the window: the reading runs on a worker thread behind a
/// progress dialog with Cancel, so a million-message file never freezes the window.
namespace SessionLoader {

/// harEntry -1: for a HAR file with several WebSocket entries, the user picks one.
/// Returns false with *error empty when the user cancelled.
bool load(QWidget *parent, const QString &path, Session *out, QString *error);

/// The issues of a loaded file as a short text for a message box; empty when none.
QString issuesText(const Session &session);

} // namespace SessionLoader
