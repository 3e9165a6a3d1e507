#include "json/textclip.h"

#include <algorithm>

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

void TextClip::appendClipped(QByteArrayView utf8, int max, QByteArray *out)
{
    // ASCII: a byte is a UTF-16 unit, so the clip cuts the bytes where it cuts the text.
    if (std::any_of(utf8.begin(), utf8.end(), [](char c) { return quint8(c) >= 0x80; })) {
        *out += clipUtf8(utf8, max).toUtf8();
        return;
    }
    if (utf8.size() <= max) {
        *out += utf8;
        return;
    }
    *out += utf8.first(std::max(0, max - 1));
    *out += "\xE2\x80\xA6"; // U+2026
}

void TextClip::clipFrom(QByteArray *out, qsizetype from, int max)
{
    const QByteArrayView tail = QByteArrayView(*out).sliced(from);
    if (std::any_of(tail.begin(), tail.end(), [](char c) { return quint8(c) >= 0x80; })) {
        const QByteArray clipped = clipUtf8(tail, max).toUtf8();
        out->truncate(from);
        *out += clipped;
        return;
    }
    if (tail.size() <= max)
        return;
    out->truncate(from + std::max(0, max - 1));
    *out += "\xE2\x80\xA6"; // U+2026
}

QByteArrayView TextClip::asHeld(QByteArrayView utf8, QByteArray *scratch, qsizetype atLeast)
{
    // The conversion is sequential: a prefix converts as the whole does but for its last few
    // bytes (a character cut in two). Four input bytes give at least three output bytes (an
    // invalid sequence becomes U+FFFD), so twice as many input bytes, and some, are enough.
    if (atLeast >= 0)
        utf8 = utf8.first(std::min(utf8.size(), 2 * atLeast + 16));
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return quint8(c) < 0x80; }))
        return utf8;
    *scratch = QString::fromUtf8(utf8).toUtf8();
    return *scratch;
}
