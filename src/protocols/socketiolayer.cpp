#include "protocols/socketiolayer.h"

#include <algorithm>
#include <limits>

#include <QCborArray>
#include <QUrlQuery>

#include "decode/cborjson.h"
#include "json/jsonscanner.h"

namespace {

/// Engine.IO's packet types, by their digit.
const char *const EngineTypes[] = {"open", "close", "ping", "pong", "message", "upgrade", "noop"};

/// Socket.IO's packet types by digit; 4 is CONNECT_ERROR in protocol 5, ERROR in 4.
QString socketType(int type, int eio)
{
    switch (type) {
    case 0:
        return QStringLiteral("connect");
    case 1:
        return QStringLiteral("disconnect");
    case 2:
        return QStringLiteral("event");
    case 3:
        return QStringLiteral("ack");
    case 4:
        return eio >= 4 ? QStringLiteral("connect_error") : QStringLiteral("error");
    case 5:
        return QStringLiteral("binary_event");
    case 6:
        return QStringLiteral("binary_ack");
    }
    return {};
}

bool isPlaceholder(const QCborValue &v)
{
    return v.isMap() && v.toMap().value(QStringLiteral("_placeholder")).toBool()
           && v.toMap().contains(QStringLiteral("num"));
}

/// Moves {"$binary": "base64"} members of value out into attachments, leaving placeholders.
QCborValue takeBinaries(const QCborValue &value, QList<QByteArray> *attachments)
{
    if (value.isMap()) {
        const QCborMap m = value.toMap();
        if (m.size() == 1 && m.contains(QStringLiteral("$binary"))) {
            QCborMap placeholder;
            placeholder.insert(QStringLiteral("_placeholder"), true);
            placeholder.insert(QStringLiteral("num"), attachments->size());
            attachments->append(
                QByteArray::fromBase64(m.value(QStringLiteral("$binary")).toString().toLatin1()));
            return placeholder;
        }
        QCborMap out;
        for (auto it = m.begin(); it != m.end(); ++it)
            out.insert(it.key(), takeBinaries(it.value(), attachments));
        return out;
    }
    if (value.isArray()) {
        QCborArray out;
        for (const QCborValue &v : value.toArray())
            out.append(takeBinaries(v, attachments));
        return out;
    }
    return value;
}

/// What the type filter needs of a packet's JSON data: whether readJson would take it, and
/// whether it is an array and of what first element.
struct JsonShape
{
    bool array = false;
    bool empty = true;
    bool firstIsString = false;
};

/// False when the text is no JSON readJson takes (or nests too deep to be sure).
bool scanShape(QByteArrayView json, JsonShape *shape)
{
    JsonScanner scanner(json);
    scanner.skipByteOrderMark();
    for (int n = 0;; ++n) {
        const JsonScanner::Token token = scanner.next();
        if (token == JsonScanner::Token::End)
            return true;
        if (token == JsonScanner::Token::Error || token == JsonScanner::Token::Placeholder
            || scanner.depth() > 256)
            return false;
        if (n == 0) {
            shape->array = token == JsonScanner::Token::ArrayStart;
        } else if (n == 1 && shape->array) {
            shape->empty = token == JsonScanner::Token::ArrayEnd;
            shape->firstIsString = token == JsonScanner::Token::String;
        }
    }
}

} // namespace

SocketIoLayer::SocketIoLayer(int eio)
    : m_eio(eio == 3 ? 3 : 4)
{
}

int SocketIoLayer::eioOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("EIO")).toInt();
}

QString SocketIoLayer::title() const
{
    return m_eio == 3 ? tr("Socket.IO 2 (EIO 3)") : tr("Socket.IO 3/4 (EIO 4)");
}

