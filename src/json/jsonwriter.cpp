#include "json/jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <QLocale>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "protocol/frame/utf8validator.h"

namespace JsonWriter {

namespace {

#if defined(__SSE2__)
/// The bytes of v that JSON strings escape (controls, the quote, the backslash): nonzero lanes.
inline __m128i escapedBytes(__m128i v)
{
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v); // <= 0x1f
    return _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}
#endif

/// Escapes utf8, valid UTF-8, into *out as a JSON string body, in quotes or not. Returns
/// whether any byte was outside ASCII: only then does the text need validating.
bool escape(QByteArray *out, QByteArrayView utf8, bool quoted)
{
    static const char hex[] = "0123456789abcdef";
    // Written in place into room for the worst case (every byte as \u00XX), then trimmed:
    // the journal appends a million strings to one buffer, and QByteArray::append of small
    // pieces costs more than the escaping itself. Growth is geometric, never per call.
    const qsizetype start = out->size();
    const qsizetype worst = start + 6 * utf8.size() + 2;
    if (out->capacity() < worst)
        out->reserve(std::max(worst, out->capacity() * 2));
    out->resize(worst);
    char *p = out->data() + start;
    if (quoted)
        *p++ = '"';
    const char *in = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    int highBits = 0;
#endif
    unsigned char high = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Sixteen bytes at a time while none needs escaping: the journal's writer spent a
        // third of its time here, one byte at a time, at 1 KiB messages (perf, gui flood).
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
            if (_mm_movemask_epi8(escapedBytes(v)) != 0)
                break;
            highBits |= _mm_movemask_epi8(v);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(p), v);
            p += 16;
            i += 16;
        }
#endif
        // Byte by byte through the window that needs it (or the tail), then fast again.
        for (const qsizetype stop = std::min(n, i + 16); i < stop; ++i) {
            const unsigned char c = static_cast<unsigned char>(in[i]);
            high |= c;
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 15];
            }
        }
    }
    if (quoted)
        *p++ = '"';
    out->resize(p - out->constData());
#if defined(__SSE2__)
    return highBits != 0 || (high & 0x80) != 0;
#else
    return (high & 0x80) != 0;
#endif
}

void escapeRepaired(QByteArray *out, QByteArrayView utf8, bool quoted)
{
    // Escaped first and validated only when a byte was not ASCII: validating every payload
    // again (the engine already has) was an eighth of the console's --json path at 64 KiB.
    const qsizetype start = out->size();
    if (!escape(out, utf8, quoted) || Utf8Validator::isValidUtf8(utf8))
        return;
    out->resize(start);
    escape(out, QString::fromUtf8(utf8).toUtf8(), quoted);
}

} // namespace

void appendString(QByteArray *out, QByteArrayView utf8)
{
    escapeRepaired(out, utf8, true);
}

void appendEscaped(QByteArray *out, QByteArrayView utf8)
{
    escapeRepaired(out, utf8, false);
}

bool isPlain(QByteArrayView utf8)
{
    const char *in = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    unsigned char high = 0;
#if defined(__SSE2__)
    __m128i special = _mm_setzero_si128();
    __m128i any = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        special = _mm_or_si128(special, escapedBytes(v));
        any = _mm_or_si128(any, v);
        // Checked every 4 KiB, so a line that needs escaping stops the scan early.
        if ((i & 4095) == 4080 && _mm_movemask_epi8(special) != 0)
            return false;
    }
    if (_mm_movemask_epi8(special) != 0)
        return false;
    if (_mm_movemask_epi8(any) != 0)
        high = 0x80;
#endif
    for (; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x20 || c == '"' || c == '\\')
            return false;
        high |= c;
    }
    return (high & 0x80) == 0 || Utf8Validator::isValidUtf8(utf8);
}

