#pragma once

#include "protocols/protocollayer.h"

/// ASP.NET Core SignalR's JSON hub protocol: JSON records each ended by the record
/// separator 0x1E, a handshake first ({"protocol":"json","version":1} and the server's {} or
/// {"error": …}), then invocations, stream items, completions paired by invocationId,
/// pings and close. The MessagePack hub protocol (binary messages) is not decoded.
class SignalRLayer : public ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(SignalRLayer)
public:
    static constexpr char RecordSeparator = '\x1e';

    QString name() const override { return QStringLiteral("signalr"); }
    QString title() const override { return tr("SignalR (JSON hub protocol)"); }
    QStringList packetTypes() const override;
    QStringList heartbeatTypes() const override { return {QStringLiteral("ping")}; }
    QList<LayerPacket> decode(QByteArrayView payload, bool binary,
                              Direction direction) const override;
    int firstTypeHint(QByteArrayView payload, bool binary, Direction direction) const override;
    QList<LayerAction> actions() const override;
    bool encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                QList<LayerFrame> *out, QString *error) const override;
    int keepAliveMs(const LayerPacket &packet) const override;
    QList<LayerFrame> keepAlive() const override;

private:
    LayerPacket readRecord(QByteArrayView record, qsizetype offset) const;
};
