#include "collection/savedconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include "session/session.h"

namespace {
QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonArray tableToJson(const Variables::Table &table)
{
    QJsonArray array;
    for (const auto &[name, value] : table)
        array.append(QJsonArray{name, value});
    return array;
}

Variables::Table tableFromJson(const QJsonArray &array)
{
    Variables::Table table;
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2 && pair[0].isString())
            table.append({pair[0].toString(), pair[1].toString()});
    }
    return table;
}
} // namespace

bool operator==(const SavedConnection &a, const SavedConnection &b)
{
    // ConnectionRequest has no comparison of its own: its saved form is what counts here.
    return a.toJson() == b.toJson();
}

QJsonObject SavedConnection::toJson() const
{
    QJsonObject o;
    o.insert(s("type"), s("connection"));
    o.insert(s("name"), name);
    o.insert(s("url"), url);
    QJsonObject r = SessionJson::requestToJson(request);
    r.remove(s("url"));
    o.insert(s("request"), r);
    if (!variables.isEmpty())
        o.insert(s("variables"), tableToJson(variables));
    if (!onOpen.isEmpty())
        o.insert(s("onOpen"), QJsonArray::fromStringList(onOpen));
    if (!templates.isEmpty()) {
        QJsonArray list;
        for (const MessageTemplate &t : templates) {
            list.append(QJsonObject{{s("name"), t.name},
                                    {s("mode"), OutgoingMessage::modeId(t.message.mode)},
                                    {s("body"), t.message.body}});
        }
        o.insert(s("templates"), list);
    }
    if (!environment.isEmpty())
        o.insert(s("environment"), environment);
    if (!script.isEmpty())
        o.insert(s("script"), script);
    o.insert(s("reconnect"), QJsonObject{{s("enabled"), reconnect},
                                         {s("attempts"), backoff.maxAttempts},
                                         {s("firstDelayMs"), backoff.initialMs},
                                         {s("maxDelayMs"), backoff.maxMs}});
    return o;
}

SavedConnection SavedConnection::fromJson(const QJsonObject &o)
{
    SavedConnection c;
    c.name = o.value(s("name")).toString().trimmed();
    c.url = o.value(s("url")).toString().trimmed();
    QJsonObject r = o.value(s("request")).toObject();
    r.remove(s("url")); // a variable in the URL would not survive QUrl
    c.request = SessionJson::requestFromJson(r);
    c.variables = tableFromJson(o.value(s("variables")).toArray());
    for (const QJsonValue &v : o.value(s("onOpen")).toArray())
        c.onOpen << v.toString();
    for (const QJsonValue &v : o.value(s("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        MessageTemplate m;
        m.name = t.value(s("name")).toString().trimmed();
        m.message.body = t.value(s("body")).toString();
        if (m.name.isEmpty()
            || !OutgoingMessage::modeFromId(t.value(s("mode")).toString(s("text")), &m.message.mode)
            || m.message.mode == OutgoingMessage::Mode::File)
            continue; // a template we cannot send is not worth failing the whole file for
        c.templates << m;
    }
    c.environment = o.value(s("environment")).toString();
    c.script = o.value(s("script")).toString();
    const QJsonObject re = o.value(s("reconnect")).toObject();
    c.reconnect = re.value(s("enabled")).toBool();
    c.backoff.maxAttempts = re.value(s("attempts")).toInt(c.backoff.maxAttempts);
    c.backoff.initialMs = re.value(s("firstDelayMs")).toInt(c.backoff.initialMs);
    c.backoff.maxMs = re.value(s("maxDelayMs")).toInt(c.backoff.maxMs);
    if (c.name.isEmpty())
        c.name = nameFor(c.url);
    return c;
}

SavedConnection SavedConnection::fromTabState(const QVariantMap &state, const QString &name)
{
    SavedConnection c;
    c.request = SessionJson::requestFromJson(
        QJsonObject::fromVariantMap(state.value(s("request")).toMap()));
    c.url = state.value(s("urlText")).toString().trimmed();
    if (c.url.isEmpty())
        c.url = c.request.url.toString();
    c.request.url = QUrl();
    for (const QVariant &v : state.value(s("variables")).toList()) {
        const QStringList pair = v.toStringList();
        if (pair.size() == 2)
            c.variables.append({pair[0], pair[1]});
    }
    c.onOpen = state.value(s("onOpen")).toStringList();
    c.environment = state.value(s("environment")).toString();
    c.script = state.value(s("script")).toString(); // ConnectionPage::saveState's key
    c.reconnect = state.value(s("reconnect")).toBool();
    c.backoff.maxAttempts = state.value(s("attempts"), c.backoff.maxAttempts).toInt();
    c.backoff.initialMs = state.value(s("firstDelayMs"), c.backoff.initialMs).toInt();
    c.backoff.maxMs = state.value(s("maxDelayMs"), c.backoff.maxMs).toInt();
    c.name = name.trimmed().isEmpty() ? nameFor(c.url) : name.trimmed();
    return c;
}

QVariantMap SavedConnection::toTabState() const
{
    QVariantMap map;
    ConnectionRequest r = request;
    r.url = QUrl(url); // what the tab's panel shows comes from urlText below
    map.insert(s("request"), SessionJson::requestToJson(r).toVariantMap());
    map.insert(s("urlText"), url);
    map.insert(s("title"), name);
    QVariantList vars;
    for (const auto &[n, v] : variables)
        vars << QVariant(QStringList{n, v});
    map.insert(s("variables"), vars);
    map.insert(s("onOpen"), onOpen);
    map.insert(s("environment"), environment);
    map.insert(s("script"), script);
    map.insert(s("reconnect"), reconnect);
    map.insert(s("attempts"), backoff.maxAttempts);
    map.insert(s("firstDelayMs"), backoff.initialMs);
    map.insert(s("maxDelayMs"), backoff.maxMs);
    return map;
}

QString SavedConnection::nameFor(const QString &url)
{
    const QUrl u(url);
    QString host = u.host();
    if (host.isEmpty()) {
        // "ws://{{host}}/x" is no valid URL; its text still names it.
        QString rest = url.section(QStringLiteral("://"), 1);
        host = rest.section(QLatin1Char('/'), 0, 0);
        if (host.isEmpty())
            return QCoreApplication::translate("SavedConnection", "New Connection");
        const QString path = rest.section(QLatin1Char('/'), 1).section(QLatin1Char('?'), 0, 0);
        return path.isEmpty() ? host : host + QLatin1Char('/') + path;
    }
    if (u.port() > 0)
        host += QLatin1Char(':') + QString::number(u.port());
    const QString path = u.path();
    return path.isEmpty() || path == QLatin1String("/") ? host : host + path;
}

CollectionItem CollectionItem::makeFolder(const QString &name,
                                          const QList<CollectionItem> &children)
{
    CollectionItem item;
    item.folder = true;
    item.name = name;
    item.children = children;
    return item;
}

CollectionItem CollectionItem::makeConnection(const SavedConnection &connection)
{
    CollectionItem item;
    item.connection = connection;
    return item;
}

int CollectionItem::connectionCount() const
{
    if (!folder)
        return 1;
    int n = 0;
    for (const CollectionItem &child : children)
        n += child.connectionCount();
    return n;
}
