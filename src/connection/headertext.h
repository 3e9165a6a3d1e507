#pragma once

#include <QCoreApplication>

#include "protocol/connectionrequest.h"

/// Request headers as text, one "Name: value" a line: the request panel's bulk editor, and
/// what DevTools' "Copy request headers" gives.
class HeaderText
{
    Q_DECLARE_TR_FUNCTIONS(HeaderText)
public:
    static QString toText(const HeaderList &headers);
    /// Blank lines are skipped. A line without a colon before its value, or whose name is not
    /// an HTTP token, fails the whole text: *error names every such line (number and text,
    /// one a line) and *headers is left as it was.
    static bool fromText(const QString &text, HeaderList *headers, QString *error);
};
