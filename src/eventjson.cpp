#include "eventjson.h"

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

} // namespace

namespace EventJson {

QString formatTime(qint64 msSinceEpoch)
{
    // The "Z" suffix needs the UTC time spec; a QTimeZone prints "+00:00" before Qt 6.5.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC);
#else
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
#endif
    return t.toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Event &e)
{
    QJsonObject o;
    o.insert(s("time"), formatTime(e.timeMs));
    switch (e.kind) {
    case EventKind::Open:
        o.insert(s("event"), s("open"));
        o.insert(s("protocol"), e.protocol);
        o.insert(s("extensions"), e.extensions);
        break;
    case EventKind::Text:
    case EventKind::Binary: {
        const bool text = e.kind == EventKind::Text;
        o.insert(s("event"), s("message"));
        o.insert(s("dir"), EventNames::directionId(e.direction));
        o.insert(s("type"), text ? s("text") : s("binary"));
        o.insert(s("data"),
                 text ? QString::fromUtf8(e.payload) : QString::fromLatin1(e.payload.toBase64()));
        o.insert(s("size"), qint64(e.payload.size()));
        if (e.wireSize >= 0)
            o.insert(s("wireSize"), e.wireSize);
        break;
    }
    case EventKind::Ping:
    case EventKind::Pong:
        o.insert(s("event"), EventNames::kindId(e.kind));
        o.insert(s("dir"), EventNames::directionId(e.direction));
        o.insert(s("data"), QString::fromLatin1(e.payload.toBase64()));
        o.insert(s("size"), qint64(e.payload.size()));
        if (e.kind == EventKind::Pong && e.rttMs >= 0)
            o.insert(s("rttMs"), e.rttMs);
        break;
    case EventKind::Error:
        o.insert(s("event"), s("error"));
        o.insert(s("message"), QString::fromUtf8(e.payload));
        break;
    case EventKind::Close:
        o.insert(s("event"), s("close"));
        o.insert(s("code"), e.code);
        o.insert(s("reason"), QString::fromUtf8(e.payload));
        o.insert(s("clean"), e.wasClean);
        break;
    case EventKind::Handshake: {
        o.insert(s("event"), s("handshake"));
        const HandshakeRecord h = e.handshake ? *e.handshake : HandshakeRecord();
        auto pairs = [](const HeaderList &headers) {
            QJsonArray a;
            for (const HeaderField &f : headers)
                a.append(QJsonArray{QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
            return a;
        };
        o.insert(s("requestLine"), QString::fromLatin1(h.requestLine));
        o.insert(s("requestHeaders"), pairs(h.requestHeaders));
        if (h.responseSeen) {
            o.insert(s("status"), h.status);
            o.insert(s("statusLine"), QString::fromLatin1(h.statusLine));
            o.insert(s("responseHeaders"), pairs(h.responseHeaders));
        }
        if (!h.body.isEmpty())
            o.insert(s("body"), QString::fromUtf8(h.body));
        if (!h.tlsProtocol.isEmpty()) {
            QJsonObject tls;
            tls.insert(s("protocol"), h.tlsProtocol);
            tls.insert(s("cipher"), h.tlsCipher);
            tls.insert(s("peerCertificates"), QJsonArray::fromStringList(h.peerCertificates));
            if (!h.tlsErrorsIgnored.isEmpty())
                tls.insert(s("errorsIgnored"), QJsonArray::fromStringList(h.tlsErrorsIgnored));
            o.insert(s("tls"), tls);
        }
        break;
    }
    case EventKind::Frame:
        o.insert(s("event"), s("frame"));
        o.insert(s("dir"), EventNames::directionId(e.direction));
        o.insert(s("opcode"), EventNames::opcodeName(e.frame.opcode));
        o.insert(s("fin"), e.frame.fin);
        o.insert(s("rsv"), int(e.frame.rsv));
        o.insert(s("masked"), e.frame.masked);
        o.insert(s("length"), qint64(e.frame.payloadLength));
        o.insert(s("compressed"), e.frame.compressed);
        break;
    }
    return o;
}

QByteArray toLine(const Event &event)
{
    return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact);
}

bool fromJson(const QJsonObject &o, Event *e, QString *error)
{
    *e = Event();
    const QDateTime time = QDateTime::fromString(o.value(s("time")).toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *error = Tr::tr("the \"time\" field is missing or not an ISO 8601 timestamp");
        return false;
    }
    e->timeMs = time.toMSecsSinceEpoch();
    const QString kind = o.value(s("event")).toString();
    const QString dir = o.value(s("dir")).toString();
    e->direction = dir == s("in")    ? Direction::In
                   : dir == s("out") ? Direction::Out
                                     : Direction::None;
    auto decodeBase64 = [&](QByteArray *out) {
        const auto result = QByteArray::fromBase64Encoding(o.value(s("data")).toString().toLatin1(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            *error = Tr::tr("the \"data\" field is not valid base64");
            return false;
        }
        *out = *result;
        return true;
    };
    if (kind == s("open")) {
        e->kind = EventKind::Open;
        e->protocol = o.value(s("protocol")).toString();
        e->extensions = o.value(s("extensions")).toString();
    } else if (kind == s("message")) {
        const QString type = o.value(s("type")).toString();
        if (type == s("text")) {
            e->kind = EventKind::Text;
            e->payload = o.value(s("data")).toString().toUtf8();
        } else if (type == s("binary")) {
            e->kind = EventKind::Binary;
            if (!decodeBase64(&e->payload))
                return false;
        } else {
            *error = Tr::tr("unknown message type \"%1\"").arg(type);
            return false;
        }
        e->wireSize = o.value(s("wireSize")).toInteger(-1);
    } else if (kind == s("ping") || kind == s("pong")) {
        e->kind = kind == s("ping") ? EventKind::Ping : EventKind::Pong;
        if (!decodeBase64(&e->payload))
            return false;
        e->rttMs = o.value(s("rttMs")).toInteger(-1);
    } else if (kind == s("error")) {
        e->kind = EventKind::Error;
        e->payload = o.value(s("message")).toString().toUtf8();
    } else if (kind == s("close")) {
        e->kind = EventKind::Close;
        e->code = o.value(s("code")).toInt();
        e->payload = o.value(s("reason")).toString().toUtf8();
        e->wasClean = o.value(s("clean")).toBool();
    } else if (kind == s("handshake")) {
        e->kind = EventKind::Handshake;
        auto h = std::make_shared<HandshakeRecord>();
        auto headers = [](const QJsonValue &v) {
            HeaderList list;
            for (const QJsonValue &pair : v.toArray()) {
                const QJsonArray a = pair.toArray();
                list.append({a.at(0).toString().toLatin1(), a.at(1).toString().toUtf8()});
            }
            return list;
        };
        h->requestLine = o.value(s("requestLine")).toString().toLatin1();
        h->requestHeaders = headers(o.value(s("requestHeaders")));
        h->responseSeen = o.contains(s("status"));
        h->status = o.value(s("status")).toInt();
        h->statusLine = o.value(s("statusLine")).toString().toLatin1();
        h->responseHeaders = headers(o.value(s("responseHeaders")));
        h->body = o.value(s("body")).toString().toUtf8();
        const QJsonObject tls = o.value(s("tls")).toObject();
        h->tlsProtocol = tls.value(s("protocol")).toString();
        h->tlsCipher = tls.value(s("cipher")).toString();
        for (const QJsonValue &v : tls.value(s("peerCertificates")).toArray())
            h->peerCertificates << v.toString();
        for (const QJsonValue &v : tls.value(s("errorsIgnored")).toArray())
            h->tlsErrorsIgnored << v.toString();
        e->code = h->status;
        e->handshake = h;
    } else if (kind == s("frame")) {
        e->kind = EventKind::Frame;
        const QString name = o.value(s("opcode")).toString();
        e->frame.opcode = 0xFF;
        for (int op = 0; op < 16; ++op) {
            if (EventNames::opcodeName(quint8(op)) == name)
                e->frame.opcode = quint8(op);
        }
        if (e->frame.opcode == 0xFF) {
            *error = Tr::tr("unknown opcode \"%1\"").arg(name);
            return false;
        }
        e->frame.direction = e->direction;
        e->frame.fin = o.value(s("fin")).toBool();
        e->frame.rsv = quint8(o.value(s("rsv")).toInt());
        e->frame.masked = o.value(s("masked")).toBool();
        e->frame.payloadLength = quint64(o.value(s("length")).toInteger());
        e->frame.compressed = o.value(s("compressed")).toBool();
    } else {
        *error = Tr::tr("unknown event \"%1\"").arg(kind);
        return false;
    }
    return true;
}

} // namespace EventJson
