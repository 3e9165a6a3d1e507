#pragma once

#include "connection/event.h"

/// Events as people read them: the console's human output and the plain-text export.
namespace Transcript {

/// One event, no trailing newline; a handshake spans several lines, and so does an open
/// event after certificate errors were ignored (one line for each).
QString line(const Event &event);
/// The heading of a transcript file.
QString heading(const QUrl &url, qint64 startMs);

} // namespace Transcript
