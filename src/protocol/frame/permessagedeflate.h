#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>

#include "protocol/wiretypes.h"

/// permessage-deflate (RFC 7692): the client's offer, the server's answer (both roles), and
/// the compressor and decompressor for one connection, with zlib.
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

    /// What a client asked for in one permessage-deflate offer (RFC 7692 §7.1).
    struct Offer
    {
        bool serverNoContextTakeover = false;
        bool clientNoContextTakeover = false;
        int serverMaxWindowBits = 0;      ///< 0: not asked for
        bool clientMaxWindowBits = false; ///< the client accepts a limit on its window
        int clientMaxWindowBitsValue = 0; ///< 0: offered without a value
    };

    /// What the client offers in Sec-WebSocket-Extensions.
    static QByteArray offer();
    /// Parses one "permessage-deflate; ..." offer element; false with *error for a parameter
    /// that is unknown, repeated or out of range (then the server declines that offer).
    static bool parseOffer(const QByteArray &element, Offer *out, QString *error);
    /// The server's answer to an offer, given what the server wants (each field of `want`
    /// asks for at least that much: no context takeover, or windows no larger). Fills *agreed
    /// and the response element; false when the offer cannot be honoured.
    static bool answerOffer(const Offer &offer, const Params &want, Params *agreed,
                            QByteArray *response);
    /// Parses the server's accepted "permessage-deflate; ..." element; false with *error for a
    /// parameter that is unknown, repeated or out of range (RFC 7692 §7.1).
    static bool parseResponse(const QByteArray &element, Params *out, QString *error);

    /// role: which end compresses with these parameters (a server uses the server_* ones to
    /// compress and the client_* ones to know when the client resets its context).
    explicit PerMessageDeflate(const Params &params, Endpoint role = Endpoint::Client);
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
    Endpoint m_role;
    std::unique_ptr<Streams> m_z;
};
