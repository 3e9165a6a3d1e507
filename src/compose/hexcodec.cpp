#include "compose/hexcodec.h"

namespace {

int nibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

bool HexCodec::parse(QStringView text, QByteArray *out, QString *error)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int high = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u':' || c == u'-')
            continue;
        const int v = nibble(c);
        if (v < 0) {
            if (error)
                *error = tr("\"%1\" at position %2 is not a hexadecimal digit.")
                             .arg(QString(text[i]))
                             .arg(i + 1);
            return false;
        }
        if (high < 0) {
            high = v;
        } else {
            bytes.append(char((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0) {
        if (error)
            *error = tr("The hex text has an odd number of digits: each byte needs two.");
        return false;
    }
    *out = bytes;
    return true;
}

QString HexCodec::format(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}
