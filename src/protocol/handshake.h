#pragma once

#include <QCoreApplication>

#include "protocol/connectionrequest.h"
#include "protocol/wiretypes.h"

/// The opening handshake of RFC 6455 §4, byte for byte: building the client's request and
/// checking the server's response, each violation with its own message.
class Handshake
{
    Q_DECLARE_TR_FUNCTIONS(Handshake)
public:
    /// The request exactly as it will be sent; fills record's request line and headers.
    static QByteArray buildRequest(const ConnectionRequest &request, const QByteArray &key,
                                   const QByteArray &extensionsOffer, HandshakeRecord *record);
    /// A fresh Sec-WebSocket-Key: 16 bytes from the system's CSPRNG, base64.
    static QByteArray generateKey();
    static QByteArray acceptFor(const QByteArray &key);

    /// Checks a 101 response; on success sets the negotiated protocol and extensions.
    static QString validateUpgrade(const HandshakeRecord &record, const ConnectionRequest &request,
                                   const QByteArray &key, bool offeredDeflate, QString *protocol,
                                   QString *extensions);

    static QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
    static QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name);
};
