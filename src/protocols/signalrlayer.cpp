#include "protocols/signalrlayer.h"

#include <QCborArray>

#include "decode/cborjson.h"

namespace {

const char *const Types[] = {
    "handshake",         "invocation", "stream_item", "completion", "stream_invocation",
    "cancel_invocation", "ping",       "close",       "ack",        "sequence"};

} // namespace

QStringList SignalRLayer::packetTypes() const
{
    QStringList list;
    for (const char *t : Types)
        list << QLatin1String(t);
    list.insert(1, QStringLiteral("handshake_response"));
    return list;
}

int SignalRLayer::firstTypeHint(QByteArrayView payload, bool binary, Direction) const
{
    // The first record's: a hub message's "type" 1–9 is packetTypes()[type + 1] (the
    // handshake's answer is second there); without one, a handshake, the client's naming the
    // protocol. The whole record is scanned (nothing built), as readJson() would read it.
    const qsizetype end = binary ? -1 : payload.indexOf(RecordSeparator);
    TypeMember type;
    if (end < 0 || !scanTypeMember(payload.first(end), nullptr, 0, "protocol", &type))
        return NoHint;
    if (type.kind == TypeMember::None)
        return type.named ? 0 : 1;
    return type.kind == TypeMember::Integer && type.integer >= 1 && type.integer <= 9
               ? int(type.integer) + 1
               : NoHint;
}

QList<LayerPacket> SignalRLayer::decode(QByteArrayView payload, bool binary, Direction) const
{
    if (binary) {
        LayerPacket p;
        p.type = QStringLiteral("message");
        p.error = tr("a binary message: the MessagePack hub protocol is not decoded");
        return {p};
    }
    QList<LayerPacket> packets;
    qsizetype pos = 0;
    while (pos < payload.size() && packets.size() < 1000) {
        const qsizetype end = payload.indexOf(RecordSeparator, pos);
        if (end < 0) {
            LayerPacket p;
            p.type = QStringLiteral("message");
            p.error = tr("the record from byte %1 is not ended by the separator 0x1E").arg(pos);
            packets.append(p);
            break;
        }
        LayerPacket p = readRecord(payload.sliced(pos, end - pos), pos);
        packets.append(p);
        pos = end + 1;
    }
    if (packets.isEmpty()) {
        LayerPacket p;
        p.type = QStringLiteral("message");
        p.error = tr("an empty message holds no SignalR record");
        packets.append(p);
    }
    return packets;
}

LayerPacket SignalRLayer::readRecord(QByteArrayView record, qsizetype offset) const
{
    LayerPacket p;
    p.type = QStringLiteral("message");
    QCborValue v;
    QString error;
    if (!readJson(record, offset, &v, &error)) {
        p.error = error;
        return p;
    }
    if (!v.isMap()) {
        p.error = tr("the record at byte %1 is not a JSON object").arg(offset);
        return p;
    }
    p.value = v;
    const QCborMap m = v.toMap();
    const QCborValue type = m.value(QStringLiteral("type"));
    if (type.isUndefined()) {
        // Only the handshake has no type: the client's names the protocol.
        if (m.contains(QStringLiteral("protocol"))) {
            p.type = QStringLiteral("handshake");
            p.summary = tr("handshake %1 v%2")
                            .arg(m.value(QStringLiteral("protocol")).toString())
                            .arg(CborJson::integer(m.value(QStringLiteral("version"))));
        } else {
            p.type = QStringLiteral("handshake_response");
            const QString e = m.value(QStringLiteral("error")).toString();
            p.summary = e.isEmpty() ? tr("handshake accepted") : tr("handshake refused: %1").arg(e);
        }
        return p;
    }
    const qint64 t = CborJson::integer(type, -1);
    if (!type.isInteger() || t < 1 || t > 9) {
        p.error = tr("\"type\" %1 at byte %2 is not a hub message type (1–9)")
                      .arg(compactJson(type))
                      .arg(offset);
        return p;
    }
    p.type = QLatin1String(Types[t]);
    p.heartbeat = t == 6;
    p.id = m.value(QStringLiteral("invocationId")).toString();
    p.name = m.value(QStringLiteral("target")).toString();
    switch (t) {
    case 1:
    case 4: {
        if (p.name.isEmpty()) {
            p.error = tr("%1: the record has no \"target\"").arg(p.type);
            return p;
        }
        const QCborValue args = m.value(QStringLiteral("arguments"));
        if (!args.isArray()) {
            p.error = tr("%1: \"arguments\" must be an array").arg(p.type);
            return p;
        }
        p.request = !p.id.isEmpty();
        p.summary = p.name + u' ' + clip(compactJson(args))
                    + (p.id.isEmpty() ? QString() : QStringLiteral(" #") + p.id);
        break;
    }
    case 2:
    case 3:
    case 5:
        if (p.id.isEmpty()) {
            p.error = tr("%1: the record has no \"invocationId\"").arg(p.type);
            return p;
        }
        p.summary = QStringLiteral("%1 #%2").arg(p.type, p.id);
        if (m.contains(QStringLiteral("error")))
            p.summary += u' ' + tr("error: %1").arg(m.value(QStringLiteral("error")).toString());
        else if (m.contains(QStringLiteral("result")))
            p.summary += u' ' + clip(compactJson(m.value(QStringLiteral("result"))));
        else if (m.contains(QStringLiteral("item")))
            p.summary += u' ' + clip(compactJson(m.value(QStringLiteral("item"))));
        break;
    case 7:
        p.summary = QStringLiteral("close");
        if (m.contains(QStringLiteral("error")))
            p.summary += u' ' + m.value(QStringLiteral("error")).toString();
        break;
    default:
        p.summary = p.type;
    }
    return p;
}

