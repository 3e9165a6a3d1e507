#include <QCoreApplication>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "session/eventjson.h"

// Reading records: one pass with JsonScanner into Fields, then the Event. Writing and the
// time formats are in eventjson.cpp.

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)
};
struct Fields
{
    QByteArray event, dir, type, data, message, reason, protocol, extensions, opcode;
    QByteArray time, requestLine, statusLine, body, rawBody, head, maskKey;
    QList<int> foldedHeaders;
    qint64 size = -1, wireSize = -1, rttMs = -1, code = 0, status = 0, rsv = 0, length = 0;
    qint64 lengthBits = 7;
    bool clean = false, fin = false, masked = false, compressed = false, hasStatus = false;
    bool nonMinimal = false;
    HeaderList requestHeaders, responseHeaders;
    QString tlsProtocol, tlsCipher;
    QStringList peerCertificates, tlsErrorsIgnored;
    QStringList openTlsErrorsIgnored; ///< the open event's own "tlsErrorsIgnored"
};

bool readStringList(JsonScanner &j, QStringList *out)
{
    if (j.next() != JsonScanner::Token::ArrayStart)
        return false;
    for (auto t = j.next(); t != JsonScanner::Token::ArrayEnd; t = j.next()) {
        if (t != JsonScanner::Token::String)
            return false;
        out->append(QString::fromUtf8(j.stringView()));
    }
    return true;
}

bool readHeaders(JsonScanner &j, HeaderList *out)
{
    if (j.next() != JsonScanner::Token::ArrayStart)
        return false;
    for (auto t = j.next(); t != JsonScanner::Token::ArrayEnd; t = j.next()) {
        if (t != JsonScanner::Token::ArrayStart || j.next() != JsonScanner::Token::String)
            return false;
        HeaderField f;
        f.name = j.string();
        if (j.next() != JsonScanner::Token::String)
            return false;
        f.value = j.string();
        if (j.next() != JsonScanner::Token::ArrayEnd)
            return false;
        out->append(f);
    }
    return true;
}

/// An array of small non-negative integers (indexes into a header list).
bool readIndexes(JsonScanner &j, QList<int> *out)
{
    if (j.next() != JsonScanner::Token::ArrayStart)
        return false;
    for (auto t = j.next(); t != JsonScanner::Token::ArrayEnd; t = j.next()) {
        qint64 v = 0;
        if (t != JsonScanner::Token::Number || !j.integer(&v) || v < 0 || v > 100000)
            return false;
        out->append(int(v));
    }
    return true;
}

bool readTls(JsonScanner &j, Fields *f)
{
    if (j.next() != JsonScanner::Token::ObjectStart)
        return false;
    for (auto t = j.next(); t != JsonScanner::Token::ObjectEnd; t = j.next()) {
        if (t != JsonScanner::Token::Key)
            return false;
        if (j.stringIs("protocol") || j.stringIs("cipher")) {
            QString *target = j.stringIs("protocol") ? &f->tlsProtocol : &f->tlsCipher;
            if (j.next() != JsonScanner::Token::String)
                return false;
            *target = QString::fromUtf8(j.stringView());
        } else if (j.stringIs("peerCertificates")) {
            if (!readStringList(j, &f->peerCertificates))
                return false;
        } else if (j.stringIs("errorsIgnored")) {
            if (!readStringList(j, &f->tlsErrorsIgnored))
                return false;
        } else if (!j.skipValue()) {
            return false;
        }
    }
    return true;
}

