#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

/// The wrapping steps of a decoder pipeline and their inverses: base64 (standard or URL
/// alphabet, padding optional), hex text, and zlib's three framings. Each failure names the
/// byte it stopped at, so the pipeline can say which step failed where.
class Unwrap
{
    Q_DECLARE_TR_FUNCTIONS(Unwrap)
public:
    enum class Deflate { Gzip, Zlib, Raw, Any };
    /// Inflated output above this is refused: a few KiB can claim gigabytes.
    static constexpr qsizetype MaxInflated = 64 << 20;

    struct Failure
    {
        QString message;
        qsizetype offset = -1; ///< the input byte the step stopped at, -1 when none applies
    };

    static bool fromBase64(QByteArrayView in, QByteArray *out, Failure *failure);
    static bool fromHex(QByteArrayView in, QByteArray *out, Failure *failure);
    static bool inflate(QByteArrayView in, Deflate framing, QByteArray *out, Failure *failure);

    static QByteArray toBase64(QByteArrayView in);
    static QByteArray toHex(QByteArrayView in);
    static bool deflate(QByteArrayView in, Deflate framing, QByteArray *out, Failure *failure);

    /// The framing the first bytes announce: gzip's magic, a zlib header, or Any (unknown).
    static Deflate sniff(QByteArrayView in);
};
