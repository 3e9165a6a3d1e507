#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

/// How a connection or a recording is named in a tab or a list: by where it went
/// ("host:port/path", never the query, which may hold a token) and, for a recording, when.
class SessionTitle
{
    Q_DECLARE_TR_FUNCTIONS(SessionTitle)
public:
    /// "example.com/chat", "127.0.0.1:8080/feed/v2"; the port only when the URL gives one;
    /// empty when the URL has no host.
    static QString forUrl(const QUrl &url);
    /// "example.com/chat — 10:58" in local time; the date too when it is not today's
    /// (today is passed in, so tests do not depend on the day they run).
    static QString forRecording(const QUrl &url, qint64 createdMs, const QDate &today);
};
