// libFuzzer target: the log search's block-wide matching must find exactly the rows that
// matching each payload on its own finds, for any pattern and any payloads (invalid UTF-8
// included). Input: flags byte, pattern up to the first newline, then payloads split by NUL.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "log/eventstore.h"
#include "log/logsearch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0 || newline > 64)
        return 0;
    SearchQuery query;
    query.pattern = QString::fromUtf8(input.first(newline));
    query.regex = data[0] & 1;
    query.caseSensitive = data[0] & 2;
    LogSearch search;
    QString error;
    if (!search.setQuery(query, &error))
        return 0;
    if (data[0] & 4)
        search.setDirections(1u << unsigned(Direction::In));
    EventStore store;
    qint64 t = 0;
    for (const QByteArray &payload : input.mid(newline + 1).split('\0')) {
        const bool binary = payload.startsWith('\x01');
        const Direction d = t % 3 ? Direction::In : Direction::Out;
        store.append(Event::message(t++, d, !binary, payload));
        if (store.size() >= 200)
            break;
    }
    std::vector<qint32> scanned;
    search.scan(store, 0, store.size(), &scanned);
    std::vector<qint32> oneByOne;
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (search.accepts(store, i))
            oneByOne.push_back(qint32(i));
    }
    if (scanned != oneByOne)
        __builtin_trap();
    return 0;
}
