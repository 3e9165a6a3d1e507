#include "decode/unwrap.h"

#include <zlib.h>

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int windowBits(Unwrap::Deflate framing)
{
    switch (framing) {
    case Unwrap::Deflate::Gzip:
        return 15 + 16;
    case Unwrap::Deflate::Zlib:
        return 15;
    case Unwrap::Deflate::Raw:
        return -15;
    case Unwrap::Deflate::Any:
        break;
    }
    return 15 + 32; // zlib or gzip, by the header
}

} // namespace

bool Unwrap::fromBase64(QByteArrayView in, QByteArray *out, Failure *failure)
{
    out->clear();
    out->reserve(in.size() * 3 / 4);
    quint32 bits = 0;
    int count = 0;
    qsizetype padding = -1;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (isSpace(c))
            continue;
        if (c == '=') {
            if (padding < 0)
                padding = i;
            continue;
        }
        const int v = base64Value(c);
        if (v < 0 || padding >= 0) {
            *failure = {v < 0 ? tr("'%1' is not a base64 character").arg(QChar::fromLatin1(c))
                              : tr("base64 text goes on after its '=' padding"),
                        i};
            return false;
        }
        bits = (bits << 6) | quint32(v);
        if (++count == 4) {
            out->append(char(bits >> 16));
            out->append(char(bits >> 8));
            out->append(char(bits));
            bits = 0;
            count = 0;
        }
    }
    if (count == 1) {
        *failure = {tr("base64 text ends with a lone character"), in.size() - 1};
        return false;
    }
    if (count == 2) {
        out->append(char(bits >> 4));
    } else if (count == 3) {
        out->append(char(bits >> 10));
        out->append(char(bits >> 2));
    }
    return true;
}

bool Unwrap::fromHex(QByteArrayView in, QByteArray *out, Failure *failure)
{
    out->clear();
    out->reserve(in.size() / 2);
    int high = -1;
    qsizetype highAt = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        // Separators people write between bytes; an "0x" prefix on the whole or each byte.
        if (isSpace(c) || c == ':' || c == ',' || c == '-')
            continue;
        if (c == '0' && high < 0 && i + 1 < in.size() && (in[i + 1] == 'x' || in[i + 1] == 'X')) {
            ++i;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0) {
            *failure = {tr("'%1' is not a hex digit").arg(QChar::fromLatin1(c)), i};
            return false;
        }
        if (high < 0) {
            high = v;
            highAt = i;
        } else {
            out->append(char(high << 4 | v));
            high = -1;
        }
    }
    if (high >= 0) {
        *failure = {tr("an odd number of hex digits: the last byte has one"), highAt};
        return false;
    }
    return true;
}

bool Unwrap::inflate(QByteArrayView in, Deflate framing, QByteArray *out, Failure *failure)
{
    out->clear();
    z_stream z{};
    if (inflateInit2(&z, windowBits(framing)) != Z_OK) {
        *failure = {tr("zlib could not start"), -1};
        return false;
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    char chunk[16384];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        status = ::inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            break;
        out->append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (out->size() > MaxInflated) {
            inflateEnd(&z);
            *failure = {tr("inflates to more than %1 MiB").arg(MaxInflated >> 20),
                        qsizetype(z.total_in)};
            return false;
        }
        if (status == Z_BUF_ERROR || (z.avail_in == 0 && z.avail_out != 0 && status == Z_OK))
            break; // no progress possible: input ended early
    }
    const qsizetype at = qsizetype(z.total_in);
    const QString zlibMessage = z.msg ? QString::fromLatin1(z.msg) : QString();
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        *failure = {zlibMessage.isEmpty() ? tr("the compressed data ends early")
                                          : tr("zlib: %1").arg(zlibMessage),
                    at};
        return false;
    }
    if (at != in.size()) {
        *failure = {tr("%1 bytes follow the end of the compressed data").arg(in.size() - at), at};
        return false;
    }
    return true;
}

QByteArray Unwrap::toBase64(QByteArrayView in)
{
    return in.toByteArray().toBase64();
}

QByteArray Unwrap::toHex(QByteArrayView in)
{
    return in.toByteArray().toHex(' ');
}

bool Unwrap::deflate(QByteArrayView in, Deflate framing, QByteArray *out, Failure *failure)
{
    z_stream z{};
    const int bits = framing == Deflate::Any ? 15 : windowBits(framing);
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        *failure = {tr("zlib could not start"), -1};
        return false;
    }
    out->resize(qsizetype(deflateBound(&z, uLong(in.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(out->size());
    const int status = ::deflate(&z, Z_FINISH);
    out->resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (status != Z_STREAM_END) {
        *failure = {tr("zlib could not compress"), -1};
        return false;
    }
    return true;
}

Unwrap::Deflate Unwrap::sniff(QByteArrayView in)
{
    if (in.size() >= 2 && quint8(in[0]) == 0x1f && quint8(in[1]) == 0x8b)
        return Deflate::Gzip;
    if (in.size() >= 2 && (quint8(in[0]) & 0x0f) == 8 && (quint8(in[0]) >> 4) <= 7
        && ((quint8(in[0]) << 8) | quint8(in[1])) % 31 == 0)
        return Deflate::Zlib;
    return Deflate::Any;
}
