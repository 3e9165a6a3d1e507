#include "protocols/protocollayer.h"

#include "decode/decodepipeline.h"

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

QList<LayerFrame> ProtocolLayer::autoReply(const LayerPacket &) const
{
    return {};
}

qsizetype ProtocolLayer::streamedPacketLength(QByteArrayView) const
{
    return -2;
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
