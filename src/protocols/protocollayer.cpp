#include "protocols/protocollayer.h"

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

void ProtocolLayer::decodePayload(LayerPacket *packet, const DecodePipeline &pipeline,
                                  Direction direction)
{
    if (!packet->ok() || packet->payload.isEmpty())
        return;
    DecodedMessage decoded;
    if (pipeline.isEmpty()) {
        const QByteArrayView trimmed = QByteArrayView(packet->payload).trimmed();
        const bool json = !trimmed.isEmpty() && (trimmed[0] == '{' || trimmed[0] == '[');
        if (!json && Utf8Validator::isValidUtf8(packet->payload))
            return;
        static const DecodePipeline automatic = [] {
            DecodePipeline p;
            QString error;
            DecodePipeline::parse(QStringLiteral("auto"), &p, &error);
            return p;
        }();
        decoded = automatic.decodeValue(packet->payload, direction);
    } else {
        decoded = pipeline.decodeValue(packet->payload, direction);
    }
    if (decoded.ok && decoded.steps.isEmpty())
        return; // nothing was decoded: the bytes are the value
    QCborMap value = packet->value.isMap() ? packet->value.toMap() : QCborMap();
    packet->value = QCborValue(); // the map's only holder now: inserting copies nothing
    if (!decoded.ok) {
        value.insert(QStringLiteral("decodeError"), decoded.error);
        packet->value = value;
        return;
    }
    const QString steps = decoded.steps.join(u',');
    value.insert(QStringLiteral("decoded"), decoded.value);
    value.insert(QStringLiteral("decodedAs"), steps);
    packet->value = value;
    // JSON read as JSON says nothing new; other steps are named after the value.
    QString shown = clip(compactJson(decoded.value), 120);
    if (steps != QLatin1String("json"))
        shown += QStringLiteral(" [%1]").arg(steps);
    const qsizetype at =
        packet->payloadClip.isEmpty() ? -1 : packet->summary.lastIndexOf(packet->payloadClip);
    if (at >= 0)
        packet->summary.replace(at, packet->payloadClip.size(), shown);
    else
        packet->summary += u' ' + shown;
    packet->payloadClip = shown;
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
    return DecodePipeline::jsonText(value, false);
}

QString ProtocolLayer::clip(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
}
