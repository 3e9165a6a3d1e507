#include "protocol/urltext.h"

namespace {

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

/// Characters a WHATWG URL parser encodes in a path or query, with those QUrl's strict mode
/// refuses that a browser would send as they are ('|', '^', '\' in a query): QUrl cannot carry
/// them unencoded, and the server decodes both spellings alike.
bool mustEncode(char16_t c, bool inQuery)
{
    if (c >= 0x80)
        return false; // QUrl sends non-ASCII as UTF-8, percent-encoded, as browsers do
    if (c <= 0x20 || c == 0x7f)
        return true;
    if (inQuery && c == '\'')
        return true; // the "special-query" set of ws: and wss:
    return QStringView(u"\"<>`{}|^\\").contains(QChar(c));
}

QString percent(char16_t c)
{
    return QLatin1Char('%')
           + QString::number(int(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

} // namespace

QString UrlText::browserEncoded(const QString &text)
{
    QString in = text.trimmed();
    // A browser drops these wherever they are: a URL pasted across lines still reads.
    in.remove(QLatin1Char('\t'));
    in.remove(QLatin1Char('\n'));
    in.remove(QLatin1Char('\r'));
    const qsizetype schemeEnd = in.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return in;
    qsizetype i = schemeEnd + 3;
    while (i < in.size() && !QStringView(u"/?#\\").contains(in[i]))
        ++i;
    QString out = in.left(i);
    bool query = false;
    bool fragment = false;
    for (; i < in.size(); ++i) {
        const char16_t c = in[i].unicode();
        if (c == '#' && !fragment) {
            fragment = true;
            out += in[i];
        } else if (c == '?' && !query && !fragment) {
            query = true;
            out += in[i];
        } else if (c == '\\' && !query && !fragment) {
            out += QLatin1Char('/'); // special schemes read '\' in a path as '/'
        } else if (c == '%') {
            const bool escape = i + 2 < in.size() && isHex(in[i + 1]) && isHex(in[i + 2]);
            out += escape ? QStringLiteral("%") : QStringLiteral("%25");
        } else if (mustEncode(c, query && !fragment)) {
            out += percent(c);
        } else {
            out += in[i];
        }
    }
    return out;
}

QUrl UrlText::toUrl(const QString &text)
{
    return QUrl(browserEncoded(text), QUrl::StrictMode);
}
