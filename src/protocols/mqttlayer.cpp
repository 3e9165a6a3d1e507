#include "protocols/mqttlayer.h"

#include <QCborArray>

#include "protocol/frame/utf8validator.h"
#include "protocols/mqttreader.h"

namespace {

const char *const Types[] = {"reserved",  "connect",  "connack",     "publish",
                             "puback",    "pubrec",   "pubrel",      "pubcomp",
                             "subscribe", "suback",   "unsubscribe", "unsuback",
                             "pingreq",   "pingresp", "disconnect",  "auth"};

QByteArray u16(int v)
{
    // Not QByteArray{hi, lo}: that is QByteArray(size, fill).
    QByteArray out(2, '\0');
    out[0] = char((v >> 8) & 0xff);
    out[1] = char(v & 0xff);
    return out;
}

QByteArray str(const QByteArray &s)
{
    return u16(int(s.size())) + s;
}

QByteArray varint(qsizetype n)
{
    QByteArray out;
    do {
        char b = char(n % 128);
        n /= 128;
        if (n > 0)
            b = char(b | 0x80);
        out += b;
    } while (n > 0);
    return out;
}

QByteArray packet(int type, int flags, const QByteArray &body)
{
    return char((type << 4) | flags) + varint(body.size()) + body;
}

} // namespace

MqttLayer::MqttLayer(int level)
    : m_level(level == 5 ? 5 : 4)
{
}

QString MqttLayer::title() const
{
    return m_level.load() == 5 ? tr("MQTT 5.0") : tr("MQTT 3.1.1");
}

int MqttLayer::firstTypeHint(QByteArrayView payload, bool, Direction) const
{
    // The fixed header's first byte names the packet's type, packetTypes()[type - 1]. A
    // CONNECT is read whole, whatever the filter: it tells the protocol level every later
    // packet is read at (an MQTT 5 PUBACK read as 3.1.1 is malformed). Type 0 is malformed.
    if (payload.isEmpty())
        return NoHint;
    const int type = quint8(payload[0]) >> 4;
    return type <= 1 ? NoHint : type - 1;
}

QStringList MqttLayer::packetTypes() const
{
    QStringList list;
    for (int i = 1; i < 16; ++i)
        list << QLatin1String(Types[i]);
    // A message that only carries part of a packet, as the log reads it (LayerStream).
    list << QStringLiteral("partial");
    return list;
}

QList<LayerPacket> MqttLayer::decode(QByteArrayView payload, bool binary, Direction direction) const
{
    return read(payload, binary, direction, LayerReading::Full);
}

QList<LayerPacket> MqttLayer::read(QByteArrayView payload, bool, Direction,
                                   LayerReading reading) const
{
    QList<LayerPacket> packets;
    qsizetype pos = 0;
    while (pos < payload.size() && packets.size() < 1000) {
        LayerPacket p = readPacket(payload, &pos, reading);
        packets.append(p);
        if (!p.ok())
            break;
    }
    if (packets.isEmpty()) {
        LayerPacket p;
        p.type = QStringLiteral("packet");
        p.error = tr("an empty message holds no MQTT packet");
        packets.append(p);
    }
    return packets;
}

bool MqttLayer::glance(QByteArrayView payload, bool, Direction, const DecodePipeline &pipeline,
                       LayerGlance *out) const
{
    // The packets most rows hold, which nothing around them annotates, summed up as read()
    // does: a PUBLISH at QoS 0 (in MQTT 5 without properties), PINGREQ, PINGRESP and a
    // DISCONNECT without a reason. Any other is read through packets.
    if (payload.isEmpty())
        return false;
    qsizetype pos = 0;
    while (pos < payload.size()) {
        const int type = quint8(payload[pos]) >> 4;
        const int flags = quint8(payload[pos]) & 0x0f;
        qint64 length = 0;
        qsizetype at = pos + 1;
        for (int i = 0;; ++i) {
            if (i == 4 || at >= payload.size())
                return false;
            const int b = quint8(payload[at++]);
            length |= qint64(b & 0x7f) << (7 * i);
            if (!(b & 0x80))
                break;
        }
        if (length > payload.size() - at)
            return false;
        const QByteArrayView body = payload.sliced(at, length);
        pos = at + length;
        if (type >= 12 && type <= 14) {
            if (flags != 0 || !body.isEmpty() || !out->add(type - 1))
                return false;
            out->preview += QByteArrayView(Types[type]).toByteArray().toUpper();
            continue;
        }
        if (type != 3 || (flags & 6) != 0 || body.size() < 2)
            return false;
        const qsizetype topicEnd = 2 + ((quint8(body[0]) << 8) | quint8(body[1]));
        // MQTT 5: an empty property list (a length of 0).
        const qsizetype dataStart = topicEnd + (m_level.load() == 5 ? 1 : 0);
        if (dataStart > body.size() || (dataStart > topicEnd && body[topicEnd] != 0))
            return false;
        const QByteArrayView topic = body.sliced(2, topicEnd - 2);
        const QByteArrayView data = body.sliced(dataStart);
        // read()'s QString::arg() chain would take a '%' in them for a place marker.
        if (topic.contains('%') || data.contains('%') || !out->add(2))
            return false;
        out->preview += "PUBLISH ";
        appendHeld(topic, &out->preview);
        out->preview += ' ';
        if (!data.isEmpty() && !glancePayload(data, pipeline, &out->preview))
            return false;
    }
    return true;
}

