#include "protocols/protocollayer.h"

#include <algorithm>

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
#include "json/jsonscanner.h"
#include "json/textclip.h"
#include "protocol/frame/utf8validator.h"

QCborMap LayerPacket::toCbor() const
{
    QCborMap m;
    m.insert(QStringLiteral("type"), type);
    if (!name.isEmpty())
        m.insert(QStringLiteral("name"), name);
    if (!id.isEmpty())
        m.insert(QStringLiteral("id"), id);
    if (!channel.isEmpty())
        m.insert(QStringLiteral("channel"), channel);
    if (heartbeat)
        m.insert(QStringLiteral("heartbeat"), true);
    if (attachments > 0)
        m.insert(QStringLiteral("attachments"), attachments);
    if (!error.isEmpty())
        m.insert(QStringLiteral("error"), error);
    if (!value.isUndefined())
        m.insert(QStringLiteral("packet"), value);
    return m;
}

bool LayerGlance::add(int type)
{
    if (packets == 3 || type < 0 || type >= 64)
        return false;
    if (packets > 0)
        preview += " | ";
    else
        first = type;
    types |= quint64(1) << type;
    ++packets;
    return true;
}

ProtocolLayer::~ProtocolLayer() = default;

namespace {

/// What the summary shows of a decoded payload: JSON read as JSON says nothing new; other
/// steps are named after the value.
QString shownDecoded(const QString &compact, const QStringList &steps)
{
    QString shown = compact;
    const QString names = steps.join(u',');
    if (names != QLatin1String("json"))
        shown += QStringLiteral(" [%1]").arg(names);
    return shown;
}

void replaceClip(LayerPacket *packet, const QString &shown)
{
    const qsizetype at =
        packet->payloadClip.isEmpty() ? -1 : packet->summary.lastIndexOf(packet->payloadClip);
    if (at >= 0)
        packet->summary.replace(at, packet->payloadClip.size(), shown);
    else
        packet->summary += u' ' + shown;
    packet->payloadClip = shown;
}

/// The payload's decoding as decodePayload() runs it; false: the packet stays as it is.
bool decodedForm(const LayerPacket &packet, const DecodePipeline &pipeline, Direction direction,
                 DecodedMessage *decoded)
{
    if (!packet.ok() || packet.payload.isEmpty())
        return false;
    if (pipeline.isEmpty()) {
        const QByteArrayView trimmed = QByteArrayView(packet.payload).trimmed();
        const bool json = !trimmed.isEmpty() && (trimmed[0] == '{' || trimmed[0] == '[');
        if (!json && Utf8Validator::isValidUtf8(packet.payload))
            return false;
        static const DecodePipeline automatic = [] {
            DecodePipeline p;
            QString error;
            DecodePipeline::parse(QStringLiteral("auto"), &p, &error);
            return p;
        }();
        *decoded = automatic.decodeValue(packet.payload, direction);
    } else {
        *decoded = pipeline.decodeValue(packet.payload, direction);
    }
    return !(decoded->ok && decoded->steps.isEmpty()); // else the bytes are the value
}

} // namespace

void ProtocolLayer::decodePayload(LayerPacket *packet, const DecodePipeline &pipeline,
                                  Direction direction)
{
    DecodedMessage decoded;
    if (!decodedForm(*packet, pipeline, direction, &decoded))
        return;
    QCborMap value = packet->value.isMap() ? packet->value.toMap() : QCborMap();
    packet->value = QCborValue(); // the map's only holder now: inserting copies nothing
    if (!decoded.ok) {
        value.insert(QStringLiteral("decodeError"), decoded.error);
        packet->value = value;
        return;
    }
    value.insert(QStringLiteral("decoded"), decoded.value);
    value.insert(QStringLiteral("decodedAs"), decoded.steps.join(u','));
    packet->value = value;
    replaceClip(packet, shownDecoded(clip(compactJson(decoded.value), 120), decoded.steps));
}

void ProtocolLayer::decodePayloadSummary(LayerPacket *packet, const DecodePipeline &pipeline,
                                         Direction direction)
{
    if (!packet->ok() || packet->payload.isEmpty())
        return;
    QString shown;
    if (pipeline.compactClip(packet->payload, 120, &shown)) {
        replaceClip(packet, shown);
        return;
    }
    DecodedMessage decoded;
    if (!decodedForm(*packet, pipeline, direction, &decoded) || !decoded.ok)
        return;
    replaceClip(packet, shownDecoded(clip(compactJson(decoded.value), 120), decoded.steps));
}

QList<LayerPacket> ProtocolLayer::read(QByteArrayView payload, bool binary, Direction direction,
                                       LayerReading) const
{
    return decode(payload, binary, direction);
}

