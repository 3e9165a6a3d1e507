#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include "protocol/wiretypes.h"

class DecodePipeline;

/// One packet of an application protocol carried in a WebSocket message (a Socket.IO event,
/// a STOMP frame, an MQTT PUBLISH…). A message can hold several (SignalR records, MQTT
/// packets); a malformed one is a packet with an error saying what and where.
struct LayerPacket
{
    QString type;     ///< stable, lower-case, never translated: "event", "ack", "ping", "next"…
    QString name;     ///< the event, command, target, topic or operation, if any
    QString summary;  ///< one line for the log's preview column
    QCborValue value; ///< the packet as JSON: every field the protocol gives
    QString id;       ///< correlation id pairing a request and its reply ("" none)
    QString channel;  ///< namespace, subscription or destination, if any
    bool heartbeat = false; ///< keep-alive traffic that a filter may hide
    bool request = false;   ///< starts a pairing by id (an emit with ack, a subscribe…)
    int attachments = 0;    ///< binary messages that follow and belong to this packet
    QByteArray payload;     ///< an application payload to decode further (MQTT PUBLISH)
    QString payloadClip;    ///< the payload as summary shows it, which a decoded form replaces
    QString error;          ///< non-empty: malformed, with the byte where it went wrong

    bool ok() const { return error.isEmpty(); }
    /// The packet as one JSON object (compact): what the console prints.
    QCborMap toCbor() const;
};

/// How much of a message a layer's reading makes. The log's table paints previews and its
/// filter hides packet types over a million rows; only the detail pane needs every field.
enum class LayerReading {
    /// Everything: what decode() gives.
    Full,
    /// What the table shows and what its rows are paired by: the packets' type, name,
    /// summary, id, channel, request, heartbeat, attachments, payload, payloadClip and error
    /// as Full gives them, no value.
    Summary,
    /// What the type filter and the pairing need: the packets' type, whether each is
    /// malformed (error non-empty), id, request, heartbeat and attachments, as Full gives
    /// them; no value, and the other texts may be left empty.
    Types,
};

/// What the log's table shows of a message, written by ProtocolLayer::glance() straight from
/// its bytes: no LayerPacket, no QString per field, no value.
struct LayerGlance
{
    /// The packets' summaries (payloads decoded for the summary) in UTF-8, joined by " | ",
    /// byte for byte the preview the table writes from read(Summary).
    QByteArray preview;
    quint64 types = 0; ///< bit i: a packet of packetTypes()[i]
    int first = -1;    ///< the first packet's type (its position in packetTypes())
    int packets = 0;
    /// Room the glance may scan into (SockJS's unescaped strings), kept from row to row as
    /// the preview's is: no part of what it writes.
    QByteArray room;

    /// Begins one more packet of type (a position in packetTypes()); false for a fourth,
    /// which the table words as "(+n more)" (read through packets).
    bool add(int type);
};

/// A message a layer wants sent: text or binary.
struct LayerFrame
{
    QByteArray bytes;
    bool binary = false;
};

/// One input of a composer action, described so that a form can be built for it.
struct LayerField
{
    enum Kind { Line, Json, Text, Flag, Number };
    QString key;   ///< the key in the values map, also used by the console's --action
    QString label; ///< translated
    Kind kind = Line;
    QString initial; ///< the value the form starts with ("true"/"false" for a flag)
};

/// Something the composer can do at the layer's level: emit an event, subscribe, publish.
struct LayerAction
{
    QString name;  ///< stable identifier ("emit", "subscribe")
    QString title; ///< translated
    QList<LayerField> fields;
};

