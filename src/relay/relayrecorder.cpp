#include "relay/relayrecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include "connection/event.h"
#include "session/sessionlibrary.h"

RelayRecorder::RelayRecorder() = default;

RelayRecorder::~RelayRecorder()
{
    finish();
}

QString RelayRecorder::pathFor(const QString &base, int conversation, RelaySide side)
{
    static const QLatin1String suffix(".wsprobe.jsonl");
    QString stem = base;
    QString ext;
    if (base.endsWith(suffix)) {
        stem.chop(suffix.size());
        ext = suffix;
    } else if (const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
               dot > base.lastIndexOf(QLatin1Char('/')) + 1) {
        stem = base.left(dot);
        ext = base.mid(dot);
    }
    if (conversation > 1)
        stem += QLatin1Char('-') + QString::number(conversation);
    if (side == RelaySide::Client)
        stem += QLatin1String(".client");
    return stem + ext;
}

QString RelayRecorder::baseInFolder(const QString &folder, const QDateTime &now, QString *error)
{
    const QFileInfo dir(folder);
    if (!dir.isDir() || !dir.isWritable()) {
        *error =
            QCoreApplication::translate(
                "RelayRecorder", "Cannot record to “%1”: it is not a folder Wsprobe can write to.")
                .arg(folder);
        return QString();
    }
    return SessionLibrary::timestampedPath(folder, QStringLiteral("relay"), now);
}

bool RelayRecorder::open(const QString &base, int conversation, const ConnectionRequest &upstream,
                         const ConnectionRequest &client, const QStringList &redactNames,
                         qint64 createdMs, QString *error)
{
    finish();
    Journal::Options options;
    options.privateFile = true;
    options.redactNames = redactNames;
    for (RelaySide side : {RelaySide::Client, RelaySide::Server}) {
        SessionHeader header;
        header.createdMs = createdMs;
        header.request = side == RelaySide::Server ? upstream : client;
        header.source =
            side == RelaySide::Server ? QStringLiteral("relay") : QStringLiteral("relay-client");
        auto journal = std::make_unique<Journal>();
        if (!journal->open(pathFor(base, conversation, side), header, options, error)) {
            finish();
            return false;
        }
        m_journals[side == RelaySide::Client ? 0 : 1] = std::move(journal);
    }
    return true;
}

void RelayRecorder::record(RelaySide side, const Event &event)
{
    if (Journal *j = m_journals[side == RelaySide::Client ? 0 : 1].get())
        j->record(event);
}

void RelayRecorder::finish()
{
    for (auto &j : m_journals) {
        if (j)
            j->finish();
        j.reset();
    }
}

QString RelayRecorder::path(RelaySide side) const
{
    const Journal *j = m_journals[side == RelaySide::Client ? 0 : 1].get();
    return j ? j->path() : QString();
}
