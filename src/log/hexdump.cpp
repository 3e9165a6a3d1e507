#include "log/hexdump.h"

#include <algorithm>

namespace HexDump {

qsizetype lineCount(qsizetype size)
{
    return (size + BytesPerLine - 1) / BytesPerLine;
}

int offsetDigits(qsizetype size)
{
    int digits = 8;
    while (digits < 16 && (quint64(size) >> (4 * digits)) != 0)
        ++digits;
    return digits;
}

QString line(QByteArrayView data, qsizetype index)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = index * BytesPerLine;
    if (index < 0 || start >= data.size())
        return {};
    const qsizetype n = std::min(BytesPerLine, data.size() - start);
    const int digits = offsetDigits(data.size());
    QString s(digits + 2 + 3 * BytesPerLine + 1 + 2 + n + 1, QLatin1Char(' '));
    QChar *out = s.data();
    for (int d = digits - 1; d >= 0; --d)
        *out++ = QLatin1Char(hex[(quint64(start) >> (4 * d)) & 0xF]);
    out += 2;
    for (qsizetype i = 0; i < BytesPerLine; ++i) {
        if (i == 8)
            ++out;
        if (i < n) {
            const auto b = quint8(data[start + i]);
            out[0] = QLatin1Char(hex[b >> 4]);
            out[1] = QLatin1Char(hex[b & 0xF]);
        }
        out += 3;
    }
    ++out;
    *out++ = QLatin1Char('|');
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = quint8(data[start + i]);
        *out++ = QLatin1Char(b >= 0x20 && b < 0x7F ? char(b) : '.');
    }
    *out = QLatin1Char('|');
    return s;
}

QString lines(QByteArrayView data, qsizetype first, qsizetype count)
{
    QString s;
    const qsizetype end = std::min(lineCount(data.size()), first + count);
    for (qsizetype i = std::max<qsizetype>(0, first); i < end; ++i) {
        if (!s.isEmpty())
            s += QLatin1Char('\n');
        s += line(data, i);
    }
    return s;
}

} // namespace HexDump
