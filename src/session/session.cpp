#include "session/session.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "json/jsonwriter.h"
#include "session/eventjson.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionHeader)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const char FormatName[] = "wsprobe-session";

using Token = JsonScanner::Token;

/// AuthMarker kinds as the file spells them; index = the enum's value.
constexpr const char *AuthKindNames[] = {"none", "bearer", "basic", "apiKeyHeader", "apiKeyQuery"};

AuthMarker::Kind authKindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(AuthKindNames)); ++i) {
        if (name == QLatin1String(AuthKindNames[i]))
            return AuthMarker::Kind(i);
    }
    return AuthMarker::Kind::None;
}

// The header is read with JsonScanner and written in slices rather than through a
// QJsonDocument: a legal header can be hundreds of megabytes (a long title or header value),
// and the document would hold the line in several copies (bytes, tree, UTF-16 strings).

/// The value just taken (t) is not wanted: steps over it. False on a syntax error.
bool skipTaken(JsonScanner &j, Token t)
{
    if (t == Token::ObjectStart || t == Token::ArrayStart)
        return j.skipContainer();
    return t != Token::Error;
}

/// A number that is a whole number of type T; anything else (a fraction, 1e300, a string)
/// leaves *out as it was. False on a syntax error.
template<typename T> bool readInteger(JsonScanner &j, T *out)
{
    const Token t = j.next();
    qint64 v = 0;
    if (t == Token::Number && j.wholeNumber(&v) && v >= std::numeric_limits<T>::min()
        && v <= std::numeric_limits<T>::max())
        *out = T(v);
    return skipTaken(j, t);
}

bool readBool(JsonScanner &j, bool *out)
{
    const Token t = j.next();
    if (t == Token::True || t == Token::False)
        *out = t == Token::True;
    return skipTaken(j, t);
}

/// Before how many bytes a UTF-8 slice of utf8 ends: at most max, never inside a character.
qsizetype sliceEnd(QByteArrayView utf8, qsizetype max)
{
    qsizetype n = std::min(utf8.size(), max);
    for (int back = 0; n < utf8.size() && back < 3 && (uchar(utf8[n]) & 0xC0) == 0x80; ++back)
        --n;
    return n;
}

/// UTF-8 to UTF-16 a slice at a time, straight into the result, telling release how far it
/// has read: the mapped bytes of a long text go while its UTF-16 copy grows, not after it.
QString toText(QByteArrayView utf8, const SessionHeader::Release &release)
{
    constexpr qsizetype Slice = qsizetype(4) << 20;
    if (!release || utf8.size() <= Slice)
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out;
    out.resize(utf8.size() + 1); // at most one UTF-16 unit per byte
    QChar *end = out.data();
    while (!utf8.isEmpty()) {
        const qsizetype n = sliceEnd(utf8, Slice);
        end = decoder.appendToBuffer(end, utf8.first(n));
        utf8 = utf8.sliced(n);
        release(utf8.data());
    }
    out.truncate(end - out.constData());
    return out;
}

bool readText(JsonScanner &j, QString *out, const SessionHeader::Release &release = {})
{
    const Token t = j.next();
    if (t == Token::String)
        *out = toText(j.stringView(), release);
    return skipTaken(j, t);
}

