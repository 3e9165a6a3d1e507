#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "protocol/connectionrequest.h"
#include "snippet/shellquote.h"

/// A connection written for another tool: the text to copy and, one sentence each, what of
/// the request the tool cannot express (so nothing is dropped silently).
struct Snippet
{
    QString text;
    QStringList omitted;
    /// Commands: the argument vector before quoting, the program first. Empty for code.
    QStringList args;
};

/// Every form a connection can be copied in, for the dialog and its tests.
class Snippets
{
    Q_DECLARE_TR_FUNCTIONS(Snippets)
public:
    enum class Kind { Wscat, Websocat, WsprobeCli, BrowserJs, NodeWs, PythonWebsockets };
    static QList<Kind> kinds();
    /// "wscat", "Browser JavaScript", ... as the dialog lists them.
    static QString title(Kind kind);
    /// Commands are quoted for a shell; code is not.
    static bool isCommand(Kind kind);
    /// The message code snippets send once open, unless the caller gives another.
    static QString defaultMessage();
    static Snippet make(Kind kind, const ConnectionRequest &request, Shell shell,
                        const QString &message);
    static QString shellTitle(Shell shell);
};
