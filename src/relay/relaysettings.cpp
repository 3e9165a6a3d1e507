#include "relay/relaysettings.h"

#include <algorithm>

#include <QJsonObject>

#include "session/session.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

QVariantMap RelaySettings::toMap() const
{
    QVariantMap m;
    m.insert(s("kind"), s(Kind));
    if (!title.isEmpty())
        m.insert(s("title"), title);
    const ServerConfig &l = config.listen;
    QVariantMap listen;
    listen.insert(s("address"), l.address.toString());
    listen.insert(s("port"), int(l.port));
    listen.insert(s("deflate"), l.deflateEnabled);
    listen.insert(s("tls"), l.tls);
    listen.insert(s("selfSigned"), l.selfSigned);
    // File names only, as a connection tab keeps them; never the passphrase.
    if (!l.certFile.isEmpty())
        listen.insert(s("certFile"), l.certFile);
    if (!l.keyFile.isEmpty())
        listen.insert(s("keyFile"), l.keyFile);
    m.insert(s("listen"), listen);
    m.insert(s("upstream"), SessionJson::requestToJson(config.upstream).toVariantMap());
    QStringList removed;
    for (const QByteArray &name : config.headers.remove)
        removed << QString::fromLatin1(name);
    m.insert(s("removeHeaders"), removed);
    m.insert(s("breakpoints"), breakpointRules);
    return m;
}

RelaySettings RelaySettings::fromMap(const QVariantMap &map, QStringList *problems)
{
    RelaySettings r;
    r.title = map.value(s("title")).toString();
    const QVariantMap listen = map.value(s("listen")).toMap();
    ServerConfig &l = r.config.listen;
    if (const QHostAddress address(listen.value(s("address")).toString()); !address.isNull())
        l.address = address;
    l.port = quint16(std::clamp(listen.value(s("port"), 0).toInt(), 0, 65535));
    l.deflateEnabled = listen.value(s("deflate"), true).toBool();
    l.tls = listen.value(s("tls")).toBool();
    l.selfSigned = listen.value(s("selfSigned")).toBool();
    l.certFile = listen.value(s("certFile")).toString();
    l.keyFile = listen.value(s("keyFile")).toString();
    if (map.contains(s("upstream"))) {
        r.config.upstream = SessionJson::requestFromJson(
            QJsonObject::fromVariantMap(map.value(s("upstream")).toMap()));
    }
    // A relay passes on what its peers send: the frame limit follows the message limit.
    l.maxMessageSize = r.config.upstream.maxMessageSize;
    l.maxFrameSize = r.config.upstream.maxFrameSize;
    for (const QString &name : map.value(s("removeHeaders")).toStringList())
        r.config.headers.remove << name.toLatin1();
    for (const QString &rule : map.value(s("breakpoints")).toStringList()) {
        RelayBreakpoints parsed;
        QString error;
        if (RelayBreakpointText::parse(rule, &parsed, &error))
            r.breakpointRules << rule;
        else if (problems)
            *problems << error;
    }
    return r;
}

bool RelaySettings::isRelayTab(const QVariantMap &map)
{
    return map.value(s("kind")).toString() == s(Kind);
}

RelayConfig RelaySettings::effectiveConfig() const
{
    RelayConfig c = config;
    c.breakpoints.clear();
    for (const QString &rule : breakpointRules) {
        QString error;
        RelayBreakpointText::parse(rule, &c.breakpoints, &error);
    }
    c.headers.set = c.upstream.headers;
    return c;
}
