#pragma once

#include <QMetaType>
#include <QStringList>

#include "protocol/connectionrequest.h"

enum class Direction : quint8 { None, In, Out };

/// Which end of the connection Wsprobe plays. RFC 6455 makes the two differ only in masking
/// (a client masks every frame, a server none) and in who closes TCP first; the words of a
/// violation name the other end.
enum class Endpoint : quint8 { Client, Server };

/// The opening handshake as far as an engine can see it. The Qt engine only knows what it
/// sent; a wire-level engine fills in the response line, headers (in order, duplicates kept)
/// and the body of a refused upgrade.
struct HandshakeRecord
{
    QByteArray requestLine;
    HeaderList requestHeaders;
    int status = 0;
    QByteArray statusLine;
    HeaderList responseHeaders;
    QByteArray body; ///< a refused upgrade's body, transfer coding removed
    /// The body as it was sent, when that differs from body (Transfer-Encoding: chunked).
    QByteArray rawBody;
    /// responseHeaders that the server folded over several lines (obsolete line folding,
    /// RFC 9112 §5.2); their values are unfolded, each continuation joined with a space.
    QList<int> foldedResponseHeaders;
    bool responseSeen = false;
    /// wss: the negotiated TLS session and the server's certificate chain, leaf first.
    QString tlsProtocol;
    QString tlsCipher;
    QStringList peerCertificates;
    QStringList tlsErrorsIgnored;
};

/// One frame as it crossed the wire, for engines that see frames.
struct FrameInfo
{
    Direction direction = Direction::None;
    quint8 opcode = 0;
    bool fin = true;
    quint8 rsv = 0;
    bool masked = false;
    quint64 payloadLength = 0;
    bool compressed = false;
    /// How the length was written: 7 (in the second byte), 16 or 64 bits (RFC 6455 §5.2).
    quint8 lengthBits = 7;
    /// The length used more bits than it needed, which §5.2 forbids.
    bool nonMinimalLength = false;
    quint32 maskKey = 0; ///< when masked
    /// The first bytes of the payload as they crossed the wire (unmasked; compressed when
    /// the frame is), at most ConnectionRequest::framePayloadBytes of them.
    QByteArray head;
};

Q_DECLARE_METATYPE(HandshakeRecord)
Q_DECLARE_METATYPE(FrameInfo)