QList<LayerAction> SignalRLayer::actions() const
{
    return {
        {QStringLiteral("handshake"), tr("Handshake"), {}},
        {QStringLiteral("invoke"),
         tr("Invoke"),
         {{QStringLiteral("target"), tr("Hub method"), LayerField::Line, {}},
          {QStringLiteral("args"), tr("Arguments (JSON array)"), LayerField::Json,
           QStringLiteral("[]")},
          {QStringLiteral("result"), tr("Wait for a completion"), LayerField::Flag,
           QStringLiteral("true")}}},
        {QStringLiteral("cancel"),
         tr("Cancel Invocation"),
         {{QStringLiteral("id"), tr("Invocation id"), LayerField::Line, {}}}},
        {QStringLiteral("ping"), tr("Ping"), {}},
    };
}

bool SignalRLayer::encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                          QList<LayerFrame> *out, QString *error) const
{
    QCborMap m;
    if (action == QLatin1String("handshake")) {
        m.insert(QStringLiteral("protocol"), QStringLiteral("json"));
        m.insert(QStringLiteral("version"), 1);
    } else if (action == QLatin1String("invoke")) {
        const QString target = values.value(QStringLiteral("target")).toString();
        if (target.isEmpty()) {
            *error = tr("target: which hub method?");
            return false;
        }
        QCborValue args = QCborArray();
        const QString text = values.value(QStringLiteral("args")).toString().trimmed();
        QString problem;
        if (!text.isEmpty() && (!readJson(text.toUtf8(), 0, &args, &problem) || !args.isArray())) {
            *error = problem.isEmpty() ? tr("args: a JSON array is needed")
                                       : tr("args: %1").arg(problem);
            return false;
        }
        m.insert(QStringLiteral("type"), 1);
        if (values.value(QStringLiteral("result")).toString() != QLatin1String("false"))
            m.insert(QStringLiteral("invocationId"), QString::number((*nextId)++));
        m.insert(QStringLiteral("target"), target);
        m.insert(QStringLiteral("arguments"), args);
    } else if (action == QLatin1String("cancel")) {
        m.insert(QStringLiteral("type"), 5);
        m.insert(QStringLiteral("invocationId"), values.value(QStringLiteral("id")).toString());
    } else if (action == QLatin1String("ping")) {
        m.insert(QStringLiteral("type"), 6);
    } else {
        *error = tr("SignalR has no action \"%1\"").arg(action);
        return false;
    }
    out->append({compactJson(m).toUtf8() + RecordSeparator, false});
    return true;
}

int SignalRLayer::keepAliveMs(const LayerPacket &packet) const
{
    // The clients ping every 15 s once the handshake is accepted (KeepAliveInterval).
    return packet.type == QLatin1String("handshake_response")
                   && !packet.value.toMap().contains(QStringLiteral("error"))
               ? 15000
               : 0;
}

QList<LayerFrame> SignalRLayer::keepAlive() const
{
    return {{QByteArray(R"({"type":6})") + RecordSeparator, false}};
}
