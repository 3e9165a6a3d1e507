#pragma once

#include "session/session.h"

class MappedFile;

/// Reads session files (.wsprobe.jsonl) and, without a header line, the output of
/// `wsprobe-cli --json`. Bad lines are reported with their numbers and skipped; only a file
/// that is not a session at all (or of a newer version) fails as a whole.
namespace SessionReader {

bool readFile(const QString &path, Session *out, QString *error,
              const ProgressCallback &progress = {});
/// file, when given, is told which bytes were consumed so their pages can be dropped.
bool readData(QByteArrayView data, Session *out, QString *error,
              const ProgressCallback &progress = {}, MappedFile *file = nullptr);

/// Any session Wsprobe can open: .wsprobe.jsonl, `wsprobe-cli --json` output, or a HAR file
/// (by its .har extension, or by its content when it is not JSON Lines). harEntry picks the
/// WebSocket entry of a HAR file by its index; -1: the first, or all of them in a HAR file
/// Wsprobe wrote (the connections of one tab).
bool load(const QString &path, int harEntry, Session *out, QString *error,
          const ProgressCallback &progress = {});

/// A line longer than this cannot be a record Wsprobe wrote (its message limit is far below).
constexpr qsizetype MaxLineBytes = qsizetype(512) << 20;

} // namespace SessionReader
