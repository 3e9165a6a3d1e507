#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

struct HeaderField
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};
using HeaderList = QList<HeaderField>;

/// What the user asked to connect to: everything needed to start the opening handshake.
struct ConnectionRequest
{
    QUrl url;
    QStringList subprotocols; ///< in order of preference, as sent
    HeaderList headers;       ///< extra request headers, in order
    QString origin;           ///< empty: no Origin header
    /// Give up when the opening handshake (TCP, TLS, HTTP upgrade) takes longer than this.
    int handshakeTimeoutMs = 15000;

    /// Parses "Name: value" as typed on a command line or pasted from DevTools.
    static bool parseHeaderLine(const QString &line, HeaderField *out);
};
