#pragma once

#include "protocols/protocollayer.h"

/// STOMP 1.2 over WebSocket (subprotocols v12.stomp, v11.stomp, v10.stomp): frames of a
/// command line, header lines, a blank line and a body ended by NUL (content-length bytes
/// when given); an end of line alone is a heart-beat. A message may hold several frames.
/// Over SockJS (name "stomp-sockjs", as Spring's endpoints are reached) the frames travel
/// inside SockJS's WebSocket framing (SockJsFraming) both ways: decode() reads the SockJS
/// frame and then the STOMP frames in it, and what the composer sends is wrapped.
class StompLayer : public ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(StompLayer)
public:
    explicit StompLayer(bool sockJs = false)
        : m_sockJs(sockJs)
    {
    }

    bool isSockJs() const { return m_sockJs; }
    QString name() const override
    {
        return m_sockJs ? QStringLiteral("stomp-sockjs") : QStringLiteral("stomp");
    }
    QString title() const override
    {
        return m_sockJs ? tr("STOMP 1.2 over SockJS") : tr("STOMP 1.2");
    }
    QStringList subprotocols() const override;
    QStringList packetTypes() const override;
    QStringList heartbeatTypes() const override;
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
    int keepAliveMs(const LayerPacket &packet) const override;
    QList<LayerFrame> keepAlive() const override;
    QStringList keepAliveOfferTypes() const override
    {
        return {QStringLiteral("connect"), QStringLiteral("stomp")};
    }
    /// STOMP 1.2 "Heart-beating": the client sends every max(cx, sy) ms, never when either
    /// is 0 (cx from its CONNECT, sy from CONNECTED).
    int negotiatedKeepAliveMs(const LayerPacket &packet, const LayerPacket *offer) const override;

    /// One frame as bytes; headers escaped as STOMP 1.2 says (not in CONNECT/CONNECTED).
    static QByteArray frame(const QByteArray &command,
                            const QList<std::pair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body = {});

private:
    /// The STOMP frames of one message (not SockJS-framed).
    QList<LayerPacket> decodeFrames(QByteArrayView payload, LayerReading reading) const;
    QList<LayerPacket> decodeSockJs(QByteArrayView payload, Direction direction,
                                    LayerReading reading) const;
    bool encodeFrame(const QString &action, const QVariantMap &values, qint64 *nextId,
                     QByteArray *out, QString *error) const;
    /// Reads the frame starting at *pos; moves *pos past it and its trailing ends of line.
    LayerPacket readFrame(QByteArrayView data, qsizetype *pos, LayerReading reading) const;

    bool m_sockJs = false;
};
