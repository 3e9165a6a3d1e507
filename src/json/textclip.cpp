#include "json/textclip.h"

#include <algorithm>
#include <cstring>

QString TextClip::clip(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
}

QString TextClip::clipUtf8(QByteArrayView utf8, int max)
{
    return clip(QString::fromUtf8(utf8), max);
}

namespace {

/// The ASCII text of *out from from on, of size bytes, cut as clip() cuts it: its first
/// max - 1 bytes and "…" when it is longer than max.
void cutAscii(QByteArray *out, qsizetype from, qsizetype size, int max)
{
    if (size <= max)
        return;
    out->truncate(from + std::max(0, max - 1));
    *out += "\xE2\x80\xA6"; // U+2026
}

} // namespace

bool TextClip::isAscii(QByteArrayView utf8)
{
    // Eight bytes at a time: a preview's payloads are scanned for every row painted.
    const char *p = utf8.data();
    qsizetype n = utf8.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; n > 0; ++p, --n)
        if (quint8(*p) >= 0x80)
            return false;
    return true;
}

void TextClip::appendClipped(QByteArrayView utf8, int max, QByteArray *out)
{
    if (!isAscii(utf8)) {
        *out += clipUtf8(utf8, max).toUtf8();
        return;
    }
    const qsizetype from = out->size();
    *out += utf8.first(std::min(utf8.size(), qsizetype(std::max(0, max))));
    cutAscii(out, from, utf8.size(), max);
}

void TextClip::clipFrom(QByteArray *out, qsizetype from, int max)
{
    const QByteArrayView tail = QByteArrayView(*out).sliced(from);
    if (!isAscii(tail)) {
        const QByteArray clipped = clipUtf8(tail, max).toUtf8();
        out->truncate(from);
        *out += clipped;
        return;
    }
    cutAscii(out, from, tail.size(), max);
}

QByteArrayView TextClip::asHeld(QByteArrayView utf8, QByteArray *scratch, qsizetype atLeast)
{
    // The conversion is sequential: a prefix converts as the whole does but for its last few
    // bytes (a character cut in two). Four input bytes give at least three output bytes (an
    // invalid sequence becomes U+FFFD), so twice as many input bytes, and some, are enough.
    if (atLeast >= 0)
        utf8 = utf8.first(std::min(utf8.size(), 2 * atLeast + 16));
    if (isAscii(utf8))
        return utf8;
    *scratch = QString::fromUtf8(utf8).toUtf8();
    return *scratch;
}