/// The request object of a header, its '{' taken. Members of the wrong type keep their
/// defaults, as unknown members are ignored.
bool readRequest(JsonScanner &j, ConnectionRequest *r, const SessionHeader::Release &release)
{
    for (Token t = j.next(); t != Token::ObjectEnd; t = j.next()) {
        if (t != Token::Key)
            return false;
        bool ok = true;
        if (j.stringIs("url")) {
            QString url;
            ok = readText(j, &url, release);
            r->url = QUrl(url, QUrl::StrictMode);
        } else if (j.stringIs("subprotocols")) {
            const Token a = j.next();
            if (a != Token::ArrayStart)
                ok = skipTaken(j, a);
            for (Token v = a == Token::ArrayStart ? j.next() : Token::ArrayEnd;
                 ok && v != Token::ArrayEnd; v = j.next()) {
                if (v == Token::String)
                    r->subprotocols << QString::fromUtf8(j.stringView());
                else
                    ok = skipTaken(j, v);
            }
        } else if (j.stringIs("headers")) {
            const Token a = j.next();
            if (a != Token::ArrayStart)
                ok = skipTaken(j, a);
            // [name, value] pairs; anything else is left out.
            for (Token v = a == Token::ArrayStart ? j.next() : Token::ArrayEnd;
                 ok && v != Token::ArrayEnd; v = j.next()) {
                if (v != Token::ArrayStart) {
                    ok = skipTaken(j, v);
                    continue;
                }
                HeaderField h;
                int strings = 0, items = 0;
                for (Token e = j.next(); ok && e != Token::ArrayEnd; e = j.next()) {
                    ++items;
                    if (e == Token::String && items == 1)
                        h.name = QString::fromUtf8(j.stringView()).toLatin1();
                    else if (e == Token::String && items == 2)
                        h.value = j.string();
                    else
                        ok = skipTaken(j, e);
                    strings += e == Token::String;
                }
                if (ok && items == 2 && strings == 2)
                    r->headers.append(h);
            }
        } else if (j.stringIs("auth")) {
            const Token o = j.next();
            if (o != Token::ObjectStart) {
                ok = skipTaken(j, o);
                continue;
            }
            QString kind;
            for (Token k = j.next(); ok && k != Token::ObjectEnd; k = j.next()) {
                if (k != Token::Key)
                    return false;
                ok = j.stringIs("kind")   ? readText(j, &kind)
                     : j.stringIs("name") ? readText(j, &r->auth.name)
                                          : j.skipValue();
            }
            r->auth.kind = authKindFromName(kind);
            if (r->auth.kind == AuthMarker::Kind::None)
                r->auth.name.clear();
        } else if (j.stringIs("origin")) {
            ok = readText(j, &r->origin, release);
        } else if (j.stringIs("engine")) {
            QString engine;
            ok = readText(j, &engine);
            r->engine = engine == s("qt") ? EngineKind::QtWebSockets : EngineKind::Wire;
        } else if (j.stringIs("options")) {
            const Token o = j.next();
            if (o != Token::ObjectStart) {
                ok = skipTaken(j, o);
                continue;
            }
            for (Token k = j.next(); ok && k != Token::ObjectEnd; k = j.next()) {
                if (k != Token::Key)
                    return false;
                ok = j.stringIs("handshakeTimeoutMs")  ? readInteger(j, &r->handshakeTimeoutMs)
                     : j.stringIs("keepAliveMs")       ? readInteger(j, &r->keepAliveMs)
                     : j.stringIs("maxMessageSize")    ? readInteger(j, &r->maxMessageSize)
                     : j.stringIs("maxFrameSize")      ? readInteger(j, &r->maxFrameSize)
                     : j.stringIs("maxBufferedBytes")  ? readInteger(j, &r->maxBufferedBytes)
                     : j.stringIs("framePayloadBytes") ? readInteger(j, &r->framePayloadBytes)
                     : j.stringIs("outgoingFrameSize") ? readInteger(j, &r->outgoingFrameSize)
                     : j.stringIs("closeTimeoutMs")    ? readInteger(j, &r->closeTimeoutMs)
                     : j.stringIs("autoPong")          ? readBool(j, &r->autoPong)
                     : j.stringIs("followRedirects")   ? readBool(j, &r->followRedirects)
                     : j.stringIs("deflate")           ? readBool(j, &r->deflate)
                     : j.stringIs("reportFrames")      ? readBool(j, &r->reportFrames)
                     : j.stringIs("ignoreTlsErrors")   ? readBool(j, &r->ignoreTlsErrors)
                     : j.stringIs("caFile")            ? readText(j, &r->caFile)
                     : j.stringIs("certFile")          ? readText(j, &r->certFile)
                     : j.stringIs("keyFile")           ? readText(j, &r->keyFile)
                     : j.stringIs("proxy")             ? readText(j, &r->proxy)
                                                       : j.skipValue();
            }
        } else {
            ok = j.skipValue();
        }
        if (!ok)
            return false;
    }
    return true;
}

