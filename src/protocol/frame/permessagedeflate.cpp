#include "protocol/frame/permessagedeflate.h"

#include <zlib.h>

struct PerMessageDeflate::Streams
{
    z_stream deflate{};
    z_stream inflate{};
};

QByteArray PerMessageDeflate::offer()
{
    return QByteArrayLiteral("permessage-deflate; client_max_window_bits");
}

bool PerMessageDeflate::parseResponse(const QByteArray &element, Params *out, QString *error)
{
    Params p;
    QList<QByteArray> seen;
    const QList<QByteArray> parts = element.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts[i].trimmed();
        const qsizetype eq = param.indexOf('=');
        const QByteArray name = (eq < 0 ? param : param.left(eq)).trimmed();
        QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (seen.contains(name)) {
            *error = tr("The server repeated the permessage-deflate parameter \"%1\".")
                         .arg(QString::fromLatin1(name));
            return false;
        }
        seen.append(name);
        auto bits = [&](int *target) {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || v < 8 || v > 15) {
                *error = tr("The server's permessage-deflate parameter %1=%2 is not a window size "
                            "from 8 to 15.")
                             .arg(QString::fromLatin1(name), QString::fromLatin1(value));
                return false;
            }
            *target = v;
            return true;
        };
        if (name == "server_no_context_takeover" && value.isEmpty()) {
            p.serverNoContextTakeover = true;
        } else if (name == "client_no_context_takeover" && value.isEmpty()) {
            p.clientNoContextTakeover = true;
        } else if (name == "server_max_window_bits") {
            if (!bits(&p.serverMaxWindowBits))
                return false;
        } else if (name == "client_max_window_bits") {
            if (!bits(&p.clientMaxWindowBits))
                return false;
        } else {
            *error = tr("The server answered permessage-deflate with the parameter \"%1\", which "
                        "was not offered or is malformed.")
                         .arg(QString::fromLatin1(param));
            return false;
        }
    }
    *out = p;
    return true;
}

bool PerMessageDeflate::parseOffer(const QByteArray &element, Offer *out, QString *error)
{
    Offer o;
    QList<QByteArray> seen;
    const QList<QByteArray> parts = element.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts[i].trimmed();
        const qsizetype eq = param.indexOf('=');
        const QByteArray name = (eq < 0 ? param : param.left(eq)).trimmed();
        QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (seen.contains(name)) {
            *error = tr("The client repeated the permessage-deflate parameter \"%1\".")
                         .arg(QString::fromLatin1(name));
            return false;
        }
        seen.append(name);
        bool ok = false;
        const int bits = value.toInt(&ok);
        const bool validBits = ok && bits >= 8 && bits <= 15;
        if (name == "server_no_context_takeover" && eq < 0) {
            o.serverNoContextTakeover = true;
        } else if (name == "client_no_context_takeover" && eq < 0) {
            o.clientNoContextTakeover = true;
        } else if (name == "server_max_window_bits" && validBits) {
            o.serverMaxWindowBits = bits;
        } else if (name == "client_max_window_bits" && (eq < 0 || validBits)) {
            o.clientMaxWindowBits = true;
            o.clientMaxWindowBitsValue = eq < 0 ? 0 : bits;
        } else {
            *error = tr("The client offered permessage-deflate with the parameter \"%1\", which is "
                        "unknown or malformed.")
                         .arg(QString::fromLatin1(param));
            return false;
        }
    }
    *out = o;
    return true;
}

