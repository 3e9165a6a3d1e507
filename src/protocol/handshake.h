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

/// Reads an HTTP/1.1 response incrementally: status line, headers in wire order (duplicates
/// kept), and for a refused upgrade the body, up to a limit.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
public:
    enum class State { Headers, Body, Complete, Error };
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    /// Consumes what it needs from the front of *data; what follows a complete 101 response
    /// (the first frames) is left in *data.
    State feed(QByteArray *data);
    /// The peer closed the connection: a body without a length ends here.
    State finish();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    int status() const { return m_status; }
    QByteArray statusLine() const { return m_statusLine; }
    const HeaderList &headers() const { return m_headers; }
    QByteArray body() const { return m_body; }
    bool bodyTruncated() const { return m_truncated; }

private:
    bool parseHead(const QByteArray &head);

    State m_state = State::Headers;
    QString m_error;
    int m_status = 0;
    QByteArray m_statusLine;
    HeaderList m_headers;
    QByteArray m_body;
    qint64 m_bodyLeft = -1; ///< -1: until the connection closes
    bool m_truncated = false;
};
