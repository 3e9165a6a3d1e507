#pragma once

#include <atomic>

#include "protocols/protocollayer.h"

class MqttReader;

/// MQTT 3.1.1 and 5.0 over WebSocket (subprotocol "mqtt"): binary messages holding one or
/// more control packets. Which version the packets after CONNECT follow (5 adds properties
/// and reason codes) is learnt from the CONNECT seen; until then 3.1.1 is assumed. A PUBLISH
/// packet's payload goes on to the tab's decoder pipeline.
class MqttLayer : public ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(MqttLayer)
public:
    /// level: 4 (3.1.1) or 5; learnt again from every CONNECT.
    explicit MqttLayer(int level = 4);

    int level() const { return m_level.load(); }
    QString name() const override { return QStringLiteral("mqtt"); }
    QString title() const override;
    QStringList subprotocols() const override { return {QStringLiteral("mqtt")}; }
    QStringList packetTypes() const override;
    QStringList heartbeatTypes() const override
    {
        return {QStringLiteral("pingreq"), QStringLiteral("pingresp")};
    }
    QList<LayerPacket> decode(QByteArrayView payload, bool binary,
                              Direction direction) const override;
    QList<LayerPacket> read(QByteArrayView payload, bool binary, Direction direction,
                            LayerReading reading) const override;
    bool hasSummaryReading() const override { return true; }
    bool glance(QByteArrayView payload, bool binary, Direction direction,
                const DecodePipeline &pipeline, LayerGlance *out) const override;
    int firstTypeHint(QByteArrayView payload, bool binary, Direction direction) const override;
    QList<LayerAction> actions() const override;
    bool encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                QList<LayerFrame> *out, QString *error) const override;
    bool isStreamed() const override { return true; }
    qsizetype streamedPacketLength(QByteArrayView data) const override;
    QList<LayerFrame> autoReply(const LayerPacket &packet) const override;
    int keepAliveMs(const LayerPacket &packet) const override;
    QList<LayerFrame> keepAlive() const override;

private:
    LayerPacket readPacket(QByteArrayView data, qsizetype *pos, LayerReading reading) const;
    /// v: nullptr when the reading makes no value.
    void readBody(int type, int flags, MqttReader &r, LayerPacket *p, QCborMap *v,
                  LayerReading reading) const;

    /// The version the last CONNECT asked for; decode() is const for the log's threads,
    /// this is what the conversation has taught it.
    mutable std::atomic<int> m_level;
};
