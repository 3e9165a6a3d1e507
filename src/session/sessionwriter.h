#pragma once

#include <memory>
#include <optional>

#include "decode/decodepipeline.h"
#include "session/redaction.h"
#include "session/session.h"

/// What to export and how.
struct ExportOptions
{
    /// When set, message lines carry their decoded value (JSON Lines and transcripts).
    std::shared_ptr<const DecodePipeline> decode;
    /// Keep Authorization, Cookie and similar values and secret query parameters as they are
    /// (otherwise they become "<redacted>").
    bool keepSecrets = false;
    /// Header names and query parameters the user wants redacted besides the built-in ones
    /// (Preferences, --redact); redacted even when keepSecrets is set.
    QStringList redactNames;

    /// What gets redacted: the built-in rules (with the header or parameter that request's
    /// Auth helper filled) unless keepSecrets, and redactNames.
    Redaction::Rules redactionRules(const ConnectionRequest &request) const;

    /// Only these event indexes, in this order; unset: every event. (An empty list exports
    /// no event at all.)
    std::optional<QList<qsizetype>> rows;

    /// How many events are exported, and the event index of the i-th of them.
    qsizetype count(const EventStore &events) const;
    qsizetype index(qsizetype i) const { return rows ? rows->at(i) : i; }
};

/// Writes sessions as .wsprobe.jsonl or as a plain-text transcript. Files are written with
/// QSaveFile: a failed or cancelled write leaves the previous file untouched. A file that
/// keeps secrets is created readable and writable by its owner only (0600).
namespace SessionWriter {

enum class Format { Jsonl, Har, Transcript };
/// By extension: ".har" → Har, ".txt"/".log" → Transcript, anything else → Jsonl.
Format formatForPath(const QString &path);

bool write(const QString &path, Format format, const SessionHeader &header,
           const EventStore &events, const ExportOptions &options, QString *error,
           const ProgressCallback &progress = {});

/// The whole .wsprobe.jsonl text, for tests and small sessions.
QByteArray jsonl(const SessionHeader &header, const EventStore &events,
                 const ExportOptions &options = {});

} // namespace SessionWriter
