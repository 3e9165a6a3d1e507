#include "session/sessionwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "decode/cborjson.h"
#include "session/eventjson.h"
#include "session/har.h"
#include "session/redaction.h"
#include "session/transcript.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionWriter)
};

constexpr qsizetype FlushBytes = qsizetype(4) << 20;

/// Calls f(index) for each exported row, stopping when f says so.
template<typename F>
bool forEachRow(const EventStore &events, const ExportOptions &options,
                const ProgressCallback &progress, F f)
{
    const qsizetype count = options.count(events);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype index = options.index(i);
        // A script's results are the log's, not the conversation's: a replay of the file
        // must not meet them (docs/scripting.md, "Results in the log").
        if (index < 0 || index >= events.size() || events.row(index).kind == EventKind::Check)
            continue;
        if (!f(index))
            return false;
        if (progress && (i & 0xFFFF) == 0xFFFF && !progress(i, count))
            return false;
    }
    return true;
}

/// Calls f(event) for each exported event, redacted unless secrets are kept.
template<typename F>
bool forEachEvent(const SessionHeader &header, const EventStore &events,
                  const ExportOptions &options, const ProgressCallback &progress, F f)
{
    const Redaction::Rules rules = options.redactionRules(header.request);
    return forEachRow(events, options, progress, [&](qsizetype index) {
        const Event e = events.at(index);
        return f(rules.isEmpty() ? e : Redaction::redactEvent(e, rules));
    });
}

SessionHeader exportedHeader(const SessionHeader &header, const ExportOptions &options)
{
    SessionHeader out = header;
    const Redaction::Rules rules = options.redactionRules(header.request);
    if (!rules.isEmpty()) {
        out.request = Redaction::redactRequest(out.request, rules);
        // An imported session's title quotes its URL.
        out.title = Redaction::redactText(out.title, rules);
    }
    return out;
}

} // namespace

qsizetype ExportOptions::count(const EventStore &events) const
{
    return rows ? rows->size() : events.size();
}

Redaction::Rules ExportOptions::redactionRules(const ConnectionRequest &request) const
{
    Redaction::Rules rules;
    rules.builtIn = !keepSecrets;
    rules.names = Redaction::cleanNames(redactNames);
    return rules.forRequest(request);
}

namespace SessionWriter {

Format formatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive))
        return Format::Har;
    if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".log"), Qt::CaseInsensitive))
        return Format::Transcript;
    return Format::Jsonl;
}

QByteArray jsonl(const SessionHeader &header, const EventStore &events,
                 const ExportOptions &options)
{
    QByteArray out = exportedHeader(header, options).toLine() + '\n';
    forEachEvent(header, events, options, {}, [&](const Event &e) {
        out += EventJson::toLine(e, header.createdMs) + '\n';
        return true;
    });
    return out;
}

namespace {

/// The file's contents written to file through its own buffer; false when a write failed
/// (file's error says why) or progress cancelled.
bool writeBody(QFileDevice &file, Format format, const SessionHeader &header,
               const EventStore &events, const ExportOptions &options,
               const ProgressCallback &progress)
{
    QByteArray buffer;
    // A short write (the disk filled during it) carries no reason; the retry of the rest
    // fails with the system's (ENOSPC, EFBIG), which is the one to report.
    auto flush = [&](QByteArray *data) {
        for (qsizetype at = 0; at < data->size();) {
            const qint64 n = file.write(data->constData() + at, data->size() - at);
            if (n <= 0)
                return false;
            at += n;
        }
        data->clear();
        return true;
    };
    bool ok = true;
    const Redaction::Rules rules = options.redactionRules(header.request);
    switch (format) {
    case Format::Jsonl:
        ok =
            exportedHeader(header, options).writeLine(&buffer, flush)
            && forEachRow(events, options, progress, [&](qsizetype index) {
                   // Messages straight from the store's bytes: a payload is not copied out
                   // of the store first. Redaction changes handshakes and errors only.
                   const EventKind kind = events.row(index).kind;
                   if ((kind == EventKind::Handshake || kind == EventKind::Error)
                       && !rules.isEmpty()) {
                       buffer += EventJson::toLine(Redaction::redactEvent(events.at(index), rules),
                                                   header.createdMs);
                       buffer += '\n';
                   } else {
                       EventJson::appendLine(&buffer, events, index, header.createdMs);
                       if (options.decode && (kind == EventKind::Text || kind == EventKind::Binary))
                           DecodePipeline::annotateJsonLine(
                               &buffer, options.decode->decodeValue(events.payload(index),
                                                                    events.row(index).direction));
                   }
                   return buffer.size() < FlushBytes || flush(&buffer);
               });
        ok = ok && flush(&buffer);
        break;
    case Format::Har:
        ok = Har::write(header, events, options, &buffer, flush, progress);
        break;
    case Format::Transcript: {
        const SessionHeader h = exportedHeader(header, options);
        buffer = Transcript::heading(h.request.url, h.createdMs).toUtf8() + '\n';
        Transcript::Writer writer;
        ok = forEachEvent(header, events, options, progress, [&](const Event &e) {
            const double seconds = double(e.timeMs - header.createdMs) / 1000.0;
            buffer += QStringLiteral("+%1s ").arg(seconds, 9, 'f', 3).toUtf8();
            writer.appendLine(&buffer, e);
            if (options.decode && e.isMessage()) {
                const DecodedMessage m = options.decode->decodeValue(e.payload, e.direction);
                buffer += "    decoded: "
                          + (m.ok ? CborJson::text(m.value, false) : m.error).toUtf8() + '\n';
            }
            return buffer.size() < FlushBytes || flush(&buffer);
        });
        ok = ok && flush(&buffer);
        break;
    }
    }
    return ok;
}

} // namespace

bool write(const QString &path, Format format, const SessionHeader &header,
           const EventStore &events, const ExportOptions &options, QString *error,
           const ProgressCallback &progress)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device or a pipe (/dev/stdout, a FIFO) is written into: QSaveFile would put a
        // new regular file in its place, and as root that replaces even /dev/full.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !writeBody(file, format, header, events, options, progress)
            || (!file.flush() && !file.flush())) { // the retry says why
            *error = file.error() != QFileDevice::NoError
                         ? Tr::tr("Cannot write %1: %2").arg(path, file.errorString())
                         : Tr::tr("Saving %1 was cancelled.").arg(path);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile gives a new file 0666 less the umask, and a replacement the old file's mode.
    // (On Windows, where permissions are advisory, this only clears the read-only flag.)
    if (options.keepSecrets
        && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Tr::tr("Cannot make %1 private: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    // Flushed here so that a full disk is reported as such: commit() and cancelWriting() put
    // their own words in errorString() in place of the system's.
    if (!writeBody(file, format, header, events, options, progress)
        || (!file.flush() && !file.flush())) { // the retry says why
        *error = file.error() != QFileDevice::NoError
                     ? Tr::tr("Cannot write %1: %2").arg(path, file.errorString())
                     : Tr::tr("Saving %1 was cancelled; the file was not changed.").arg(path);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SessionWriter
