#pragma once

#include <memory>
#include <optional>

#include <QHash>

#include "protocols/protocollayer.h"

/// One connection's conversation at a protocol layer: what a single message cannot tell.
/// It puts a Socket.IO packet together with the binary attachments that follow it, pairs
/// replies with their requests by id (the reply's packet says to what and after how long),
/// hands out ids for the composer's requests, and says what to answer and when to send a
/// keep-alive. It sends nothing itself: ConnectionWorkbench and wsprobe-cli do.
class LayerSession
{
    Q_DECLARE_TR_FUNCTIONS(LayerSession)
public:
    explicit LayerSession(std::shared_ptr<const ProtocolLayer> layer);

    const ProtocolLayer &layer() const { return *m_layer; }
    std::shared_ptr<const ProtocolLayer> sharedLayer() const { return m_layer; }

    /// A message that crossed the connection. Gives the packets it completes (none while a
    /// packet waits for its attachments) and adds to *replies what to answer at once.
    QList<LayerPacket> message(QByteArrayView payload, bool binary, Direction direction,
                               qint64 timeMs, QList<LayerFrame> *replies);
    /// The composer's action as messages (ids from this session's counter).
    bool encode(const QString &action, const QVariantMap &values, QList<LayerFrame> *out,
                QString *error);

    /// How often keepAlive() is due (0: never), as the packets seen so far ask.
    int keepAliveMs() const { return m_keepAliveMs; }
    QList<LayerFrame> keepAlive() const { return m_layer->keepAlive(); }

    /// A reply paired with its request: the request's name and the time between them in its
    /// value and summary. Shared with the log's reading of rows (LayerCache).
    static void markReply(LayerPacket *reply, const QString &requestName, qint64 afterMs);
    /// A packet put back together with its binary attachments (placeholders filled).
    static void fillAttachments(LayerPacket *packet, const QList<QByteArray> &data);

    /// Requests remembered for pairing at most; the oldest are forgotten.
    static constexpr int MaxPending = 4096;
    /// Keep-alives are never sent more often than this, whatever the peer asks.
    static constexpr int MinKeepAliveMs = 100;
    /// The most bytes kept for a packet that spans messages.
    static constexpr qsizetype MaxStreamBytes = 16 * 1024 * 1024;

private:
    void correlate(LayerPacket *packet, Direction direction, qint64 timeMs);

    struct Pending
    {
        QString name;
        qint64 timeMs = 0;
        quint64 order = 0;
    };
    std::shared_ptr<const ProtocolLayer> m_layer;
    qint64 m_nextId = 1;
    int m_keepAliveMs = 0;
    /// The client's last packet with keep-alive terms (ProtocolLayer::keepAliveOfferTypes).
    std::optional<LayerPacket> m_offer;
    QHash<QString, Pending> m_pending; ///< "in|out channel id" → the request
    quint64 m_order = 0;
    /// A packet waiting for its binary attachments, per direction.
    struct Assembly
    {
        LayerPacket packet;
        QList<QByteArray> data;
    };
    QHash<int, Assembly> m_assembling;
    /// Bytes of a packet that spans messages (MQTT), per direction.
    QHash<int, QByteArray> m_streams;
    /// The packets of a streamed layer that the bytes so far complete.
    QList<LayerPacket> readStream(QByteArrayView payload, bool binary, Direction direction);
};
