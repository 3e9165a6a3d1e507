#pragma once

#include <QCoreApplication>
#include <QString>

#include "protocol/connectionrequest.h"

class Variables;

/// Expands `{{variables}}` in what a tab connects with: the URL as typed, header names and
/// values, the Origin and the subprotocols, with the tab's Variables (its table, then its
/// environment, then the globals; built-ins too). The result is the request to open.
class RequestExpander
{
    Q_DECLARE_TR_FUNCTIONS(RequestExpander)
public:
    /// False with *error naming every unknown variable; request.url is ignored (urlText is
    /// the URL as typed).
    static bool expand(const ConnectionRequest &request, const QString &urlText,
                       Variables &variables, ConnectionRequest *out, QString *error);
};
