#include "snippet/commandline.h"

#include <algorithm>

#include <QHostAddress>

namespace {

// QUrl::FullyEncoded keeps "%20" and "%23" as they are: the default form decodes them, and a
// URL with a literal space is one no tool (wsprobe-cli included) accepts.
QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

bool isPkcs12(const ConnectionRequest &r)
{
    return !r.certFile.isEmpty() && r.keyFile.isEmpty();
}

// Shell-specific limits of the quoting, as items of the omitted list.
void addQuotingLimits(const QStringList &args, Shell shell, QStringList *omitted)
{
    for (const QString &a : args) {
        if (shell == Shell::PowerShell && ShellQuote::hasPowerShellLimit(a)) {
            omitted->append(CommandLine::tr("PowerShell before 7.3 passes the argument %1 "
                                            "wrongly (an empty argument or a double quote in "
                                            "it); use PowerShell 7.3 or newer.")
                                .arg(ShellQuote::powerShell(a)));
        } else if (shell == Shell::Cmd && ShellQuote::hasCmdLimit(a)) {
            omitted->append(CommandLine::tr("cmd.exe cannot pass an argument with a line break: "
                                            "%1")
                                .arg(a.simplified()));
        }
    }
}

Snippet finish(QStringList args, QStringList omitted, Shell shell)
{
    addQuotingLimits(args, shell, &omitted);
    Snippet s;
    s.text = ShellQuote::join(args, shell);
    s.omitted = std::move(omitted);
    s.args = std::move(args);
    return s;
}

QString headerLine(const HeaderField &h, const char *separator)
{
    return QString::fromUtf8(h.name) + QLatin1String(separator) + QString::fromUtf8(h.value);
}

} // namespace

Snippet CommandLine::wscat(const ConnectionRequest &r, Shell shell)
{
    const ConnectionRequest defaults;
    QStringList args{QStringLiteral("wscat"), QStringLiteral("-c"), urlText(r.url)};
    QStringList omitted;
    for (const QString &p : r.subprotocols)
        args << QStringLiteral("-s") << p;
    // wscat splits at the first colon and keeps the rest as the value: no space after it.
    // It collects headers in an object, so of several with one name only the last is sent.
    QList<QByteArray> seen;
    for (const HeaderField &h : r.headers) {
        const QByteArray lower = h.name.toLower();
        if (seen.contains(lower))
            omitted << tr("wscat sends only the last of several %1 headers.")
                           .arg(QString::fromUtf8(h.name));
        seen << lower;
        // Node writes header strings as Latin-1: UTF-8 beyond ASCII arrives altered.
        bool ascii = true;
        for (const char c : h.value)
            ascii = ascii && uchar(c) < 0x80;
        if (!ascii)
            omitted << tr("wscat sends header values as Latin-1: the non-ASCII characters of "
                          "%1 do not arrive as the UTF-8 Wsprobe sends.")
                           .arg(QString::fromUtf8(h.name));
        args << QStringLiteral("-H") << headerLine(h, ":");
    }
    if (!r.origin.isEmpty())
        args << QStringLiteral("-o") << r.origin;
    if (!r.caFile.isEmpty())
        args << QStringLiteral("--ca") << r.caFile;
    if (isPkcs12(r)) {
        omitted << tr("wscat cannot use a client certificate from a PKCS#12 file (%1) nor its "
                      "passphrase; convert it to PEM (openssl pkcs12 -in FILE -nodes) and give "
                      "--cert and --key.")
                       .arg(r.certFile);
    } else if (!r.certFile.isEmpty()) {
        args << QStringLiteral("--cert") << r.certFile << QStringLiteral("--key") << r.keyFile;
        if (!r.keyPassphrase.isEmpty())
            args << QStringLiteral("--passphrase") << r.keyPassphrase;
    }
    if (r.ignoreTlsErrors)
        args << QStringLiteral("-n");
    if (r.followRedirects)
        args << QStringLiteral("-L") << QStringLiteral("--max-redirects")
             << QString::number(ConnectionRequest::MaxRedirects);
    const QString proxy = r.proxy.trimmed();
    if (proxy.startsWith(QLatin1String("http://")) || proxy.startsWith(QLatin1String("https://")))
        args << QStringLiteral("--proxy") << proxy;
    else if (proxy == QLatin1String("system"))
        omitted << tr("wscat does not read the system proxy settings; give it --proxy "
                      "http://HOST:PORT.");
    else if (!proxy.isEmpty())
        omitted << tr("wscat can use an HTTP (CONNECT) proxy only, not %1.").arg(proxy);
    if (!r.deflate)
        omitted << tr("wscat always offers permessage-deflate compression.");
    if (!r.autoPong)
        omitted << tr("wscat always answers pings.");
    if (r.keepAliveMs > 0)
        omitted << tr("wscat does not send pings by itself (every %1 ms here).").arg(r.keepAliveMs);
    if (r.maxMessageSize != defaults.maxMessageSize)
        omitted << tr("wscat has no option for the largest message (%1 bytes here).")
                       .arg(r.maxMessageSize);
    if (r.outgoingFrameSize > 0)
        omitted << tr("wscat sends every message in one frame (frames of %1 bytes here).")
                       .arg(r.outgoingFrameSize);
    if (r.handshakeTimeoutMs != defaults.handshakeTimeoutMs)
        omitted << tr("wscat has no option for the handshake timeout (%1 ms here).")
                       .arg(r.handshakeTimeoutMs);
    return finish(args, omitted, shell);
}

