#include "relay/relayrequest.h"

#include <algorithm>

namespace {

bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool negotiatedPerLeg(const QByteArray &name)
{
    static const char *const names[] = {"Host",
                                        "Upgrade",
                                        "Connection",
                                        "Sec-WebSocket-Key",
                                        "Sec-WebSocket-Version",
                                        "Sec-WebSocket-Extensions",
                                        "Sec-WebSocket-Protocol",
                                        "Origin",
                                        "Content-Length",
                                        "Transfer-Encoding"};
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *n) { return sameName(name, n); });
}

} // namespace

QByteArray RelayRequest::requestTarget(const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray("/");
}

ConnectionRequest RelayRequest::upstream(const ConnectionRequest &base,
                                         const QByteArray &clientRequestLine,
                                         const HeaderList &clientHeaders,
                                         const RelayHeaderRules &rules)
{
    ConnectionRequest r = base;
    if (r.url.path().isEmpty()) {
        const QByteArray target = requestTarget(clientRequestLine);
        const qsizetype q = target.indexOf('?');
        r.url.setPath(QString::fromLatin1(q < 0 ? target : target.left(q)), QUrl::TolerantMode);
        if (q >= 0)
            r.url.setQuery(QString::fromLatin1(target.mid(q + 1)), QUrl::TolerantMode);
    }
    // The client's subprotocols go upstream; the relay's own list only stands in for a client
    // that offers none (a server that insists on one, a client that never names it).
    r.subprotocols.clear();
    r.headers.clear();
    for (const HeaderField &h : clientHeaders) {
        if (sameName(h.name, "Sec-WebSocket-Protocol")) {
            for (const QByteArray &p : h.value.split(',')) {
                if (const QByteArray t = p.trimmed(); !t.isEmpty())
                    r.subprotocols << QString::fromLatin1(t);
            }
        } else if (sameName(h.name, "Origin")) {
            if (base.origin.isEmpty())
                r.origin = QString::fromLatin1(h.value);
        } else if (!negotiatedPerLeg(h.name)) {
            r.headers << h;
        }
    }
    if (r.subprotocols.isEmpty())
        r.subprotocols = base.subprotocols;
    auto removeName = [&r](const QByteArray &name) {
        r.headers.removeIf([&](const HeaderField &h) { return sameName(h.name, name); });
    };
    for (const QByteArray &name : rules.remove)
        removeName(name);
    for (const HeaderField &h : rules.set) {
        removeName(h.name);
        r.headers << h;
    }
    return r;
}
