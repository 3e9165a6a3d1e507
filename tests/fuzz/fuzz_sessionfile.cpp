// libFuzzer target: a session file (JSON Lines) and the same bytes as a HAR file. Whatever
// the input, the readers must not crash, and what they load must write and read back.
#include <cstddef>
#include <cstdint>

#include "session/har.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Session session;
    QString error;
    if (SessionReader::readData(bytes, &session, &error)) {
        if (session.events.size() > qsizetype(size))
            __builtin_trap(); // every event comes from at least one line
        ExportOptions keep;
        keep.keepSecrets = true;
        const QByteArray again = SessionWriter::jsonl(session.header, session.events, keep);
        Session back;
        if (!SessionReader::readData(again, &back, &error) || !back.issues.isEmpty()
            || back.events.size() != session.events.size())
            __builtin_trap(); // what we write, we read
    }
    QList<Har::EntryInfo> entries;
    if (Har::listEntries(bytes, &entries, &error)) {
        Session har;
        Har::readEntry(bytes, entries.first().index, &har, &error);
    }
    return 0;
}
