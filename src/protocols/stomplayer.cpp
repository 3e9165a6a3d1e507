#include "protocols/stomplayer.h"

#include <QCborArray>
#include <QStringDecoder>

#include "protocols/sockjsframing.h"
#include "protocols/stompcommands.h"
#include "protocols/stompglance.h"

namespace {

/// A header's name as text. QString::fromUtf8 drops a leading byte-order mark, which would make
/// "\xEF\xBB\xBFversion" a second "version"; the name is the bytes, so the mark is kept.
QString headerName(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                     | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QByteArray escapeHeader(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case ':':
            out += "\\c";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QStringList StompLayer::subprotocols() const
{
    return {QStringLiteral("v12.stomp"), QStringLiteral("v11.stomp"), QStringLiteral("v10.stomp")};
}

QStringList StompLayer::packetTypes() const
{
    QStringList types = StompCommands::types();
    types << QStringLiteral("heartbeat");
    if (m_sockJs)
        types << QStringLiteral("sockjs-open") << QStringLiteral("sockjs-heartbeat")
              << QStringLiteral("sockjs-close");
    return types;
}

QStringList StompLayer::heartbeatTypes() const
{
    if (m_sockJs)
        return {QStringLiteral("heartbeat"), QStringLiteral("sockjs-heartbeat")};
    return {QStringLiteral("heartbeat")};
}

QList<LayerFrame> StompLayer::keepAlive() const
{
    return {{m_sockJs ? SockJsFraming::wrap({"\n"}) : QByteArray("\n"), false}};
}

int StompLayer::firstTypeHint(QByteArrayView payload, bool, Direction direction) const
{
    if (!m_sockJs) {
        // A message that starts with a command: the frame's (ends of line first may be a
        // heart-beat, or frames after one; read).
        return StompCommands::typeOfLine(payload, false);
    }
    // packetTypes(): the commands, "heartbeat", then SockJS's frames.
    constexpr int SockJsOpen = StompCommands::Count + 1;
    qsizetype at = 0;
    if (direction == Direction::In) {
        if (payload.size() == 1 && payload[0] == 'o')
            return SockJsOpen;
        if (payload.size() == 1 && payload[0] == 'h')
            return SockJsOpen + 1;
        if (payload.startsWith('c'))
            return SockJsOpen + 2;
        if (payload.isEmpty() || !QByteArrayView("ahmoc").contains(payload[0]))
            return MalformedHint; // no SockJS frame starts so
        if (!payload.startsWith('a'))
            return NoHint;
        at = 1;
    } else if (payload.isEmpty() || !QByteArrayView("[\" \t\r\n\xEF").contains(payload[0])) {
        return MalformedHint; // a client's frame is JSON: no JSON text starts so
    }
    // a["COMMAND\n…", …]: the first message's first frame (spaces before a string of
    // escapes, an empty array, a single "m" message: read).
    if (!payload.sliced(at).startsWith("[\""))
        return NoHint;
    return StompCommands::typeOfLine(payload.sliced(at + 2), true);
}

QList<LayerPacket> StompLayer::decode(QByteArrayView payload, bool binary,
                                      Direction direction) const
{
    return read(payload, binary, direction, LayerReading::Full);
}

QList<LayerPacket> StompLayer::read(QByteArrayView payload, bool, Direction direction,
                                    LayerReading reading) const
{
    return m_sockJs ? decodeSockJs(payload, direction, reading) : decodeFrames(payload, reading);
}

bool StompLayer::glance(QByteArrayView payload, bool, Direction direction,
                        const DecodePipeline &pipeline, LayerGlance *out) const
{
    return m_sockJs ? StompGlance::sockJs(payload, direction, pipeline, out)
                    : StompGlance::frames(payload, pipeline, out);
}

QList<LayerPacket> StompLayer::decodeSockJs(QByteArrayView payload, Direction direction,
                                            LayerReading reading) const
{
    SockJsFraming::Frame frame;
    QString error;
    LayerPacket p;
    if (!SockJsFraming::read(payload, direction, &frame, &error)) {
        p.type = QStringLiteral("frame");
        p.error = error;
        return {p};
    }
    switch (frame.kind) {
    case SockJsFraming::Frame::Open:
        p.type = QStringLiteral("sockjs-open");
        p.summary = tr("SockJS open");
        return {p};
    case SockJsFraming::Frame::Heartbeat:
        p.type = QStringLiteral("sockjs-heartbeat");
        p.heartbeat = true;
        p.summary = tr("SockJS heartbeat");
        return {p};
    case SockJsFraming::Frame::Close: {
        p.type = QStringLiteral("sockjs-close");
        if (reading == LayerReading::Full) {
            QCborMap value;
            value.insert(QStringLiteral("code"), frame.code);
            value.insert(QStringLiteral("reason"), frame.reason);
            p.value = value;
        }
        p.summary = tr("SockJS close %1 %2").arg(frame.code).arg(clip(frame.reason, 120));
        return {p};
    }
    case SockJsFraming::Frame::Messages:
        break;
    }
    // Each string of the array is a message of its own to STOMP; an error says which.
    QList<LayerPacket> packets;
    for (qsizetype i = 0; i < frame.messages.size() && packets.size() < 1000; ++i) {
        QList<LayerPacket> inner = decodeFrames(frame.messages.at(i), reading);
        for (LayerPacket &q : inner) {
            if (!q.ok() && frame.messages.size() > 1)
                q.error = tr("SockJS message %1: %2").arg(i + 1).arg(q.error);
            packets.append(q);
        }
    }
    return packets;
}

QList<LayerPacket> StompLayer::decodeFrames(QByteArrayView payload, LayerReading reading) const
{
    QList<LayerPacket> packets;
    qsizetype pos = 0;
    // Ends of line between frames (and alone) are heart-beats.
    const auto skipEols = [&] { return StompCommands::skipEndsOfLine(payload, &pos); };
    if (skipEols() && pos == payload.size()) {
        LayerPacket p;
        p.type = QStringLiteral("heartbeat");
        p.heartbeat = true;
        p.summary = tr("heart-beat");
        return {p};
    }
    while (pos < payload.size() && packets.size() < 1000) {
        LayerPacket p = readFrame(payload, &pos, reading);
        packets.append(p);
        if (!p.ok())
            break;
        skipEols();
    }
    if (packets.isEmpty()) {
        LayerPacket p;
        p.type = QStringLiteral("frame");
        p.error = tr("an empty message is no STOMP frame");
        packets.append(p);
    }
    return packets;
}

LayerPacket StompLayer::readFrame(QByteArrayView data, qsizetype *pos, LayerReading reading) const
{
    LayerPacket p;
    p.type = QStringLiteral("frame");
    const bool full = reading == LayerReading::Full;
    const qsizetype start = *pos;
    QByteArrayView commandWord;
    if (!StompCommands::readLine(data, pos, &commandWord)) {
        p.error = tr("the command at byte %1 has no end of line").arg(start);
        *pos = data.size();
        return p;
    }
    // The command's strings are the lists' own (shared): a row's reading allocates none.
    const int command = StompCommands::index(commandWord);
    if (command < 0) {
        p.error = tr("\"%1\" at byte %2 is not a STOMP command")
                      .arg(clip(QString::fromUtf8(commandWord), 40))
                      .arg(start);
        return p;
    }
    const QString cmd = StompCommands::words().at(command);
    p.type = StompCommands::types().at(command);
    p.name = cmd;
    // CONNECT and CONNECTED headers are not escaped (for 1.0 peers).
    const bool escaped = cmd != QLatin1String("CONNECT") && cmd != QLatin1String("CONNECTED");
    // Full: every header, for the value; otherwise only those the fields are made of.
    QCborMap headers;
    QString wanted[StompCommands::HeaderCount];
    bool seen[StompCommands::HeaderCount] = {};
    qsizetype contentLength = -1;
    // s unescaped into *out (nullptr: only checked); false with p.error on a bad escape.
    const auto unescape = [&](QByteArrayView s, qsizetype offset, QByteArray *out) {
        if (!escaped || !s.contains('\\')) {
            if (out)
                *out = s.toByteArray();
            return true;
        }
        QByteArray r;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] != '\\') {
                r += s[i];
                continue;
            }
            const char e = i + 1 < s.size() ? s[i + 1] : '\0';
            if (e == 'n')
                r += '\n';
            else if (e == 'r')
                r += '\r';
            else if (e == 'c')
                r += ':';
            else if (e == '\\')
                r += '\\';
            else {
                p.error = tr("%1: the escape at byte %2 is not one of \\n \\r \\c \\\\")
                              .arg(cmd)
                              .arg(offset + i);
                return false;
            }
            ++i;
        }
        if (out)
            *out = r;
        return true;
    };
    for (int n = 0;; ++n) {
        const qsizetype lineStart = *pos;
        QByteArrayView h;
        if (!StompCommands::readLine(data, pos, &h)) {
            p.error = tr("%1: the headers at byte %2 do not end with a blank line")
                          .arg(cmd)
                          .arg(lineStart);
            return p;
        }
        if (h.isEmpty())
            break;
        if (n >= 1000) {
            p.error = tr("%1: more than 1000 headers").arg(cmd);
            return p;
        }
        const qsizetype colon = h.indexOf(':');
        if (colon <= 0) {
            p.error =
                tr("%1: the header at byte %2 has no name before ':'").arg(cmd).arg(lineStart);
            return p;
        }
        QByteArray nameBytes;
        if (!unescape(h.first(colon), lineStart, &nameBytes))
            return p;
        // A repeated header: the first one counts.
        QString name;
        int at = -1;
        if (full) {
            name = headerName(nameBytes);
        } else {
            // Only ASCII names are wanted: bytes equal them exactly when the text does.
            at = StompCommands::header(nameBytes);
        }
        const bool keep = full ? !headers.contains(name) : at >= 0 && !seen[at];
        QByteArray valueBytes;
        if (!unescape(h.sliced(colon + 1), lineStart + colon + 1, keep ? &valueBytes : nullptr))
            return p;
        if (!keep)
            continue;
        const QString value = QString::fromUtf8(valueBytes);
        if (full) {
            headers.insert(name, value);
        } else {
            seen[at] = true;
            wanted[at] = value;
        }
        if (full ? name == QLatin1String("content-length") : at == StompCommands::ContentLength) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                p.error = tr("%1: content-length \"%2\" is not a length").arg(cmd, value);
                return p;
            }
        }
    }
    const qsizetype bodyStart = *pos;
    qsizetype bodyEnd = -1;
    if (contentLength >= 0) {
        if (bodyStart + contentLength >= data.size() || data[bodyStart + contentLength] != '\0') {
            p.error = tr("%1: content-length %2 from byte %3 is not followed by NUL")
                          .arg(cmd)
                          .arg(contentLength)
                          .arg(bodyStart);
            return p;
        }
        bodyEnd = bodyStart + contentLength;
    } else {
        bodyEnd = data.indexOf('\0', bodyStart);
        if (bodyEnd < 0) {
            p.error = tr("%1: the body from byte %2 is not ended by NUL").arg(cmd).arg(bodyStart);
            return p;
        }
    }
    const QByteArrayView body = data.sliced(bodyStart, bodyEnd - bodyStart);
    *pos = bodyEnd + 1;

    if (full) {
        QCborMap value;
        value.insert(QStringLiteral("command"), cmd);
        value.insert(QStringLiteral("headers"), headers);
        if (!body.isEmpty())
            value.insert(QStringLiteral("body"), QString::fromUtf8(body));
        p.value = value;
    }
    const auto header = [&](const char *key) {
        if (full)
            return headers.value(QLatin1String(key)).toString();
        return wanted[StompCommands::header(key)];
    };
    p.channel = header("destination");
    if (cmd == QLatin1String("RECEIPT")) {
        p.id = header("receipt-id");
    } else if (!header("receipt").isEmpty()) {
        p.id = header("receipt");
        p.request = true;
    }
    if (reading == LayerReading::Types)
        return p;
    p.payload = body.toByteArray();
    QString detail;
    if (cmd == QLatin1String("SUBSCRIBE"))
        detail = QStringLiteral("%1 id=%2").arg(p.channel, header("id"));
    else if (cmd == QLatin1String("MESSAGE"))
        detail = QStringLiteral("%1 sub=%2").arg(p.channel, header("subscription"));
    else if (cmd == QLatin1String("CONNECT") || cmd == QLatin1String("STOMP"))
        detail = QStringLiteral("host=%1 accept-version=%2")
                     .arg(header("host"), header("accept-version"));
    else if (cmd == QLatin1String("CONNECTED"))
        detail =
            QStringLiteral("version=%1 heart-beat=%2").arg(header("version"), header("heart-beat"));
    else if (cmd == QLatin1String("ERROR"))
        detail = header("message");
    else if (!p.channel.isEmpty())
        detail = p.channel;
    else if (!header("id").isEmpty())
        detail = QStringLiteral("id=%1").arg(header("id"));
    p.summary = cmd;
    if (!detail.isEmpty())
        p.summary += u' ' + detail;
    if (!p.id.isEmpty())
        p.summary += QStringLiteral(" #") + p.id;
    if (!p.payload.isEmpty()) {
        p.payloadClip = clipSimplified(p.payload, 120);
        p.summary += u' ' + p.payloadClip;
    }
    return p;
}

