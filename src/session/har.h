#pragma once

#include <QUrl>

#include "session/session.h"
#include "session/sessionwriter.h"

class MappedFile;

/// HTTP Archive 1.2 with the WebSocket extension Chrome DevTools writes: an entry per
/// connection with "_resourceType": "websocket" and "_webSocketMessages" [{type, time, opcode,
/// data}]. An entry without them whose response is a 101 with "Upgrade: websocket" (as Firefox
/// writes) is read as a WebSocket too: its handshake, no messages.
namespace Har {

/// A WebSocket entry of a HAR file, as listed before one is opened.
struct EntryInfo
{
    int index = 0; ///< position among all entries of the file
    QUrl url;
    qint64 startedMs = 0;
    int status = 0;
    qint64 sent = 0;
    qint64 received = 0;
    /// False when the entry has no "_webSocketMessages" at all (Firefox writes none).
    bool hasMessages = false;
    /// Wsprobe wrote the file: its entries are the connections of one tab, one after another.
    bool fromWsprobe = false;
};

/// HAR's "time" of an entry: the sum of its timings that apply, in microseconds. "ssl" is
/// left out because HAR 1.2 counts it within "connect".
qint64 totalMicroseconds(const RequestTimings &timings);

/// The WebSocket entries; an error when the file is not HAR or has none.
bool listEntries(QByteArrayView data, QList<EntryInfo> *out, QString *error);
/// One entry as a session: handshake, open, messages, and the close Wsprobe exported.
bool readEntry(QByteArrayView data, int index, Session *out, QString *error,
               const ProgressCallback &progress = {}, MappedFile *file = nullptr);
/// Several entries as one session, in the file's order (Wsprobe writes a tab's connections
/// in the order they happened): each one's handshake, open, messages and close.
bool readEntries(QByteArrayView data, QList<int> indexes, Session *out, QString *error,
                 const ProgressCallback &progress = {}, MappedFile *file = nullptr);

bool listFile(const QString &path, QList<EntryInfo> *out, QString *error);
bool readFile(const QString &path, int index, Session *out, QString *error,
              const ProgressCallback &progress = {});

/// Appends the HAR document for one session to *out, an entry for each of its connections,
/// calling flush whenever *out has grown past a few megabytes (it may write and clear it);
/// false when flush or progress said stop.
bool write(const SessionHeader &header, const EventStore &events, const ExportOptions &options,
           QByteArray *out, const std::function<bool(QByteArray *)> &flush,
           const ProgressCallback &progress = {});

} // namespace Har