LayerPacket MqttLayer::readPacket(QByteArrayView data, qsizetype *pos, LayerReading reading) const
{
    LayerPacket p;
    const qsizetype start = *pos;
    const int first = quint8(data[start]);
    const int type = first >> 4;
    const int flags = first & 0x0f;
    // Shared strings: a row's reading allocates no type.
    static const QStringList typeNames = [] {
        QStringList list;
        for (const char *name : Types)
            list << QLatin1String(name);
        return list;
    }();
    p.type = typeNames.at(type);
    if (type == 0) {
        p.error = tr("packet type 0 at byte %1 is reserved (or this message continues a packet "
                     "begun in an earlier one)")
                      .arg(start);
        *pos = data.size();
        return p;
    }
    MqttReader header(data, start + 1, data.size());
    const qint64 length = header.varint(tr("the remaining length"));
    if (!header.ok()) {
        p.error = tr("%1: %2").arg(p.type, header.error);
        *pos = data.size();
        return p;
    }
    if (header.pos + length > data.size()) {
        p.error = tr("%1: %2 bytes announced at byte %3, %4 in the message (a packet split "
                     "across messages is not put together)")
                      .arg(p.type)
                      .arg(length)
                      .arg(start + 1)
                      .arg(data.size() - header.pos);
        *pos = data.size();
        return p;
    }
    // Flags are fixed except for PUBLISH; PUBREL, SUBSCRIBE and UNSUBSCRIBE need 0010.
    const int wantFlags = (type == 6 || type == 8 || type == 10) ? 2 : 0;
    if (type != 3 && flags != wantFlags) {
        p.error = tr("%1: flags %2 at byte %3 must be %4")
                      .arg(p.type)
                      .arg(flags, 4, 2, QLatin1Char('0'))
                      .arg(start)
                      .arg(wantFlags, 4, 2, QLatin1Char('0'));
        *pos = header.pos + length;
        return p;
    }
    MqttReader r(data, header.pos, header.pos + length);
    const bool full = reading == LayerReading::Full;
    QCborMap v;
    if (full)
        v.insert(QStringLiteral("type"), p.type.toUpper());
    readBody(type, flags, r, &p, full ? &v : nullptr, reading);
    *pos = header.pos + length;
    if (!r.ok()) {
        p.error = tr("%1: %2").arg(p.type, r.error);
        return p;
    }
    if (full)
        p.value = v;
    p.heartbeat = type == 12 || type == 13;
    if (p.summary.isEmpty())
        p.summary = p.type.toUpper();
    return p;
}

