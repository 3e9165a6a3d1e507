#include <algorithm>

#include <QUrlQuery>

#include "connection/timeformat.h"
#include "json/jsonwriter.h"
#include "session/eventjson.h"
#include "session/har.h"
#include "session/redaction.h"

namespace {

void appendText(QByteArray *out, const QString &text)
{
    JsonWriter::appendString(out, text.toUtf8());
}

/// HAR times: seconds since the epoch with millisecond decimals, as Chrome writes them.
QByteArray epochSeconds(qint64 ms)
{
    return QByteArray::number(ms / 1000) + '.'
           + QByteArray::number(ms % 1000).rightJustified(3, '0');
}

/// HAR's milliseconds with decimals, to the microsecond: "12", "12.5", "0.037"; -1 stays -1.
QByteArray milliseconds(qint64 us)
{
    if (us < 0)
        return QByteArrayLiteral("-1");
    QByteArray out = QByteArray::number(us / 1000);
    if (const qint64 fraction = us % 1000) {
        QByteArray digits = QByteArray::number(fraction).rightJustified(3, '0');
        while (digits.endsWith('0'))
            digits.chop(1);
        out += '.' + digits;
    }
    return out;
}

void appendHeaders(QByteArray *out, const HeaderList &headers)
{
    out->append('[');
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i)
            out->append(',');
        out->append("{\"name\":");
        JsonWriter::appendString(out, headers[i].name);
        out->append(",\"value\":");
        JsonWriter::appendString(out, headers[i].value);
        out->append('}');
    }
    out->append(']');
}

} // namespace

namespace Har {

qint64 totalMicroseconds(const RequestTimings &t)
{
    qint64 sum = 0;
    for (const qint64 phase : {t.blocked, t.dns, t.connect, t.send, t.wait, t.receive})
        sum += qMax<qint64>(0, phase);
    return sum;
}

} // namespace Har

namespace {

/// The rows of one connection: from the row after the previous connection's Close up to its
/// own Close.
struct Span
{
    qsizetype begin = 0, end = 0;
};

/// A tab's log holds its connections one after another, each ending with its Close row.
/// Rows that are no connection of their own (a refused attempt's error and close) stay out;
/// a log with no connection at all is one span, so that it still has an entry.
QList<Span> connectionSpans(const EventStore &events)
{
    QList<Span> spans;
    qsizetype begin = 0;
    bool connection = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventKind kind = events.row(i).kind;
        connection = connection || kind == EventKind::Handshake || kind == EventKind::Open
                     || kind == EventKind::Text || kind == EventKind::Binary;
        if (kind == EventKind::Close) {
            if (connection)
                spans.append({begin, i + 1});
            begin = i + 1;
            connection = false;
        }
    }
    if (connection)
        spans.append({begin, events.size()});
    if (spans.isEmpty())
        spans.append({0, events.size()});
    return spans;
}

/// The URL a connection asked for, as its upgrade request says: the header's request is the
/// tab's latest, and an earlier connection may have gone elsewhere. The latest request's URL
/// as it was written when it is the same place, or when the handshake does not say.
QUrl urlOf(const HandshakeRecord &handshake, const QUrl &latest)
{
    QByteArray host;
    for (const HeaderField &h : handshake.requestHeaders) {
        if (h.name.compare("Host", Qt::CaseInsensitive) == 0)
            host = h.value.trimmed();
    }
    const QList<QByteArray> parts = handshake.requestLine.split(' ');
    if (host.isEmpty() || parts.size() < 2 || !parts[1].startsWith('/'))
        return latest;
    const bool tls = !handshake.tlsProtocol.isEmpty() || !handshake.peerCertificates.isEmpty();
    const QUrl url = QUrl::fromEncoded((tls ? "wss://" : "ws://") + host + parts[1]);
    if (!url.isValid())
        return latest;
    const int defaultPort = latest.scheme() == QLatin1String("wss") ? 443 : 80;
    const bool same = url.host() == latest.host()
                      && url.port(tls ? 443 : 80) == latest.port(defaultPort)
                      && url.path() == latest.path() && url.query() == latest.query();
    return same ? latest : url;
}

