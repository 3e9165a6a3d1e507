#include "snippet/codesnippet.h"

namespace {

// A double-quoted string literal that JavaScript and Python read back the same: backslash,
// quote and control characters escaped; other characters (any script) kept as written,
// since both read UTF-8 source. U+2028/2029 end a line in older JavaScript.
QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString listLiteral(const QStringList &items, QString (*quote)(const QString &) = literal)
{
    QStringList quoted;
    for (const QString &i : items)
        quoted << quote(i);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Node writes a header value string as Latin-1, one byte per character: a string made of the
// UTF-8 bytes makes the value arrive as UTF-8, as Wsprobe sends it.
QString nodeHeaderValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() >= 0x80)
            return QStringLiteral("Buffer.from(%1, \"utf8\").toString(\"latin1\")")
                .arg(literal(value));
    }
    return literal(value);
}

QString url(const ConnectionRequest &r)
{
    return r.url.toString(QUrl::FullyEncoded);
}

bool secure(const ConnectionRequest &r)
{
    return r.url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
}

// Seconds as Python writes them: 15.0, 0.25.
QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 == 0 ? 1 : 3);
}

void commonOmissions(const ConnectionRequest &r, const QString &language, QStringList *omitted)
{
    if (r.outgoingFrameSize > 0)
        omitted->append(CodeSnippet::tr("%1 sends every message in one frame (frames of %2 "
                                        "bytes here).")
                            .arg(language)
                            .arg(r.outgoingFrameSize));
}

} // namespace

Snippet CodeSnippet::browserJs(const ConnectionRequest &r, const QString &message)
{
    Snippet s;
    const ConnectionRequest defaults;
    const QString browser = tr("A browser");
    QStringList headerNames;
    for (const HeaderField &h : r.headers)
        headerNames << QString::fromUtf8(h.name);
    if (!headerNames.isEmpty())
        s.omitted << tr("A browser cannot set request headers: %1.")
                         .arg(headerNames.join(QStringLiteral(", ")));
    if (!r.origin.isEmpty())
        s.omitted << tr("A browser sends the page's own Origin, not %1.").arg(r.origin);
    if (!r.caFile.isEmpty() || !r.certFile.isEmpty() || r.ignoreTlsErrors)
        s.omitted << tr("A browser takes CA and client certificates, and trust exceptions, from "
                        "its own settings, not from the page.");
    if (!r.proxy.isEmpty())
        s.omitted << tr("A browser uses its own proxy settings (%1 here).").arg(r.proxy);
    if (!r.deflate)
        s.omitted << tr("A browser always offers permessage-deflate compression.");
    if (!r.autoPong)
        s.omitted << tr("A browser always answers pings.");
    if (r.keepAliveMs > 0)
        s.omitted << tr("A browser does not let a page send pings (every %1 ms here).")
                         .arg(r.keepAliveMs);
    if (r.followRedirects)
        s.omitted << tr("A browser does not follow redirects of a WebSocket handshake.");
    if (r.maxMessageSize != defaults.maxMessageSize)
        s.omitted << tr("A browser has no limit a page could set on message size.");
    commonOmissions(r, browser, &s.omitted);

    QStringList lines{QStringLiteral("// Browser JavaScript: paste into the console of a page "
                                     "or into a <script>.")};
    if (!headerNames.isEmpty() || !r.origin.isEmpty()) {
        lines << QStringLiteral("// Browsers send the page's own Origin and cannot set request "
                                "headers;");
        QStringList dropped = headerNames;
        if (!r.origin.isEmpty())
            dropped << QStringLiteral("Origin");
        lines << QStringLiteral("// left out: ") + dropped.join(QStringLiteral(", "))
                     + QLatin1Char('.');
    }
    lines << (r.subprotocols.isEmpty()
                  ? QStringLiteral("const ws = new WebSocket(%1);").arg(literal(url(r)))
                  : QStringLiteral("const ws = new WebSocket(%1, %2);")
                        .arg(literal(url(r)), listLiteral(r.subprotocols)))
          << QStringLiteral("ws.binaryType = \"arraybuffer\";")
          << QStringLiteral("ws.onopen = () => {")
          << QStringLiteral("  console.log(\"open, subprotocol:\", JSON.stringify(ws.protocol));")
          << QStringLiteral("  ws.send(%1);").arg(literal(message)) << QStringLiteral("};")
          << QStringLiteral("ws.onmessage = (event) => {")
          << QStringLiteral("  console.log(\"message:\", event.data);")
          << QStringLiteral("  ws.close(1000, \"done\");") << QStringLiteral("};")
          << QStringLiteral("ws.onerror = () => {")
          << QStringLiteral("  // Browsers give no reason, on purpose; onclose follows with 1006.")
          << QStringLiteral("  console.error(\"error\");") << QStringLiteral("};")
          << QStringLiteral("ws.onclose = (event) => {")
          << QStringLiteral("  console.log(\"close:\", event.code, event.reason, "
                            "event.wasClean ? \"clean\" : \"not clean\");")
          << QStringLiteral("};");
    s.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return s;
}