QStringList SocketIoLayer::packetTypes() const
{
    return {QStringLiteral("open"),
            QStringLiteral("close"),
            QStringLiteral("ping"),
            QStringLiteral("pong"),
            QStringLiteral("upgrade"),
            QStringLiteral("noop"),
            QStringLiteral("connect"),
            QStringLiteral("disconnect"),
            QStringLiteral("event"),
            QStringLiteral("ack"),
            m_eio >= 4 ? QStringLiteral("connect_error") : QStringLiteral("error"),
            QStringLiteral("binary_event"),
            QStringLiteral("binary_ack"),
            QStringLiteral("attachment")};
}

QList<LayerPacket> SocketIoLayer::decode(QByteArrayView payload, bool binary, Direction) const
{
    LayerPacket p;
    if (binary) {
        // EIO 4 sends binary data as it is; EIO 3 puts the MESSAGE type byte (4) in front.
        QByteArrayView data = payload;
        if (m_eio == 3) {
            if (data.isEmpty() || data[0] != 4) {
                p.type = QStringLiteral("attachment");
                p.error = data.isEmpty()
                              ? tr("an EIO 3 binary message needs a type byte; this one is empty")
                              : tr("an EIO 3 binary message starts with type byte 4, not %1")
                                    .arg(quint8(data[0]));
                return {p};
            }
            data = data.sliced(1);
        }
        p.type = QStringLiteral("attachment");
        p.summary = tr("binary attachment, %n byte(s)", nullptr, int(data.size()));
        p.value = QCborValue(data.toByteArray());
        return {p};
    }
    if (payload.isEmpty()) {
        p.type = QStringLiteral("message");
        p.error = tr("an empty message is no Engine.IO packet (it needs a type digit)");
        return {p};
    }
    const char c = payload[0];
    if (c < '0' || c > '6') {
        p.type = QStringLiteral("message");
        p.error = tr("Engine.IO packet type '%1' at byte 0 is not one of 0–6")
                      .arg(QString::fromLatin1(&c, 1));
        return {p};
    }
    const int engineType = c - '0';
    const QByteArrayView rest = payload.sliced(1);
    if (engineType == 4)
        return {decodeSocketIo(rest)};
    p.type = QLatin1String(EngineTypes[engineType]);
    p.heartbeat = engineType == 2 || engineType == 3 || engineType == 6;
    if (engineType == 0) {
        QCborValue v;
        QString error;
        if (!readJson(rest, 1, &v, &error)) {
            p.error = tr("open: %1").arg(error);
            return {p};
        }
        if (!v.isMap() || !v.toMap().value(QStringLiteral("sid")).isString()) {
            p.error = tr("open: the handshake object has no \"sid\"");
            return {p};
        }
        p.value = v;
        const QCborMap m = v.toMap();
        p.summary = tr("open sid=%1, ping every %2 ms, timeout %3 ms")
                        .arg(m.value(QStringLiteral("sid")).toString())
                        .arg(CborJson::integer(m.value(QStringLiteral("pingInterval"))))
                        .arg(CborJson::integer(m.value(QStringLiteral("pingTimeout"))));
        return {p};
    }
    const QString data = QString::fromUtf8(rest);
    if (!data.isEmpty())
        p.value = data;
    p.summary = data.isEmpty() ? p.type : p.type + u' ' + clip(data);
    return {p};
}

QList<LayerPacket> SocketIoLayer::read(QByteArrayView payload, bool binary, Direction direction,
                                       LayerReading reading) const
{
    if (reading == LayerReading::Types && !binary && payload.size() > 1 && payload[0] == '4')
        return {decodeSocketIo(payload.sliced(1), true)};
    return decode(payload, binary, direction);
}