/// What one connection's entry needs besides its messages.
struct EntryParts
{
    std::shared_ptr<const HandshakeRecord> handshake;
    Event open, close;
    bool haveOpen = false, haveClose = false;
    qint64 startedMs = 0;
    ConnectionRequest request;
    RequestTimings timings;
};

EntryParts entryParts(const SessionHeader &header, const EventStore &events, const Span &span,
                      bool first, const Redaction::Rules &rules)
{
    EntryParts p;
    for (qsizetype i = span.begin; i < span.end; ++i) {
        const EventStore::Row &row = events.row(i);
        if (row.kind == EventKind::Handshake && !p.handshake) {
            const Event e = events.at(i);
            p.handshake = (rules.isEmpty() ? e : Redaction::redactEvent(e, rules)).handshake;
        } else if (row.kind == EventKind::Open && !p.haveOpen) {
            p.open = events.at(i);
            p.haveOpen = true;
        } else if (row.kind == EventKind::Close && !p.haveClose) {
            p.close = events.at(i);
            p.haveClose = true;
        }
    }
    // The first connection started with the session; a later one with its first row.
    p.startedMs =
        first || span.begin >= events.size() ? header.createdMs : events.row(span.begin).timeMs;
    p.request = rules.isEmpty() ? header.request : Redaction::redactRequest(header.request, rules);
    if (p.handshake) {
        p.request.url = urlOf(*p.handshake, p.request.url);
        if (!rules.isEmpty())
            p.request.url = Redaction::redactUrl(p.request.url, rules);
    }
    // An imported entry's timings as they came; for a recording, the wait for the 101.
    if (first && header.timings) {
        p.timings = *header.timings;
    } else {
        p.timings.send = 0;
        p.timings.wait = p.haveOpen ? qMax<qint64>(0, p.open.timeMs - p.startedMs) * 1000 : 0;
        p.timings.receive = 0;
    }
    return p;
}

void appendEntryHead(QByteArray *out, const EntryParts &p)
{
    out->append("{\"startedDateTime\":");
    appendText(out, TimeFormat::iso(p.startedMs));
    out->append(",\"time\":");
    out->append(milliseconds(Har::totalMicroseconds(p.timings)));

    // Request: what was sent when Wsprobe saw it, else what was asked for.
    const ConnectionRequest &request = p.request;
    HeaderList requestHeaders = p.handshake ? p.handshake->requestHeaders : request.headers;
    if (!p.handshake) {
        if (!request.origin.isEmpty())
            requestHeaders.prepend({"Origin", request.origin.toUtf8()});
        if (!request.subprotocols.isEmpty())
            requestHeaders.append({"Sec-WebSocket-Protocol",
                                   request.subprotocols.join(QStringLiteral(", ")).toUtf8()});
    }
    out->append(",\"request\":{\"method\":\"GET\",\"url\":");
    appendText(out, request.url.toString(QUrl::FullyEncoded));
    out->append(",\"httpVersion\":\"HTTP/1.1\",\"headers\":");
    appendHeaders(out, requestHeaders);
    out->append(",\"queryString\":[");
    const QList<QPair<QString, QString>> query =
        QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < query.size(); ++i) {
        out->append(i ? ",{\"name\":" : "{\"name\":");
        appendText(out, query[i].first);
        out->append(",\"value\":");
        appendText(out, query[i].second);
        out->append('}');
    }
    out->append("],\"cookies\":[],\"headersSize\":-1,\"bodySize\":0}");

    // Response.
    const HandshakeRecord *handshake = p.handshake.get();
    int status = handshake && handshake->responseSeen ? handshake->status : (p.haveOpen ? 101 : 0);
    HeaderList responseHeaders;
    QByteArray statusText = status == 101 ? QByteArray("Switching Protocols") : QByteArray();
    if (handshake && handshake->responseSeen) {
        responseHeaders = handshake->responseHeaders;
        const QList<QByteArray> parts = handshake->statusLine.split(' ');
        statusText = parts.mid(2).join(' ');
    } else if (p.haveOpen) {
        if (!p.open.protocol.isEmpty())
            responseHeaders.append({"Sec-WebSocket-Protocol", p.open.protocol.toUtf8()});
        if (!p.open.extensions.isEmpty())
            responseHeaders.append({"Sec-WebSocket-Extensions", p.open.extensions.toUtf8()});
    }
    out->append(",\"response\":{\"status\":");
    out->append(QByteArray::number(status));
    out->append(",\"statusText\":");
    JsonWriter::appendString(out, statusText);
    out->append(",\"httpVersion\":\"HTTP/1.1\",\"headers\":");
    appendHeaders(out, responseHeaders);
    out->append(",\"cookies\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},"
                "\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":0,\"_transferSize\":0}");
    const RequestTimings &timings = p.timings;
    out->append(",\"cache\":{},\"timings\":{\"blocked\":");
    out->append(milliseconds(timings.blocked));
    out->append(",\"dns\":");
    out->append(milliseconds(timings.dns));
    out->append(",\"ssl\":");
    out->append(milliseconds(timings.ssl));
    out->append(",\"connect\":");
    out->append(milliseconds(timings.connect));
    out->append(",\"send\":");
    out->append(milliseconds(timings.send));
    out->append(",\"wait\":");
    out->append(milliseconds(timings.wait));
    out->append(",\"receive\":");
    out->append(milliseconds(timings.receive));
    out->append("},\"_resourceType\":\"websocket\"");
    if (p.haveClose) {
        out->append(",\"_wsprobeClose\":{\"code\":");
        out->append(QByteArray::number(p.close.code));
        out->append(",\"reason\":");
        JsonWriter::appendString(out, p.close.payload);
        out->append(p.close.wasClean ? ",\"clean\":true,\"time\":" : ",\"clean\":false,\"time\":");
        out->append(epochSeconds(p.close.timeMs));
        out->append('}');
    }
}

} // namespace