/// An application protocol on top of WebSocket messages: how to recognise it, read its
/// packets and write them. Instances are made per connection by ProtocolRegistry (a layer
/// may depend on the URL, as Socket.IO's EIO version does) and are immutable, so the log
/// decodes rows with it from any thread; what depends on the conversation so far (binary
/// attachments, ids handed out, heartbeats) lives in LayerSession.
class ProtocolLayer
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolLayer)
public:
    virtual ~ProtocolLayer();

    /// packet's payload (an MQTT PUBLISH's, a STOMP body) through a decoder pipeline, as the
    /// log shows it: the decoded value joins the packet's value ("decoded", "decodedAs"; or
    /// "decodeError") and takes the raw payload's place in the summary; value's "payload"
    /// and packet->payload stay the raw bytes. A pipeline that changed nothing (text read
    /// as text) leaves the packet alone. With an empty pipeline, "auto" decodes payloads that
    /// are binary or JSON text, and other text stays text (a word is no hex or base64).
    static void decodePayload(LayerPacket *packet, const DecodePipeline &pipeline,
                              Direction direction);
    /// decodePayload() for the summary alone (LayerReading::Summary): packet's summary and
    /// payloadClip are the same, its value is not touched.
    static void decodePayloadSummary(LayerPacket *packet, const DecodePipeline &pipeline,
                                     Direction direction);
    /// For glance(): what decodePayloadSummary() makes of a packet's summary ending in
    /// clipSimplified(payload) (payload not empty), appended to *out in UTF-8; false when it
    /// takes the payload's whole decoding (the packet is read through packets).
    static bool glancePayload(QByteArrayView payload, const DecodePipeline &pipeline,
                              QByteArray *out);
    /// text as the UTF-8 of the QString a reading would make of it, appended to *out.
    static void appendHeld(QByteArrayView utf8, QByteArray *out);

    /// Stable identifier: "socketio", "graphql-transport-ws", "graphql-ws", "stomp",
    /// "signalr", "mqtt".
    virtual QString name() const = 0;
    /// What the user reads: "Socket.IO (EIO 4)".
    virtual QString title() const = 0;
    /// The WebSocket subprotocols this layer is spoken under, to offer when connecting.
    virtual QStringList subprotocols() const { return {}; }
    /// Every packet type decode() can give, for the filter; each once (firstTypeHint() names
    /// a type by its position here).
    virtual QStringList packetTypes() const = 0;
    /// The packet types that are keep-alive traffic, which "hide heartbeats" leaves out.
    virtual QStringList heartbeatTypes() const = 0;

    /// The packets of one message (at least one: a packet with an error when malformed).
    virtual QList<LayerPacket> decode(QByteArrayView payload, bool binary,
                                      Direction direction) const = 0;
    /// The packets of one message as far as reading asks (LayerReading): a layer that can
    /// read less than the whole packet says so here; by default, decode(). Whatever the
    /// reading, the packets are those decode() gives, field for field as the reading names
    /// (tst_layerreadings compares them over varied and malformed messages).
    virtual QList<LayerPacket> read(QByteArrayView payload, bool binary, Direction direction,
                                    LayerReading reading) const;
    /// The type of the first packet decode() gives for a message, when that packet is well
    /// formed, told from its bytes without reading the message (no value, no allocation), as
    /// its position in packetTypes(); NoHint when it cannot be told that cheaply. The type
    /// filter shows a row at once when that type is not hidden, as it shows a row whose first
    /// packet is malformed; a number, not a name, so that the filter's first pass over a
    /// million rows builds no string. A streamed layer is asked with one whole packet's bytes.
    virtual int firstTypeHint(QByteArrayView payload, bool binary, Direction direction) const;
    static constexpr int NoHint = -1;
    /// firstTypeHint(): the first packet is malformed, as the first bytes already show (a
    /// SockJS frame no JSON starts as), which the filter shows unread.
    static constexpr int MalformedHint = -2;
    /// Whether read() makes less for LayerReading::Summary than decode() (no value), so that
    /// the log paints rows from that reading and reads whole only the rows it pairs.
    virtual bool hasSummaryReading() const { return false; }
    /// The table's preview of a message and its packets' types written straight from its
    /// bytes, payloads decoded for the summary with pipeline as decodePayloadSummary() does,
    /// appended to *out (a streamed layer is given one whole packet at a time). Only for a
    /// message of at most three well-formed packets that the rows around it annotate in no
    /// way (no id, no attachment) and whose summaries this reading writes the same as
    /// read(Summary): false for any other (by default, every one), which is then read
    /// through packets. A million rows are painted from this (tst_layerglance compares it
    /// with the packets' reading over varied, malformed and mutated messages).
    virtual bool glance(QByteArrayView payload, bool binary, Direction direction,
                        const DecodePipeline &pipeline, LayerGlance *out) const;

    virtual QList<LayerAction> actions() const = 0;
    /// The messages that carry action with values (keys of its fields; strings). nextId is
    /// the session's counter for ids that pair a request with its reply; the layer takes
    /// from it as needed. False with *error naming the field.
    virtual bool encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                        QList<LayerFrame> *out, QString *error) const = 0;

    /// Whether the protocol's packets may span WebSocket messages (MQTT: "the receiver MUST
    /// NOT assume that MQTT Control Packets are aligned on WebSocket frame boundaries"), so
    /// that messages are read as a byte stream with streamedPacketLength(); false (the
    /// default): each message is read by itself.
    virtual bool isStreamed() const { return false; }
    /// For a streamed layer (isStreamed()): the length of the first whole packet in data, 0
    /// while it is incomplete, -1 when data cannot start a packet (the default, never asked
    /// of a layer that is not streamed).
    virtual qsizetype streamedPacketLength(QByteArrayView data) const;

    /// What a client answers to packet at once, as its library would (a heartbeat pong,
    /// the default namespace's CONNECT): nothing by default.
    virtual QList<LayerFrame> autoReply(const LayerPacket &packet) const;
    /// The interval at which a client must send keepAlive() once packet was seen (an
    /// Engine.IO 3 open, a STOMP CONNECTED with heart-beats, an MQTT CONNECT); 0: none.
    virtual int keepAliveMs(const LayerPacket &packet) const;
    virtual QList<LayerFrame> keepAlive() const { return {}; }
    /// Packet types the client sends with keep-alive terms of its own (STOMP's CONNECT
    /// heart-beat "cx,cy"), which the server's answer is weighed against; none by default.
    virtual QStringList keepAliveOfferTypes() const { return {}; }
    /// keepAliveMs() given the client's last offer (null: none seen): by default the
    /// server's word alone.
    virtual int negotiatedKeepAliveMs(const LayerPacket &packet, const LayerPacket *offer) const
    {
        Q_UNUSED(offer);
        return keepAliveMs(packet);
    }
    /// The packet type the server sends when the client may start (Socket.IO's CONNECT
    /// answer); "" when the client speaks first.
    virtual QString readyType() const { return {}; }

