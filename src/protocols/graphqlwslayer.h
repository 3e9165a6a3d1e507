#pragma once

#include "protocols/protocollayer.h"

/// GraphQL over WebSocket, in its two dialects: `graphql-transport-ws` (the graphql-ws
/// library: connection_init/ack, subscribe, next, error, complete, ping/pong) and the legacy
/// `graphql-ws` of subscriptions-transport-ws (start, data, stop, ka…). Each message is one
/// JSON object with a "type"; operations are paired by "id".
class GraphQlWsLayer : public ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlWsLayer)
public:
    explicit GraphQlWsLayer(bool legacy);

    bool legacy() const { return m_legacy; }
    QString name() const override;
    QString title() const override;
    QStringList subprotocols() const override { return {name()}; }
    QStringList packetTypes() const override;
    QStringList heartbeatTypes() const override
    {
        return {QStringLiteral("ping"), QStringLiteral("pong"), QStringLiteral("ka")};
    }
    QList<LayerPacket> decode(QByteArrayView payload, bool binary,
                              Direction direction) const override;
    int firstTypeHint(QByteArrayView payload, bool binary, Direction direction) const override;
    QList<LayerAction> actions() const override;
    bool encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                QList<LayerFrame> *out, QString *error) const override;
    QList<LayerFrame> autoReply(const LayerPacket &packet) const override;

private:
    bool m_legacy;
};
