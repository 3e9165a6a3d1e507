#include "session/sessionlibrary.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include "connection/timeformat.h"
#include "session/eventjson.h"
#include "session/journal.h"
#include "session/sessionreader.h"
#include "session/sessiontitle.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

SessionLibrary::SessionLibrary(const QString &dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QStringLiteral("/sessions")
                          : dir)
{
}

QString SessionLibrary::lockPath(const QString &sessionPath)
{
    return sessionPath + QStringLiteral(".lock");
}

QString SessionLibrary::summaryPath(const QString &sessionPath)
{
    return sessionPath + QStringLiteral(".meta");
}

void SessionLibrary::writeSummary(const QString &sessionPath, const Summary &summary)
{
    QJsonObject o;
    o.insert(s("url"), summary.url.toString());
    o.insert(s("created"), TimeFormat::iso(summary.createdMs));
    o.insert(s("ended"), TimeFormat::iso(summary.endedMs));
    o.insert(s("messagesIn"), summary.messagesIn);
    o.insert(s("messagesOut"), summary.messagesOut);
    o.insert(s("events"), summary.events);
    if (!summary.group.isEmpty())
        o.insert(s("group"), summary.group);
    QSaveFile file(summaryPath(sessionPath));
    if (file.open(QIODevice::WriteOnly)) {
        // The URL may carry a token in its query, as the session itself does.
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

bool SessionLibrary::readSummary(const QString &sessionPath, Summary *out)
{
    QFile file(summaryPath(sessionPath));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 16)).object();
    if (o.isEmpty())
        return false;
    out->url = QUrl(o.value(s("url")).toString());
    TimeFormat::parseIso(o.value(s("created")).toString().toLatin1(), &out->createdMs);
    TimeFormat::parseIso(o.value(s("ended")).toString().toLatin1(), &out->endedMs);
    out->messagesIn = o.value(s("messagesIn")).toInteger();
    out->messagesOut = o.value(s("messagesOut")).toInteger();
    out->events = o.value(s("events")).toInteger();
    out->group = o.value(s("group")).toString();
    return true;
}

QList<SessionLibrary::Entry> SessionLibrary::list() const
{
    QList<Entry> entries;
    const QDir dir(m_dir);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.wsprobe.jsonl")}, QDir::Files);
    for (const QFileInfo &info : files) {
        Entry e;
        e.path = info.absoluteFilePath();
        e.bytes = info.size();
        if (readSummary(e.path, &e.summary)) {
            e.state = Entry::State::Finished;
        } else {
            QLockFile lock(lockPath(e.path));
            lock.setStaleLockTime(0);
            if (lock.tryLock(0)) {
                e.state = Entry::State::Unfinished;
                lock.unlock();
            } else {
                e.state = Entry::State::Recording;
            }
            // The header alone says where and when.
            QFile file(e.path);
            SessionHeader header;
            QString error;
            if (file.open(QIODevice::ReadOnly)
                && SessionHeader::fromLine(file.readLine(1 << 20).trimmed(), &header, &error)) {
                e.summary.url = header.request.url;
                e.summary.createdMs = header.createdMs;
                e.summary.group = header.group;
            }
        }
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.summary.createdMs > b.summary.createdMs;
    });
    return entries;
}

QStringList SessionLibrary::unfinished() const
{
    QStringList paths;
    for (const Entry &e : list()) {
        if (e.state == Entry::State::Unfinished)
            paths << e.path;
    }
    return paths;
}

std::unique_ptr<Journal> SessionLibrary::startJournal(const SessionHeader &header,
                                                      QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = tr("Cannot create the sessions folder %1.").arg(m_dir);
        return nullptr;
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = QDateTime::fromMSecsSinceEpoch(header.createdMs)
                              .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString host = header.request.url.host();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    QString path = QStringLiteral("%1/%2-%3%4").arg(m_dir, stamp, host, QLatin1String(Suffix));
    for (int n = 2; QFile::exists(path); ++n)
        path = QStringLiteral("%1/%2-%3-%4%5")
                   .arg(m_dir, stamp, host)
                   .arg(n)
                   .arg(QLatin1String(Suffix));
    auto journal = std::make_unique<Journal>();
    Journal::Options options;
    options.privateFile = true;
    options.libraryEntry = true;
    if (!journal->open(path, header, options, error))
        return nullptr;
    return journal;
}

bool SessionLibrary::recover(const QString &path, Session *out, QString *error) const
{
    if (!SessionReader::readFile(path, out, error))
        return false;
    Summary summary;
    summary.url = out->header.request.url;
    summary.createdMs = out->header.createdMs;
    summary.endedMs = out->header.createdMs;
    for (qsizetype i = 0; i < out->events.size(); ++i)
        summary.endedMs = qMax(summary.endedMs, out->events.row(i).timeMs);
    summary.messagesIn = out->events.messageCount(Direction::In);
    summary.messagesOut = out->events.messageCount(Direction::Out);
    summary.events = out->events.size();
    summary.group = out->header.group;
    writeSummary(path, summary);
    return true;
}

bool SessionLibrary::remove(const QString &path, QString *error) const
{
    QLockFile lock(lockPath(path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        *error = tr("%1 is still being recorded.").arg(path);
        return false;
    }
    if (!QFile::remove(path) && QFile::exists(path)) {
        *error = tr("Cannot delete %1.").arg(path);
        return false;
    }
    QFile::remove(summaryPath(path));
    return true;
}

QList<QList<SessionLibrary::Entry>> SessionLibrary::groups(const QList<Entry> &newestFirst)
{
    QList<QList<Entry>> out;
    QHash<QString, qsizetype> byKey; // group + URL → index in out
    for (const Entry &e : newestFirst) {
        if (e.summary.group.isEmpty()) {
            out.append({e});
            continue;
        }
        const QString key = e.summary.group + QLatin1Char(' ') + e.summary.url.toString();
        const auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            byKey.insert(key, out.size());
            out.append({e});
        } else {
            out[*it].append(e);
        }
    }
    return out;
}

bool SessionLibrary::matches(const Entry &entry, const QString &text)
{
    const QString haystack = entry.summary.url.toString(QUrl::RemoveUserInfo) + QLatin1Char(' ')
                             + SessionTitle::forUrl(entry.summary.url) + QLatin1Char(' ')
                             + QFileInfo(entry.path).fileName();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

QString SessionLibrary::timestampedPath(const QString &folder, const QString &prefix,
                                        const QDateTime &now)
{
    return QDir(QDir::fromNativeSeparators(folder))
        .filePath(prefix + QLatin1Char('-') + now.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                  + QLatin1String(Suffix));
}