void appendNumber(QByteArray *out, double d)
{
    // std::to_chars gives the shortest digits that read back as d, as Qt's shortest mode
    // does; Qt writes a number whose decimal point falls within those digits in decimal
    // form (its exponent form is never shorter there). Other numbers (integral, below 1,
    // large, not finite) keep Qt's choice of form. Apple's libc++ has floating-point
    // to_chars only from macOS 13.3, later than Qt 6's lowest deployment targets, so there
    // every number takes Qt's path.
#if !defined(__APPLE__)
    char buf[40];
    const std::to_chars_result written =
        std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const char *const end = written.ptr;
    if (written.ec == std::errc()) {
        const char *p = buf;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        const char *e = std::find(p, end, 'e');
        char digits[24];
        int n = 0;
        for (const char *q = p; q < e && n < int(sizeof digits); ++q)
            if (*q != '.')
                digits[n++] = *q;
        int exponent = 0;
        const char *from = e + 1 < end && e[1] == '+' ? e + 2 : e + 1;
        const bool read = e < end && std::from_chars(from, end, exponent).ec == std::errc();
        const int point = exponent + 1; // digits before the decimal point
        if (read && point > 0 && point < n) {
            if (negative)
                out->append('-');
            out->append(digits, point);
            out->append('.');
            out->append(digits + point, n - point);
            return;
        }
    }
#endif
    out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendBytes(QByteArray *out, const char *s, qsizetype n)
{
    const qsizetype at = out->size();
    if (out->capacity() - at < n)
        out->reserve(std::max(at + n, 2 * out->capacity()));
    out->resize(at + n);
    std::memcpy(out->data() + at, s, size_t(n));
}

char *writeInteger(char *p, qint64 v)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *d = end;
    quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
    do {
        *--d = char('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0)
        *--d = '-';
    std::memcpy(p, d, size_t(end - d));
    return p + (end - d);
}

} // namespace JsonWriter

JsonObjectWriter::JsonObjectWriter(QByteArray *out)
    : m_out(out)
{
}

using JsonWriter::appendBytes;

char *JsonObjectWriter::keyInto(char *buf, const char *name)
{
    const size_t n = std::strlen(name);
    Q_ASSERT(n <= MaxKey);
    *buf++ = m_first ? '{' : ',';
    *buf++ = '"';
    std::memcpy(buf, name, n);
    buf += n;
    *buf++ = '"';
    *buf++ = ':';
    m_first = false;
    return buf;
}

void JsonObjectWriter::key(const char *name)
{
    // One append per member: small appends dominate the cost of a line.
    char buf[MaxKey + 4];
    appendBytes(m_out, buf, keyInto(buf, name) - buf);
}

void JsonObjectWriter::string(const char *name, QByteArrayView utf8)
{
    key(name);
    JsonWriter::appendString(m_out, utf8);
}

void JsonObjectWriter::text(const char *name, const QString &text)
{
    string(name, QByteArrayView(text.toUtf8()));
}

void JsonObjectWriter::plain(const char *name, QByteArrayView ascii)
{
    Q_ASSERT(std::none_of(ascii.begin(), ascii.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80
               || c == '"' || c == '\\';
    }));
    char buf[MaxKey + 4 + 64];
    if (ascii.size() + 2 > 64) {
        key(name);
        appendBytes(m_out, "\"", 1);
        appendBytes(m_out, ascii.data(), ascii.size());
        appendBytes(m_out, "\"", 1);
        return;
    }
    char *p = keyInto(buf, name);
    *p++ = '"';
    std::memcpy(p, ascii.data(), size_t(ascii.size()));
    p += ascii.size();
    *p++ = '"';
    appendBytes(m_out, buf, p - buf);
}

void JsonObjectWriter::number(const char *name, qint64 v)
{
    char buf[MaxKey + 4 + 24];
    char *p = JsonWriter::writeInteger(keyInto(buf, name), v);
    appendBytes(m_out, buf, p - buf);
}

void JsonObjectWriter::boolean(const char *name, bool v)
{
    const QByteArrayView word = v ? QByteArrayView("true") : QByteArrayView("false");
    char buf[MaxKey + 4 + 5];
    char *p = keyInto(buf, name);
    std::memcpy(p, word.data(), size_t(word.size()));
    appendBytes(m_out, buf, (p - buf) + word.size());
}

void JsonObjectWriter::raw(const char *name, const QByteArray &json)
{
    key(name);
    m_out->append(json);
}

void JsonObjectWriter::finish()
{
    appendBytes(m_out, m_first ? "{}" : "}", m_first ? 2 : 1);
}