int SocketIoLayer::firstTypeHint(QByteArrayView payload, bool binary, Direction) const
{
    // packetTypes(): Engine.IO's types but "message" (open close ping pong upgrade noop),
    // Socket.IO's seven, "attachment". A binary message is an attachment, well formed or not.
    constexpr int Connect = 6;
    constexpr int Attachment = 13;
    if (binary)
        return Attachment;
    if (payload.isEmpty() || payload[0] < '0' || payload[0] > '6')
        return NoHint;
    const int engineType = payload[0] - '0';
    if (engineType != 4)
        return engineType < 4 ? engineType : engineType - 1;
    // A MESSAGE is the Socket.IO packet of the digit after it (without one: malformed).
    if (payload.size() < 2 || payload[1] < '0' || payload[1] > '6')
        return NoHint;
    return Connect + (payload[1] - '0');
}

LayerPacket SocketIoLayer::decodeSocketIo(QByteArrayView s, bool typesOnly) const
{
    // Offsets in errors count from the message's first byte (the Engine.IO '4').
    LayerPacket p;
    p.type = QStringLiteral("message");
    if (s.isEmpty()) {
        p.error = tr("a MESSAGE packet without a Socket.IO packet type at byte 1");
        return p;
    }
    const char t = s[0];
    if (t < '0' || t > '6') {
        p.error = tr("Socket.IO packet type '%1' at byte 1 is not one of 0–6")
                      .arg(QString::fromLatin1(&t, 1));
        return p;
    }
    const int type = t - '0';
    p.type = socketType(type, m_eio);
    qsizetype i = 1;
    if (type == 5 || type == 6) {
        const qsizetype dash = s.indexOf('-');
        bool ok = false;
        const int n = dash > 1 ? s.sliced(1, dash - 1).toByteArray().toInt(&ok) : 0;
        if (!ok || n < 0 || n > 10000) {
            p.error = tr("%1: the attachment count before '-' at byte 2 is missing or not a "
                         "number")
                          .arg(p.type);
            return p;
        }
        p.attachments = n;
        i = dash + 1;
    }
    QString ns = QStringLiteral("/");
    if (i < s.size() && s[i] == '/') {
        const qsizetype comma = s.indexOf(',', i);
        const qsizetype end = comma < 0 ? s.size() : comma;
        ns = QString::fromUtf8(s.sliced(i, end - i));
        i = comma < 0 ? end : comma + 1;
    }
    p.channel = ns;
    const qsizetype idStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i > idStart) {
        if (i - idStart > 15) {
            p.error = tr("%1: the ack id at byte %2 is too long").arg(p.type).arg(idStart + 1);
            return p;
        }
        p.id = QString::fromLatin1(s.sliced(idStart, i - idStart));
    }
    if (typesOnly) {
        // The checks below on the data's shape; JSON that is no JSON is read whole, for
        // readJson's words.
        JsonShape shape;
        if (i < s.size() && !scanShape(s.sliced(i), &shape))
            return decodeSocketIo(s, false);
        const bool event = type == 2 || type == 5;
        const bool ack = type == 3 || type == 6;
        if ((event && (!shape.array || shape.empty || !shape.firstIsString))
            || (ack && (p.id.isEmpty() || !shape.array)))
            return decodeSocketIo(s, false);
        p.request = event && !p.id.isEmpty();
        return p;
    }
    QCborValue data;
    if (i < s.size()) {
        QString error;
        if (!readJson(s.sliced(i), i + 1, &data, &error)) {
            p.error = tr("%1: %2").arg(p.type, error);
            return p;
        }
    }
    QCborMap value;
    value.insert(QStringLiteral("namespace"), ns);
    if (!p.id.isEmpty())
        value.insert(QStringLiteral("ackId"), p.id.toLongLong());
    if (p.attachments > 0)
        value.insert(QStringLiteral("attachments"), p.attachments);
    const QString where = ns == QLatin1String("/") ? QString() : ns + u' ';
    switch (type) {
    case 2:
    case 5: {
        if (!data.isArray() || data.toArray().isEmpty() || !data.toArray().at(0).isString()) {
            p.error = tr("%1: the data must be an array starting with the event name").arg(p.type);
            return p;
        }
        QCborArray args = data.toArray();
        p.name = args.takeAt(0).toString();
        value.insert(QStringLiteral("event"), p.name);
        value.insert(QStringLiteral("args"), args);
        p.request = !p.id.isEmpty();
        p.summary = where + p.name + u' ' + clip(compactJson(args))
                    + (p.id.isEmpty() ? QString() : QStringLiteral(" #") + p.id);
        break;
    }
    case 3:
    case 6:
        if (p.id.isEmpty()) {
            p.error = tr("%1: an acknowledgement needs an id").arg(p.type);
            return p;
        }
        if (!data.isArray()) {
            p.error = tr("%1: the data must be an array of arguments").arg(p.type);
            return p;
        }
        value.insert(QStringLiteral("args"), data);
        p.summary = where + tr("ack #%1 %2").arg(p.id, clip(compactJson(data)));
        break;
    case 0:
        if (!data.isUndefined())
            value.insert(QStringLiteral("data"), data);
        p.summary = tr("connect %1").arg(ns)
                    + (data.isUndefined() ? QString() : u' ' + clip(compactJson(data)));
        break;
    case 1:
        p.summary = tr("disconnect %1").arg(ns);
        break;
    case 4:
        if (!data.isUndefined())
            value.insert(QStringLiteral("data"), data);
        p.summary = where + p.type + u' '
                    + clip(data.isMap() ? data.toMap().value(QStringLiteral("message")).toString()
                                        : compactJson(data));
        break;
    }
    p.value = value;
    return p;
}