namespace Har {

bool write(const SessionHeader &header, const EventStore &events, const ExportOptions &options,
           QByteArray *out, const std::function<bool(QByteArray *)> &flush,
           const ProgressCallback &progress)
{
    const Redaction::Rules rules = options.redactionRules(header.request);
    const QList<Span> spans = connectionSpans(events);
    const qsizetype count = options.count(events);
    // The exported rows by connection: chosen rows keep their order within each.
    QList<QList<qsizetype>> chosen;
    if (options.rows) {
        chosen.resize(spans.size());
        for (const qsizetype index : *options.rows) {
            const auto it =
                std::upper_bound(spans.cbegin(), spans.cend(), index,
                                 [](qsizetype i, const Span &s) { return i < s.begin; });
            if (it != spans.cbegin() && index < (it - 1)->end)
                chosen[it - 1 - spans.cbegin()].append(index);
        }
    }

    out->append("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Wsprobe\",\"version\":\"");
    out->append(WSPROBE_VERSION);
    out->append("\"},\"pages\":[],\"entries\":[");
    qsizetype done = 0;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const Span &span = spans[s];
        if (s)
            out->append(',');
        appendEntryHead(out, entryParts(header, events, span, s == 0, rules));
        out->append(",\"_webSocketMessages\":[");
        bool first = true;
        const qsizetype n = options.rows ? chosen[s].size() : span.end - span.begin;
        for (qsizetype k = 0; k < n; ++k, ++done) {
            const qsizetype index = options.rows ? chosen[s][k] : span.begin + k;
            const EventStore::Row &row = events.row(index);
            if (row.kind != EventKind::Text && row.kind != EventKind::Binary)
                continue;
            const bool text = row.kind == EventKind::Text;
            out->append(first ? "{\"type\":" : ",{\"type\":");
            first = false;
            out->append(row.direction == Direction::Out ? "\"send\"" : "\"receive\"");
            out->append(",\"time\":");
            out->append(epochSeconds(row.timeMs));
            out->append(text ? ",\"opcode\":1,\"data\":" : ",\"opcode\":2,\"data\":");
            const QByteArrayView payload = events.payload(index);
            if (text)
                JsonWriter::appendString(out, payload);
            else
                JsonWriter::appendString(out, payload.toByteArray().toBase64());
            // Custom fields start with "_" in HAR: other readers ignore them, ours too.
            if (options.decode)
                out->append(DecodePipeline::jsonMember(
                    options.decode->decodeValue(payload, row.direction), "_"));
            out->append('}');
            if (out->size() > (4 << 20)) {
                if (!flush(out))
                    return false;
                if (progress && !progress(done, count))
                    return false;
            }
        }
        out->append("]}");
    }
    out->append("]}}\n");
    return flush(out);
}

} // namespace Har