int StompLayer::keepAliveMs(const LayerPacket &packet) const
{
    // CONNECTED's heart-beat "sx,sy": the server wants to hear from us every sy ms (0: never).
    if (packet.type != QLatin1String("connected"))
        return 0;
    const QString hb = packet.value.toMap()
                           .value(QStringLiteral("headers"))
                           .toMap()
                           .value(QStringLiteral("heart-beat"))
                           .toString();
    const QStringList parts = hb.split(u',');
    return parts.size() == 2 ? qBound(0, parts.at(1).trimmed().toInt(), 3600000) : 0;
}

int StompLayer::negotiatedKeepAliveMs(const LayerPacket &packet, const LayerPacket *offer) const
{
    const int sy = keepAliveMs(packet);
    if (sy == 0 || !offer)
        return sy; // a CONNECT not seen (a log opened midway): the server's word alone
    const QString hb = offer->value.toMap()
                           .value(QStringLiteral("headers"))
                           .toMap()
                           .value(QStringLiteral("heart-beat"))
                           .toString();
    // No header: "0,0", the client cannot send heart-beats.
    const QStringList parts = hb.split(u',');
    const int cx = parts.size() == 2 ? qBound(0, parts.at(0).trimmed().toInt(), 3600000) : 0;
    return cx == 0 ? 0 : std::max(cx, sy);
}

