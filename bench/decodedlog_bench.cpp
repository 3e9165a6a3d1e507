// Does a million-message log stay as fast with a decoder or a protocol layer active? The same
// 1,000,000-message log is opened, scrolled and searched with nothing set, then with a
// decoder pipeline, then through a protocol layer, in one run, and the ratios to "nothing"
// are printed (issue 16's figure: within 2x). See docs/performance.md.
//   wsprobe-bench-decodedlog [ROWS] [PAGES] [msgpack|mqtt|stomp]
// (the last: only that log, for a profiler)
//
// open    EventLog::adopt of the rows, the decoder or layer set, the first page shown;
// scroll  PAGES pages of 40 rows spread over the whole log, every column's text asked for
//         as the table paints it, each page painted twice (the repaint that follows); rows
//         viewed = PAGES x 40, every one seen for the first time;
// search  LogSearch::scan over every row for a rare string, set up as the log's filter
//         does (the log's decoder and layer cache);
// filter  LogSearch::scan over every row with the Show menu's heartbeats hidden: with a
//         layer, Hide Heartbeats (its keep-alive packet types), the rows scrolled over already
//         read, the others not; without one, the WebSocket Ping and Pong kinds;
// again   the filter changed (with a layer, a packet type unchecked as well; without, the
//         Close kind too), every row read once already.
#include <cstdio>

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "benchpipeline.h"
#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "log/eventlog.h"
#include "log/logsearch.h"
#include "protocols/mqttlayer.h"
#include "protocols/protocolregistry.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"