Snippet CodeSnippet::nodeWs(const ConnectionRequest &r, const QString &message)
{
    Snippet s;
    const bool tls = secure(r);
    const bool files = tls && (!r.caFile.isEmpty() || !r.certFile.isEmpty());
    QStringList options;
    if (!r.headers.isEmpty()) {
        // Node sends an array value as one header line per element: duplicates survive.
        QList<QByteArray> names;
        for (const HeaderField &h : r.headers) {
            if (!names.contains(h.name.toLower()))
                names << h.name.toLower();
        }
        bool latin1Trick = false;
        for (const HeaderField &h : r.headers) {
            for (const char c : h.value)
                latin1Trick = latin1Trick || uchar(c) >= 0x80;
        }
        if (latin1Trick)
            options << QStringLiteral("  // Node writes header strings as Latin-1; Buffer.from(...)"
                                      " makes the UTF-8 bytes go out.");
        options << QStringLiteral("  headers: {");
        for (const QByteArray &lower : names) {
            QString name;
            QStringList values;
            for (const HeaderField &h : r.headers) {
                if (h.name.toLower() == lower) {
                    name = QString::fromUtf8(h.name);
                    values << QString::fromUtf8(h.value);
                }
            }
            options << QStringLiteral("    %1: %2,")
                           .arg(literal(name), values.size() == 1
                                                   ? nodeHeaderValue(values.first())
                                                   : listLiteral(values, nodeHeaderValue));
        }
        options << QStringLiteral("  },");
    }
    if (!r.origin.isEmpty())
        options << QStringLiteral("  origin: %1,").arg(literal(r.origin));
    auto file = [](const QString &path) {
        return QStringLiteral("fs.readFileSync(%1)").arg(literal(path));
    };
    if (tls) {
        if (!r.caFile.isEmpty())
            options << QStringLiteral("  ca: %1,").arg(file(r.caFile));
        if (!r.certFile.isEmpty() && r.keyFile.isEmpty()) {
            options << QStringLiteral("  pfx: %1,").arg(file(r.certFile));
        } else if (!r.certFile.isEmpty()) {
            options << QStringLiteral("  cert: %1,").arg(file(r.certFile))
                    << QStringLiteral("  key: %1,").arg(file(r.keyFile));
        }
        if (!r.certFile.isEmpty() && !r.keyPassphrase.isEmpty())
            options << QStringLiteral("  passphrase: %1,").arg(literal(r.keyPassphrase));
        if (r.ignoreTlsErrors)
            options << QStringLiteral("  rejectUnauthorized: false,");
    }
    if (r.followRedirects)
        options << QStringLiteral("  followRedirects: true,")
                << QStringLiteral("  maxRedirects: %1,").arg(ConnectionRequest::MaxRedirects);
    if (!r.deflate)
        options << QStringLiteral("  perMessageDeflate: false,");
    if (!r.autoPong)
        options << QStringLiteral("  autoPong: false,");
    options << QStringLiteral("  maxPayload: %1,").arg(r.maxMessageSize)
            << QStringLiteral("  handshakeTimeout: %1,").arg(r.handshakeTimeoutMs);
    if (!r.proxy.isEmpty())
        s.omitted << tr("ws needs an agent package for a proxy (%1 here), for example "
                        "agent: new HttpsProxyAgent(...) from https-proxy-agent.")
                         .arg(r.proxy);
    commonOmissions(r, QStringLiteral("ws"), &s.omitted);

    QStringList lines{QStringLiteral("// Node.js with ws 8 (npm install ws); run: node FILE.js")};
    if (files)
        lines << QStringLiteral("const fs = require(\"fs\");");
    lines << QStringLiteral("const WebSocket = require(\"ws\");") << QString()
          << QStringLiteral("const ws = new WebSocket(%1, %2, {")
                 .arg(literal(url(r)), listLiteral(r.subprotocols))
          << options << QStringLiteral("});");
    if (r.keepAliveMs > 0)
        lines << QStringLiteral("let keepAlive;");
    lines << QString() << QStringLiteral("ws.on(\"open\", () => {")
          << QStringLiteral("  console.log(\"open, subprotocol:\", JSON.stringify(ws.protocol));");
    if (r.keepAliveMs > 0)
        lines
            << QStringLiteral("  keepAlive = setInterval(() => ws.ping(), %1);").arg(r.keepAliveMs);
    lines << QStringLiteral("  ws.send(%1);").arg(literal(message)) << QStringLiteral("});")
          << QStringLiteral("ws.on(\"message\", (data, isBinary) => {")
          << QStringLiteral("  console.log(\"message:\", isBinary ? data : data.toString());")
          << QStringLiteral("  ws.close(1000, \"done\");") << QStringLiteral("});")
          << QStringLiteral("ws.on(\"error\", (error) => console.error(\"error:\", "
                            "error.message));")
          << QStringLiteral("ws.on(\"close\", (code, reason) => {");
    if (r.keepAliveMs > 0)
        lines << QStringLiteral("  clearInterval(keepAlive);");
    lines << QStringLiteral("  console.log(\"close:\", code, reason.toString());")
          << QStringLiteral("});");
    s.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return s;
}

