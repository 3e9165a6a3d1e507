#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>

/// permessage-deflate (RFC 7692): the offer, the server's answer, and the compressor and
/// decompressor for one connection, with zlib.
class PerMessageDeflate
{
    Q_DECLARE_TR_FUNCTIONS(PerMessageDeflate)
public:
    struct Params
    {
        bool serverNoContextTakeover = false;
        bool clientNoContextTakeover = false;
        int serverMaxWindowBits = 15;
        int clientMaxWindowBits = 15;
    };

    /// What the client offers in Sec-WebSocket-Extensions.
    static QByteArray offer();
    /// Parses the server's accepted "permessage-deflate; ..." element; false with *error for a
    /// parameter that is unknown, repeated or out of range (RFC 7692 §7.1).
    static bool parseResponse(const QByteArray &element, Params *out, QString *error);

    explicit PerMessageDeflate(const Params &params);
    ~PerMessageDeflate();
    PerMessageDeflate(const PerMessageDeflate &) = delete;
    PerMessageDeflate &operator=(const PerMessageDeflate &) = delete;

    /// Compresses one whole message for sending (without the 00 00 FF FF tail).
    QByteArray compress(const QByteArray &message);
    enum class InflateResult { Ok, TooBig, Corrupt };
    /// Decompresses one whole received message, stopping as soon as the output would pass
    /// maxSize: a decompression bomb costs at most maxSize bytes.
    InflateResult decompress(const QByteArray &compressed, qint64 maxSize, QByteArray *out);

    const Params &params() const { return m_params; }

    /// Below this size a message is sent uncompressed: deflate would only add bytes.
    static constexpr qsizetype MinCompressBytes = 64;

private:
    struct Streams;
    Params m_params;
    std::unique_ptr<Streams> m_z;
};