QCborValue SocketIoLayer::fillPlaceholders(const QCborValue &value, const QList<QByteArray> &data)
{
    if (isPlaceholder(value)) {
        const qint64 n = CborJson::integer(value.toMap().value(QStringLiteral("num")), -1);
        return n >= 0 && n < data.size() ? QCborValue(data.at(n)) : value;
    }
    if (value.isMap()) {
        QCborMap out;
        const QCborMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            out.insert(it.key(), fillPlaceholders(it.value(), data));
        return out;
    }
    if (value.isArray()) {
        QCborArray out;
        for (const QCborValue &v : value.toArray())
            out.append(fillPlaceholders(v, data));
        return out;
    }
    return value;
}

QList<LayerAction> SocketIoLayer::actions() const
{
    const LayerField ns{QStringLiteral("namespace"), tr("Namespace"), LayerField::Line,
                        QStringLiteral("/")};
    return {
        {QStringLiteral("emit"),
         tr("Emit Event"),
         {ns,
          {QStringLiteral("event"), tr("Event"), LayerField::Line, {}},
          {QStringLiteral("args"), tr("Arguments (JSON array; {\"$binary\": base64} for bytes)"),
           LayerField::Json, QStringLiteral("[]")},
          {QStringLiteral("ack"), tr("Ask for an acknowledgement"), LayerField::Flag,
           QStringLiteral("false")}}},
        {QStringLiteral("join"),
         tr("Join Namespace"),
         {ns, {QStringLiteral("auth"), tr("Auth (JSON object, optional)"), LayerField::Json, {}}}},
        {QStringLiteral("leave"), tr("Leave Namespace"), {ns}},
        {QStringLiteral("ack"),
         tr("Acknowledge"),
         {ns,
          {QStringLiteral("id"), tr("Ack id"), LayerField::Number, {}},
          {QStringLiteral("args"), tr("Arguments (JSON array)"), LayerField::Json,
           QStringLiteral("[]")}}},
    };
}

QByteArray SocketIoLayer::namespacePrefix(const QString &ns)
{
    if (ns.isEmpty() || ns == QLatin1String("/"))
        return {};
    return (ns.startsWith(u'/') ? ns : u'/' + ns).toUtf8() + ',';
}

