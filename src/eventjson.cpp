#include "eventjson.h"

#include <QCoreApplication>
#include <QDateTime>
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
    } else {
        *error = Tr::tr("unknown event \"%1\"").arg(kind);
        return false;
    }
    return true;
}

} // namespace EventJson