constexpr qsizetype FlushBytes = qsizetype(4) << 20;
constexpr qsizetype SliceBytes = qsizetype(1) << 20;

/// Writes one line of JSON into *out, handing *out to flush whenever it has grown past a few
/// megabytes, and long strings in slices: a huge value is never copied whole.
class LineWriter
{
public:
    LineWriter(QByteArray *out, const std::function<bool(QByteArray *)> &flush)
        : m_out(out)
        , m_flush(flush)
    {
    }
    bool ok() const { return m_ok; }
    void raw(QByteArrayView json)
    {
        m_out->append(json);
        check();
    }
    /// "name": for the next member; first opens the object.
    void key(const char *name, bool first = false)
    {
        m_out->append(first ? "{\"" : ",\"");
        m_out->append(name);
        m_out->append("\":");
    }
    void string(QByteArrayView utf8)
    {
        m_out->append('"');
        while (!utf8.isEmpty()) {
            const qsizetype n = sliceEnd(utf8, SliceBytes);
            JsonWriter::appendEscaped(m_out, utf8.first(n));
            utf8 = utf8.sliced(n);
            check();
        }
        m_out->append('"');
    }
    void text(QStringView text)
    {
        m_out->append('"');
        while (!text.isEmpty()) {
            qsizetype n = std::min(text.size(), SliceBytes / 4);
            if (n < text.size() && text[n - 1].isHighSurrogate())
                --n;
            JsonWriter::appendEscaped(m_out, text.first(n).toUtf8());
            text = text.sliced(n);
            check();
        }
        m_out->append('"');
    }
    void number(qint64 v) { m_out->append(QByteArray::number(v)); }
    void boolean(bool v) { m_out->append(v ? "true" : "false"); }

private:
    void check()
    {
        if (m_ok && m_flush && m_out->size() >= FlushBytes)
            m_ok = m_flush(m_out);
    }
    QByteArray *m_out;
    const std::function<bool(QByteArray *)> &m_flush;
    bool m_ok = true;
};

/// The request as requestToJson() has it, keys in the same (sorted) order.
void writeRequest(LineWriter &w, const ConnectionRequest &r)
{
    const bool auth = r.auth.kind != AuthMarker::Kind::None;
    if (auth) {
        w.key("auth", true);
        w.key("kind", true);
        w.raw(QByteArray('"' + QByteArray(AuthKindNames[int(r.auth.kind)]) + '"'));
        w.key("name");
        w.text(r.auth.name);
        w.raw("}");
    }
    w.key("engine", !auth);
    w.raw(r.engine == EngineKind::Wire ? "\"wire\"" : "\"qt\"");
    w.key("headers");
    w.raw("[");
    for (qsizetype i = 0; i < r.headers.size(); ++i) {
        w.raw(i ? ",[" : "[");
        w.text(QString::fromLatin1(r.headers[i].name));
        w.raw(",");
        w.string(r.headers[i].value);
        w.raw("]");
    }
    w.raw("]");
    w.key("options");
    struct Text
    {
        const char *name;
        const QString &value;
    };
    auto optionalText = [&](const Text &t) {
        if (!t.value.isEmpty()) {
            w.key(t.name);
            w.text(t.value);
        }
    };
    w.key("autoPong", true);
    w.boolean(r.autoPong);
    optionalText({"caFile", r.caFile});
    optionalText({"certFile", r.certFile});
    w.key("closeTimeoutMs");
    w.number(r.closeTimeoutMs);
    w.key("deflate");
    w.boolean(r.deflate);
    w.key("followRedirects");
    w.boolean(r.followRedirects);
    w.key("framePayloadBytes");
    w.number(r.framePayloadBytes);
    w.key("handshakeTimeoutMs");
    w.number(r.handshakeTimeoutMs);
    w.key("ignoreTlsErrors");
    w.boolean(r.ignoreTlsErrors);
    w.key("keepAliveMs");
    w.number(r.keepAliveMs);
    optionalText({"keyFile", r.keyFile});
    w.key("maxBufferedBytes");
    w.number(r.maxBufferedBytes);
    w.key("maxFrameSize");
    w.number(r.maxFrameSize);
    w.key("maxMessageSize");
    w.number(r.maxMessageSize);
    w.key("outgoingFrameSize");
    w.number(r.outgoingFrameSize);
    optionalText({"proxy", r.proxy});
    w.key("reportFrames");
    w.boolean(r.reportFrames);
    w.raw("}");
    optionalText({"origin", r.origin});
    w.key("subprotocols");
    w.raw("[");
    for (qsizetype i = 0; i < r.subprotocols.size(); ++i) {
        if (i)
            w.raw(",");
        w.text(r.subprotocols[i]);
    }
    w.raw("]");
    w.key("url");
    w.text(r.url.toString(QUrl::FullyEncoded));
    w.raw("}");
}

} // namespace