bool SocketIoLayer::encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                           QList<LayerFrame> *out, QString *error) const
{
    const QByteArray ns = namespacePrefix(values.value(QStringLiteral("namespace")).toString());
    const auto jsonArray = [&](const QString &key, QCborArray *array) {
        const QString text = values.value(key).toString().trimmed();
        if (text.isEmpty())
            return true;
        QCborValue v;
        QString problem;
        if (!readJson(text.toUtf8(), 0, &v, &problem) || !v.isArray()) {
            *error = problem.isEmpty() ? tr("%1: a JSON array is needed").arg(key)
                                       : tr("%1: %2").arg(key, problem);
            return false;
        }
        *array = v.toArray();
        return true;
    };
    if (action == QLatin1String("emit") || action == QLatin1String("ack")) {
        QCborArray args;
        if (!jsonArray(QStringLiteral("args"), &args))
            return false;
        QByteArray id;
        const bool isEmit = action == QLatin1String("emit");
        if (isEmit) {
            const QString event = values.value(QStringLiteral("event")).toString();
            if (event.isEmpty()) {
                *error = tr("event: an event needs a name");
                return false;
            }
            args.prepend(event);
            if (values.value(QStringLiteral("ack")).toString() == QLatin1String("true"))
                id = QByteArray::number((*nextId)++);
        } else {
            bool ok = false;
            const qint64 n = values.value(QStringLiteral("id")).toString().toLongLong(&ok);
            if (!ok || n < 0) {
                *error = tr("id: the ack id is a number");
                return false;
            }
            id = QByteArray::number(n);
        }
        QList<QByteArray> attachments;
        const QCborValue data = takeBinaries(args, &attachments);
        QByteArray text = "4";
        if (attachments.isEmpty())
            text += isEmit ? '2' : '3';
        else
            text += (isEmit ? "5" : "6") + QByteArray::number(attachments.size()) + '-';
        text += ns + id + compactJson(data).toUtf8();
        out->append({text, false});
        for (const QByteArray &bytes : attachments)
            out->append({m_eio == 3 ? QByteArray(1, '\x04') + bytes : bytes, true});
        return true;
    }
    if (action == QLatin1String("join")) {
        const QString auth = values.value(QStringLiteral("auth")).toString().trimmed();
        QByteArray text = "40" + ns;
        if (!auth.isEmpty()) {
            QCborValue v;
            QString problem;
            if (!readJson(auth.toUtf8(), 0, &v, &problem) || !v.isMap()) {
                *error = problem.isEmpty() ? tr("auth: a JSON object is needed")
                                           : tr("auth: %1").arg(problem);
                return false;
            }
            text += compactJson(v).toUtf8();
        }
        out->append({text, false});
        return true;
    }
    if (action == QLatin1String("leave")) {
        out->append({"41" + ns, false});
        return true;
    }
    *error = tr("Socket.IO has no action \"%1\"").arg(action);
    return false;
}

QList<LayerFrame> SocketIoLayer::autoReply(const LayerPacket &packet) const
{
    // As socket.io-client does: answer the server's ping (EIO 4) and connect to the default
    // namespace as soon as the Engine.IO session is open (protocol 5 waits for it; protocol
    // 4 connects the default namespace by itself).
    if (packet.type == QLatin1String("ping"))
        return {{"3" + packet.value.toString().toUtf8(), false}};
    if (packet.type == QLatin1String("open") && packet.ok() && m_eio >= 4)
        return {{"40", false}};
    return {};
}

int SocketIoLayer::keepAliveMs(const LayerPacket &packet) const
{
    // In EIO 3 the client pings, every pingInterval.
    if (m_eio == 3 && packet.type == QLatin1String("open") && packet.ok())
        return int(std::clamp<qint64>(
            CborJson::integer(packet.value.toMap().value(QStringLiteral("pingInterval")), 25000), 0,
            std::numeric_limits<int>::max()));
    return 0;
}

QList<LayerFrame> SocketIoLayer::keepAlive() const
{
    return {{"2", false}};
}
