#include "eventjson.h"

#include "eventstore.h"
#include "utf8validator.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

/// Writes one flat JSON object member by member.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray *out)
        : m_out(out)
    {
    }
    void key(const char *name)
    {
        // One append per key: small appends dominate the cost of a line.
        char buf[48];
        const size_t n = std::strlen(name);
        Q_ASSERT(n + 4 <= sizeof buf);
        buf[0] = m_first ? '{' : ',';
        buf[1] = '"';
        std::memcpy(buf + 2, name, n);
        buf[n + 2] = '"';
        buf[n + 3] = ':';
        m_out->append(buf, qsizetype(n + 4));
        m_first = false;
    }
    void string(const char *name, QByteArrayView utf8)
    {
        key(name);
        EventJson::appendString(m_out, utf8);
    }
    void text(const char *name, const QString &text)
    {
        string(name, QByteArrayView(text.toUtf8()));
    }
    void number(const char *name, qint64 v)
    {
        key(name);
        char buf[24];
        char *end = buf + sizeof buf;
        char *p = end;
        quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (v < 0)
            *--p = '-';
        m_out->append(p, qsizetype(end - p));
    }
    void boolean(const char *name, bool v)
    {
        key(name);
        m_out->append(v ? "true" : "false");
    }
    void raw(const char *name, const QByteArray &json)
    {
        key(name);
        m_out->append(json);
    }
    void finish() { m_out->append(m_first ? "{}" : "}"); }

private:
    QByteArray *m_out;
    bool m_first = true;
};

QByteArray headersJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const HeaderField &f : headers)
        a.append(QJsonArray{QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

int digits(QByteArrayView t, qsizetype at, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// Everything a record can carry, read in one pass before it is turned into an Event.
} // namespace

namespace EventJson {

QString formatTime(qint64 msSinceEpoch)
{
    return QString::fromLatin1(formatTimeUtf8(msSinceEpoch));
}

QByteArray formatTimeUtf8(qint64 ms)
{
    // By hand rather than through QDateTime: every record of a session carries a timestamp,
    // and QDateTime::toString costs more than the rest of the record.
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2);
    if (y < 0 || y > 9999) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC)
            .toString(Qt::ISODateWithMs)
            .toLatin1();
#else
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
#endif
    }
    char buf[24];
    auto put = [&buf](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, m, 2);
    buf[7] = '-';
    put(8, d, 2);
    buf[10] = 'T';
    put(11, rest / 3600000, 2);
    buf[13] = ':';
    put(14, rest / 60000 % 60, 2);
    buf[16] = ':';
    put(17, rest / 1000 % 60, 2);
    buf[19] = '.';
    put(20, rest % 1000, 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
}

bool parseTime(QByteArrayView t, qint64 *ms)
{
    // The form every writer here produces, read without QDateTime: a million of them are
    // read when a session opens.
    if (t.size() == 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':'
        && t[19] == '.' && t[23] == 'Z') {
        const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
        const int h = digits(t, 11, 2), mi = digits(t, 14, 2), sec = digits(t, 17, 2);
        const int milli = digits(t, 20, 3);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0
            && mi < 60 && sec >= 0 && sec < 61 && milli >= 0) {
            *ms = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + milli;
            return true;
        }
    }
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(t), Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    *ms = time.toMSecsSinceEpoch();
    return true;
}

void appendString(QByteArray *out, QByteArrayView utf8)
{
    QByteArray repaired;
    if (!Utf8Validator::isValidUtf8(utf8)) {
        repaired = QString::fromUtf8(utf8).toUtf8();
        utf8 = repaired;
    }
    static const char hex[] = "0123456789abcdef";
    // Written in place into room for the worst case (every byte as \u00XX), then trimmed:
    // the journal appends a million strings to one buffer, and QByteArray::append of small
    // pieces costs more than the escaping itself. Growth is geometric, never per call.
    const qsizetype start = out->size();
    const qsizetype worst = start + 6 * utf8.size() + 2;
    if (out->capacity() < worst)
        out->reserve(std::max(worst, out->capacity() * 2));
    out->resize(worst);
    char *p = out->data() + start;
    *p++ = '"';
    const char *in = utf8.data();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *p++ = char(c);
            continue;
        }
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 15];
        }
    }
    *p++ = '"';
    out->resize(p - out->constData());
}

QByteArray toLine(const Event &e, qint64 sessionStartMs)
{
    QByteArray line;
    ObjectWriter w(&line);
    if (sessionStartMs >= 0)
        w.number("elapsedMs", e.timeMs - sessionStartMs);
    switch (e.kind) {
    case EventKind::Open:
        w.string("event", "open");
        w.text("extensions", e.extensions);
        w.text("protocol", e.protocol);
        break;
    case EventKind::Text:
    case EventKind::Binary: {
        const bool text = e.kind == EventKind::Text;
        w.string("data", text ? e.payload : e.payload.toBase64());
        w.text("dir", EventNames::directionId(e.direction));
        w.string("event", "message");
        w.number("size", e.payload.size());
        w.string("type", text ? "text" : "binary");
        if (e.wireSize >= 0)
            w.number("wireSize", e.wireSize);
        break;
    }
    case EventKind::Ping:
    case EventKind::Pong:
        w.string("data", e.payload.toBase64());
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
    case EventKind::Frame:
        w.boolean("compressed", e.frame.compressed);
        w.text("dir", EventNames::directionId(e.direction));
        w.string("event", "frame");
        w.boolean("fin", e.frame.fin);
        w.number("length", qint64(e.frame.payloadLength));
        w.boolean("masked", e.frame.masked);
        w.text("opcode", EventNames::opcodeName(e.frame.opcode));
        w.number("rsv", e.frame.rsv);
        break;
    }
    w.string("time", formatTimeUtf8(e.timeMs));
    w.finish();
    return line;
}

void appendLine(QByteArray *out, const EventStore &store, qsizetype i, qint64 sessionStartMs)
{
    const EventStore::Row &r = store.row(i);
    if ((r.kind != EventKind::Text && r.kind != EventKind::Binary)
        || (r.direction != Direction::In && r.direction != Direction::Out)) {
        out->append(toLine(store.at(i), sessionStartMs));
        out->append('\n');
        return;
    }
    // The same members, in the same order, as toLine() writes for a message.
    const bool text = r.kind == EventKind::Text;
    const QByteArrayView payload = store.payload(i);
    ObjectWriter w(out);
    if (sessionStartMs >= 0)
        w.number("elapsedMs", r.timeMs - sessionStartMs);
    w.string("data", text ? payload : QByteArrayView(payload.toByteArray().toBase64()));
    w.string("dir", r.direction == Direction::In ? "in" : "out");
    w.string("event", "message");
    w.number("size", qint64(r.size));
    w.string("type", text ? "text" : "binary");
    if (r.aux >= 0)
        w.number("wireSize", r.aux);
    w.string("time", formatTimeUtf8(r.timeMs));
    w.finish();
    out->append('\n');
}

QJsonObject toJson(const Event &event)
{
    return QJsonDocument::fromJson(toLine(event)).object();
}

} // namespace EventJson
