#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <QUrl>

/// A scripted TCP client for what no WebSocket library sends: garbage instead of an upgrade,
/// unmasked frames, a request cut short. It records every byte the server writes.
class RawClient
{
public:
    bool connectTo(const QUrl &url, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    /// A valid upgrade request for path with a fixed key (extra lines end in \r\n).
    static QByteArray upgradeRequest(const QByteArray &path = "/",
                                     const QByteArray &extraHeaders = {});
    /// A client frame masked with key (unmasked when key is 0 and masked is false).
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool masked = true,
                            bool fin = true, quint32 key = 0x11223344);
    /// Waits until the received bytes contain needle.
    bool waitFor(const QByteArray &needle, int timeoutMs = 5000);
    bool waitForDisconnect(int timeoutMs = 5000);
    QByteArray received() const { return m_received; }
    /// The bytes after the 101 response's blank line.
    QByteArray afterHandshake() const;
    QTcpSocket &socket() { return m_socket; }

private:
    void pump();

    QTcpSocket m_socket;
    QByteArray m_received;
};