void MqttLayer::readBody(int type, int flags, MqttReader &r, LayerPacket *p, QCborMap *v,
                         LayerReading reading) const
{
    const bool v5 = m_level.load() == 5;
    const auto put = [&](const QString &key, const QCborValue &value) {
        if (v)
            v->insert(key, value);
    };
    const auto props = [&] {
        const QCborMap m = readMqttProperties(r);
        if (!m.isEmpty())
            put(QStringLiteral("properties"), m);
    };
    const auto packetId = [&] {
        const int id = r.u16(tr("the packet identifier"));
        p->id = QString::number(id);
        put(QStringLiteral("packetId"), id);
    };
    switch (type) {
    case 1: { // CONNECT
        const QString protocol = r.string(tr("the protocol name"));
        const int level = r.byte(tr("the protocol level"));
        if (!r.ok())
            return;
        if (protocol != QLatin1String("MQTT") && protocol != QLatin1String("MQIsdp")) {
            r.error = tr("protocol name \"%1\" is not MQTT").arg(clip(protocol, 20));
            return;
        }
        if (level != 3 && level != 4 && level != 5) {
            r.error = tr("protocol level %1 is not 3, 4 (3.1.1) or 5").arg(level);
            return;
        }
        m_level = level == 5 ? 5 : 4;
        const int cf = r.byte(tr("the connect flags"));
        const int keepAlive = r.u16(tr("the keep alive"));
        put(QStringLiteral("protocol"), protocol);
        put(QStringLiteral("level"), level);
        put(QStringLiteral("cleanStart"), bool(cf & 0x02));
        put(QStringLiteral("keepAlive"), keepAlive);
        if (level == 5)
            props();
        const QString client = r.string(tr("the client identifier"));
        put(QStringLiteral("clientId"), client);
        if (cf & 0x04) {
            if (level == 5)
                readMqttProperties(r);
            put(QStringLiteral("willTopic"), r.string(tr("the will topic")));
            put(QStringLiteral("willPayload"), QCborValue(r.binary(tr("the will payload"))));
            put(QStringLiteral("willQos"), (cf >> 3) & 3);
        }
        if (cf & 0x80)
            put(QStringLiteral("username"), r.string(tr("the user name")));
        if (cf & 0x40) {
            r.binary(tr("the password"));
            put(QStringLiteral("password"), QStringLiteral("<redacted>"));
        }
        p->name = client;
        p->summary = tr("CONNECT %1 (MQTT %2, keep alive %3 s)")
                         .arg(client, level == 5 ? QStringLiteral("5.0") : QStringLiteral("3.1.1"))
                         .arg(keepAlive);
        break;
    }
    case 2: { // CONNACK
        const int ack = r.byte(tr("the acknowledge flags"));
        const int code = r.byte(tr("the return code"));
        put(QStringLiteral("sessionPresent"), bool(ack & 1));
        put(QStringLiteral("returnCode"), code);
        if (v5 && !r.atEnd())
            props();
        p->summary =
            tr("CONNACK code %1%2").arg(code).arg(code == 0 ? tr(" (accepted)") : tr(" (refused)"));
        break;
    }
    case 3: { // PUBLISH
        const int qos = (flags >> 1) & 3;
        if (qos == 3) {
            r.error = tr("QoS 3 does not exist");
            return;
        }
        const QString topic = r.string(tr("the topic"));
        put(QStringLiteral("topic"), topic);
        put(QStringLiteral("qos"), qos);
        if (flags & 1)
            put(QStringLiteral("retain"), true);
        if (flags & 8)
            put(QStringLiteral("dup"), true);
        if (qos > 0) {
            packetId();
            p->request = true;
        }
        if (v5)
            props();
        if (!r.ok())
            return;
        const QByteArrayView payload = r.data.sliced(r.pos, r.end - r.pos);
        r.pos = r.end;
        p->name = topic;
        p->channel = topic;
        if (reading == LayerReading::Types)
            return;
        p->payload = payload.toByteArray();
        // Bytes that are no text stay bytes (base64url in JSON), not a string of U+FFFD.
        if (v && Utf8Validator::isValidUtf8(p->payload))
            put(QStringLiteral("payload"), QString::fromUtf8(p->payload));
        else if (v)
            put(QStringLiteral("payload"), QCborValue(p->payload));
        p->payloadClip = clipSimplified(p->payload, 120);
        p->summary =
            QStringLiteral("PUBLISH %1 %2%3")
                .arg(topic, p->payloadClip)
                .arg(qos > 0 ? QStringLiteral(" (QoS %1 #%2)").arg(qos).arg(p->id) : QString());
        return;
    }
    case 4:
    case 5:
    case 6:
    case 7:
    case 11: { // PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK
        packetId();
        if (v5 && !r.atEnd()) {
            if (type != 11)
                put(QStringLiteral("reasonCode"), r.byte(tr("the reason code")));
            if (!r.atEnd())
                props();
            if (type == 11) {
                QCborArray codes;
                while (r.ok() && !r.atEnd())
                    codes.append(r.byte(tr("a reason code")));
                put(QStringLiteral("reasonCodes"), codes);
            }
        }
        p->summary = QStringLiteral("%1 #%2").arg(p->type.toUpper(), p->id);
        break;
    }
    case 8:
    case 10: { // SUBSCRIBE, UNSUBSCRIBE
        packetId();
        p->request = true;
        if (v5)
            props();
        QCborArray topics;
        QStringList names;
        while (r.ok() && !r.atEnd() && topics.size() < 10000) {
            const QString filter = r.string(tr("a topic filter"));
            names << filter;
            if (type == 8) {
                const int options = r.byte(tr("the subscription options"));
                QCborMap t;
                t.insert(QStringLiteral("filter"), filter);
                t.insert(QStringLiteral("qos"), options & 3);
                topics.append(t);
            } else {
                topics.append(filter);
            }
        }
        if (r.ok() && topics.isEmpty()) {
            r.error = tr("no topic filter");
            return;
        }
        put(QStringLiteral("topics"), topics);
        p->name = names.join(QStringLiteral(", "));
        p->summary = QStringLiteral("%1 %2 #%3").arg(p->type.toUpper(), p->name, p->id);
        break;
    }
    case 9: { // SUBACK
        packetId();
        if (v5)
            props();
        QCborArray codes;
        while (r.ok() && !r.atEnd())
            codes.append(r.byte(tr("a return code")));
        put(QStringLiteral("returnCodes"), codes);
        p->summary = QStringLiteral("SUBACK #%1 %2").arg(p->id, compactJson(codes));
        break;
    }
    case 12:
    case 13:
        break;
    case 14:
    case 15:
        if (type == 15 && !v5) {
            r.error = tr("AUTH exists in MQTT 5 only");
            return;
        }
        if (!r.atEnd())
            put(QStringLiteral("reasonCode"), r.byte(tr("the reason code")));
        if (!r.atEnd())
            props();
        break;
    }
    if (r.ok() && !r.atEnd())
        r.error = tr("%n byte(s) left over at byte %1", nullptr, int(r.end - r.pos)).arg(r.pos);
}

