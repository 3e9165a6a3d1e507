#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "protocol/wiretypes.h"

/// Check: a script's assertion, which only the log holds (log/checkrecord.h); a connection
/// never emits one.
enum class EventKind : quint8 {
    Open,
    Text,
    Binary,
    Ping,
    Pong,
    Error,
    Close,
    Handshake,
    Frame,
    Check
};

/// One thing that happened on a connection, as the browser API would report it. The same
/// record feeds the log model, the console printer and (later) session files.
struct Event
{
    qint64 timeMs = 0; ///< wall clock, ms since the epoch (UTC)
    EventKind kind = EventKind::Error;
    Direction direction = Direction::None;
    /// Text (UTF-8), binary data, ping/pong payload, error message (UTF-8) or close reason.
    QByteArray payload;
    int code = 0;          ///< Close: the close code (1005 none given, 1006 dropped)
    bool wasClean = false; ///< Close: the closing handshake completed
    qint64 rttMs = -1;     ///< Pong: round-trip time of the matching ping
    qint64 wireSize = -1;  ///< Message: compressed size on the wire (permessage-deflate), else -1
    QString protocol;      ///< Open: negotiated subprotocol
    QString extensions;    ///< Open: negotiated extensions
    /// Open: certificate errors that were ignored on the way (the request said to ignore
    /// them), one entry each; empty when none were or the connection is not wss.
    QStringList tlsErrorsIgnored;
    std::shared_ptr<const HandshakeRecord> handshake; ///< Handshake: request and response
    FrameInfo frame;                                  ///< Frame: what crossed the wire

    bool isMessage() const { return kind == EventKind::Text || kind == EventKind::Binary; }

    static Event open(qint64 t, const QString &protocol, const QString &extensions,
                      const QStringList &tlsErrorsIgnored = {});
    static Event message(qint64 t, Direction d, bool isText, const QByteArray &payload);
    /// A ping or pong frame.
    static Event control(qint64 t, EventKind kind, Direction d, const QByteArray &payload,
                         qint64 rttMs = -1);
    static Event error(qint64 t, const QString &message);
    static Event close(qint64 t, int code, const QString &reason, bool wasClean);
    static Event handshakeRecord(qint64 t, const HandshakeRecord &record);
    static Event frameRecord(qint64 t, const FrameInfo &frame);
};
Q_DECLARE_METATYPE(Event)

/// Human names for protocol values; translated where they reach the screen.
class EventNames
{
    Q_DECLARE_TR_FUNCTIONS(EventNames)
public:
    /// Stable lower-case identifier ("open", "text", ...), used in JSON and never translated.
    static QString kindId(EventKind kind);
    /// Translated label for the log's Kind column.
    static QString kindLabel(EventKind kind);
    static QString directionId(Direction d);
    /// Meaning of a close code from RFC 6455 §7.4 and the IANA registry; empty if unassigned.
    static QString closeCodeMeaning(int code);
    /// "text", "continuation", "ping", … or "reserved-0x3".
    static QString opcodeName(quint8 opcode);
    /// One line for a frame: opcode, FIN, RSV bits, mask, length, compression.
    static QString describeFrame(const FrameInfo &frame);
    /// The request and response as text, as a proxy log would show them.
    static QString handshakeText(const HandshakeRecord &record, bool request);
};