QByteArray StompLayer::frame(const QByteArray &command,
                             const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body)
{
    const bool escaped = command != "CONNECT" && command != "CONNECTED";
    QByteArray out = command + '\n';
    for (const auto &[name, value] : headers)
        out += (escaped ? escapeHeader(name) : name) + ':' + (escaped ? escapeHeader(value) : value)
               + '\n';
    out += '\n';
    out += body;
    out += '\0';
    return out;
}

QList<LayerAction> StompLayer::actions() const
{
    const LayerField receipt{QStringLiteral("receipt"), tr("Ask for a receipt"), LayerField::Flag,
                             QStringLiteral("false")};
    return {
        {QStringLiteral("connect"),
         tr("Connect"),
         {{QStringLiteral("host"), tr("Virtual host"), LayerField::Line, QStringLiteral("/")},
          {QStringLiteral("login"), tr("Login"), LayerField::Line, {}},
          {QStringLiteral("passcode"), tr("Passcode"), LayerField::Line, {}},
          {QStringLiteral("heart-beat"), tr("Heart-beat (send,receive ms)"), LayerField::Line,
           QStringLiteral("10000,10000")}}},
        {QStringLiteral("subscribe"),
         tr("Subscribe"),
         {{QStringLiteral("destination"), tr("Destination"), LayerField::Line,
           QStringLiteral("/topic/")},
          {QStringLiteral("ack"), tr("Ack mode (auto, client, client-individual)"),
           LayerField::Line, QStringLiteral("auto")},
          receipt}},
        {QStringLiteral("send"),
         tr("Send"),
         {{QStringLiteral("destination"), tr("Destination"), LayerField::Line,
           QStringLiteral("/queue/")},
          {QStringLiteral("content-type"), tr("Content type"), LayerField::Line,
           QStringLiteral("text/plain")},
          {QStringLiteral("body"), tr("Body"), LayerField::Text, {}},
          receipt}},
        {QStringLiteral("unsubscribe"),
         tr("Unsubscribe"),
         {{QStringLiteral("id"), tr("Subscription id"), LayerField::Line, {}}}},
        {QStringLiteral("disconnect"), tr("Disconnect"), {receipt}},
    };
}

