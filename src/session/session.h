#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>

#include "log/eventstore.h"
#include "protocol/connectionrequest.h"

/// The phases of the upgrade request as a HAR entry's "timings" gives them, in microseconds
/// (HAR writes milliseconds with decimals); -1: not applicable.
struct RequestTimings
{
    qint64 blocked = -1, dns = -1, connect = -1, ssl = -1, send = -1, wait = -1, receive = -1;
};

/// The first line of a session file (docs/session-format.md).
struct SessionHeader
{
    static constexpr int CurrentVersion = 1;
    int version = CurrentVersion;
    qint64 createdMs = 0; ///< the session's start; events carry "elapsedMs" from it
    ConnectionRequest request;
    /// Where the session came from: "record", "replay", "har" or "import".
    QString source;
    QString title;
    /// Links the recordings of one tab (its id): the Recent Sessions list shows one tab's
    /// reconnections to one URL as one entry. Empty: not linked.
    QString group;
    /// An imported HAR entry's timings, so that exporting it again writes them as they were
    /// (in memory only; session files do not keep them).
    std::optional<RequestTimings> timings;

    QByteArray toLine() const;
    /// toLine() and its newline appended to *out; with flush, *out is handed to it whenever
    /// it has grown past a few megabytes (flush writes and clears it), so that a header with
    /// a huge value is never whole in memory twice. False when flush failed.
    bool writeLine(QByteArray *out, const std::function<bool(QByteArray *)> &flush) const;
    /// Told, while long texts of a line in a mapped file are converted, that the bytes before
    /// this one are no longer needed.
    using Release = std::function<void(const char *)>;
    /// False with *error when the line is not a header this version can read.
    static bool fromLine(QByteArrayView line, SessionHeader *out, QString *error,
                         const Release &release = {});
    /// True when the line is a session header at all, of whatever version.
    static bool looksLikeHeader(QByteArrayView line);
};

/// A problem with one line of a file that was skipped while the rest loaded.
struct LoadIssue
{
    qint64 line = 0; ///< 1-based; 0 for the file as a whole
    QString message;
};

/// A recording in memory: what a session file holds.
struct Session
{
    SessionHeader header;
    EventStore events;
    QList<LoadIssue> issues;
    qint64 skippedLines = 0; ///< issues beyond MaxIssues are only counted
    bool cancelled = false;  ///< loading stopped early at the user's request
    bool headerless = false; ///< plain `wsprobe-cli --json` output, read as a session
    static constexpr int MaxIssues = 1000;

    void addIssue(qint64 line, const QString &message);
    /// Adds a later recording of the same connection (a reconnection) after this one's
    /// events, so that a tab's reconnections read as one session.
    void appendLater(const Session &later);
};

/// Called now and then while a long file is read or written; return false to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

namespace SessionJson {
QJsonObject requestToJson(const ConnectionRequest &request);
ConnectionRequest requestFromJson(const QJsonObject &object);
} // namespace SessionJson
