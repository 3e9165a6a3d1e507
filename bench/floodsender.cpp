#include "floodsender.h"

#include <zlib.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTcpSocket>

namespace {
constexpr qint64 HighWater = 4 * 1024 * 1024;
}

FloodSender::FloodSender(qint64 messages, int payloadBytes, bool deflate, QObject *parent)
    : QObject(parent)
    , m_deflate(deflate)
    , m_remaining(messages)
{
    for (int i = 0; i < payloadBytes; ++i)
        m_payload.append(char('a' + i % 26));
    buildChunk(false);
    connect(&m_server, &QTcpServer::newConnection, this, &FloodSender::onConnection);
}

void FloodSender::buildChunk(bool compressed)
{
    QByteArray payload = m_payload;
    if (compressed) {
        // Every message compressed on its own (server_no_context_takeover), so one frame
        // can be repeated.
        z_stream z{};
        deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        QByteArray out(int(deflateBound(&z, uLong(payload.size()))) + 16, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(payload.data());
        z.avail_in = uInt(payload.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, Z_SYNC_FLUSH);
        out.resize(out.size() - int(z.avail_out) - 4);
        deflateEnd(&z);
        payload = out;
    }
    const int payloadBytes = int(payload.size());
    // One unmasked text frame: FIN(+RSV1)+text, length, payload.
    QByteArray frame;
    frame.append(char(compressed ? 0xC1 : 0x81));
    if (payloadBytes <= 125) {
        frame.append(char(payloadBytes));
    } else if (payloadBytes <= 0xffff) {
        frame.append(char(126));
        frame.append(char((payloadBytes >> 8) & 0xff));
        frame.append(char(payloadBytes & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(payloadBytes) >> shift) & 0xff));
    }
    frame.append(payload);
    m_framesPerChunk = std::max<qint64>(1, (256 * 1024) / frame.size());
    m_chunk = frame.repeated(m_framesPerChunk);
}

bool FloodSender::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FloodSender::onConnection()
{
    m_socket = m_server.nextPendingConnection();
    connect(m_socket, &QTcpSocket::readyRead, this, &FloodSender::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FloodSender::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_quitWhenDone)
            QCoreApplication::quit();
    });
}

void FloodSender::onReadyRead()
{
    if (m_upgraded) {
        // The flood's clients send nothing but their Close: once it is here, every message
        // before it has been taken in.
        const QByteArray bytes = m_socket->readAll();
        if (m_secondsToClose < 0 && !bytes.isEmpty() && (quint8(bytes[0]) & 0x0f) == 0x8) {
            m_secondsToClose = double(m_sinceFirstFrame.nsecsElapsed()) / 1e9;
            emit clientClosed();
            // RFC 6455 §7.1.1: the server closes the TCP connection first, so that a client
            // waiting for it leaves at once.
            if (m_closeSent)
                m_socket->disconnectFromHost();
        }
        return;
    }
    m_request += m_socket->readAll();
    if (!m_request.contains("\r\n\r\n"))
        return;
    bool offersDeflate = false;
    for (const QByteArray &line : m_request.split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("sec-websocket-extensions:"))
            offersDeflate = offersDeflate || lower.contains("permessage-deflate");
    }
    // Accepting is what makes the frames compressed; without the extension in the 101 a
    // client must fail a frame with RSV1 set (RFC 7692 §6), so both go together.
    const bool compressed = m_deflate && offersDeflate;
    if (compressed)
        buildChunk(true);
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                    + upgradeAcceptFor(m_request)
                    + (compressed ? QByteArray("\r\nSec-WebSocket-Extensions: permessage-deflate; "
                                               "server_no_context_takeover")
                                  : QByteArray())
                    + "\r\n\r\n");
    m_upgraded = true;
    m_sinceFirstFrame.start();
    pump();
}

void FloodSender::pump()
{
    while (m_remaining > 0 && m_socket->bytesToWrite() < HighWater) {
        if (m_remaining >= m_framesPerChunk) {
            m_socket->write(m_chunk);
            m_remaining -= m_framesPerChunk;
        } else {
            const qint64 frameSize = m_chunk.size() / m_framesPerChunk;
            m_socket->write(m_chunk.left(m_remaining * frameSize));
            m_remaining = 0;
        }
    }
    if (m_remaining == 0 && !m_closeSent) {
        m_closeSent = true;
        m_socket->write(QByteArray::fromHex("880203e8")); // Close 1000
    }
}

QByteArray upgradeAcceptFor(const QByteArray &request)
{
    QByteArray key;
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}
