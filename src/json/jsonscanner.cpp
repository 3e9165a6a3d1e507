#include "json/jsonscanner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include <QCoreApplication>

#include "protocol/frame/utf8validator.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonScanner)
};

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

/// cp as UTF-8 at p (room for 4 bytes); the bytes written.
int encodeUtf8(char *p, char32_t cp)
{
    if (cp < 0x80) {
        p[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        p[0] = char(0xC0 | (cp >> 6));
        p[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        p[0] = char(0xE0 | (cp >> 12));
        p[1] = char(0x80 | ((cp >> 6) & 0x3F));
        p[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    p[0] = char(0xF0 | (cp >> 18));
    p[1] = char(0x80 | ((cp >> 12) & 0x3F));
    p[2] = char(0x80 | ((cp >> 6) & 0x3F));
    p[3] = char(0x80 | (cp & 0x3F));
    return 4;
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, QLatin1Char('0')).toUpper();
}

/// Appends the character at bytes[i] to *out as JsonScanner::printable shows it; returns
/// how many bytes it took.
qsizetype appendPrintable(QString *out, QByteArrayView bytes, qsizetype i)
{
    const auto c = static_cast<unsigned char>(bytes[i]);
    const qsizetype n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + n > bytes.size() || !Utf8Validator::isValidUtf8(bytes.sliced(i, n))) {
        *out += QLatin1String("\\x") + hex(c, 2);
        return 1;
    }
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (qsizetype k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
    const auto category = QChar::category(cp);
    if (cp < 0x100 && category == QChar::Other_Control)
        *out += QLatin1String("\\x") + hex(cp, 2);
    else if (category == QChar::Other_Control || category == QChar::Other_Format
             || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
        *out += QLatin1String("\\u") + hex(cp, 4);
    else
        *out += QString::fromUtf8(bytes.sliced(i, n));
    return n;
}

/// The character at text[at], for an error message.
QString characterAt(QByteArrayView text, qsizetype at)
{
    QString out;
    appendPrintable(&out, text, at);
    return out;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_text(text)
{
}

void JsonScanner::useRoom(QByteArray &&room)
{
    m_unescaped = std::move(room);
}

QByteArray JsonScanner::takeRoom()
{
    m_string = {}; // it may point into the room
    return std::move(m_unescaped);
}

void JsonScanner::skipByteOrderMark()
{
    if (m_pos == 0 && m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

QString JsonScanner::printable(QByteArrayView bytes, qsizetype max)
{
    QString out;
    qsizetype i = 0;
    for (qsizetype chars = 0; i < bytes.size() && chars < max; ++chars)
        i += appendPrintable(&out, bytes, i);
    if (i < bytes.size())
        out += QChar(0x2026); // …
    return out;
}

JsonScanner::Token JsonScanner::fail(const QString &message)
{
    if (m_errorOffset < 0) {
        m_error = message;
        m_errorOffset = m_pos;
    }
    m_expect = Expect::Nothing;
    return Token::Error;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

JsonScanner::Token JsonScanner::afterValue(Token token)
{
    m_expect = m_stack.empty() ? Expect::Nothing : Expect::CommaOrEnd;
    return token;
}

JsonScanner::Token JsonScanner::next()
{
    if (m_errorOffset >= 0)
        return Token::Error;
    skipSpace();
    if (m_expect == Expect::Colon) {
        if (m_pos >= m_text.size() || m_text[m_pos] != ':')
            return fail(Tr::tr("expected ':' after a member name"));
        ++m_pos;
        skipSpace();
        m_expect = Expect::Value;
    }
    if (m_expect == Expect::CommaOrEnd) {
        if (m_pos >= m_text.size())
            return fail(Tr::tr("unexpected end of text inside %1")
                            .arg(m_stack.back() == '{' ? Tr::tr("an object") : Tr::tr("an array")));
        const char c = m_text[m_pos];
        const char close = m_stack.back() == '{' ? '}' : ']';
        if (c == close) {
            ++m_pos;
            m_stack.pop_back();
            return afterValue(close == '}' ? Token::ObjectEnd : Token::ArrayEnd);
        }
        if (c != ',')
            return fail(Tr::tr("expected ',' or '%1'").arg(QLatin1Char(close)));
        ++m_pos;
        skipSpace();
        m_expect = m_stack.back() == '{' ? Expect::Key : Expect::Value;
    }
    if (m_expect == Expect::Nothing) {
        if (m_pos < m_text.size())
            return fail(Tr::tr("unexpected text after the end of the JSON value"));
        return Token::End;
    }
    if (m_pos >= m_text.size())
        return fail(Tr::tr("unexpected end of text"));
    const char c = m_text[m_pos];
    if (m_expect == Expect::Key || m_expect == Expect::KeyOrEnd) {
        if (c == '}' && m_expect == Expect::KeyOrEnd) {
            ++m_pos;
            m_stack.pop_back();
            return afterValue(Token::ObjectEnd);
        }
        if (c != '"')
            return fail(Tr::tr("expected a member name in double quotes"));
        return scanString(true);
    }
    if (c == ']' && m_expect == Expect::ValueOrEnd) {
        ++m_pos;
        m_stack.pop_back();
        return afterValue(Token::ArrayEnd);
    }
    // A value.
    switch (c) {
    case '{':
        if (m_placeholders && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '{')
            return scanPlaceholder();
        [[fallthrough]];
    case '[':
        if (m_stack.size() >= 512)
            return fail(Tr::tr("nested more than 512 levels deep"));
        ++m_pos;
        m_stack.push_back(c);
        m_expect = c == '{' ? Expect::KeyOrEnd : Expect::ValueOrEnd;
        return c == '{' ? Token::ObjectStart : Token::ArrayStart;
    case '"':
        return scanString(false);
    case 't':
        return scanLiteral("true", Token::True);
    case 'f':
        return scanLiteral("false", Token::False);
    case 'n':
        return scanLiteral("null", Token::Null);
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return scanNumber();
        if (c == ']' && !m_stack.empty() && m_stack.back() == '[')
            return fail(Tr::tr("a trailing comma before ']'"));
        return fail(Tr::tr("unexpected character '%1'").arg(characterAt(m_text, m_pos)));
    }
}

JsonScanner::Token JsonScanner::scanLiteral(const char *word, Token token)
{
    const QByteArrayView w(word);
    if (m_text.sliced(m_pos).startsWith(w)) {
        m_pos += w.size();
        return afterValue(token);
    }
    return fail(Tr::tr("unexpected word; expected true, false or null"));
}

JsonScanner::Token JsonScanner::scanPlaceholder()
{
    // `{{`, spaces, a name, spaces, `}}`: the names Variables expands (letters, digits, '_',
    // '-', '.', a leading '$' for a built-in). Bytes of a multi-byte character count as letters.
    const qsizetype start = m_pos;
    qsizetype i = m_pos + 2;
    auto isSpace = [&](qsizetype at) {
        return at < m_text.size() && (m_text[at] == ' ' || m_text[at] == '\t');
    };
    while (isSpace(i))
        ++i;
    if (i < m_text.size() && m_text[i] == '$')
        ++i;
    const qsizetype nameStart = i;
    while (i < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (!(c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.'))
            break;
        ++i;
    }
    const bool named = i > nameStart;
    while (isSpace(i))
        ++i;
    if (!named || !m_text.sliced(i).startsWith("}}")) {
        m_pos = i;
        return fail(Tr::tr("a {{placeholder}} must hold one variable name and end with }}"));
    }
    m_pos = i + 2;
    m_number = m_text.sliced(start, m_pos - start);
    return afterValue(Token::Placeholder);
}

JsonScanner::Token JsonScanner::scanNumber()
{
    const qsizetype start = m_pos;
    auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > from;
    };
    if (m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '0') {
        ++m_pos;
    } else if (!digits()) {
        return fail(Tr::tr("a number needs digits"));
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail(Tr::tr("a number needs digits after the decimal point"));
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(Tr::tr("a number needs digits in its exponent"));
    }
    m_number = m_text.sliced(start, m_pos - start);
    return afterValue(Token::Number);
}

JsonScanner::Token JsonScanner::scanString(bool key)
{
    ++m_pos; // the opening quote
    const qsizetype start = m_pos;
    const char *data = m_text.data();
    const qsizetype size = m_text.size();
    qsizetype i = start;
    while (i < size) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        ++i;
    }
    if (i < size && data[i] == '"') {
        m_string = m_text.sliced(start, i - start);
        m_pos = i + 1;
    } else {
        // While a value is skipped nothing is decoded: a skipped string may be hundreds of
        // megabytes. Else the string is written through a pointer into room kept from one
        // string to the next: appending byte by byte (a SockJS frame's STOMP text has an
        // escape every few bytes) and growing a fresh array each time was most of its scan.
        const bool out = !m_skipping;
        qsizetype length = 0;
        // The string is no longer than the rest of the text: room for that at once (up to
        // 64 KiB), not grown from nothing through several reallocations.
        const qsizetype first = std::min<qsizetype>(size - start, 1 << 16);
        const auto room = [&](qsizetype n) {
            if (length + n > m_unescaped.size())
                m_unescaped.resize(std::max({2 * m_unescaped.size(), length + n + 64, first}));
            return m_unescaped.data() + length;
        };
        const auto write = [&](const char *from, qsizetype n) {
            if (out) {
                std::memcpy(room(n), from, size_t(n));
                length += n;
            }
        };
        const auto put = [&](char ch) { write(&ch, 1); };
        write(data + start, i - start);
        while (true) {
            if (i >= size) {
                m_pos = i;
                return fail(Tr::tr("a string is not closed"));
            }
            const unsigned char c = static_cast<unsigned char>(data[i]);
            if (c == '"')
                break;
            if (c < 0x20) {
                m_pos = i;
                return fail(Tr::tr("a control character inside a string must be escaped"));
            }
            if (c != '\\') {
                const qsizetype from = i;
                while (i < size && data[i] != '"' && data[i] != '\\'
                       && static_cast<unsigned char>(data[i]) >= 0x20)
                    ++i;
                write(data + from, i - from);
                continue;
            }
            if (i + 1 >= size) {
                m_pos = i;
                return fail(Tr::tr("a string is not closed"));
            }
            const char e = data[i + 1];
            i += 2;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                put(e);
                break;
            case 'b':
                put('\b');
                break;
            case 'f':
                put('\f');
                break;
            case 'n':
                put('\n');
                break;
            case 'r':
                put('\r');
                break;
            case 't':
                put('\t');
                break;
            case 'u': {
                auto hex4 = [&](qsizetype at, char32_t *out) {
                    if (at + 4 > size)
                        return false;
                    char32_t v = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int h = hexValue(data[at + k]);
                        if (h < 0)
                            return false;
                        v = v * 16 + char32_t(h);
                    }
                    *out = v;
                    return true;
                };
                char32_t cp = 0;
                if (!hex4(i, &cp)) {
                    m_pos = i;
                    return fail(Tr::tr("\\u must be followed by four hex digits"));
                }
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low = 0;
                    if (i + 1 < size && data[i] == '\\' && data[i + 1] == 'u' && hex4(i + 2, &low)
                        && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    } else {
                        cp = 0xFFFD; // a lone surrogate, as QJsonDocument reads it
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                if (out)
                    length += encodeUtf8(room(4), cp);
                break;
            }
            default:
                m_pos = i - 1;
                return fail(Tr::tr("unknown escape sequence \\%1").arg(characterAt(m_text, m_pos)));
            }
        }
        m_string = QByteArrayView(m_unescaped.constData(), length);
        m_pos = i + 1;
    }
    if (key) {
        m_expect = Expect::Colon;
        return Token::Key;
    }
    return afterValue(Token::String);
}

bool JsonScanner::skipValue()
{
    m_skipping = true;
    const Token t = next();
    m_skipping = false;
    if (t == Token::ObjectStart || t == Token::ArrayStart)
        return skipContainer();
    return t != Token::Error && t != Token::End && t != Token::ObjectEnd && t != Token::ArrayEnd;
}

bool JsonScanner::skipContainer()
{
    const qsizetype level = m_stack.size();
    m_skipping = true;
    bool ok = true;
    while (ok && m_stack.size() >= level) {
        const Token t = next();
        ok = t != Token::Error && t != Token::End;
    }
    m_skipping = false;
    return ok;
}

double JsonScanner::number() const
{
    // Not strtod: it follows the C locale, which Qt sets from the environment.
    return m_number.toDouble();
}

bool JsonScanner::integer(qint64 *out) const
{
    const char *begin = m_number.data();
    const char *end = begin + m_number.size();
    qint64 v = 0;
    const auto result = std::from_chars(begin, end, v);
    if (result.ec != std::errc() || result.ptr != end)
        return false;
    *out = v;
    return true;
}

bool JsonScanner::wholeNumber(qint64 *out) const
{
    if (integer(out))
        return true;
    const double d = number();
    // [-2^63, 2^63): both bounds are exact doubles.
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}
