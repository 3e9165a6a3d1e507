#pragma once

#include "protocols/protocollayer.h"

/// Socket.IO over Engine.IO's WebSocket transport (`/socket.io/?EIO=4&transport=websocket`).
/// EIO=4 is Socket.IO 3 and 4 (protocol 5); EIO=3 is Socket.IO 2 (protocol 4), read when
/// seen: its ERROR packet, its binary messages' type byte, and a client that pings.
/// Engine.IO packets (open, ping, pong…) are packets of their own; a MESSAGE holds one
/// Socket.IO packet: `<type>[<attachments>-][<namespace>,][<ack id>][JSON]`.
class SocketIoLayer : public ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(SocketIoLayer)
public:
    /// eio: 4 or 3.
    explicit SocketIoLayer(int eio = 4);
    /// The Engine.IO version a URL asks for (its EIO query item), 0 if none.
    static int eioOf(const QUrl &url);

    int eio() const { return m_eio; }
    QString name() const override { return QStringLiteral("socketio"); }
    QString title() const override;
    QStringList packetTypes() const override;
    QStringList heartbeatTypes() const override
    {
        return {QStringLiteral("ping"), QStringLiteral("pong"), QStringLiteral("noop")};
    }
    QList<LayerPacket> decode(QByteArrayView payload, bool binary,
                              Direction direction) const override;
    /// LayerReading::Types reads a Socket.IO packet's type, id and attachment count and checks
    /// its JSON without building it; any other reading is decode()'s.
    QList<LayerPacket> read(QByteArrayView payload, bool binary, Direction direction,
                            LayerReading reading) const override;
    int firstTypeHint(QByteArrayView payload, bool binary, Direction direction) const override;
    QList<LayerAction> actions() const override;
    bool encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                QList<LayerFrame> *out, QString *error) const override;
    QList<LayerFrame> autoReply(const LayerPacket &packet) const override;
    int keepAliveMs(const LayerPacket &packet) const override;
    QList<LayerFrame> keepAlive() const override;
    QString readyType() const override { return QStringLiteral("connect"); }

    /// Replaces the attachment placeholders in value with the bytes, in their order.
    static QCborValue fillPlaceholders(const QCborValue &value, const QList<QByteArray> &data);

private:
    /// typesOnly: what LayerReading::Types reads (no value, no summary).
    LayerPacket decodeSocketIo(QByteArrayView text, bool typesOnly = false) const;
    /// `/nsp,` unless the namespace is the default one.
    static QByteArray namespacePrefix(const QString &ns);

    int m_eio;
};