bool StompLayer::encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                        QList<LayerFrame> *out, QString *error) const
{
    QByteArray bytes;
    if (!encodeFrame(action, values, nextId, &bytes, error))
        return false;
    out->append({m_sockJs ? SockJsFraming::wrap({bytes}) : bytes, false});
    return true;
}

bool StompLayer::encodeFrame(const QString &action, const QVariantMap &values, qint64 *nextId,
                             QByteArray *out, QString *error) const
{
    const auto value = [&](const char *key) {
        return values.value(QLatin1String(key)).toString().toUtf8();
    };
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray command;
    QByteArray body;
    if (action == QLatin1String("connect")) {
        command = "CONNECT";
        headers = {{"accept-version", "1.2"},
                   {"host", value("host").isEmpty() ? "/" : value("host")}};
        if (!value("login").isEmpty())
            headers.append({"login", value("login")});
        if (!value("passcode").isEmpty())
            headers.append({"passcode", value("passcode")});
        if (!value("heart-beat").isEmpty())
            headers.append({"heart-beat", value("heart-beat")});
    } else if (action == QLatin1String("subscribe") || action == QLatin1String("send")) {
        if (value("destination").isEmpty()) {
            *error = tr("destination: where to?");
            return false;
        }
        command = action == QLatin1String("send") ? "SEND" : "SUBSCRIBE";
        headers = {{"destination", value("destination")}};
        if (command == "SUBSCRIBE") {
            headers.append({"id", "sub-" + QByteArray::number((*nextId)++)});
            headers.append({"ack", value("ack").isEmpty() ? "auto" : value("ack")});
        } else {
            body = value("body");
            if (!value("content-type").isEmpty())
                headers.append({"content-type", value("content-type")});
            headers.append({"content-length", QByteArray::number(body.size())});
        }
    } else if (action == QLatin1String("unsubscribe")) {
        if (value("id").isEmpty()) {
            *error = tr("id: which subscription?");
            return false;
        }
        command = "UNSUBSCRIBE";
        headers = {{"id", value("id")}};
    } else if (action == QLatin1String("disconnect")) {
        command = "DISCONNECT";
    } else {
        *error = tr("STOMP has no action \"%1\"").arg(action);
        return false;
    }
    if (value("receipt") == "true")
        headers.append({"receipt", "receipt-" + QByteArray::number((*nextId)++)});
    *out = frame(command, headers, body);
    return true;
}
