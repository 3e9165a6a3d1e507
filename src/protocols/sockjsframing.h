#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include "protocol/wiretypes.h"

/// SockJS's WebSocket transport framing (the SockJS protocol 0.3, spoken by sockjs-node and
/// Spring's STOMP endpoints): each WebSocket message from the server is a frame, "o" (open),
/// "h" (heartbeat), "a[...]" (an array of messages, each a JSON string), "m\"...\"" (one
/// message) or "c[code,\"reason\"]" (close); the client sends JSON arrays of strings
/// (sockjs-node also takes one JSON string). The messages inside are what the protocol on
/// top (STOMP) reads.
class SockJsFraming
{
    Q_DECLARE_TR_FUNCTIONS(SockJsFraming)
public:
    struct Frame
    {
        enum Kind { Open, Heartbeat, Messages, Close };
        Kind kind = Messages;
        QList<QByteArray> messages; ///< Messages: each string as UTF-8
        int code = 0;               ///< Close
        QString reason;             ///< Close
    };

    /// One WebSocket message as a frame: the server's forms for Direction::In, the client's
    /// for Direction::Out. False with *error saying what is wrong and at which byte.
    static bool read(QByteArrayView data, Direction direction, Frame *out, QString *error);
    /// What a client sends for messages: a JSON array of strings.
    static QByteArray wrap(const QList<QByteArray> &messages);
    /// Whether url has the shape of SockJS's WebSocket transport,
    /// ".../<server>/<session>/websocket" (server and session without dots).
    static bool isTransportUrl(const QUrl &url);

    /// More messages in one frame are not read.
    static constexpr int MaxMessages = 1000;

private:
    static bool readStrings(QByteArrayView json, qsizetype offset, bool single,
                            QList<QByteArray> *out, QString *error);
};