QList<LayerAction> MqttLayer::actions() const
{
    const LayerField qos{QStringLiteral("qos"), tr("QoS (0, 1, 2)"), LayerField::Number,
                         QStringLiteral("0")};
    return {
        {QStringLiteral("connect"),
         tr("Connect"),
         {{QStringLiteral("clientId"), tr("Client id"), LayerField::Line,
           QStringLiteral("wsprobe")},
          {QStringLiteral("version"), tr("Version (4 = 3.1.1, 5)"), LayerField::Number,
           QStringLiteral("4")},
          {QStringLiteral("keepAlive"), tr("Keep alive (s)"), LayerField::Number,
           QStringLiteral("60")},
          {QStringLiteral("username"), tr("User name"), LayerField::Line, {}},
          {QStringLiteral("password"), tr("Password"), LayerField::Line, {}}}},
        {QStringLiteral("subscribe"),
         tr("Subscribe"),
         {{QStringLiteral("topic"), tr("Topic filter"), LayerField::Line, QStringLiteral("#")},
          qos}},
        {QStringLiteral("publish"),
         tr("Publish"),
         {{QStringLiteral("topic"), tr("Topic"), LayerField::Line, {}},
          {QStringLiteral("payload"), tr("Payload"), LayerField::Text, {}},
          qos,
          {QStringLiteral("retain"), tr("Retain"), LayerField::Flag, QStringLiteral("false")}}},
        {QStringLiteral("unsubscribe"),
         tr("Unsubscribe"),
         {{QStringLiteral("topic"), tr("Topic filter"), LayerField::Line, {}}}},
        {QStringLiteral("pingreq"), tr("Ping"), {}},
        {QStringLiteral("disconnect"), tr("Disconnect"), {}},
    };
}