Snippet CommandLine::websocat(const ConnectionRequest &r, Shell shell)
{
    const ConnectionRequest defaults;
    QStringList args{QStringLiteral("websocat"), urlText(r.url)};
    QStringList omitted;
    if (!r.subprotocols.isEmpty())
        args << QStringLiteral("--protocol") << r.subprotocols.join(QStringLiteral(", "));
    if (!r.origin.isEmpty())
        args << QStringLiteral("--origin") << r.origin;
    if (r.ignoreTlsErrors)
        args << QStringLiteral("-k");
    if (!r.caFile.isEmpty())
        omitted << tr("websocat has no option for extra CA certificates (%1); on Linux, "
                      "SSL_CERT_FILE=%1 makes it trust that file instead of the system's.")
                       .arg(r.caFile);
    if (isPkcs12(r)) {
        args << QStringLiteral("--client-pkcs12-der") << r.certFile;
        if (!r.keyPassphrase.isEmpty())
            args << QStringLiteral("--client-pkcs12-passwd") << r.keyPassphrase;
    } else if (!r.certFile.isEmpty()) {
        omitted << tr("websocat takes a client certificate only as PKCS#12 (openssl pkcs12 "
                      "-export -in %1 -inkey %2 -out client.p12).")
                       .arg(r.certFile, r.keyFile);
    }
    const QString proxy = r.proxy.trimmed();
    if (proxy.startsWith(QLatin1String("socks5://"))) {
        const QUrl p(proxy);
        // websocat wants an address, not a name, for --socks5.
        if (QHostAddress(p.host()).isNull())
            omitted
                << tr("websocat needs the SOCKS5 proxy as an IP address, not %1.").arg(p.host());
        else
            args << QStringLiteral("--socks5")
                 << QHostAddress(p.host()).toString() + QLatin1Char(':')
                        + QString::number(p.port(1080));
        if (!p.userName().isEmpty())
            args << QStringLiteral("--socks5-user-pass")
                 << p.userName() + QLatin1Char(':') + p.password();
    } else if (!proxy.isEmpty()) {
        omitted << tr("websocat can use a SOCKS5 proxy only, not %1.").arg(proxy);
    }
    if (r.keepAliveMs > 0) {
        const int seconds = (r.keepAliveMs + 999) / 1000;
        args << QStringLiteral("--ping-interval") << QString::number(seconds);
        if (seconds * 1000 != r.keepAliveMs)
            omitted << tr("websocat counts the ping interval in whole seconds: %1 s instead "
                          "of %2 ms.")
                           .arg(seconds)
                           .arg(r.keepAliveMs);
    }
    if (!r.autoPong)
        args << QStringLiteral("--inhibit-pongs") << QStringLiteral("0");
    if (r.maxMessageSize != defaults.maxMessageSize)
        args << QStringLiteral("--max-ws-message-length") << QString::number(r.maxMessageSize);
    if (r.maxFrameSize != defaults.maxFrameSize)
        args << QStringLiteral("--max-ws-frame-length") << QString::number(r.maxFrameSize);
    if (r.followRedirects)
        omitted << tr("websocat does not follow redirects.");
    if (r.outgoingFrameSize > 0)
        omitted << tr("websocat sends every message in one frame (frames of %1 bytes here).")
                       .arg(r.outgoingFrameSize);
    if (r.handshakeTimeoutMs != defaults.handshakeTimeoutMs)
        omitted << tr("websocat has no option for the handshake timeout (%1 ms here).")
                       .arg(r.handshakeTimeoutMs);
    // Last: websocat's -H takes several values and would swallow an argument after it.
    for (const HeaderField &h : r.headers)
        args << QStringLiteral("-H") << headerLine(h, ": ");
    return finish(args, omitted, shell);
}

