#include "connection/commandline.h"

#include <QStringList>

namespace CommandLine {

QString shellQuote(const QString &arg)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    bool plain = !arg.isEmpty();
    for (const QChar c : arg)
        plain = plain && (c.isLetterOrNumber() && c.unicode() < 128 ? true : safe.contains(c));
    if (plain)
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

static QString header(const HeaderField &h)
{
    return QString::fromUtf8(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value);
}

QString wscat(const ConnectionRequest &r)
{
    QStringList args{QStringLiteral("wscat"), QStringLiteral("-c"), shellQuote(r.url.toString())};
    for (const QString &p : r.subprotocols)
        args << QStringLiteral("-s") << shellQuote(p);
    for (const HeaderField &h : r.headers)
        args << QStringLiteral("-H") << shellQuote(header(h));
    if (!r.origin.isEmpty())
        args << QStringLiteral("-o") << shellQuote(r.origin);
    return args.join(QLatin1Char(' '));
}

QString websocat(const ConnectionRequest &r)
{
    QStringList args{QStringLiteral("websocat")};
    if (!r.subprotocols.isEmpty())
        args << QStringLiteral("--protocol")
             << shellQuote(r.subprotocols.join(QStringLiteral(", ")));
    for (const HeaderField &h : r.headers)
        args << QStringLiteral("-H") << shellQuote(header(h));
    if (!r.origin.isEmpty())
        args << QStringLiteral("--origin") << shellQuote(r.origin);
    args << shellQuote(r.url.toString());
    return args.join(QLatin1Char(' '));
}

QString wsprobeCli(const ConnectionRequest &r)
{
    QStringList args{QStringLiteral("wsprobe-cli"), QStringLiteral("connect"),
                     shellQuote(r.url.toString())};
    for (const QString &p : r.subprotocols)
        args << QStringLiteral("-s") << shellQuote(p);
    for (const HeaderField &h : r.headers)
        args << QStringLiteral("-H") << shellQuote(header(h));
    if (!r.origin.isEmpty())
        args << QStringLiteral("--origin") << shellQuote(r.origin);
    if (r.engine == EngineKind::QtWebSockets)
        args << QStringLiteral("--engine") << QStringLiteral("qt");
    if (!r.autoPong)
        args << QStringLiteral("--no-auto-pong");
    if (r.followRedirects)
        args << QStringLiteral("--follow-redirects");
    if (r.reportFrames)
        args << QStringLiteral("--frames");
    if (!r.deflate && r.engine == EngineKind::Wire)
        args << QStringLiteral("--no-deflate");
    if (!r.caFile.isEmpty())
        args << QStringLiteral("--cacert") << shellQuote(r.caFile);
    if (!r.certFile.isEmpty())
        args << QStringLiteral("--cert") << shellQuote(r.certFile);
    if (!r.keyFile.isEmpty())
        args << QStringLiteral("--key") << shellQuote(r.keyFile);
    if (r.ignoreTlsErrors)
        args << QStringLiteral("--insecure");
    if (r.maxMessageSize != ConnectionRequest().maxMessageSize)
        args << QStringLiteral("--max-message-size") << QString::number(r.maxMessageSize);
    if (r.maxFrameSize != ConnectionRequest().maxFrameSize)
        args << QStringLiteral("--max-frame-size") << QString::number(r.maxFrameSize);
    if (r.reportFrames && r.framePayloadBytes != ConnectionRequest().framePayloadBytes)
        args << QStringLiteral("--frame-bytes") << QString::number(r.framePayloadBytes);
    if (r.maxBufferedBytes != ConnectionRequest().maxBufferedBytes)
        args << QStringLiteral("--max-buffered") << QString::number(r.maxBufferedBytes);
    if (r.outgoingFrameSize > 0)
        args << QStringLiteral("--frame-size") << QString::number(r.outgoingFrameSize);
    if (r.keepAliveMs > 0)
        args << QStringLiteral("--keepalive-ms") << QString::number(r.keepAliveMs);
    if (!r.proxy.isEmpty())
        args << QStringLiteral("--proxy") << shellQuote(r.proxy);
    return args.join(QLatin1Char(' '));
}

} // namespace CommandLine
