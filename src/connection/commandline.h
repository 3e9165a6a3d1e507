#pragma once

#include <QString>

#include "protocol/connectionrequest.h"

/// The same connection as a command line for other tools, so a session can be handed to a
/// colleague or a script. Arguments are quoted for a POSIX shell.
namespace CommandLine {

QString shellQuote(const QString &arg);
QString wscat(const ConnectionRequest &request);
QString websocat(const ConnectionRequest &request);
QString wsprobeCli(const ConnectionRequest &request);

} // namespace CommandLine
