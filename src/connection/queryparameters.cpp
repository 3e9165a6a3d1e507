#include "connection/queryparameters.h"

#include <string_view>

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

bool isKept(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("-._~!$'()*,/:@?").find(char(c)) != std::string_view::npos;
}

} // namespace

void QueryParameters::queryBounds(QStringView urlText, qsizetype *start, qsizetype *end)
{
    const qsizetype hash = urlText.indexOf(QLatin1Char('#'));
    *end = hash < 0 ? urlText.size() : hash;
    const qsizetype question = urlText.first(*end).indexOf(QLatin1Char('?'));
    *start = question < 0 ? -1 : question + 1;
}

QString QueryParameters::decode(QStringView component)
{
    QByteArray bytes;
    bytes.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const QChar c = component[i];
        if (c == QLatin1Char('%') && i + 2 < component.size() && hexValue(component[i + 1]) >= 0
            && hexValue(component[i + 2]) >= 0) {
            bytes.append(char(hexValue(component[i + 1]) * 16 + hexValue(component[i + 2])));
            i += 2;
            continue;
        }
        // A character typed as itself (also one outside ASCII) is its UTF-8.
        qsizetype n = 1;
        if (c.isHighSurrogate() && i + 1 < component.size())
            n = 2;
        bytes.append(component.sliced(i, n).toUtf8());
        i += n - 1;
    }
    return QString::fromUtf8(bytes);
}

QString QueryParameters::encode(QStringView component)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = component.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        if (isKept(c)) {
            out += QLatin1Char(char(c));
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 0xf]);
        }
    }
    return out;
}

QueryParameters::Parameter QueryParameters::parsePair(QStringView raw)
{
    const qsizetype eq = raw.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {decode(raw), QString(), false};
    return {decode(raw.first(eq)), decode(raw.sliced(eq + 1)), true};
}

QueryParameters::List QueryParameters::fromUrlText(QStringView urlText)
{
    qsizetype start = 0, end = 0;
    queryBounds(urlText, &start, &end);
    List out;
    if (start < 0)
        return out;
    for (QStringView raw : urlText.sliced(start, end - start).split(QLatin1Char('&'))) {
        if (!raw.isEmpty())
            out.append(parsePair(raw));
    }
    return out;
}

QString QueryParameters::withParameters(const QString &urlText, const List &params)
{
    qsizetype start = 0, end = 0;
    queryBounds(urlText, &start, &end);
    QList<QStringView> old;
    if (start >= 0) {
        for (QStringView raw : QStringView(urlText).sliced(start, end - start).split(u'&')) {
            if (!raw.isEmpty())
                old.append(raw);
        }
    }
    QList<bool> used(old.size(), false);
    QStringList pairs;
    for (const Parameter &p : params) {
        if (p.name.isEmpty() && p.value.isEmpty())
            continue; // a row added and not filled in yet
        QString text;
        for (qsizetype i = 0; i < old.size(); ++i) {
            if (!used[i] && parsePair(old[i]) == p) {
                used[i] = true;
                text = old[i].toString();
                break;
            }
        }
        if (text.isEmpty()) {
            // encode() escapes "=" and "&", so a name or value cannot end its pair early.
            text = encode(p.name);
            if (p.hasValue)
                text += QLatin1Char('=') + encode(p.value);
        }
        pairs << text;
    }
    const QString before = urlText.left(start < 0 ? end : start - 1);
    const QString after = urlText.mid(end);
    if (pairs.isEmpty())
        return before + after;
    return before + QLatin1Char('?') + pairs.join(QLatin1Char('&')) + after;
}