protected:
    /// What a hint needs of a JSON object's "type" member, read without building the object.
    struct TypeMember
    {
        enum Kind { None, String, Integer, Other };
        Kind kind = None;   ///< None: the object has no "type" member
        int name = -1;      ///< String: its position among scanTypeMember's names, or -1
        qint64 integer = 0; ///< Integer: a JSON integer (no fraction, no exponent)
        bool named = false; ///< the object has a member named as scanTypeMember's also
    };
    /// The "type" member of the JSON object text is, as readJson() reads it (a repeated key
    /// keeps its last value, escapes count); names: the strings it is compared with; also: a
    /// member name to look for too (or null). False when text is not one JSON object that the
    /// scanner reads whole.
    static bool scanTypeMember(QByteArrayView text, const QByteArrayView *names, int count,
                               const char *also, TypeMember *out);
    /// A JSON text to a value with its error positioned ("at byte N" of the message,
    /// counting from offset).
    static bool readJson(QByteArrayView text, qsizetype offset, QCborValue *out, QString *error);
    static QString compactJson(const QCborValue &value);
    /// Text shortened for a one-line summary.
    static QString clip(const QString &text, int max = 160);
    /// clip(QString::fromUtf8(utf8).simplified(), max), without converting more of a long
    /// text than the clip shows.
    static QString clipSimplified(QByteArrayView utf8, int max);
};
