#include "snippet/snippet.h"

#include "snippet/codesnippet.h"
#include "snippet/commandline.h"

QList<Snippets::Kind> Snippets::kinds()
{
    return {Kind::Wscat,     Kind::Websocat, Kind::WsprobeCli,
            Kind::BrowserJs, Kind::NodeWs,   Kind::PythonWebsockets};
}

QString Snippets::title(Kind kind)
{
    switch (kind) {
    case Kind::Wscat:
        return tr("wscat command");
    case Kind::Websocat:
        return tr("websocat command");
    case Kind::WsprobeCli:
        return tr("wsprobe-cli command");
    case Kind::BrowserJs:
        return tr("JavaScript (browser WebSocket)");
    case Kind::NodeWs:
        return tr("Node.js (ws)");
    case Kind::PythonWebsockets:
        return tr("Python (websockets)");
    }
    return {};
}

bool Snippets::isCommand(Kind kind)
{
    return kind == Kind::Wscat || kind == Kind::Websocat || kind == Kind::WsprobeCli;
}

QString Snippets::defaultMessage()
{
    return QStringLiteral("Hello from Wsprobe");
}

Snippet Snippets::make(Kind kind, const ConnectionRequest &request, Shell shell,
                       const QString &message)
{
    switch (kind) {
    case Kind::Wscat:
        return CommandLine::wscat(request, shell);
    case Kind::Websocat:
        return CommandLine::websocat(request, shell);
    case Kind::WsprobeCli:
        return CommandLine::wsprobeCli(request, shell);
    case Kind::BrowserJs:
        return CodeSnippet::browserJs(request, message);
    case Kind::NodeWs:
        return CodeSnippet::nodeWs(request, message);
    case Kind::PythonWebsockets:
        return CodeSnippet::pythonWebsockets(request, message);
    }
    return {};
}

QString Snippets::shellTitle(Shell shell)
{
    switch (shell) {
    case Shell::Posix:
        return tr("POSIX shell (sh, bash, zsh)");
    case Shell::PowerShell:
        return tr("PowerShell 7.3+");
    case Shell::Cmd:
        return tr("Windows cmd.exe");
    }
    return {};
}
