#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// A WebSocket URL as the user types it, read the way a browser's URL parser reads it: what a
/// browser percent-encodes is encoded (so that a space in a query is sent as %20 rather than
/// refused), and what a browser refuses gets a specific, translated reason instead of QUrl's
/// debugging text.
class UrlText
{
    Q_DECLARE_TR_FUNCTIONS(UrlText)
public:
    /// The text as it will be sent: tabs and line breaks dropped, and in the path, query and
    /// fragment every space, control character, '"', '<', '>', '`', '{', '}', '|', '^', a
    /// '%' not followed by two hex digits (and "'" in the query) percent-encoded; a '\' before
    /// the query is a '/'. The scheme and authority are left as typed: a browser refuses a bad
    /// host or port rather than encoding it. Text without "://" is returned trimmed.
    static QString browserEncoded(const QString &text);
    /// browserEncoded(text), parsed strictly; invalid when a browser would refuse it too.
    static QUrl toUrl(const QString &text);
    /// Why a URL that toUrl() (or any strict parse) found invalid is refused: the port, the
    /// IPv6 brackets, the host's characters; QUrl's own reason, shortened, for anything else.
    static QString whyInvalid(const QUrl &url);

private:
    static QString describe(const QString &text);
};
