#include "session/redaction.h"

#include <algorithm>

#include <QRegularExpression>
#include <QUrlQuery>

namespace Redaction {

QByteArray placeholder()
{
    return QByteArrayLiteral("<redacted>");
}

bool isSecretHeader(QByteArrayView name)
{
    for (const char *secret : {"authorization", "cookie", "set-cookie", "proxy-authorization"}) {
        if (name.compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretParameter(QStringView name)
{
    for (const char *word : {"token", "key", "secret", "password", "auth"}) {
        if (name.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Rules::isSecretHeader(QByteArrayView name) const
{
    if (builtIn && Redaction::isSecretHeader(name))
        return true;
    const QString text = QString::fromLatin1(name);
    if (builtIn && authHeaders.contains(text, Qt::CaseInsensitive))
        return true;
    for (const QString &n : names) {
        if (!n.isEmpty() && text.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Rules::isSecretParameter(QStringView name) const
{
    if (builtIn && Redaction::isSecretParameter(name))
        return true;
    if (builtIn) {
        for (const QString &n : authParameters) {
            if (name.compare(n, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    for (const QString &n : names) {
        if (!n.isEmpty() && name.contains(n, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Rules Rules::forRequest(const ConnectionRequest &request) const
{
    Rules out = *this;
    const AuthMarker &auth = request.auth;
    if (auth.name.isEmpty() || auth.kind == AuthMarker::Kind::None)
        return out;
    if (auth.kind == AuthMarker::Kind::ApiKeyQuery)
        out.authParameters << auth.name;
    else
        out.authHeaders << auth.name;
    return out;
}

QStringList cleanNames(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (!n.isEmpty() && !out.contains(n, Qt::CaseInsensitive))
            out << n;
    }
    return out;
}

namespace {

/// Redacts "a=1&token=x" pair by pair, keeping the text of every other pair byte for byte.
QString redactQuery(const QString &query, const Rules &rules)
{
    QStringList pairs = query.split(QLatin1Char('&'));
    for (QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name =
            QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).toUtf8());
        if (eq >= 0 && rules.isSecretParameter(name))
            pair = pair.left(eq + 1) + QString::fromLatin1(placeholder());
    }
    return pairs.join(QLatin1Char('&'));
}

/// A `name=value` after the start, a separator of URL parameters or a space; the value runs to
/// the next separator, so base64 padding stays in it.
const QRegularExpression &parameterPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|(?<=[?&#;,\s]))([^=?&#;,\s"'<>]+)=([^?&#;,\s"'<>]*))"));
    return re;
}

const QRegularExpression &passwordPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(://[^/?#@\s:"'<>]*:([^/?#@\s"'<>]+)@)"));
    return re;
}

} // namespace

QUrl redactUrl(const QUrl &url, const Rules &rules)
{
    QUrl out = url;
    if (rules.builtIn && !out.password().isEmpty())
        out.setPassword(QString::fromLatin1(placeholder()));
    if (out.hasQuery())
        out.setQuery(redactQuery(out.query(QUrl::FullyEncoded), rules), QUrl::TolerantMode);
    // OAuth's implicit flow hands tokens over in the fragment.
    if (out.hasFragment())
        out.setFragment(redactQuery(out.fragment(QUrl::FullyEncoded), rules), QUrl::TolerantMode);
    return out;
}

QString redactText(const QString &text, const Rules &rules)
{
    if (rules.isEmpty() || (!text.contains(QLatin1Char('=')) && !text.contains(QLatin1Char('@'))))
        return text;
    QString out;
    qsizetype done = 0;
    // From the end, so that earlier offsets stay valid.
    struct Cut
    {
        qsizetype start, length;
    };
    QList<Cut> cuts;
    for (auto it = parameterPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        if (rules.isSecretParameter(name) && m.capturedLength(2) > 0)
            cuts.append({m.capturedStart(2), m.capturedLength(2)});
    }
    if (rules.builtIn) {
        for (auto it = passwordPattern().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            cuts.append({m.capturedStart(1), m.capturedLength(1)});
        }
    }
    if (cuts.isEmpty())
        return text;
    std::sort(cuts.begin(), cuts.end(),
              [](const Cut &a, const Cut &b) { return a.start < b.start; });
    for (const Cut &cut : std::as_const(cuts)) {
        if (cut.start < done)
            continue; // inside a part already replaced
        out += QStringView(text).sliced(done, cut.start - done);
        out += QLatin1String(placeholder());
        done = cut.start + cut.length;
    }
    out += QStringView(text).sliced(done);
    return out;
}

QByteArray redactRequestLine(const QByteArray &line, const Rules &rules)
{
    const qsizetype q = line.indexOf('?');
    if (q < 0)
        return line;
    qsizetype end = line.indexOf(' ', q);
    if (end < 0)
        end = line.size();
    const QString query = QString::fromUtf8(line.mid(q + 1, end - q - 1));
    return line.left(q + 1) + redactQuery(query, rules).toUtf8() + line.mid(end);
}

void redactHeaders(HeaderList *headers, const Rules &rules)
{
    for (HeaderField &h : *headers) {
        if (rules.isSecretHeader(h.name)) {
            h.value = placeholder();
            continue;
        }
        // Only a value that changed is converted back, so other bytes stay as they were.
        const QString value = QString::fromUtf8(h.value);
        const QString redacted = redactText(value, rules);
        if (redacted != value)
            h.value = redacted.toUtf8();
    }
}

ConnectionRequest redactRequest(ConnectionRequest request, const Rules &rules)
{
    request.url = redactUrl(request.url, rules);
    request.origin = redactText(request.origin, rules);
    redactHeaders(&request.headers, rules);
    if (!rules.builtIn)
        return request;
    request.keyPassphrase.clear();
    if (request.proxy.contains(QLatin1Char('@'))) {
        QUrl proxy(request.proxy);
        if (!proxy.password().isEmpty()) {
            proxy.setPassword(QString::fromLatin1(placeholder()));
            request.proxy = proxy.toString();
        }
    }
    return request;
}

Event redactEvent(const Event &event, const Rules &rules)
{
    if (event.kind == EventKind::Error) {
        const QString message = QString::fromUtf8(event.payload);
        const QString redacted = redactText(message, rules);
        if (redacted == message)
            return event;
        Event out = event;
        out.payload = redacted.toUtf8();
        return out;
    }
    if (event.kind != EventKind::Handshake || !event.handshake)
        return event;
    auto record = std::make_shared<HandshakeRecord>(*event.handshake);
    record->requestLine = redactRequestLine(record->requestLine, rules);
    redactHeaders(&record->requestHeaders, rules);
    redactHeaders(&record->responseHeaders, rules);
    Event out = event;
    out.handshake = record;
    return out;
}

} // namespace Redaction
