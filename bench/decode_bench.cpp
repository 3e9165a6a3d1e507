// What the decoder pipeline costs: microseconds per message for MessagePack, CBOR and
// Protocol Buffers (value and text form, as the detail pane and the CLI need them), and a
// 1,000,000-message log searched without a decoder, with one set, and through decoded
// values. See docs/performance.md.
//   wsprobe-bench-decode [MESSAGES_PER_FORMAT] [LOG_ROWS]
#include <cstdio>

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "benchpipeline.h"
#include "decode/decodepipeline.h"
#include "log/eventstore.h"
#include "log/logsearch.h"

namespace {

/// A game-state update as the tests' game.proto's Move describes it.
QCborValue move(int i)
{
    QCborMap position;
    position.insert(QStringLiteral("x"), 1.5 + i % 7);
    position.insert(QStringLiteral("y"), -2.0 - i % 5);
    QCborMap player;
    player.insert(QStringLiteral("name"), QStringLiteral("player-%1").arg(i % 100));
    player.insert(QStringLiteral("team"), i % 2 ? QStringLiteral("RED") : QStringLiteral("BLUE"));
    player.insert(QStringLiteral("position"), position);
    player.insert(QStringLiteral("scores"), QCborArray{i % 10, i % 3, 4, 1, 5});
    QCborMap m;
    m.insert(QStringLiteral("kind"), 1);
    m.insert(QStringLiteral("player"), player);
    m.insert(QStringLiteral("say"), QStringLiteral("hello %1").arg(i));
    m.insert(QStringLiteral("speed"), 0.25 * (i % 8));
    return m;
}

double perMessageUs(const DecodePipeline &p, const std::vector<QByteArray> &payloads)
{
    QElapsedTimer t;
    t.start();
    qsizetype ok = 0;
    for (const QByteArray &b : payloads)
        ok += p.decode(b, Direction::In).ok;
    const double us = double(t.nsecsElapsed()) / 1e3 / double(payloads.size());
    if (ok != qsizetype(payloads.size()))
        std::fprintf(stderr, "only %lld of %zu decoded\n", qint64(ok), payloads.size());
    return us;
}

double scanMs(const LogSearch &search, const EventStore &store, qsizetype *found)
{
    std::vector<qint32> rows;
    QElapsedTimer t;
    t.start();
    search.scan(store, 0, store.size(), &rows);
    *found = qsizetype(rows.size());
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int rows = argc > 2 ? std::atoi(argv[2]) : 1000000;
    const QString proto = QStringLiteral(WSPROBE_BENCH_PROTO);
    struct Format
    {
        const char *name;
        QString spec;
    };
    const Format formats[] = {
        {"MessagePack", QStringLiteral("msgpack")},
        {"CBOR", QStringLiteral("cbor")},
        {"protobuf (game.Move)", QStringLiteral("protobuf:%1:game.Move").arg(proto)},
        {"protobuf, schema-less", QStringLiteral("protobuf")},
        {"JSON", QStringLiteral("json")},
        {"base64,zlib,MessagePack", QStringLiteral("base64,zlib,msgpack")},
    };
    std::printf("decode cost, %d messages each (value + indented text)\n", messages);
    std::vector<QByteArray> logPayloads;
    for (const Format &f : formats) {
        // Schema-less protobuf reads the bytes the schema wrote.
        const bool schemaless = f.spec == QLatin1String("protobuf");
        const DecodePipeline encoder =
            benchPipeline(schemaless ? QStringLiteral("protobuf:%1:game.Move").arg(proto) : f.spec);
        std::vector<QByteArray> payloads;
        payloads.reserve(size_t(messages));
        qint64 bytes = 0;
        for (int i = 0; i < messages; ++i) {
            QByteArray b;
            QString error;
            if (!encoder.encode(move(i), Direction::Out, &b, &error)) {
                std::fprintf(stderr, "%s: %s\n", f.name, qPrintable(error));
                return 2;
            }
            bytes += b.size();
            payloads.push_back(std::move(b));
        }
        const double us = perMessageUs(benchPipeline(f.spec), payloads);
        std::printf("  %-26s %6.1f B/message  %7.2f µs/message  %9.0f messages/s\n", f.name,
                    double(bytes) / messages, us, 1e6 / us);
        if (f.spec == QLatin1String("msgpack"))
            logPayloads = payloads; // the log below holds MessagePack
    }

    // A log of `rows` MessagePack messages: the search without a decoder, with one set (the
    // default search does not decode), and through the decoded values.
    EventStore store;
    for (int i = 0; i < rows; ++i)
        store.append(
            Event::message(i, Direction::In, false, logPayloads[size_t(i) % logPayloads.size()]));
    LogSearch raw;
    QString error;
    raw.setQuery({QStringLiteral("hello 4242"), false, false, false}, &error);
    qsizetype found = 0;
    std::printf("log of %d MessagePack messages, search \"hello 4242\"\n", rows);
    // The time first: an argument list's order of evaluation is unspecified.
    double ms = scanMs(raw, store, &found);
    std::printf("  no decoder                 %8.1f ms  %lld rows\n", ms, qint64(found));
    auto cache = std::make_shared<DecodeCache>();
    cache->setPipeline(benchPipeline(QStringLiteral("msgpack")));
    raw.setDecoder(cache);
    ms = scanMs(raw, store, &found);
    std::printf("  decoder set, raw search    %8.1f ms  %lld rows\n", ms, qint64(found));
    LogSearch decoded;
    decoded.setQuery({QStringLiteral("\"say\": \"hello 4242\""), false, false, true}, &error);
    decoded.setDecoder(cache);
    ms = scanMs(decoded, store, &found);
    std::printf("  search decoded             %8.1f ms  %lld rows\n", ms, qint64(found));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 1000; ++i)
        cache->get(i, store.payload(i), Direction::In);
    std::printf("  a row shown (decode + cache) %6.2f µs; cache holds %lld rows in %lld KiB\n",
                double(t.nsecsElapsed()) / 1e3 / 1000, qint64(cache->size()),
                qint64(cache->totalCost() / 1024));
    return 0;
}