bool PerMessageDeflate::answerOffer(const Offer &offer, const Params &want, Params *agreed,
                                    QByteArray *response)
{
    Params p;
    QByteArray r = "permessage-deflate";
    p.serverNoContextTakeover = want.serverNoContextTakeover || offer.serverNoContextTakeover;
    if (p.serverNoContextTakeover)
        r += "; server_no_context_takeover";
    // A server may always ask the client to reset its context (§7.1.1.2).
    p.clientNoContextTakeover = want.clientNoContextTakeover || offer.clientNoContextTakeover;
    if (want.clientNoContextTakeover)
        r += "; client_no_context_takeover";
    // The offer's server_max_window_bits is a limit the answer must respect (§7.1.2.1).
    p.serverMaxWindowBits = offer.serverMaxWindowBits > 0
                                ? std::min(want.serverMaxWindowBits, offer.serverMaxWindowBits)
                                : want.serverMaxWindowBits;
    if (p.serverMaxWindowBits < 15 || offer.serverMaxWindowBits > 0)
        r += "; server_max_window_bits=" + QByteArray::number(p.serverMaxWindowBits);
    // client_max_window_bits may be answered only when offered (§7.1.2.2); without it the
    // client keeps its own limit, which the inflater (always 2^15) reads anyway.
    if (offer.clientMaxWindowBits) {
        const int limit = offer.clientMaxWindowBitsValue > 0 ? offer.clientMaxWindowBitsValue : 15;
        p.clientMaxWindowBits = std::min(want.clientMaxWindowBits, limit);
        if (p.clientMaxWindowBits < 15)
            r += "; client_max_window_bits=" + QByteArray::number(p.clientMaxWindowBits);
    } else {
        p.clientMaxWindowBits = 15;
    }
    // zlib writes no raw deflate stream within a 2^8 window (see the constructor): a client
    // that insists on 8 for the server's window is declined rather than deceived.
    if (p.serverMaxWindowBits < 9)
        return false;
    *agreed = p;
    *response = r;
    return true;
}

PerMessageDeflate::PerMessageDeflate(const Params &params, Endpoint role)
    : m_params(params)
    , m_role(role)
    , m_z(std::make_unique<Streams>())
{
    // zlib cannot write raw deflate with an 8-bit window; 9 produces streams that a decoder
    // limited to 2^8 still reads, as RFC 7692 §7.1.2.2 implementations commonly do.
    const int ownBits =
        role == Endpoint::Client ? m_params.clientMaxWindowBits : m_params.serverMaxWindowBits;
    deflateInit2(&m_z->deflate, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -std::max(9, ownBits), 8,
                 Z_DEFAULT_STRATEGY);
    // A window of 15 can inflate anything the server may send, whatever it announced.
    inflateInit2(&m_z->inflate, -15);
}

PerMessageDeflate::~PerMessageDeflate()
{
    deflateEnd(&m_z->deflate);
    inflateEnd(&m_z->inflate);
}

QByteArray PerMessageDeflate::compress(const QByteArray &message)
{
    z_stream &z = m_z->deflate;
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(message.size()))) + 16);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(message.constData()));
    z.avail_in = uInt(message.size());
    qsizetype produced = 0;
    do {
        if (out.size() - produced < 64)
            out.resize(out.size() * 2);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = uInt(out.size() - produced);
        deflate(&z, Z_SYNC_FLUSH);
        produced = out.size() - qsizetype(z.avail_out);
    } while (z.avail_out == 0 || z.avail_in > 0);
    out.resize(produced);
    if (out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    if (m_role == Endpoint::Client ? m_params.clientNoContextTakeover
                                   : m_params.serverNoContextTakeover)
        deflateReset(&z);
    return out;
}

PerMessageDeflate::InflateResult PerMessageDeflate::decompress(const QByteArray &compressed,
                                                               qint64 maxSize, QByteArray *out)
{
    z_stream &z = m_z->inflate;
    static const char tail[4] = {0x00, 0x00, char(0xff), char(0xff)};
    out->clear();
    char chunk[64 * 1024];
    InflateResult result = InflateResult::Ok;
    bool ended = false;
    // The sender dropped the 00 00 FF FF that ends a sync flush; feed it back (§7.2.2).
    for (int part = 0; part < 2 && result == InflateResult::Ok && !ended; ++part) {
        z.next_in = reinterpret_cast<Bytef *>(
            const_cast<char *>(part == 0 ? compressed.constData() : tail));
        z.avail_in = uInt(part == 0 ? compressed.size() : 4);
        do {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            const int rc = inflate(&z, Z_SYNC_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                result = InflateResult::Corrupt;
                break;
            }
            const qsizetype n = qsizetype(sizeof chunk - z.avail_out);
            if (qint64(out->size()) + n > maxSize) {
                result = InflateResult::TooBig;
                break;
            }
            out->append(chunk, n);
            if (rc == Z_STREAM_END) {
                ended = true; // a final block: the next message starts a fresh stream
                break;
            }
            if (rc == Z_BUF_ERROR && n == 0)
                break;
        } while (z.avail_in > 0 || z.avail_out == 0);
    }
    const bool peerResets = m_role == Endpoint::Client ? m_params.serverNoContextTakeover
                                                       : m_params.clientNoContextTakeover;
    if (ended || result != InflateResult::Ok || peerResets)
        inflateReset(&z);
    return result;
}
