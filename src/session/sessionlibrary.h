#pragma once

#include <memory>

#include <QDateTime>
#include <QUrl>

#include "session/session.h"

class Journal;

/// The folder of recorded sessions in the user's private data folder: every connection is
/// journaled there, listed, reopened, deleted, and recovered after a crash.
class SessionLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SessionLibrary)
public:
    /// What the list shows of a session without reading it.
    struct Summary
    {
        QUrl url;
        qint64 createdMs = 0;
        qint64 endedMs = 0;
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
        qint64 events = 0;
        /// The tab that recorded it (empty: not known), SessionHeader::group.
        QString group;
    };
    struct Entry
    {
        QString path;
        Summary summary;
        qint64 bytes = 0;
        enum class State { Finished, Recording, Unfinished } state = State::Finished;
    };

    /// dir empty: QStandardPaths::AppDataLocation + "/sessions".
    explicit SessionLibrary(const QString &dir = {});
    QString directory() const { return m_dir; }

    /// Newest first.
    QList<Entry> list() const;
    /// The entries of list() as the Recent Sessions list shows them: the recordings of one
    /// tab to one URL (the reconnections of one connection) together, newest first inside
    /// and between groups; an entry without a group stands alone.
    static QList<QList<Entry>> groups(const QList<Entry> &newestFirst);
    /// Whether an entry is among those a search for text shows: text (any case) in its URL,
    /// its title ("host/path") or its file name; every word of text must be found.
    static bool matches(const Entry &entry, const QString &text);
    /// Journals left behind by a crash: no summary and nobody holding their lock.
    QStringList unfinished() const;
    /// Starts a private, locked journal for a new connection.
    std::unique_ptr<Journal> startJournal(const SessionHeader &header, QString *error) const;
    /// Loads an unfinished journal (a cut last line is dropped and reported) and marks it
    /// finished, so it is offered only once.
    bool recover(const QString &path, Session *out, QString *error) const;
    bool remove(const QString &path, QString *error) const;

    static QString lockPath(const QString &sessionPath);
    static QString summaryPath(const QString &sessionPath);
    static void writeSummary(const QString &sessionPath, const Summary &summary);
    static bool readSummary(const QString &sessionPath, Summary *out);

    static constexpr const char *Suffix = ".wsprobe.jsonl";
    /// "<folder>/<prefix>-YYYYMMDD-HHMMSS.wsprobe.jsonl": where a run that records into a
    /// folder the user chose (serve, relay) starts, named by its local start time.
    static QString timestampedPath(const QString &folder, const QString &prefix,
                                   const QDateTime &now);

private:
    QString m_dir;
};
