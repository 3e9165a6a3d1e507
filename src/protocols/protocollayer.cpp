#include "protocols/protocollayer.h"

#include "decode/cborjson.h"
#include "decode/decodepipeline.h"
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

QString ProtocolLayer::firstTypeHint(QByteArrayView, bool, Direction) const
{
    return {};
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
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
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
            return start.left(max - 1) + QChar(0x2026);
    }
    return clip(QString::fromUtf8(utf8).simplified(), max);
}
