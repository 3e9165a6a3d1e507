#include "connection/event.h"

#include <QtEndian>

#include "connection/eventsink.h"
#include "protocol/frame/framecodec.h"

EventSink::~EventSink() = default;

Event Event::open(qint64 t, const QString &protocol, const QString &extensions,
                  const QStringList &tlsErrorsIgnored)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::Open;
    e.protocol = protocol;
    e.extensions = extensions;
    e.tlsErrorsIgnored = tlsErrorsIgnored;
    return e;
}

Event Event::message(qint64 t, Direction d, bool isText, const QByteArray &payload)
{
    Event e;
    e.timeMs = t;
    e.kind = isText ? EventKind::Text : EventKind::Binary;
    e.direction = d;
    e.payload = payload;
    return e;
}

Event Event::control(qint64 t, EventKind kind, Direction d, const QByteArray &payload, qint64 rttMs)
{
    Event e;
    e.timeMs = t;
    e.kind = kind;
    e.direction = d;
    e.payload = payload;
    e.rttMs = rttMs;
    return e;
}

Event Event::handshakeRecord(qint64 t, const HandshakeRecord &record)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::Handshake;
    e.code = record.status;
    e.handshake = std::make_shared<const HandshakeRecord>(record);
    return e;
}

Event Event::frameRecord(qint64 t, const FrameInfo &frame)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::Frame;
    e.direction = frame.direction;
    e.frame = frame;
    return e;
}

Event Event::error(qint64 t, const QString &message)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::Error;
    e.payload = message.toUtf8();
    return e;
}

Event Event::close(qint64 t, int code, const QString &reason, bool wasClean)
{
    Event e;
    e.timeMs = t;
    e.kind = EventKind::Close;
    e.code = code;
    e.payload = reason.toUtf8();
    e.wasClean = wasClean;
    return e;
}

QString EventNames::kindId(EventKind kind)
{
    switch (kind) {
    case EventKind::Open:
        return QStringLiteral("open");
    case EventKind::Text:
        return QStringLiteral("text");
    case EventKind::Binary:
        return QStringLiteral("binary");
    case EventKind::Ping:
        return QStringLiteral("ping");
    case EventKind::Pong:
        return QStringLiteral("pong");
    case EventKind::Error:
        return QStringLiteral("error");
    case EventKind::Close:
        return QStringLiteral("close");
    case EventKind::Handshake:
        return QStringLiteral("handshake");
    case EventKind::Frame:
        return QStringLiteral("frame");
    case EventKind::Check:
        return QStringLiteral("check");
    }
    return {};
}

QString EventNames::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Open:
        return tr("Open");
    case EventKind::Text:
        return tr("Text");
    case EventKind::Binary:
        return tr("Binary");
    case EventKind::Ping:
        return tr("Ping");
    case EventKind::Pong:
        return tr("Pong");
    case EventKind::Error:
        return tr("Error");
    case EventKind::Close:
        return tr("Close");
    case EventKind::Handshake:
        return tr("Handshake");
    case EventKind::Frame:
        return tr("Frame");
    case EventKind::Check:
        return tr("Check");
    }
    return {};
}

QString EventNames::directionId(Direction d)
{
    switch (d) {
    case Direction::In:
        return QStringLiteral("in");
    case Direction::Out:
        return QStringLiteral("out");
    case Direction::None:
        break;
    }
    return {};
}

QString EventNames::closeCodeMeaning(int code)
{
    switch (code) {
    case 1000:
        return tr("Normal closure");
    case 1001:
        return tr("Going away");
    case 1002:
        return tr("Protocol error");
    case 1003:
        return tr("Unsupported data");
    case 1005:
        return tr("No status received");
    case 1006:
        return tr("Abnormal closure (connection dropped)");
    case 1007:
        return tr("Invalid payload data");
    case 1008:
        return tr("Policy violation");
    case 1009:
        return tr("Message too big");
    case 1010:
        return tr("Mandatory extension missing");
    case 1011:
        return tr("Internal server error");
    case 1012:
        return tr("Service restart");
    case 1013:
        return tr("Try again later");
    case 1014:
        return tr("Bad gateway");
    case 1015:
        return tr("TLS handshake failure");
    // Registered with IANA for libraries and frameworks.
    case 3000:
        return tr("Unauthorized");
    case 3003:
        return tr("Forbidden");
    case 3008:
        return tr("Timeout");
    default:
        break;
    }
    if (code >= 3000 && code <= 3999)
        return tr("Registered for libraries and frameworks");
    if (code >= 4000 && code <= 4999)
        return tr("Application-defined");
    return {};
}

QString EventNames::opcodeName(quint8 opcode)
{
    return FrameCodec::opcodeName(opcode);
}

QString EventNames::describeFrame(const FrameInfo &f)
{
    // Protocol vocabulary (FIN, RSV, MASK): the same in every language, as Wireshark shows it.
    QString text = QStringLiteral("%1 FIN=%2 RSV=%3%4%5 MASK=%6")
                       .arg(opcodeName(f.opcode))
                       .arg(f.fin ? 1 : 0)
                       .arg((f.rsv >> 2) & 1)
                       .arg((f.rsv >> 1) & 1)
                       .arg(f.rsv & 1)
                       .arg(f.masked ? 1 : 0);
    if (f.masked)
        text += QStringLiteral(" key=%1").arg(f.maskKey, 8, 16, QLatin1Char('0'));
    text += QStringLiteral(" len=%1").arg(f.payloadLength);
    if (f.lengthBits != 7)
        text += QStringLiteral(" (%1-bit)").arg(f.lengthBits);
    if (f.nonMinimalLength)
        text += QStringLiteral(" NON-MINIMAL");
    if (f.compressed)
        text += QStringLiteral(" deflated");
    if (f.opcode == 0x8 && f.head.size() >= 2 && !f.compressed)
        text += QStringLiteral(" code=%1").arg(qFromBigEndian<quint16>(f.head.constData()));
    if (!f.head.isEmpty()) {
        text += QStringLiteral(" · ") + QString::fromLatin1(f.head.toHex(' '));
        if (quint64(f.head.size()) < f.payloadLength)
            text += QStringLiteral(" …");
    }
    return text;
}

QString EventNames::handshakeText(const HandshakeRecord &r, bool request)
{
    QByteArray text = request ? r.requestLine : r.statusLine;
    text += "\r\n";
    for (const HeaderField &h : request ? r.requestHeaders : r.responseHeaders)
        text += h.name + ": " + h.value + "\r\n";
    if (!request && !r.body.isEmpty())
        text += "\r\n" + r.body;
    QString shown = QString::fromUtf8(text);
    if (!request) {
        for (int i : r.foldedResponseHeaders) {
            if (i >= 0 && i < r.responseHeaders.size())
                shown += tr("\n(%1 was folded over several lines, which RFC 9112 §5.2 makes "
                            "obsolete; it is shown unfolded.)")
                             .arg(QString::fromLatin1(r.responseHeaders.at(i).name));
        }
        if (!r.rawBody.isEmpty())
            shown += tr("\n(The body was sent with a chunked transfer coding, removed here.)");
    }
    return shown;
}
