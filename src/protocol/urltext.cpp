#include "protocol/urltext.h"

#include <QHostAddress>

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

QString UrlText::whyInvalid(const QUrl &url)
{
    // QUrl keeps the text it refused only in its error string:
    // '<reason>; source was "<text>"; scheme = "ws", host = "", ...'.
    const QString error = url.errorString();
    const QLatin1String marker("; source was \"");
    const qsizetype start = error.indexOf(marker);
    QString why;
    if (start >= 0) {
        const qsizetype from = start + marker.size();
        const qsizetype end = error.indexOf(QLatin1String("\";"), from);
        if (end > from)
            why = describe(error.mid(from, end - from));
    }
    if (why.isEmpty())
        why = tr("The URL is malformed: %1.").arg(start >= 0 ? error.left(start) : error);
    return why;
}

QString UrlText::describe(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return {};
    const qsizetype from = schemeEnd + 3;
    qsizetype to = from;
    while (to < text.size() && !QStringView(u"/?#").contains(text[to]))
        ++to;
    const QString authority = text.mid(from, to - from);
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    QString host = hostPort;
    QString port;
    bool hasPort = false;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return tr("The IPv6 address is missing its closing \"]\".");
        const QString address = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (QHostAddress(address).protocol() != QAbstractSocket::IPv6Protocol)
            return tr("\"%1\" is not a valid IPv6 address.").arg(address);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return tr("Only a port may follow the IPv6 address, as in ws://[::1]:8080/, not "
                      "\"%1\".")
                .arg(rest);
        host.clear();
        hasPort = !rest.isEmpty();
        port = rest.mid(1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        hasPort = colon >= 0;
        host = hostPort.left(hasPort ? colon : hostPort.size());
        port = hasPort ? hostPort.mid(colon + 1) : QString();
    }
    if (hasPort && !port.isEmpty()) {
        bool digits = true;
        for (const QChar c : std::as_const(port))
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!digits)
            return tr("The port \"%1\" is not a number.").arg(port);
        if (port.size() > 5 || port.toInt() > 65535)
            return tr("The port %1 is out of range (1–65535).").arg(port);
    }
    for (const QChar c : std::as_const(host)) {
        // WHATWG's forbidden host code points, and the controls.
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f
            || QStringView(u"#%/:<>?@[\\]^|\"{}`").contains(c))
            return tr("The host name \"%1\" contains %2, which a host name cannot contain.")
                .arg(host, c == QLatin1Char(' ') ? tr("a space") : QStringLiteral("\"%1\"").arg(c));
    }
    if (!host.isEmpty() && !QUrl(QStringLiteral("ws://%1/").arg(host), QUrl::StrictMode).isValid())
        return tr("\"%1\" is not a valid host name.").arg(host);
    return {};
}
