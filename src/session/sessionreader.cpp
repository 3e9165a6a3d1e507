#include "session/sessionreader.h"

#include "session/eventjson.h"
#include "session/har.h"
#include "session/mappedfile.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionReader)
};

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

} // namespace

namespace SessionReader {

bool readFile(const QString &path, Session *out, QString *error, const ProgressCallback &progress)
{
    MappedFile file;
    if (!file.open(path, error))
        return false;
    return readData(file.data(), out, error, progress, &file);
}

bool readData(QByteArrayView data, Session *out, QString *error, const ProgressCallback &progress,
              MappedFile *file)
{
    *out = Session();
    // A byte order mark, as Windows editors write, is not part of the first line.
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 lineNumber = 0;
    bool first = true;
    qint64 unknownKinds = 0;
    qint64 nextProgressAt = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        const bool terminated = end >= 0;
        if (!terminated)
            end = data.size();
        // The pages of the lines before this one are no longer needed.
        if (file)
            file->release(pos);
        const QByteArrayView line = trimmed(data.sliced(pos, end - pos));
        pos = terminated ? end + 1 : end;
        ++lineNumber;

        if (progress && pos >= nextProgressAt) {
            nextProgressAt = pos + (qsizetype(4) << 20);
            if (!progress(pos, data.size())) {
                out->cancelled = true;
                return true;
            }
        }
        if (line.isEmpty())
            continue;
        if (line.size() > MaxLineBytes) {
            if (first) {
                *error = Tr::tr("Line 1 is %1 MB long; this is not a session file.")
                             .arg(line.size() >> 20);
                return false;
            }
            out->addIssue(lineNumber, Tr::tr("line %1 is %2 MB long, more than any record can "
                                             "be; skipped")
                                          .arg(lineNumber)
                                          .arg(line.size() >> 20));
            continue;
        }

        if (first) {
            first = false;
            if (SessionHeader::looksLikeHeader(line)) {
                QString headerError;
                // A long title leaves the mapped file's pages as it is converted.
                const auto release = [&](const char *at) {
                    const quintptr offset = quintptr(at) - quintptr(data.data());
                    if (file && offset <= quintptr(data.size())) // in the file, not a decoded copy
                        file->release(qsizetype(offset));
                };
                if (!SessionHeader::fromLine(line, &out->header, &headerError, release)) {
                    *error = Tr::tr("Not a session this version can read: %1.").arg(headerError);
                    return false;
                }
                if (file)
                    file->release(pos);
                continue;
            }
            Event event;
            QString eventError;
            if (!EventJson::fromLine(line, &event, &eventError)) {
                *error = Tr::tr("Not a Wsprobe session or event log: line 1: %1.").arg(eventError);
                return false;
            }
            // Plain `wsprobe-cli --json` output: the first event starts the session.
            out->headerless = true;
            out->header.createdMs = event.timeMs;
            out->header.source = QStringLiteral("import");
            out->events.append(event);
            continue;
        }

        Event event;
        QString eventError;
        bool unknownKind = false;
        if (EventJson::fromLine(line, &event, &eventError, &unknownKind)) {
            // The line's pages go before its payload is copied into the store: a huge line
            // then costs twice its size at most (its payload and the stored copy).
            if (file)
                file->release(pos);
            out->events.append(event);
        } else if (unknownKind) {
            ++unknownKinds; // a newer writer's record; the format says to skip it
        } else if (!terminated) {
            out->addIssue(lineNumber, Tr::tr("line %1 is incomplete (the recording stopped while "
                                             "it was being written); dropped")
                                          .arg(lineNumber));
        } else {
            out->addIssue(lineNumber,
                          Tr::tr("line %1: %2; skipped").arg(lineNumber).arg(eventError));
        }
    }
    if (first) {
        *error = Tr::tr("The file is empty.");
        return false;
    }
    if (unknownKinds > 0)
        out->addIssue(0, Tr::tr("%n record(s) of kinds this version does not know were skipped",
                                nullptr, int(qMin<qint64>(unknownKinds, INT_MAX))));
    if (progress)
        progress(data.size(), data.size());
    return true;
}

bool load(const QString &path, int harEntry, Session *out, QString *error,
          const ProgressCallback &progress)
{
    MappedFile file;
    if (!file.open(path, error))
        return false;
    const bool harByName = path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive);
    if (!harByName) {
        if (readData(file.data(), out, error, progress, &file))
            return true;
        // A HAR file under another name: try it as one before giving up.
        QList<Har::EntryInfo> entries;
        QString harError;
        QByteArrayView text = file.data();
        if (text.startsWith("\xEF\xBB\xBF"))
            text = text.sliced(3);
        if (!text.trimmed().startsWith('{') || !Har::listEntries(file.data(), &entries, &harError))
            return false;
    }
    QList<Har::EntryInfo> entries;
    if (!Har::listEntries(file.data(), &entries, error))
        return false;
    if (harEntry < 0 && entries.first().fromWsprobe) {
        // Wsprobe's own file holds one tab's connections: they read back as that tab had them.
        QList<int> all;
        for (const Har::EntryInfo &e : std::as_const(entries))
            all << e.index;
        return Har::readEntries(file.data(), all, out, error, progress, &file);
    }
    if (harEntry < 0) {
        harEntry = entries.first().index;
    } else if (std::none_of(entries.begin(), entries.end(),
                            [&](const Har::EntryInfo &e) { return e.index == harEntry; })) {
        QStringList valid;
        for (const Har::EntryInfo &e : entries)
            valid << QString::number(e.index);
        *error = Tr::tr("Entry %1 of %2 is not a WebSocket; its WebSocket entries are %3.")
                     .arg(harEntry)
                     .arg(path, valid.join(QStringLiteral(", ")));
        return false;
    }
    return Har::readEntry(file.data(), harEntry, out, error, progress, &file);
}

} // namespace SessionReader