/// Reads the members of the record into *f; false with *error on a syntax or type error.
bool scanFields(QByteArrayView line, Fields *f, QString *error)
{
    JsonScanner j(line);
    if (j.next() != JsonScanner::Token::ObjectStart) {
        *error =
            j.errorString().isEmpty() ? Tr::tr("the line is not a JSON object") : j.errorString();
        return false;
    }
    struct StringField
    {
        const char *name;
        QByteArray Fields::*member;
    };
    static const StringField strings[] = {
        {"event", &Fields::event},
        {"time", &Fields::time},
        {"dir", &Fields::dir},
        {"type", &Fields::type},
        {"data", &Fields::data},
        {"message", &Fields::message},
        {"reason", &Fields::reason},
        {"protocol", &Fields::protocol},
        {"extensions", &Fields::extensions},
        {"opcode", &Fields::opcode},
        {"head", &Fields::head},
        {"maskKey", &Fields::maskKey},
        {"requestLine", &Fields::requestLine},
        {"statusLine", &Fields::statusLine},
        {"body", &Fields::body},
        {"rawBody", &Fields::rawBody},
    };
    struct NumberField
    {
        const char *name;
        qint64 Fields::*member;
    };
    static const NumberField numbers[] = {
        {"size", &Fields::size},     {"wireSize", &Fields::wireSize},     {"rttMs", &Fields::rttMs},
        {"code", &Fields::code},     {"status", &Fields::status},         {"rsv", &Fields::rsv},
        {"length", &Fields::length}, {"lengthBits", &Fields::lengthBits},
    };
    struct BoolField
    {
        const char *name;
        bool Fields::*member;
    };
    static const BoolField bools[] = {
        {"clean", &Fields::clean},           {"fin", &Fields::fin},
        {"masked", &Fields::masked},         {"compressed", &Fields::compressed},
        {"nonMinimal", &Fields::nonMinimal},
    };
    auto typeError = [&](const char *name, const QString &expected) {
        *error = Tr::tr("the \"%1\" field must be %2").arg(QLatin1String(name), expected);
        return false;
    };
    for (auto t = j.next(); t != JsonScanner::Token::ObjectEnd; t = j.next()) {
        if (t != JsonScanner::Token::Key) {
            *error = j.errorString();
            return false;
        }
        bool known = false;
        for (const StringField &sf : strings) {
            if (j.stringIs(sf.name)) {
                known = true;
                const auto v = j.next();
                if (v == JsonScanner::Token::String)
                    f->*sf.member = j.string();
                else if (v != JsonScanner::Token::Error)
                    return typeError(sf.name, Tr::tr("a string"));
                break;
            }
        }
        for (const NumberField &nf : numbers) {
            if (!known && j.stringIs(nf.name)) {
                known = true;
                const auto v = j.next();
                if (v == JsonScanner::Token::Number) {
                    if (!j.wholeNumber(&(f->*nf.member)))
                        return typeError(nf.name, Tr::tr("a whole number"));
                } else if (v != JsonScanner::Token::Error) {
                    return typeError(nf.name, Tr::tr("a number"));
                }
                f->hasStatus = f->hasStatus || nf.member == &Fields::status;
                break;
            }
        }
        for (const BoolField &bf : bools) {
            if (!known && j.stringIs(bf.name)) {
                known = true;
                const auto v = j.next();
                if (v == JsonScanner::Token::True || v == JsonScanner::Token::False)
                    f->*bf.member = v == JsonScanner::Token::True;
                else if (v != JsonScanner::Token::Error)
                    return typeError(bf.name, Tr::tr("true or false"));
                break;
            }
        }
        if (!known && j.stringIs("tlsErrorsIgnored")) {
            known = true;
            if (!readStringList(j, &f->openTlsErrorsIgnored) && j.errorString().isEmpty())
                return typeError("tlsErrorsIgnored", Tr::tr("an array of strings"));
        }
        if (!known) {
            bool ok = true;
            if (j.stringIs("requestHeaders"))
                ok = readHeaders(j, &f->requestHeaders);
            else if (j.stringIs("responseHeaders"))
                ok = readHeaders(j, &f->responseHeaders);
            else if (j.stringIs("tls"))
                ok = readTls(j, f);
            else if (j.stringIs("foldedHeaders"))
                ok = readIndexes(j, &f->foldedHeaders);
            else
                ok = j.skipValue();
            if (!ok && j.errorString().isEmpty())
                return typeError("handshake", Tr::tr("in the documented shape"));
        }
        if (!j.errorString().isEmpty()) {
            *error = j.errorString();
            return false;
        }
    }
    if (j.next() != JsonScanner::Token::End) {
        *error = j.errorString();
        return false;
    }
    return true;
}

} // namespace

