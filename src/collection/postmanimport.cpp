#include "collection/postmanimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "collection/collectionfile.h"

namespace {
QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

/// A Postman url: a string, or an object with "raw" or its parts.
QString urlText(const QJsonValue &url)
{
    if (url.isString())
        return url.toString().trimmed();
    const QJsonObject o = url.toObject();
    if (o.value(s("raw")).isString())
        return o.value(s("raw")).toString().trimmed();
    auto join = [](const QJsonValue &v, QChar sep) {
        if (v.isString())
            return v.toString();
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            parts << p.toString();
        return parts.join(sep);
    };
    QString text = o.value(s("protocol")).toString(s("ws")) + s("://")
                   + join(o.value(s("host")), QLatin1Char('.'));
    if (o.contains(s("port")))
        text += QLatin1Char(':') + o.value(s("port")).toVariant().toString();
    const QString path = join(o.value(s("path")), QLatin1Char('/'));
    if (!path.isEmpty())
        text += QLatin1Char('/') + path;
    QStringList query;
    for (const QJsonValue &q : o.value(s("query")).toArray()) {
        const QJsonObject p = q.toObject();
        if (!p.value(s("disabled")).toBool())
            query << p.value(s("key")).toString() + QLatin1Char('=')
                         + p.value(s("value")).toString();
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

bool isWebSocket(const QJsonObject &item, const QString &url)
{
    for (const QJsonValue &marker : {item.value(s("type")), item.value(s("protocol")),
                                     item.value(s("request")).toObject().value(s("type"))}) {
        const QString m = marker.toString().toLower();
        if (m == QLatin1String("ws") || m == QLatin1String("websocket"))
            return true;
    }
    return url.startsWith(QLatin1String("ws://"), Qt::CaseInsensitive)
           || url.startsWith(QLatin1String("wss://"), Qt::CaseInsensitive);
}

/// Postman's `{key, value}` list (auth parameters) as a map.
QString param(const QJsonObject &auth, const QString &type, const QString &key)
{
    for (const QJsonValue &v : auth.value(type).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(s("key")).toString() == key)
            return p.value(s("value")).toVariant().toString();
    }
    return {};
}

struct Context
{
    QJsonObject auth; ///< inherited from the collection and folders
    Variables::Table variables;
    QStringList *skipped;
};

void applyAuth(const QJsonObject &auth, const QString &itemName, SavedConnection *c,
               QStringList *skipped)
{
    const QString type = auth.value(s("type")).toString();
    auto header = [c](const QString &name, const QString &value) {
        c->request.headers.append({name.toUtf8(), value.toUtf8()});
    };
    if (type.isEmpty() || type == QLatin1String("noauth"))
        return;
    if (type == QLatin1String("bearer")) {
        header(s("Authorization"), s("Bearer ") + param(auth, type, s("token")));
    } else if (type == QLatin1String("apikey")) {
        const QString key = param(auth, type, s("key"));
        const QString value = param(auth, type, s("value"));
        if (param(auth, type, s("in")) == QLatin1String("query")) {
            c->url += (c->url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                      + key + QLatin1Char('=') + value;
        } else {
            header(key, value);
        }
    } else if (type == QLatin1String("basic")) {
        const QString pair =
            param(auth, type, s("username")) + QLatin1Char(':') + param(auth, type, s("password"));
        if (pair.contains(QLatin1String("{{"))) {
            *skipped << PostmanImport::tr("%1: Basic auth with variables (encode it as an "
                                          "Authorization header yourself)")
                            .arg(itemName);
            return;
        }
        header(s("Authorization"), s("Basic ") + QString::fromLatin1(pair.toUtf8().toBase64()));
    } else {
        *skipped << PostmanImport::tr("%1: %2 auth").arg(itemName, type);
    }
}

OutgoingMessage::Mode messageMode(const QJsonObject &m)
{
    for (const char *key : {"type", "language", "mode", "format"}) {
        const QString t = m.value(s(key)).toString().toLower();
        if (t == QLatin1String("json"))
            return OutgoingMessage::Mode::Json;
        if (t == QLatin1String("binary") || t == QLatin1String("base64"))
            return OutgoingMessage::Mode::Base64;
        if (t == QLatin1String("hex") || t == QLatin1String("hexadecimal"))
            return OutgoingMessage::Mode::Hex;
    }
    return OutgoingMessage::Mode::Text;
}

QList<MessageTemplate> messagesOf(const QJsonObject &item)
{
    QJsonArray list = item.value(s("messages")).toArray();
    if (list.isEmpty())
        list = item.value(s("request")).toObject().value(s("messages")).toArray();
    QList<MessageTemplate> templates;
    for (const QJsonValue &v : list) {
        MessageTemplate t;
        if (v.isString()) {
            t.message.body = v.toString();
        } else {
            const QJsonObject m = v.toObject();
            t.name = m.value(s("name")).toString().trimmed();
            for (const char *key : {"content", "body", "message", "data", "text"}) {
                if (m.value(s(key)).isString()) {
                    t.message.body = m.value(s(key)).toString();
                    break;
                }
            }
            t.message.mode = messageMode(m);
        }
        if (t.name.isEmpty())
            t.name = PostmanImport::tr("Message %1").arg(templates.size() + 1);
        templates << t;
    }
    return templates;
}

SavedConnection connectionOf(const QJsonObject &item, const QString &url, const Context &context)
{
    SavedConnection c;
    c.name = item.value(s("name")).toString().trimmed();
    c.url = url;
    c.variables = context.variables;
    const QJsonObject request = item.value(s("request")).toObject();
    QJsonArray headers = request.value(s("header")).toArray();
    if (headers.isEmpty())
        headers = request.value(s("headers")).toArray();
    for (const QJsonValue &v : headers) {
        const QJsonObject h = v.toObject();
        const QString name = h.value(s("key")).toString().trimmed();
        const QString value = h.value(s("value")).toString();
        if (name.isEmpty() || h.value(s("disabled")).toBool())
            continue;
        const QString lower = name.toLower();
        if (lower == QLatin1String("sec-websocket-protocol")) {
            for (const QString &p : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                c.request.subprotocols << p.trimmed();
        } else if (lower == QLatin1String("origin")) {
            c.request.origin = value.trimmed();
        } else if (lower == QLatin1String("host") || lower == QLatin1String("upgrade")
                   || lower == QLatin1String("connection")
                   || lower.startsWith(QLatin1String("sec-websocket-"))) {
            context.skipped->append(
                PostmanImport::tr("%1: header %2 (the handshake sets it)").arg(c.name, name));
        } else {
            c.request.headers.append({name.toUtf8(), value.toUtf8()});
        }
    }
    const QJsonObject auth =
        request.contains(s("auth")) ? request.value(s("auth")).toObject() : context.auth;
    applyAuth(auth, c.name, &c, context.skipped);
    c.templates = messagesOf(item);
    if (c.name.isEmpty())
        c.name = SavedConnection::nameFor(url);
    return c;
}

void readItems(const QJsonArray &items, Context context, QList<CollectionItem> *out)
{
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString name = item.value(s("name")).toString().trimmed();
        if (item.contains(s("item"))) {
            Context inner = context;
            if (item.contains(s("auth")))
                inner.auth = item.value(s("auth")).toObject();
            CollectionItem folder =
                CollectionItem::makeFolder(name.isEmpty() ? PostmanImport::tr("Folder") : name);
            readItems(item.value(s("item")).toArray(), inner, &folder.children);
            // A folder of HTTP requests alone would be an empty shell here.
            if (folder.connectionCount() > 0)
                *out << folder;
            continue;
        }
        const QString url =
            urlText(item.value(s("request")).toObject().value(s("url")).isUndefined()
                        ? item.value(s("request"))
                        : item.value(s("request")).toObject().value(s("url")));
        if (!isWebSocket(item, url)) {
            const QString method =
                item.value(s("request")).toObject().value(s("method")).toString();
            context.skipped->append(PostmanImport::tr("%1: not a WebSocket request (%2 %3)")
                                        .arg(name, method.isEmpty() ? s("GET") : method, url));
            continue;
        }
        *out << CollectionItem::makeConnection(connectionOf(item, url, context));
    }
}

bool parseEnvironment(const QJsonObject &root, CollectionDocument *out)
{
    Environment e;
    e.name = root.value(s("name")).toString().trimmed();
    if (e.name.isEmpty())
        e.name = PostmanImport::tr("Postman");
    for (const QJsonValue &v : root.value(s("values")).toArray()) {
        const QJsonObject o = v.toObject();
        EnvironmentVariable var;
        var.name = o.value(s("key")).toString().trimmed();
        var.value = o.value(s("value")).toVariant().toString();
        var.secret = o.value(s("type")).toString() == QLatin1String("secret");
        if (!var.name.isEmpty() && o.value(s("enabled")).toBool(true))
            e.variables << var;
    }
    out->environments.setEnvironments({e});
    out->hasEnvironments = true;
    out->name = e.name;
    return true;
}
} // namespace

bool PostmanImport::looksLikePostman(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return root.value(s("info"))
               .toObject()
               .value(s("schema"))
               .toString()
               .contains(QLatin1String("getpostman.com"))
           || root.contains(s("_postman_variable_scope"));
}

bool PostmanImport::parse(const QByteArray &json, CollectionDocument *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    CollectionDocument result;
    if (root.contains(s("_postman_variable_scope"))) {
        parseEnvironment(root, &result);
        *out = result;
        return true;
    }
    const QJsonObject info = root.value(s("info")).toObject();
    const QString schema = info.value(s("schema")).toString();
    if (!schema.contains(QLatin1String("/collection/v2"))) {
        *error = tr("a Postman collection of schema %1; Wsprobe reads v2.1 (and v2.0)").arg(schema);
        return false;
    }
    Context context;
    context.auth = root.value(s("auth")).toObject();
    context.skipped = &result.skipped;
    for (const QJsonValue &v : root.value(s("variable")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(s("key")).toString().trimmed();
        if (Variables::isValidName(key) && !o.value(s("disabled")).toBool())
            context.variables.append({key, o.value(s("value")).toVariant().toString()});
    }
    result.name = info.value(s("name")).toString().trimmed();
    if (result.name.isEmpty())
        result.name = tr("Postman collection");
    QList<CollectionItem> items;
    readItems(root.value(s("item")).toArray(), context, &items);
    if (root.contains(s("event")))
        result.skipped << tr("collection scripts (pre-request and test events)");
    result.items = {CollectionItem::makeFolder(result.name, items)};
    *out = result;
    return true;
}