bool ProtocolLayer::glance(QByteArrayView, bool, Direction, const DecodePipeline &,
                           LayerGlance *) const
{
    return false;
}

bool ProtocolLayer::glancePayload(QByteArrayView payload, const DecodePipeline &pipeline,
                                  QByteArray *out)
{
    // decodePayloadSummary() on a summary that ends in clipSimplified(payload): the clip gives
    // way to the decoded one (replaceClip()); an empty clip (a payload of spaces) is not found,
    // and the decoded one follows a space.
    const qsizetype start = out->size();
    if (pipeline.compactClipUtf8(payload, 120, out)) {
        const bool printable =
            std::any_of(payload.begin(), payload.end(), [](char c) { return c > ' ' && c < 0x7f; });
        if (!printable && clipSimplified(payload, 120).isEmpty())
            out->insert(start, ' ');
        return true;
    }
    // decodedForm(): text that is no JSON stays as its clip under auto; anything else is
    // decoded whole, which this reading does not do.
    if (!pipeline.isEmpty())
        return false;
    const QByteArrayView trimmed = payload.trimmed();
    if ((!trimmed.isEmpty() && (trimmed[0] == '{' || trimmed[0] == '['))
        || !Utf8Validator::isValidUtf8(payload))
        return false;
    *out += clipSimplified(payload, 120).toUtf8();
    return true;
}

void ProtocolLayer::appendHeld(QByteArrayView utf8, QByteArray *out)
{
    QByteArray scratch;
    *out += TextClip::asHeld(utf8, &scratch);
}

int ProtocolLayer::firstTypeHint(QByteArrayView, bool, Direction) const
{
    return NoHint;
}

bool ProtocolLayer::scanTypeMember(QByteArrayView text, const QByteArrayView *names, int count,
                                   const char *also, TypeMember *out)
{
    // readJson() is the same scanner building a value: what this walk accepts, it reads
    // (but for nesting deeper than it takes, which makes the packet malformed anyway).
    JsonScanner scanner(text);
    scanner.skipByteOrderMark();
    if (scanner.next() != JsonScanner::Token::ObjectStart)
        return false;
    *out = TypeMember();
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        if (token == JsonScanner::Token::ObjectEnd)
            return scanner.next() == JsonScanner::Token::End;
        if (token != JsonScanner::Token::Key)
            return false;
        if (also && scanner.stringIs(also))
            out->named = true;
        if (!scanner.stringIs("type")) {
            if (!scanner.skipValue())
                return false;
            continue;
        }
        // QCborMap::insert replaces a repeated key's value: the last one counts.
        switch (scanner.next()) {
        case JsonScanner::Token::String:
            out->kind = TypeMember::String;
            out->name = -1;
            for (int i = 0; i < count && out->name < 0; ++i)
                if (names[i] == scanner.stringView())
                    out->name = i;
            break;
        case JsonScanner::Token::Number:
            out->kind = scanner.integer(&out->integer) ? TypeMember::Integer : TypeMember::Other;
            break;
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart:
            out->kind = TypeMember::Other;
            if (!scanner.skipContainer())
                return false;
            break;
        case JsonScanner::Token::Error:
        case JsonScanner::Token::End:
        case JsonScanner::Token::Placeholder:
            return false;
        default:
            out->kind = TypeMember::Other;
        }
    }
}

QList<LayerFrame> ProtocolLayer::autoReply(const LayerPacket &) const
{
    return {};
}

qsizetype ProtocolLayer::streamedPacketLength(QByteArrayView) const
{
    return -1;
}

int ProtocolLayer::keepAliveMs(const LayerPacket &) const
{
    return 0;
}

bool ProtocolLayer::readJson(QByteArrayView text, qsizetype offset, QCborValue *out, QString *error)
{
    const DecodedMessage m = DecodePipeline::readJson(text);
    if (m.ok) {
        *out = m.value;
        return true;
    }
    *error = tr("JSON: %1 at byte %2").arg(m.error).arg(offset + qMax<qsizetype>(0, m.errorOffset));
    return false;
}

QString ProtocolLayer::compactJson(const QCborValue &value)
{
    return CborJson::text(value, false);
}

QString ProtocolLayer::clip(const QString &text, int max)
{
    return TextClip::clip(text, max);
}

QString ProtocolLayer::clipSimplified(QByteArrayView utf8, int max)
{
    // A prefix simplified is the whole simplified up to its last few characters (a character
    // cut in two, a run of spaces cut short): with that many more than max, the clip is the
    // same.
    const qsizetype prefix = 4 * qsizetype(max) + 64;
    if (utf8.size() > prefix) {
        const QString start = QString::fromUtf8(utf8.first(prefix)).simplified();
        if (start.size() >= max + 8)
            return TextClip::clip(start, max);
    }
    return clip(QString::fromUtf8(utf8).simplified(), max);
}