namespace SessionJson {

QJsonObject requestToJson(const ConnectionRequest &r)
{
    QJsonObject o;
    o.insert(s("url"), r.url.toString(QUrl::FullyEncoded));
    o.insert(s("subprotocols"), QJsonArray::fromStringList(r.subprotocols));
    QJsonArray headers;
    for (const HeaderField &h : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
    o.insert(s("headers"), headers);
    if (!r.origin.isEmpty())
        o.insert(s("origin"), r.origin);
    o.insert(s("engine"), r.engine == EngineKind::Wire ? s("wire") : s("qt"));
    if (r.auth.kind != AuthMarker::Kind::None)
        o.insert(s("auth"), QJsonObject{{s("kind"), s(AuthKindNames[int(r.auth.kind)])},
                                        {s("name"), r.auth.name}});
    QJsonObject options;
    options.insert(s("handshakeTimeoutMs"), r.handshakeTimeoutMs);
    options.insert(s("autoPong"), r.autoPong);
    options.insert(s("keepAliveMs"), r.keepAliveMs);
    options.insert(s("maxMessageSize"), r.maxMessageSize);
    options.insert(s("maxFrameSize"), r.maxFrameSize);
    options.insert(s("framePayloadBytes"), r.framePayloadBytes);
    options.insert(s("outgoingFrameSize"), r.outgoingFrameSize);
    options.insert(s("maxBufferedBytes"), r.maxBufferedBytes);
    options.insert(s("closeTimeoutMs"), r.closeTimeoutMs);
    options.insert(s("followRedirects"), r.followRedirects);
    options.insert(s("deflate"), r.deflate);
    options.insert(s("reportFrames"), r.reportFrames);
    options.insert(s("ignoreTlsErrors"), r.ignoreTlsErrors);
    // File names, never the passphrase.
    for (const auto &[name, value] : {std::pair{"caFile", r.caFile},
                                      {"certFile", r.certFile},
                                      {"keyFile", r.keyFile},
                                      {"proxy", r.proxy}}) {
        if (!value.isEmpty())
            options.insert(s(name), value);
    }
    o.insert(s("options"), options);
    return o;
}

ConnectionRequest requestFromJson(const QJsonObject &o)
{
    // One reader for settings and files: the object as text, through the file's reader.
    ConnectionRequest r;
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    JsonScanner j(json);
    if (j.next() == Token::ObjectStart && !readRequest(j, &r, {}))
        return ConnectionRequest();
    return r;
}

} // namespace SessionJson

QByteArray SessionHeader::toLine() const
{
    QByteArray line;
    writeLine(&line, {});
    line.chop(1);
    return line;
}

bool SessionHeader::writeLine(QByteArray *out, const std::function<bool(QByteArray *)> &flush) const
{
    LineWriter w(out, flush);
    w.key("app", true);
    w.raw("\"wsprobe " WSPROBE_VERSION "\"");
    w.key("created");
    w.string(TimeFormat::isoUtf8(createdMs));
    w.key("format");
    w.string(FormatName);
    if (!group.isEmpty()) {
        w.key("group");
        w.text(group);
    }
    w.key("request");
    writeRequest(w, request);
    if (!source.isEmpty()) {
        w.key("source");
        w.text(source);
    }
    if (!title.isEmpty()) {
        w.key("title");
        w.text(title);
    }
    w.key("version");
    w.number(version);
    w.raw("}\n");
    return w.ok();
}

bool SessionHeader::looksLikeHeader(QByteArrayView line)
{
    JsonScanner j(line);
    if (j.next() != Token::ObjectStart)
        return false;
    bool format = false;
    for (Token t = j.next(); t != Token::ObjectEnd; t = j.next()) {
        if (t != Token::Key)
            return false;
        format = format || j.stringIs("format");
        if (!j.skipValue())
            return false;
    }
    return format && j.next() == Token::End;
}

bool SessionHeader::fromLine(QByteArrayView line, SessionHeader *out, QString *error,
                             const Release &release)
{
    JsonScanner j(line);
    SessionHeader h;
    QString format;
    qint64 version = 0;
    bool haveCreated = false;
    bool ok = j.next() == Token::ObjectStart;
    for (Token t = ok ? j.next() : Token::ObjectEnd; ok && t != Token::ObjectEnd; t = j.next()) {
        if (t != Token::Key) {
            ok = false;
        } else if (j.stringIs("format")) {
            const Token v = j.next();
            if (v == Token::String)
                format = JsonScanner::printable(j.stringView());
            ok = skipTaken(j, v);
        } else if (j.stringIs("version")) {
            version = -1; // present; stays -1 unless a whole number
            ok = readInteger(j, &version);
        } else if (j.stringIs("created")) {
            const Token v = j.next();
            haveCreated = v == Token::String && TimeFormat::parseIso(j.stringView(), &h.createdMs);
            ok = skipTaken(j, v);
        } else if (j.stringIs("request")) {
            const Token v = j.next();
            ok = v == Token::ObjectStart ? readRequest(j, &h.request, release) : skipTaken(j, v);
        } else if (j.stringIs("source")) {
            ok = readText(j, &h.source, release);
        } else if (j.stringIs("title")) {
            ok = readText(j, &h.title, release);
        } else if (j.stringIs("group")) {
            ok = readText(j, &h.group, release);
        } else {
            ok = j.skipValue();
        }
    }
    if (!ok || j.next() != Token::End) {
        *error = Tr::tr("the first line is not a JSON object (%1)")
                     .arg(j.errorString().isEmpty()
                              ? Tr::tr("near byte %1").arg(j.offset())
                              : Tr::tr("%1 at byte %2").arg(j.errorString()).arg(j.errorOffset()));
        return false;
    }
    if (format != QLatin1String(FormatName)) {
        *error =
            Tr::tr("the first line names the format \"%1\", not \"%2\"").arg(format, s(FormatName));
        return false;
    }
    if (version < 1) {
        *error = Tr::tr("the header's \"version\" must be a whole number from 1");
        return false;
    }
    if (version > CurrentVersion) {
        *error = Tr::tr("the file is version %1 of the session format, written by a newer "
                        "Wsprobe; this one reads versions up to %2")
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    if (!haveCreated) {
        *error = Tr::tr("the header's \"created\" time is missing or not ISO 8601");
        return false;
    }
    h.version = int(version);
    *out = std::move(h);
    return true;
}

void Session::addIssue(qint64 line, const QString &message)
{
    if (issues.size() < MaxIssues)
        issues.append({line, message});
    else
        ++skippedLines;
}

void Session::appendLater(const Session &later)
{
    for (qsizetype i = 0; i < later.events.size(); ++i)
        events.append(later.events.at(i));
    for (const LoadIssue &issue : later.issues)
        addIssue(issue.line, issue.message);
    skippedLines += later.skippedLines;
}
