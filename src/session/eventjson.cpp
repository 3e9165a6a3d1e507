#include "session/eventjson.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "connection/timeformat.h"
#include "json/jsonwriter.h"
#include "log/eventstore.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QByteArray headersJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const HeaderField &f : headers)
        a.append(QJsonArray{QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/// The record's last member, the timestamp, written without escaping (it needs none).
void appendTime(JsonObjectWriter &w, qint64 ms)
{
    char buf[TimeFormat::IsoMax];
    w.plain("time", QByteArrayView(buf, TimeFormat::writeIso(buf, ms)));
}

template<size_t N> char *put(char *p, const char (&literal)[N])
{
    std::memcpy(p, literal, N - 1);
    return p + N - 1;
}

/// A message's line up to its data: `{"elapsedMs":N,"data":`, at most 48 bytes. Returns the end.
char *writeMessageHead(char *p, qint64 timeMs, qint64 sessionStartMs)
{
    *p++ = '{';
    if (sessionStartMs >= 0) {
        p = put(p, "\"elapsedMs\":");
        p = JsonWriter::writeInteger(p, timeMs - sessionStartMs);
        *p++ = ',';
    }
    return put(p, "\"data\":");
}

/// The rest of a message's line after its data, '\n' included, at most 160 bytes.
char *writeMessageTail(char *p, qint64 timeMs, bool text, qsizetype size, Direction direction,
                       qint64 wireSize)
{
    p = direction == Direction::In ? put(p, ",\"dir\":\"in\"") : put(p, ",\"dir\":\"out\"");
    p = put(p, ",\"event\":\"message\",\"size\":");
    p = JsonWriter::writeInteger(p, size);
    p = text ? put(p, ",\"type\":\"text\"") : put(p, ",\"type\":\"binary\"");
    if (wireSize >= 0) {
        p = put(p, ",\"wireSize\":");
        p = JsonWriter::writeInteger(p, wireSize);
    }
    p = put(p, ",\"time\":\"");
    p += TimeFormat::writeIso(p, timeMs);
    return put(p, "\"}\n");
}

/// A message's line, '\n' included, members in key order as in every record: the part before
/// the data and the part after it each go into the buffer in one piece. Member by member, a 64-byte
/// message's line was a dozen appends and eight strlen() calls, and the journal's writer (which
/// shares two cores with the window and the peer) spent most of its time on them (perf9).
void appendMessageLine(QByteArray *out, qint64 timeMs, qint64 sessionStartMs, bool text,
                       QByteArrayView payload, Direction direction, qint64 wireSize)
{
    char head[48];
    JsonWriter::appendBytes(out, head, writeMessageHead(head, timeMs, sessionStartMs) - head);
    if (text) {
        JsonWriter::appendString(out, payload);
    } else {
        const QByteArray base64 =
            QByteArray::fromRawData(payload.data(), payload.size()).toBase64();
        JsonWriter::appendBytes(out, "\"", 1);
        JsonWriter::appendBytes(out, base64.constData(), base64.size());
        JsonWriter::appendBytes(out, "\"", 1);
    }
    char tail[160];
    JsonWriter::appendBytes(
        out, tail,
        writeMessageTail(tail, timeMs, text, payload.size(), direction, wireSize) - tail);
}

bool isMessageRow(const EventStore::Row &r)
{
    return (r.kind == EventKind::Text || r.kind == EventKind::Binary)
           && (r.direction == Direction::In || r.direction == Direction::Out);
}

} // namespace

namespace EventJson {

namespace {

void appendRecord(QByteArray *line, const Event &e, qint64 sessionStartMs)
{
    if (e.kind == EventKind::Text || e.kind == EventKind::Binary) {
        // A message's members are written in one place, the journal's (appendMessageLine).
        appendMessageLine(line, e.timeMs, sessionStartMs, e.kind == EventKind::Text, e.payload,
                          e.direction, e.wireSize);
        line->chop(1);
        return;
    }
    JsonObjectWriter w(line);
    if (sessionStartMs >= 0)
        w.number("elapsedMs", e.timeMs - sessionStartMs);
    switch (e.kind) {
    case EventKind::Open:
        w.string("event", "open");
        w.text("extensions", e.extensions);
        w.text("protocol", e.protocol);
        if (!e.tlsErrorsIgnored.isEmpty())
            w.raw("tlsErrorsIgnored", QJsonDocument(QJsonArray::fromStringList(e.tlsErrorsIgnored))
                                          .toJson(QJsonDocument::Compact));
        break;
    case EventKind::Text:
    case EventKind::Binary:
        break; // written above
    case EventKind::Ping:
    case EventKind::Pong:
        w.plain("data", e.payload.toBase64());
        w.text("dir", EventNames::directionId(e.direction));
        w.text("event", EventNames::kindId(e.kind));
        if (e.kind == EventKind::Pong && e.rttMs >= 0)
            w.number("rttMs", e.rttMs);
        w.number("size", e.payload.size());
        break;
    case EventKind::Error:
        w.string("event", "error");
        w.string("message", e.payload);
        break;
    case EventKind::Close:
        w.boolean("clean", e.wasClean);
        w.number("code", e.code);
        w.string("event", "close");
        w.string("reason", e.payload);
        break;
    case EventKind::Handshake: {
        const HandshakeRecord h = e.handshake ? *e.handshake : HandshakeRecord();
        if (!h.body.isEmpty())
            w.string("body", h.body);
        w.string("event", "handshake");
        if (!h.foldedResponseHeaders.isEmpty()) {
            QJsonArray folded;
            for (int i : h.foldedResponseHeaders)
                folded.append(i);
            w.raw("foldedHeaders", QJsonDocument(folded).toJson(QJsonDocument::Compact));
        }
        if (!h.rawBody.isEmpty())
            w.string("rawBody", h.rawBody);
        w.raw("requestHeaders", headersJson(h.requestHeaders));
        w.string("requestLine", h.requestLine);
        if (h.responseSeen) {
            w.raw("responseHeaders", headersJson(h.responseHeaders));
            w.number("status", h.status);
            w.string("statusLine", h.statusLine);
        }
        if (!h.tlsProtocol.isEmpty()) {
            QJsonObject tls;
            tls.insert(s("protocol"), h.tlsProtocol);
            tls.insert(s("cipher"), h.tlsCipher);
            tls.insert(s("peerCertificates"), QJsonArray::fromStringList(h.peerCertificates));
            if (!h.tlsErrorsIgnored.isEmpty())
                tls.insert(s("errorsIgnored"), QJsonArray::fromStringList(h.tlsErrorsIgnored));
            w.raw("tls", QJsonDocument(tls).toJson(QJsonDocument::Compact));
        }
        break;
    }
    case EventKind::Check:
        // Sessions leave script results out (SessionWriter); written for any other reader
        // of a log's rows all the same.
        w.raw("check", e.payload);
        w.string("event", "check");
        w.boolean("passed", e.wasClean);
        break;
    case EventKind::Frame:
        w.boolean("compressed", e.frame.compressed);
        w.text("dir", EventNames::directionId(e.direction));
        w.string("event", "frame");
        w.boolean("fin", e.frame.fin);
        if (!e.frame.head.isEmpty())
            w.string("head", e.frame.head.toBase64());
        w.number("length", qint64(e.frame.payloadLength));
        w.number("lengthBits", e.frame.lengthBits);
        if (e.frame.masked)
            w.string("maskKey", QByteArray::number(e.frame.maskKey, 16).rightJustified(8, '0'));
        w.boolean("masked", e.frame.masked);
        if (e.frame.nonMinimalLength)
            w.boolean("nonMinimal", true);
        w.text("opcode", EventNames::opcodeName(e.frame.opcode));
        w.number("rsv", e.frame.rsv);
        break;
    }
    appendTime(w, e.timeMs);
    w.finish();
}

} // namespace

QByteArray toLine(const Event &e, qint64 sessionStartMs)
{
    QByteArray line;
    appendRecord(&line, e, sessionStartMs);
    return line;
}

void appendLine(QByteArray *out, const Event &e, qint64 sessionStartMs)
{
    if (e.kind == EventKind::Text || e.kind == EventKind::Binary) {
        appendMessageLine(out, e.timeMs, sessionStartMs, e.kind == EventKind::Text, e.payload,
                          e.direction, e.wireSize);
        return;
    }
    appendRecord(out, e, sessionStartMs);
    out->append('\n');
}

void appendLine(QByteArray *out, const EventStore &store, qsizetype i, qint64 sessionStartMs)
{
    const EventStore::Row &r = store.row(i);
    if (!isMessageRow(r)) {
        out->append(toLine(store.at(i), sessionStartMs));
        out->append('\n');
        return;
    }
    appendMessageLine(out, r.timeMs, sessionStartMs, r.kind == EventKind::Text, store.payload(i),
                      r.direction, r.aux);
}

bool appendMessageHead(QByteArray *out, const EventStore &store, qsizetype i, qint64 sessionStartMs)
{
    const EventStore::Row &r = store.row(i);
    if (!isMessageRow(r))
        return false;
    char head[48];
    char *p = writeMessageHead(head, r.timeMs, sessionStartMs);
    *p++ = '"';
    JsonWriter::appendBytes(out, head, p - head);
    return true;
}

void appendMessageTail(QByteArray *out, const EventStore &store, qsizetype i)
{
    const EventStore::Row &r = store.row(i);
    char tail[160];
    char *p = tail;
    *p++ = '"';
    p = writeMessageTail(p, r.timeMs, r.kind == EventKind::Text, r.size, r.direction, r.aux);
    JsonWriter::appendBytes(out, tail, p - tail);
}

QJsonObject toJson(const Event &event)
{
    return QJsonDocument::fromJson(toLine(event)).object();
}

} // namespace EventJson
