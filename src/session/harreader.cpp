#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <utility>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "protocol/requestvalidator.h"
#include "session/eventjson.h"
#include "session/har.h"
#include "session/mappedfile.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Har)
};

using Token = JsonScanner::Token;

/// Seconds since 1970 a HAR time may hold: before the year 10000, as the ISO times of session
/// files, so that a time in milliseconds and the difference of two such times fit in qint64.
constexpr double MaxSeconds = 253402300800.0;

/// A whole number in [low, high]; false for anything else, NaN included.
bool wholeIn(double v, double low, double high)
{
    return v >= low && v <= high && v == std::floor(v);
}

/// What one entry says, gathered in one walk over it.
struct Entry
{
    QByteArray url, method, started, httpVersion, statusText, resourceType;
    HeaderList requestHeaders, responseHeaders;
    int status = 0;
    qint64 sent = 0, received = 0;
    bool hasMessages = false;
    QStringList problems; ///< values of the wrong type or range, each with its byte offset
    // Wsprobe's own addition, so that a round trip keeps the close.
    bool hasClose = false;
    Event close;

    std::optional<RequestTimings> timings;

    bool isWebSocket() const
    {
        return hasMessages || resourceType == "websocket" || url.startsWith("ws://")
               || url.startsWith("wss://") || (status == 101 && upgradesToWebSocket());
    }
    /// Firefox and other tools list the upgrade as an http(s) request without
    /// _resourceType; its 101 and "Upgrade: websocket" say what it is.
    bool upgradesToWebSocket() const
    {
        for (const HeaderList *headers : {&responseHeaders, &requestHeaders}) {
            for (const HeaderField &h : *headers) {
                if (h.name.compare("Upgrade", Qt::CaseInsensitive) == 0
                    && h.value.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }
};

enum class Mode { List, Read };

class Walker
{
public:
    Walker(QByteArrayView data, Mode mode)
        : m_json(data)
        , m_mode(mode)
        , m_total(data.size())
    {
        m_json.skipByteOrderMark();
    }

    /// For Mode::Read: the entries whose messages are read (sorted), where they go with the
    /// issues of those that are skipped, and what is called before and after each of them.
    QList<int> targets;
    Session *session = nullptr;
    std::function<void(int)> entryStarts, entryEnds;
    const ProgressCallback *progress = nullptr;
    MappedFile *file = nullptr;
    bool cancelled = false;

    QList<Entry> entries; ///< every entry; messages only counted
    int entryCount = 0;
    QByteArray creator; ///< the name of the program that wrote the file
    QString error;

    bool run()
    {
        if (m_json.next() != Token::ObjectStart)
            return fail(Tr::tr("the file is not a JSON object"));
        bool sawLog = false;
        const bool ok = members([&](QByteArrayView key) {
            if (key != "log")
                return m_json.skipValue();
            sawLog = true;
            return expect(Token::ObjectStart) && members([&](QByteArrayView logKey) {
                       if (logKey == "creator") {
                           // Only Wsprobe's own name matters; another shape is no reason
                           // to refuse the file.
                           const Token t = m_json.next();
                           if (t != Token::ObjectStart)
                               return t != Token::Error
                                      && (t != Token::ArrayStart || m_json.skipContainer());
                           return members([&](QByteArrayView k) {
                               return k == "name" ? string(&creator, "name") : m_json.skipValue();
                           });
                       }
                       if (logKey != "entries")
                           return m_json.skipValue();
                       return expect(Token::ArrayStart) && elements([&] { return readEntry(); });
                   });
        });
        if (!ok)
            return false;
        if (!sawLog)
            return fail(Tr::tr("there is no \"log\" object, so this is not a HAR file"));
        return true;
    }

private:
    bool fail(const QString &message)
    {
        if (error.isEmpty()) {
            error =
                m_json.errorString().isEmpty()
                    ? message
                    : Tr::tr("%1 (at byte %2)").arg(m_json.errorString()).arg(m_json.errorOffset());
        }
        return false;
    }
    bool expect(Token token)
    {
        if (m_json.next() == token)
            return true;
        return fail(Tr::tr("the JSON does not have the shape of HAR 1.2 near byte %1")
                        .arg(m_json.offset()));
    }
    /// The object has started; calls f(key) for each member, f consumes the value.
    template<typename F> bool members(F f)
    {
        for (Token t = m_json.next(); t != Token::ObjectEnd; t = m_json.next()) {
            if (t != Token::Key)
                return fail(Tr::tr("malformed JSON"));
            const QByteArray key = m_json.string();
            if (!f(QByteArrayView(key)))
                return fail(Tr::tr("unexpected value near byte %1").arg(m_json.offset()));
        }
        return true;
    }
    /// The array has started; f reads one element, the element's first token not yet taken.
    template<typename F> bool elements(F f)
    {
        while (true) {
            // Every array HAR has here holds objects, so the next token decides.
            const Token t = m_json.next();
            if (t == Token::ArrayEnd)
                return true;
            if (t != Token::ObjectStart)
                return fail(
                    Tr::tr("expected an object in an array near byte %1").arg(m_json.offset()));
            if (!f())
                return false;
        }
    }
    /// A value of the wrong type or range: noted for the entry or message being read, and
    /// stepped over (a container whole). False only when the JSON itself is broken.
    void problem(const QString &text)
    {
        if (m_problems)
            m_problems->append(text);
    }
    bool wrongType(Token t, const char *name, const QString &expected, qsizetype at)
    {
        if (t == Token::Error)
            return false;
        problem(Tr::tr("\"%1\" is not %2 (byte %3)").arg(QLatin1String(name), expected).arg(at));
        return t == Token::ObjectStart || t == Token::ArrayStart ? m_json.skipContainer() : true;
    }
    /// A string member's value into *out (when given); null leaves it empty when nullable.
    bool string(QByteArray *out, const char *name, bool nullable = true)
    {
        const qsizetype at = m_json.offset();
        const Token t = m_json.next();
        if (t == Token::String) {
            if (out)
                *out = m_json.string();
            return true;
        }
        if (t == Token::Null && nullable)
            return true;
        return wrongType(t, name, Tr::tr("a string"), at);
    }
    bool number(double *out, const char *name, bool nullable = true)
    {
        const qsizetype at = m_json.offset();
        const Token t = m_json.next();
        if (t == Token::Number) {
            *out = m_json.number();
            return true;
        }
        if (t == Token::Null && nullable)
            return true;
        return wrongType(t, name, Tr::tr("a number"), at);
    }
    bool headers(HeaderList *out)
    {
        return expect(Token::ArrayStart) && elements([&] {
                   HeaderField h;
                   const bool ok = members([&](QByteArrayView key) {
                       if (key == "name")
                           return string(&h.name, "name");
                       if (key == "value")
                           return string(&h.value, "value");
                       return m_json.skipValue();
                   });
                   out->append(h);
                   return ok;
               });
    }

    bool readEntry()
    {
        const int index = entryCount++;
        Entry entry;
        const bool reading =
            m_mode == Mode::Read && std::binary_search(targets.cbegin(), targets.cend(), index);
        if (reading && entryStarts)
            entryStarts(index);
        m_problems = &entry.problems;
        const bool ok = members([&](QByteArrayView key) {
            if (key == "startedDateTime")
                return string(&entry.started, "startedDateTime");
            if (key == "_resourceType")
                return string(&entry.resourceType, "_resourceType");
            if (key == "request") {
                return expect(Token::ObjectStart) && members([&](QByteArrayView k) {
                           if (k == "url")
                               return string(&entry.url, "url");
                           if (k == "method")
                               return string(&entry.method, "method");
                           if (k == "httpVersion")
                               return string(&entry.httpVersion, "httpVersion");
                           if (k == "headers")
                               return headers(&entry.requestHeaders);
                           return m_json.skipValue();
                       });
            }
            if (key == "response") {
                return expect(Token::ObjectStart) && members([&](QByteArrayView k) {
                           if (k == "status") {
                               const qsizetype at = m_json.offset();
                               double status = 0;
                               if (!number(&status, "status"))
                                   return false;
                               if (wholeIn(status, 0, 999))
                                   entry.status = int(status);
                               else
                                   problem(Tr::tr("\"status\" %1 is not an HTTP status (byte %2)")
                                               .arg(status)
                                               .arg(at));
                               return true;
                           }
                           if (k == "statusText")
                               return string(&entry.statusText, "statusText");
                           if (k == "headers")
                               return headers(&entry.responseHeaders);
                           return m_json.skipValue();
                       });
            }
            if (key == "timings")
                return readTimings(&entry);
            if (key == "_webSocketMessages") {
                entry.hasMessages = true;
                int ordinal = 0;
                return expect(Token::ArrayStart)
                       && elements([&] { return readMessage(&entry, reading, ++ordinal); });
            }
            if (key == "_wsprobeClose")
                return readClose(&entry);
            return m_json.skipValue();
        });
        m_problems = nullptr;
        if (!ok)
            return false;
        entries.append(entry);
        if (reading && entryEnds && !cancelled)
            entryEnds(index);
        return !cancelled;
    }

    /// One of _webSocketMessages, its '{' taken. A message with a value of the wrong type or
    /// range is skipped with an issue; the rest of the entry still loads.
    bool readMessage(Entry *entry, bool keep, int ordinal)
    {
        const qsizetype start = m_json.offset() - 1;
        QByteArray type, data;
        double time = 0, opcode = 1;
        QStringList bad;
        QStringList *entryProblems = std::exchange(m_problems, &bad);
        const bool ok = members([&](QByteArrayView key) {
            if (key == "type")
                return string(&type, "type", false);
            if (key == "time")
                return number(&time, "time", false);
            if (key == "opcode")
                return number(&opcode, "opcode", false);
            if (key == "data")
                return string(keep ? &data : nullptr, "data", false);
            return m_json.skipValue();
        });
        m_problems = entryProblems;
        if (!ok)
            return false;
        const bool out = type == "send";
        if (bad.isEmpty() && !out && type != "receive")
            return true; // not a message Chrome records; nothing to show
        if (bad.isEmpty() && opcode != 1 && opcode != 2) {
            if (wholeIn(opcode, 0, 15))
                return true; // a control frame; Chrome records only messages
            bad << Tr::tr("\"opcode\" %1 is not a WebSocket opcode").arg(opcode);
        }
        if (bad.isEmpty() && !(std::abs(time) < MaxSeconds))
            bad << Tr::tr("\"time\" %1 is not a time in seconds since 1970").arg(time);
        const bool text = opcode == 1;
        if (bad.isEmpty() && keep && !text) {
            const auto decoded =
                QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                data = *decoded;
            else
                bad << Tr::tr("a binary message's \"data\" is not valid base64");
        }
        if (!bad.isEmpty()) {
            if (keep)
                session->addIssue(0, Tr::tr("message %1 of the entry (at byte %2) skipped: %3")
                                         .arg(ordinal)
                                         .arg(start)
                                         .arg(bad.first()));
            return true;
        }
        (out ? entry->sent : entry->received)++;
        if (!keep)
            return true;
        EventStore &store = session->events;
        store.append(Event::message(std::llround(time * 1000.0),
                                    out ? Direction::Out : Direction::In, text, data));
        if (progress && *progress && store.size() % 65536 == 0) {
            if (!(*progress)(m_json.offset(), m_total)) {
                cancelled = true;
                return false;
            }
        }
        if (file && store.size() % 4096 == 0)
            file->release(m_json.offset());
        return true;
    }

    /// "timings": milliseconds with decimals, kept to the microsecond; negative means not
    /// applicable (HAR writes -1).
    bool readTimings(Entry *entry)
    {
        RequestTimings t;
        const std::pair<const char *, qint64 *> fields[] = {
            {"blocked", &t.blocked}, {"dns", &t.dns},   {"connect", &t.connect}, {"ssl", &t.ssl},
            {"send", &t.send},       {"wait", &t.wait}, {"receive", &t.receive}};
        const bool ok = expect(Token::ObjectStart) && members([&](QByteArrayView key) {
                            for (const auto &[name, field] : fields) {
                                if (key != name)
                                    continue;
                                const qsizetype at = m_json.offset();
                                double ms = -1;
                                if (!number(&ms, name))
                                    return false;
                                // A day is more than any upgrade takes; beyond it is a mistake.
                                if (ms >= 0 && ms < 86400000.0)
                                    *field = std::llround(ms * 1000.0);
                                else if (ms >= 0)
                                    problem(Tr::tr("\"%1\" %2 is not a time in milliseconds "
                                                   "(byte %3)")
                                                .arg(QLatin1String(name))
                                                .arg(ms)
                                                .arg(at));
                                return true;
                            }
                            return m_json.skipValue();
                        });
        if (ok)
            entry->timings = t;
        return ok;
    }

    bool readClose(Entry *entry)
    {
        const qsizetype at = m_json.offset();
        double code = 1005, time = 0;
        QByteArray reason;
        bool clean = false;
        const qsizetype problemsBefore = entry->problems.size();
        const bool ok = expect(Token::ObjectStart) && members([&](QByteArrayView key) {
                            if (key == "code")
                                return number(&code, "code");
                            if (key == "time")
                                return number(&time, "time");
                            if (key == "reason")
                                return string(&reason, "reason");
                            if (key == "clean") {
                                const qsizetype valueAt = m_json.offset();
                                const Token t = m_json.next();
                                clean = t == Token::True;
                                return t == Token::True || t == Token::False
                                       || wrongType(t, "clean", Tr::tr("true or false"), valueAt);
                            }
                            return m_json.skipValue();
                        });
        if (!ok)
            return false;
        if (!wholeIn(code, 0, 65535) || !(std::abs(time) < MaxSeconds))
            problem(Tr::tr("_wsprobeClose (byte %1) has a code or time out of range").arg(at));
        // The close is kept only when all of it could be read.
        entry->hasClose = entry->problems.size() == problemsBefore;
        if (entry->hasClose)
            entry->close = Event::close(std::llround(time * 1000.0), int(code),
                                        QString::fromUtf8(reason), clean);
        return true;
    }

    JsonScanner m_json;
    Mode m_mode;
    qint64 m_total;
    QStringList *m_problems = nullptr; ///< where problem() goes: the entry's or the message's
};

bool readFromWalk(Walker &walker, QString *error)
{
    if (walker.run())
        return true;
    if (!walker.cancelled)
        *error = Tr::tr("Not a readable HAR file: %1.").arg(walker.error);
    return walker.cancelled;
}

qint64 requestMs(const std::optional<RequestTimings> &timings)
{
    return timings ? Har::totalMicroseconds(*timings) / 1000 : 0;
}

ConnectionRequest requestOf(const Entry &entry)
{
    ConnectionRequest r;
    r.url = QUrl(QString::fromUtf8(entry.url));
    // DevTools lists the URL of the upgrade as http(s) in some versions.
    if (r.url.scheme() == QLatin1String("https"))
        r.url.setScheme(QStringLiteral("wss"));
    else if (r.url.scheme() == QLatin1String("http"))
        r.url.setScheme(QStringLiteral("ws"));
    for (const HeaderField &h : entry.requestHeaders) {
        if (h.name.compare("Origin", Qt::CaseInsensitive) == 0) {
            r.origin = QString::fromUtf8(h.value);
        } else if (h.name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &p : h.value.split(','))
                r.subprotocols << QString::fromLatin1(p.trimmed());
        } else if (RequestValidator::checkHeader(h.name, h.value).isEmpty()) {
            // The headers a client may set; Host, Upgrade, Sec-WebSocket-Key and the like
            // are the engine's to write.
            r.headers.append(h);
        }
    }
    return r;
}

} // namespace

namespace Har {

bool listEntries(QByteArrayView data, QList<EntryInfo> *out, QString *error)
{
    out->clear();
    Walker walker(data, Mode::List);
    if (!walker.run()) {
        *error = Tr::tr("Not a readable HAR file: %1.").arg(walker.error);
        return false;
    }
    for (int i = 0; i < walker.entries.size(); ++i) {
        const Entry &e = walker.entries[i];
        if (!e.isWebSocket())
            continue;
        EntryInfo info;
        info.index = i;
        info.url = requestOf(e).url;
        TimeFormat::parseIso(e.started, &info.startedMs);
        info.status = e.status;
        info.sent = e.sent;
        info.received = e.received;
        info.hasMessages = e.hasMessages;
        info.fromWsprobe = walker.creator == "Wsprobe";
        out->append(info);
    }
    if (out->isEmpty()) {
        *error = Tr::tr("The HAR file has no WebSocket entries (it lists %n request(s)). In the "
                        "browser's DevTools, open the Network panel before the page connects, "
                        "then use \"Save all as HAR with content\".",
                        nullptr, walker.entryCount);
        return false;
    }
    return true;
}

bool readEntry(QByteArrayView data, int index, Session *out, QString *error,
               const ProgressCallback &progress, MappedFile *file)
{
    return readEntries(data, {index}, out, error, progress, file);
}

bool readEntries(QByteArrayView data, QList<int> indexes, Session *out, QString *error,
                 const ProgressCallback &progress, MappedFile *file)
{
    *out = Session();
    // First the entries' requests and responses (they may come after their messages in the
    // file), so that each connection starts with its handshake; then the messages straight
    // into the store.
    Walker meta(data, Mode::List);
    if (!meta.run()) {
        *error = Tr::tr("Not a readable HAR file: %1.").arg(meta.error);
        return false;
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    if (indexes.isEmpty())
        indexes << -1;
    for (const int index : std::as_const(indexes)) {
        if (index < 0 || index >= meta.entries.size() || !meta.entries[index].isWebSocket()) {
            *error = Tr::tr("The HAR file has no WebSocket entry number %1.").arg(index);
            return false;
        }
    }
    // The session is the latest connection's, as a tab's is; it started with the first.
    const Entry &first = meta.entries[indexes.first()];
    SessionHeader &header = out->header;
    header.request = requestOf(meta.entries[indexes.last()]);
    header.source = QStringLiteral("har");
    header.title =
        indexes.size() == 1
            ? Tr::tr("HAR entry %1: %2").arg(indexes.first()).arg(header.request.url.toString())
            : Tr::tr("HAR, %n connection(s): %1", nullptr, int(indexes.size()))
                  .arg(header.request.url.toString());
    if (!TimeFormat::parseIso(first.started, &header.createdMs))
        out->addIssue(0, Tr::tr("the entry's startedDateTime is missing or invalid"));
    header.timings = first.timings;
    bool withoutMessages = false;
    for (const int index : std::as_const(indexes)) {
        for (const QString &problem : meta.entries[index].problems)
            out->addIssue(0, Tr::tr("the entry's %1; ignored").arg(problem));
        withoutMessages = withoutMessages || !meta.entries[index].hasMessages;
    }
    if (withoutMessages)
        out->addIssue(0, Tr::tr("The file holds this connection's handshake but none of its "
                                "messages (it has no \"_webSocketMessages\"). Firefox, among "
                                "other tools, saves WebSocket connections in HAR without their "
                                "messages; Chrome and Edge save them."));

    Walker messages(data, Mode::Read);
    messages.targets = indexes;
    messages.session = out;
    messages.progress = &progress;
    messages.file = file;
    // Each entry's handshake and open before its messages, its close after them: a tab's
    // connections read back one after another, as they happened.
    messages.entryStarts = [&](int index) {
        const Entry &entry = meta.entries[index];
        qint64 startedMs = header.createdMs;
        if (index != indexes.first())
            TimeFormat::parseIso(entry.started, &startedMs);
        const ConnectionRequest request = requestOf(entry);
        HandshakeRecord handshake;
        handshake.requestLine =
            (entry.method.isEmpty() ? QByteArray("GET") : entry.method) + ' '
            + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority
                                    | QUrl::RemoveFragment)
            + ' ' + (entry.httpVersion.isEmpty() ? QByteArray("HTTP/1.1") : entry.httpVersion);
        handshake.requestHeaders = entry.requestHeaders;
        handshake.responseSeen = entry.status != 0;
        handshake.status = entry.status;
        handshake.statusLine =
            "HTTP/1.1 " + QByteArray::number(entry.status) + ' ' + entry.statusText;
        handshake.responseHeaders = entry.responseHeaders;
        out->events.append(Event::handshakeRecord(startedMs, handshake));
        if (entry.status == 101 || entry.hasMessages) {
            QString protocol, extensions;
            for (const HeaderField &h : entry.responseHeaders) {
                if (h.name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0)
                    protocol = QString::fromLatin1(h.value);
                else if (h.name.compare("Sec-WebSocket-Extensions", Qt::CaseInsensitive) == 0)
                    extensions = QString::fromLatin1(h.value);
            }
            // The 101 arrived when the request's phases were over.
            out->events.append(
                Event::open(startedMs + requestMs(entry.timings), protocol, extensions));
        }
    };
    messages.entryEnds = [&](int index) {
        if (meta.entries[index].hasClose)
            out->events.append(meta.entries[index].close);
    };
    if (!readFromWalk(messages, error))
        return false;
    out->cancelled = messages.cancelled;
    if (progress)
        progress(data.size(), data.size());
    return true;
}

bool listFile(const QString &path, QList<EntryInfo> *out, QString *error)
{
    MappedFile file;
    return file.open(path, error) && listEntries(file.data(), out, error);
}

bool readFile(const QString &path, int index, Session *out, QString *error,
              const ProgressCallback &progress)
{
    MappedFile file;
    return file.open(path, error) && readEntry(file.data(), index, out, error, progress, &file);
}

} // namespace Har