Snippet CommandLine::wsprobeCli(const ConnectionRequest &r, Shell shell)
{
    const ConnectionRequest defaults;
    QStringList args{QStringLiteral("wsprobe-cli"), QStringLiteral("connect"), urlText(r.url)};
    QStringList omitted;
    for (const QString &p : r.subprotocols)
        args << QStringLiteral("-s") << p;
    for (const HeaderField &h : r.headers)
        args << QStringLiteral("-H") << headerLine(h, ": ");
    if (!r.origin.isEmpty())
        args << QStringLiteral("--origin") << r.origin;
    if (r.engine == EngineKind::QtWebSockets)
        args << QStringLiteral("--engine") << QStringLiteral("qt");
    if (!r.autoPong)
        args << QStringLiteral("--no-auto-pong");
    if (r.followRedirects)
        args << QStringLiteral("--follow-redirects");
    if (r.reportFrames)
        args << QStringLiteral("--frames");
    if (!r.deflate)
        args << QStringLiteral("--no-deflate");
    if (!r.caFile.isEmpty())
        args << QStringLiteral("--cacert") << r.caFile;
    if (!r.certFile.isEmpty())
        args << QStringLiteral("--cert") << r.certFile;
    if (!r.keyFile.isEmpty())
        args << QStringLiteral("--key") << r.keyFile;
    if (!r.keyPassphrase.isEmpty())
        args << QStringLiteral("--pass") << r.keyPassphrase;
    if (r.ignoreTlsErrors)
        args << QStringLiteral("--insecure");
    // --max-message-size lowers the frame limit to it, so it goes first and an explicit
    // --max-frame-size after it wins, as in the request.
    if (r.maxMessageSize != defaults.maxMessageSize)
        args << QStringLiteral("--max-message-size") << QString::number(r.maxMessageSize);
    if (r.maxFrameSize != std::min(defaults.maxFrameSize, r.maxMessageSize))
        args << QStringLiteral("--max-frame-size") << QString::number(r.maxFrameSize);
    if (r.framePayloadBytes != defaults.framePayloadBytes)
        args << QStringLiteral("--frame-bytes") << QString::number(r.framePayloadBytes);
    if (r.maxBufferedBytes != defaults.maxBufferedBytes)
        args << QStringLiteral("--max-buffered") << QString::number(r.maxBufferedBytes);
    if (r.outgoingFrameSize > 0)
        args << QStringLiteral("--frame-size") << QString::number(r.outgoingFrameSize);
    if (r.keepAliveMs > 0)
        args << QStringLiteral("--keepalive-ms") << QString::number(r.keepAliveMs);
    if (!r.proxy.isEmpty())
        args << QStringLiteral("--proxy") << r.proxy;
    if (r.handshakeTimeoutMs != defaults.handshakeTimeoutMs)
        omitted << tr("wsprobe-cli has no option for the handshake timeout (%1 ms here).")
                       .arg(r.handshakeTimeoutMs);
    if (r.closeTimeoutMs != defaults.closeTimeoutMs)
        omitted << tr("wsprobe-cli has no option for the close timeout (%1 ms here).")
                       .arg(r.closeTimeoutMs);
    return finish(args, omitted, shell);
}