namespace {

constexpr int PageRows = 40;

QCborMap reading(int i)
{
    QCborMap m;
    m.insert(QStringLiteral("sensor"), QStringLiteral("probe-%1").arg(i % 500));
    m.insert(QStringLiteral("t"), 20.0 + (i % 100) / 10.0);
    m.insert(QStringLiteral("ok"), i % 7 != 0);
    m.insert(QStringLiteral("say"), QStringLiteral("hello %1").arg(i));
    m.insert(QStringLiteral("tags"), QCborArray{i % 10, QStringLiteral("x")});
    return m;
}

QByteArray msgpack(int i)
{
    static const DecodePipeline encoder = benchPipeline(QStringLiteral("msgpack"));
    QByteArray b;
    QString error;
    encoder.encode(reading(i), Direction::In, &b, &error);
    return b;
}

QByteArray mqttPublish(int i)
{
    static const MqttLayer mqtt;
    QList<LayerFrame> frames;
    qint64 id = 1;
    QString error;
    mqtt.encode(QStringLiteral("publish"),
                {{QStringLiteral("topic"), QStringLiteral("sensors/probe-%1").arg(i % 500)},
                 {QStringLiteral("payload"), msgpack(i)}},
                &id, &frames, &error);
    return frames.isEmpty() ? QByteArray() : frames.first().bytes;
}

QByteArray sockJsMessage(int i)
{
    const QByteArray body = CborJson::text(reading(i), false).toUtf8();
    return 'a'
           + SockJsFraming::wrap({StompLayer::frame("MESSAGE",
                                                    {{"destination", "/topic/sensors"},
                                                     {"subscription", "sub-1"},
                                                     {"message-id", QByteArray::number(i)},
                                                     {"content-type", "application/json"}},
                                                    body)});
}

EventStore build(int rows, QByteArray (*payload)(int), bool text)
{
    EventStore store;
    // 1,000 distinct payloads repeated: building a million is not what is measured.
    std::vector<QByteArray> payloads;
    for (int i = 0; i < 1000; ++i)
        payloads.push_back(payload(i));
    for (int i = 0; i < rows; ++i)
        store.append(Event::message(i, i % 10 ? Direction::In : Direction::Out, text,
                                    payloads[size_t(i) % payloads.size()]));
    return store;
}

struct Setup
{
    const char *name;
    QString decoder; ///< "" none
    QString layer;   ///< "" none
};

struct Figures
{
    double openMs = 0;
    double scrollMs = 0;
    double searchMs = 0;
    double filterMs = 0;
    double againMs = 0;
    qsizetype found = 0;
    qsizetype shown = 0; ///< rows the changed filter let through
    qsizetype viewed = 0;
};

/// Every column's text of a page of rows, as the table asks for it when it paints.
qint64 paint(EventLog &log, int first)
{
    qint64 chars = 0;
    const int last = std::min(log.rowCount(), first + PageRows);
    for (int row = first; row < last; ++row)
        for (int column = 0; column < EventLog::ColumnCount; ++column)
            chars += log.index(row, column).data().toString().size();
    return chars;
}

Figures measure(EventStore &&store, const Setup &s, int pages, const QString &query)
{
    Figures f;
    EventLog log;
    QElapsedTimer t;
    t.start();
    log.adopt(std::move(store));
    if (!s.decoder.isEmpty())
        log.setDecodePipeline(benchPipeline(s.decoder));
    if (!s.layer.isEmpty())
        log.setProtocolLayer(ProtocolRegistry::create(s.layer));
    qint64 chars = paint(log, 0);
    f.openMs = double(t.nsecsElapsed()) / 1e6;

    const int rows = log.rowCount();
    t.restart();
    for (int p = 0; p < pages; ++p) {
        const int first = int(qint64(rows - PageRows) * p / std::max(1, pages - 1));
        chars += paint(log, first);
        chars += paint(log, first); // the repaint that follows (a hover, a selection)
    }
    f.scrollMs = double(t.nsecsElapsed()) / 1e6;
    f.viewed = qsizetype(pages) * PageRows;

    LogSearch search;
    QString error;
    search.setQuery({query, false, false, false}, &error);
    search.setDecoder(log.decoder());
    search.setLayer(log.protocolLayer(), {}, log.layerCache());
    std::vector<qint32> found;
    t.restart();
    search.scan(log.store(), 0, log.store().size(), &found);
    f.searchMs = double(t.nsecsElapsed()) / 1e6;
    f.found = qsizetype(found.size());

    const auto layer = log.protocolLayer();
    LogSearch filter;
    if (layer) {
        filter.setLayer(layer, layer->heartbeatTypes(), log.layerCache());
    } else {
        filter.setKinds(LogSearch::AllKinds & ~(1u << int(EventKind::Ping))
                        & ~(1u << int(EventKind::Pong)));
    }
    found.clear();
    t.restart();
    filter.scan(log.store(), 0, log.store().size(), &found);
    f.filterMs = double(t.nsecsElapsed()) / 1e6;
    LogSearch again;
    if (layer) {
        // Another type hidden too: one the log holds none of, so every row is still shown.
        QStringList hidden = layer->heartbeatTypes();
        hidden << layer->packetTypes().first();
        again.setLayer(layer, hidden, log.layerCache());
    } else {
        again.setKinds(filter.kinds() & ~(1u << int(EventKind::Close)));
    }
    found.clear();
    t.restart();
    again.scan(log.store(), 0, log.store().size(), &found);
    f.againMs = double(t.nsecsElapsed()) / 1e6;
    f.shown = qsizetype(found.size());
    if (chars == 0)
        std::printf("(nothing painted)\n");
    return f;
}

void report(const char *logName, QByteArray (*payload)(int), bool text, int rows, int pages,
            const QString &query, const QList<Setup> &setups)
{
    std::printf("%s: %d messages; scroll %d pages x %d rows; search \"%s\"\n", logName, rows, pages,
                PageRows, qPrintable(query));
    std::printf("  %-30s %9s %6s %10s %6s %10s %6s %8s %10s %6s %9s %6s %8s\n", "", "open ms",
                "ratio", "scroll ms", "ratio", "search ms", "ratio", "matches", "filter ms",
                "ratio", "again ms", "ratio", "shown");
    Figures base;
    for (const Setup &s : setups) {
        const Figures f = measure(build(rows, payload, text), s, pages, query);
        if (s.decoder.isEmpty() && s.layer.isEmpty())
            base = f;
        std::printf("  %-30s %9.1f %6.2f %10.1f %6.2f %10.1f %6.2f %8lld %10.1f %6.2f %9.1f %6.2f "
                    "%8lld\n",
                    s.name, f.openMs, f.openMs / base.openMs, f.scrollMs,
                    f.scrollMs / base.scrollMs, f.searchMs, f.searchMs / base.searchMs,
                    qint64(f.found), f.filterMs, f.filterMs / base.filterMs, f.againMs,
                    f.againMs / base.againMs, qint64(f.shown));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int pages = argc > 2 ? std::atoi(argv[2]) : 2500;
    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    if (only.isEmpty() || only == "msgpack")
        report("MessagePack messages", msgpack, false, rows, pages, QStringLiteral("hello 424"),
               {{"nothing", {}, {}},
                {"decoder msgpack", QStringLiteral("msgpack"), {}},
                {"decoder auto", QStringLiteral("auto"), {}}});
    if (only.isEmpty() || only == "mqtt")
        report(
            "MQTT PUBLISH, MessagePack payloads", mqttPublish, false, rows, pages,
            QStringLiteral("hello 424"),
            {{"nothing", {}, {}},
             {"layer mqtt (payloads: auto)", {}, QStringLiteral("mqtt")},
             {"layer mqtt + decoder msgpack", QStringLiteral("msgpack"), QStringLiteral("mqtt")}});
    if (only.isEmpty() || only == "stomp")
        report("STOMP over SockJS, JSON bodies", sockJsMessage, true, rows, pages,
               QStringLiteral("hello 424"),
               {{"nothing", {}, {}}, {"layer stomp-sockjs", {}, QStringLiteral("stomp-sockjs")}});
    return 0;
}