namespace EventJson {

bool fromLine(QByteArrayView line, Event *e, QString *error, bool *unknownEvent)
{
    if (unknownEvent)
        *unknownEvent = false;
    *e = Event();
    Fields f;
    if (!scanFields(line, &f, error))
        return false;
    if (!TimeFormat::parseIso(f.time, &e->timeMs)) {
        *error = Tr::tr("the \"time\" field is missing or not an ISO 8601 timestamp");
        return false;
    }
    // A direction the file names but no reader knows would show the event as neither sent nor
    // received, and replay would count it as received: a bad line, not a guess.
    if (!f.dir.isEmpty() && f.dir != "in" && f.dir != "out") {
        *error = Tr::tr("the \"dir\" field must be \"in\" or \"out\", not \"%1\"")
                     .arg(JsonScanner::printable(f.dir));
        return false;
    }
    e->direction = f.dir == "in"    ? Direction::In
                   : f.dir == "out" ? Direction::Out
                                    : Direction::None;
    auto decodeBase64 = [&](QByteArray *out) {
        const auto result =
            QByteArray::fromBase64Encoding(f.data, QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            *error = Tr::tr("the \"data\" field is not valid base64");
            return false;
        }
        *out = *result;
        return true;
    };
    if (f.event == "open") {
        e->kind = EventKind::Open;
        e->protocol = QString::fromUtf8(f.protocol);
        e->extensions = QString::fromUtf8(f.extensions);
        e->tlsErrorsIgnored = f.openTlsErrorsIgnored;
    } else if (f.event == "message") {
        if (f.type == "text") {
            e->kind = EventKind::Text;
            e->payload = f.data;
        } else if (f.type == "binary") {
            e->kind = EventKind::Binary;
            if (!decodeBase64(&e->payload))
                return false;
        } else {
            *error = Tr::tr("unknown message type \"%1\"").arg(JsonScanner::printable(f.type));
            return false;
        }
        e->wireSize = f.wireSize;
    } else if (f.event == "ping" || f.event == "pong") {
        e->kind = f.event == "ping" ? EventKind::Ping : EventKind::Pong;
        if (!decodeBase64(&e->payload))
            return false;
        e->rttMs = f.rttMs;
    } else if (f.event == "error") {
        e->kind = EventKind::Error;
        e->payload = f.message;
    } else if (f.event == "close") {
        if (f.code < 0 || f.code > 65535) {
            *error = Tr::tr("the \"code\" field must be from 0 to 65535");
            return false;
        }
        e->kind = EventKind::Close;
        e->code = int(f.code);
        e->payload = f.reason;
        e->wasClean = f.clean;
    } else if (f.event == "handshake") {
        if (f.status < 0 || f.status > 999) {
            *error = Tr::tr("the \"status\" field must be from 0 to 999");
            return false;
        }
        e->kind = EventKind::Handshake;
        auto h = std::make_shared<HandshakeRecord>();
        h->requestLine = f.requestLine;
        h->requestHeaders = f.requestHeaders;
        h->responseSeen = f.hasStatus;
        h->status = int(f.status);
        h->statusLine = f.statusLine;
        h->responseHeaders = f.responseHeaders;
        h->body = f.body;
        h->rawBody = f.rawBody;
        h->foldedResponseHeaders = f.foldedHeaders;
        h->tlsProtocol = f.tlsProtocol;
        h->tlsCipher = f.tlsCipher;
        h->peerCertificates = f.peerCertificates;
        h->tlsErrorsIgnored = f.tlsErrorsIgnored;
        e->code = h->status;
        e->handshake = h;
    } else if (f.event == "frame") {
        e->kind = EventKind::Frame;
        const QString name = QString::fromUtf8(f.opcode);
        e->frame.opcode = 0xFF;
        for (int op = 0; op < 16; ++op) {
            if (EventNames::opcodeName(quint8(op)) == name)
                e->frame.opcode = quint8(op);
        }
        if (e->frame.opcode == 0xFF) {
            *error = Tr::tr("unknown opcode \"%1\"").arg(JsonScanner::printable(f.opcode));
            return false;
        }
        e->frame.direction = e->direction;
        e->frame.fin = f.fin;
        e->frame.rsv = quint8(f.rsv & 7);
        e->frame.masked = f.masked;
        e->frame.payloadLength = quint64(qMax<qint64>(0, f.length));
        e->frame.compressed = f.compressed;
        e->frame.lengthBits = f.lengthBits == 64 ? 64 : f.lengthBits == 16 ? 16 : 7;
        e->frame.nonMinimalLength = f.nonMinimal;
        e->frame.maskKey = f.maskKey.toUInt(nullptr, 16);
        e->frame.head = QByteArray::fromBase64(f.head);
    } else {
        if (unknownEvent)
            *unknownEvent = !f.event.isEmpty();
        *error = f.event.isEmpty()
                     ? Tr::tr("the \"event\" field is missing")
                     : Tr::tr("unknown event \"%1\"").arg(JsonScanner::printable(f.event));
        return false;
    }
    return true;
}

} // namespace EventJson
