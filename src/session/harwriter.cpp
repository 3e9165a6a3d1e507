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

bool write(const SessionHeader &header, const EventStore &events, const ExportOptions &options,
           QByteArray *out, const std::function<bool(QByteArray *)> &flush,
           const ProgressCallback &progress)
{
    const Redaction::Rules rules = options.redactionRules(header.request);
    const ConnectionRequest request =
        rules.isEmpty() ? header.request : Redaction::redactRequest(header.request, rules);
    // The handshake, the open and the close of the session, wherever they are in the rows.
    std::shared_ptr<const HandshakeRecord> handshake;
    Event open, close;
    bool haveOpen = false, haveClose = false;
    const qsizetype count = options.count(events);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventStore::Row &row = events.row(i);
        if (row.kind == EventKind::Handshake && !handshake) {
            const Event e = events.at(i);
            handshake = (rules.isEmpty() ? e : Redaction::redactEvent(e, rules)).handshake;
        } else if (row.kind == EventKind::Open && !haveOpen) {
            open = events.at(i);
            haveOpen = true;
        } else if (row.kind == EventKind::Close && !haveClose) {
            close = events.at(i);
            haveClose = true;
        }
    }

    out->append("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Wsprobe\",\"version\":\"");
    out->append(WSPROBE_VERSION);
    out->append("\"},\"pages\":[],\"entries\":[{\"startedDateTime\":");
    appendText(out, TimeFormat::iso(header.createdMs));
    // An imported entry's timings as they came; for a recording, the wait for the 101.
    RequestTimings timings;
    if (header.timings) {
        timings = *header.timings;
    } else {
        timings.send = 0;
        timings.wait = haveOpen ? qMax<qint64>(0, open.timeMs - header.createdMs) * 1000 : 0;
        timings.receive = 0;
    }
    out->append(",\"time\":");
    out->append(milliseconds(totalMicroseconds(timings)));

    // Request: what was sent when Wsprobe saw it, else what was asked for.
    HeaderList requestHeaders = handshake ? handshake->requestHeaders : request.headers;
    if (!handshake) {
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
    int status = handshake && handshake->responseSeen ? handshake->status : (haveOpen ? 101 : 0);
    HeaderList responseHeaders;
    QByteArray statusText = status == 101 ? QByteArray("Switching Protocols") : QByteArray();
    if (handshake && handshake->responseSeen) {
        responseHeaders = handshake->responseHeaders;
        const QList<QByteArray> parts = handshake->statusLine.split(' ');
        statusText = parts.mid(2).join(' ');
    } else if (haveOpen) {
        if (!open.protocol.isEmpty())
            responseHeaders.append({"Sec-WebSocket-Protocol", open.protocol.toUtf8()});
        if (!open.extensions.isEmpty())
            responseHeaders.append({"Sec-WebSocket-Extensions", open.extensions.toUtf8()});
    }
    out->append(",\"response\":{\"status\":");
    out->append(QByteArray::number(status));
    out->append(",\"statusText\":");
    JsonWriter::appendString(out, statusText);
    out->append(",\"httpVersion\":\"HTTP/1.1\",\"headers\":");
    appendHeaders(out, responseHeaders);
    out->append(",\"cookies\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},"
                "\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":0,\"_transferSize\":0}");
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
    if (haveClose) {
        out->append(",\"_wsprobeClose\":{\"code\":");
        out->append(QByteArray::number(close.code));
        out->append(",\"reason\":");
        JsonWriter::appendString(out, close.payload);
        out->append(close.wasClean ? ",\"clean\":true,\"time\":" : ",\"clean\":false,\"time\":");
        out->append(epochSeconds(close.timeMs));
        out->append('}');
    }

    out->append(",\"_webSocketMessages\":[");
    bool first = true;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype index = options.index(i);
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
            if (progress && !progress(i, count))
                return false;
        }
    }
    out->append("]}]}}\n");
    return flush(out);
}

} // namespace Har