bool MqttLayer::encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                       QList<LayerFrame> *out, QString *error) const
{
    // Bytes pass as they are (a payload MessagePack or protobuf encoded by the caller); the
    // composer's fields are text.
    const auto text = [&](const char *key) {
        const QVariant v = values.value(QLatin1String(key));
        return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    };
    const auto number = [&](const char *key, int fallback, int max, int *n) {
        const QString s = values.value(QLatin1String(key)).toString().trimmed();
        bool ok = true;
        *n = s.isEmpty() ? fallback : s.toInt(&ok);
        if (!ok || *n < 0 || *n > max) {
            *error = tr("%1: a number from 0 to %2").arg(QLatin1String(key)).arg(max);
            return false;
        }
        return true;
    };
    const auto newId = [&] {
        const int id = int((*nextId)++ % 65535) + 1;
        return id;
    };
    const bool v5 = m_level.load() == 5;
    QByteArray bytes;
    if (action == QLatin1String("connect")) {
        int version = 4;
        int keepAlive = 60;
        if (!number("version", 4, 5, &version) || !number("keepAlive", 60, 65535, &keepAlive))
            return false;
        if (version != 4 && version != 5) {
            *error = tr("version: 4 (MQTT 3.1.1) or 5");
            return false;
        }
        int cf = 0x02; // clean session
        QByteArray tail = str(text("clientId"));
        if (!text("username").isEmpty()) {
            cf |= 0x80;
            tail += str(text("username"));
        }
        if (!text("password").isEmpty()) {
            cf |= 0x40;
            tail += str(text("password"));
        }
        QByteArray body = str("MQTT") + char(version) + char(cf) + u16(keepAlive);
        if (version == 5)
            body += '\0'; // no properties
        bytes = packet(1, 0, body + tail);
    } else if (action == QLatin1String("subscribe") || action == QLatin1String("unsubscribe")) {
        if (text("topic").isEmpty()) {
            *error = tr("topic: which topic filter?");
            return false;
        }
        const bool sub = action == QLatin1String("subscribe");
        int qos = 0;
        if (sub && !number("qos", 0, 2, &qos))
            return false;
        QByteArray body = u16(newId());
        if (v5)
            body += '\0';
        body += str(text("topic"));
        if (sub)
            body += char(qos);
        bytes = packet(sub ? 8 : 10, 2, body);
    } else if (action == QLatin1String("publish")) {
        if (text("topic").isEmpty()) {
            *error = tr("topic: where to publish?");
            return false;
        }
        int qos = 0;
        if (!number("qos", 0, 2, &qos))
            return false;
        QByteArray body = str(text("topic"));
        if (qos > 0)
            body += u16(newId());
        if (v5)
            body += '\0';
        body += text("payload");
        const int flags = (qos << 1) | (text("retain") == "true" ? 1 : 0);
        bytes = packet(3, flags, body);
    } else if (action == QLatin1String("pingreq")) {
        bytes = packet(12, 0, {});
    } else if (action == QLatin1String("disconnect")) {
        bytes = packet(14, 0, {});
    } else {
        *error = tr("MQTT has no action \"%1\"").arg(action);
        return false;
    }
    out->append({bytes, true});
    return true;
}

qsizetype MqttLayer::streamedPacketLength(QByteArrayView data) const
{
    if (data.isEmpty())
        return 0;
    if ((quint8(data[0]) >> 4) == 0)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < 4; ++i) {
        if (1 + i >= data.size())
            return 0;
        const int b = quint8(data[1 + i]);
        length |= qint64(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            const qint64 whole = 1 + (i + 1) + length;
            return whole <= data.size() ? qsizetype(whole) : 0;
        }
    }
    return -1; // a remaining length longer than 4 bytes
}

QList<LayerFrame> MqttLayer::autoReply(const LayerPacket &packet) const
{
    // What every client library does, so that the broker does not send again: PUBACK a
    // QoS 1 PUBLISH, PUBREC a QoS 2 one, PUBCOMP a PUBREL.
    const int id = packet.id.toInt();
    if (packet.type == QLatin1String("publish") && !packet.id.isEmpty()) {
        const int qos = int(packet.value.toMap().value(QStringLiteral("qos")).toInteger());
        return {{::packet(qos == 1 ? 4 : 5, 0, u16(id)), true}};
    }
    if (packet.type == QLatin1String("pubrel"))
        return {{::packet(7, 0, u16(id)), true}};
    return {};
}

int MqttLayer::keepAliveMs(const LayerPacket &packet) const
{
    if (packet.type != QLatin1String("connect"))
        return 0;
    return int(packet.value.toMap().value(QStringLiteral("keepAlive")).toInteger()) * 1000;
}

QList<LayerFrame> MqttLayer::keepAlive() const
{
    return {{packet(12, 0, {}), true}};
}