Snippet CodeSnippet::pythonWebsockets(const ConnectionRequest &r, const QString &message)
{
    Snippet s;
    const bool tls = secure(r);
    QStringList lines{QStringLiteral("# Python 3 with websockets (pip install websockets; Debian: "
                                     "python3-websockets)."),
                      QStringLiteral("import asyncio"), QStringLiteral("import inspect")};
    if (tls)
        lines << QStringLiteral("import ssl");
    lines << QString() << QStringLiteral("import websockets") << QString()
          << QStringLiteral("URL = %1").arg(literal(url(r))) << QStringLiteral("HEADERS = [");
    for (const HeaderField &h : r.headers)
        lines << QStringLiteral("    (%1, %2),")
                     .arg(literal(QString::fromUtf8(h.name)), literal(QString::fromUtf8(h.value)));
    lines << QStringLiteral("]") << QString() << QString() << QStringLiteral("async def main():");
    if (tls) {
        lines << (r.caFile.isEmpty() ? QStringLiteral("    context = ssl.create_default_context()")
                                     : QStringLiteral("    context = ssl.create_default_context("
                                                      "cafile=%1)")
                                           .arg(literal(r.caFile)));
        if (!r.certFile.isEmpty() && r.keyFile.isEmpty()) {
            s.omitted << tr("Python's ssl module cannot read a PKCS#12 client certificate (%1); "
                            "convert it to PEM (openssl pkcs12 -in FILE -nodes).")
                             .arg(r.certFile);
        } else if (!r.certFile.isEmpty()) {
            lines << (r.keyPassphrase.isEmpty()
                          ? QStringLiteral("    context.load_cert_chain(%1, %2)")
                                .arg(literal(r.certFile), literal(r.keyFile))
                          : QStringLiteral("    context.load_cert_chain(%1, %2, password=%3)")
                                .arg(literal(r.certFile), literal(r.keyFile),
                                     literal(r.keyPassphrase)));
        }
        if (r.ignoreTlsErrors)
            lines << QStringLiteral("    context.check_hostname = False")
                  << QStringLiteral("    context.verify_mode = ssl.CERT_NONE");
    }
    lines << QStringLiteral("    options = {");
    if (!r.subprotocols.isEmpty())
        lines << QStringLiteral("        \"subprotocols\": %1,").arg(listLiteral(r.subprotocols));
    if (!r.origin.isEmpty())
        lines << QStringLiteral("        \"origin\": %1,").arg(literal(r.origin));
    if (tls)
        lines << QStringLiteral("        \"ssl\": context,");
    if (!r.deflate)
        lines << QStringLiteral("        \"compression\": None,");
    lines << QStringLiteral("        \"max_size\": %1,").arg(r.maxMessageSize)
          << QStringLiteral("        \"open_timeout\": %1,").arg(seconds(r.handshakeTimeoutMs))
          << (r.keepAliveMs > 0
                  ? QStringLiteral("        \"ping_interval\": %1,").arg(seconds(r.keepAliveMs))
                  : QStringLiteral("        \"ping_interval\": None,"))
          << QStringLiteral("    }")
          << QStringLiteral("    # websockets 14 and newer take additional_headers; older ones "
                            "(Debian 12 has 10.4)")
          << QStringLiteral("    # take extra_headers.")
          << QStringLiteral("    if \"additional_headers\" in "
                            "inspect.signature(websockets.connect).parameters:")
          << QStringLiteral("        options[\"additional_headers\"] = HEADERS")
          << QStringLiteral("    else:")
          << QStringLiteral("        options[\"extra_headers\"] = HEADERS")
          << QStringLiteral("    async with websockets.connect(URL, **options) as ws:")
          << QStringLiteral("        print(\"open, subprotocol:\", ws.subprotocol)")
          << QStringLiteral("        await ws.send(%1)").arg(literal(message))
          << QStringLiteral("        print(\"message:\", await ws.recv())")
          << QStringLiteral("    print(\"close:\", ws.close_code, ws.close_reason)") << QString()
          << QString() << QStringLiteral("asyncio.run(main())");
    if (!r.autoPong)
        s.omitted << tr("websockets always answers pings.");
    if (!r.proxy.isEmpty())
        s.omitted << tr("websockets before 15 cannot use a proxy; 15 and newer read it from the "
                        "environment (%1 here).")
                         .arg(r.proxy);
    commonOmissions(r, QStringLiteral("websockets"), &s.omitted);
    s.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return s;
}
