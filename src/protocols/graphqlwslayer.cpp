#include "protocols/graphqlwslayer.h"

#include <iterator>

#include <QCborArray>

namespace {

bool needsId(const QString &type)
{
    static const QStringList withId = {QStringLiteral("subscribe"), QStringLiteral("next"),
                                       QStringLiteral("error"),     QStringLiteral("complete"),
                                       QStringLiteral("start"),     QStringLiteral("data"),
                                       QStringLiteral("stop")};
    return withId.contains(type);
}

} // namespace

GraphQlWsLayer::GraphQlWsLayer(bool legacy)
    : m_legacy(legacy)
{
}

QString GraphQlWsLayer::name() const
{
    return m_legacy ? QStringLiteral("graphql-ws") : QStringLiteral("graphql-transport-ws");
}

QString GraphQlWsLayer::title() const
{
    return m_legacy ? tr("GraphQL over WebSocket (legacy graphql-ws)")
                    : tr("GraphQL over WebSocket (graphql-transport-ws)");
}

QStringList GraphQlWsLayer::packetTypes() const
{
    if (m_legacy)
        return {QStringLiteral("connection_init"),
                QStringLiteral("connection_ack"),
                QStringLiteral("connection_error"),
                QStringLiteral("ka"),
                QStringLiteral("start"),
                QStringLiteral("data"),
                QStringLiteral("error"),
                QStringLiteral("complete"),
                QStringLiteral("stop"),
                QStringLiteral("connection_terminate")};
    return {QStringLiteral("connection_init"),
            QStringLiteral("connection_ack"),
            QStringLiteral("ping"),
            QStringLiteral("pong"),
            QStringLiteral("subscribe"),
            QStringLiteral("next"),
            QStringLiteral("error"),
            QStringLiteral("complete")};
}

int GraphQlWsLayer::firstTypeHint(QByteArrayView payload, bool binary, Direction) const
{
    // packetTypes()' words, in its order. The "type" member is wherever the object has it:
    // the whole object is scanned (nothing built), as readJson() would read it.
    static constexpr QByteArrayView Legacy[] = {
        "connection_init", "connection_ack", "connection_error",    "ka", "start", "data", "error",
        "complete",        "stop",           "connection_terminate"};
    static constexpr QByteArrayView Current[] = {
        "connection_init", "connection_ack", "ping",  "pong",
        "subscribe",       "next",           "error", "complete"};
    if (binary)
        return NoHint;
    TypeMember type;
    const bool object =
        m_legacy ? scanTypeMember(payload, Legacy, int(std::size(Legacy)), nullptr, &type)
                 : scanTypeMember(payload, Current, int(std::size(Current)), nullptr, &type);
    return object && type.kind == TypeMember::String && type.name >= 0 ? type.name : NoHint;
}

QList<LayerPacket> GraphQlWsLayer::decode(QByteArrayView payload, bool binary, Direction) const
{
    LayerPacket p;
    p.type = QStringLiteral("message");
    if (binary) {
        p.error = tr("a binary message: GraphQL over WebSocket sends text only");
        return {p};
    }
    QCborValue v;
    QString error;
    if (!readJson(payload, 0, &v, &error)) {
        p.error = error;
        return {p};
    }
    if (!v.isMap()) {
        p.error = tr("the message must be a JSON object");
        return {p};
    }
    const QCborMap m = v.toMap();
    p.value = v;
    const QCborValue type = m.value(QStringLiteral("type"));
    if (!type.isString()) {
        p.error = tr("the message has no \"type\" string");
        return {p};
    }
    // An unknown type (even "") is shown in the error; the packet stays a "message" so that
    // every packet has a type to list and filter by.
    const QString typeName = type.toString();
    if (!packetTypes().contains(typeName)) {
        p.error = tr("\"%1\" is not a message type of %2").arg(clip(typeName, 40), name());
        return {p};
    }
    p.type = typeName;
    const QCborValue id = m.value(QStringLiteral("id"));
    if (needsId(p.type)) {
        if (!id.isString() || id.toString().isEmpty()) {
            p.error = tr("%1: the message needs an \"id\" string").arg(p.type);
            return {p};
        }
        p.id = id.toString();
    }
    const QCborValue payloadValue = m.value(QStringLiteral("payload"));
    p.heartbeat = p.type == QLatin1String("ping") || p.type == QLatin1String("pong")
                  || p.type == QLatin1String("ka");
    if (p.type == QLatin1String("subscribe") || p.type == QLatin1String("start")) {
        const QCborMap op = payloadValue.toMap();
        if (!op.value(QStringLiteral("query")).isString()) {
            p.error = tr("%1: the payload needs a \"query\" string").arg(p.type);
            return {p};
        }
        const QString query = op.value(QStringLiteral("query")).toString().simplified();
        p.name = op.value(QStringLiteral("operationName")).toString();
        p.request = true;
        const QCborValue variables = op.value(QStringLiteral("variables"));
        p.summary = QStringLiteral("%1 #%2 %3").arg(p.type, p.id, clip(query, 100));
        if (variables.isMap() && !variables.toMap().isEmpty())
            p.summary += u' ' + clip(compactJson(variables), 60);
        return {p};
    }
    p.summary = p.id.isEmpty() ? p.type : QStringLiteral("%1 #%2").arg(p.type, p.id);
    if (!payloadValue.isUndefined() && !payloadValue.isNull())
        p.summary += u' ' + clip(compactJson(payloadValue));
    return {p};
}

QList<LayerAction> GraphQlWsLayer::actions() const
{
    QList<LayerAction> list = {
        {QStringLiteral("init"),
         tr("Connection Init"),
         {{QStringLiteral("payload"),
           tr("Payload (JSON object, optional)"),
           LayerField::Json,
           {}}}},
        {QStringLiteral("subscribe"),
         m_legacy ? tr("Start Operation") : tr("Subscribe"),
         {{QStringLiteral("query"), tr("Query"), LayerField::Text,
           QStringLiteral("subscription {\n  \n}")},
          {QStringLiteral("variables"),
           tr("Variables (JSON object, optional)"),
           LayerField::Json,
           {}},
          {QStringLiteral("operationName"),
           tr("Operation name (optional)"),
           LayerField::Line,
           {}}}},
        {QStringLiteral("complete"),
         m_legacy ? tr("Stop Operation") : tr("Complete"),
         {{QStringLiteral("id"), tr("Operation id"), LayerField::Line, {}}}},
    };
    if (m_legacy)
        list.append({QStringLiteral("terminate"), tr("Terminate Connection"), {}});
    else
        list.append({QStringLiteral("ping"), tr("Ping"), {}});
    return list;
}

bool GraphQlWsLayer::encode(const QString &action, const QVariantMap &values, qint64 *nextId,
                            QList<LayerFrame> *out, QString *error) const
{
    QCborMap m;
    const auto object = [&](const QString &key, QCborValue *v) {
        const QString text = values.value(key).toString().trimmed();
        if (text.isEmpty())
            return true;
        QString problem;
        if (!readJson(text.toUtf8(), 0, v, &problem) || !v->isMap()) {
            *error = problem.isEmpty() ? tr("%1: a JSON object is needed").arg(key)
                                       : tr("%1: %2").arg(key, problem);
            return false;
        }
        return true;
    };
    if (action == QLatin1String("init")) {
        m.insert(QStringLiteral("type"), QStringLiteral("connection_init"));
        QCborValue payload;
        if (!object(QStringLiteral("payload"), &payload))
            return false;
        if (!payload.isUndefined())
            m.insert(QStringLiteral("payload"), payload);
    } else if (action == QLatin1String("subscribe")) {
        const QString query = values.value(QStringLiteral("query")).toString();
        if (query.trimmed().isEmpty()) {
            *error = tr("query: the operation needs a query");
            return false;
        }
        QCborValue variables;
        if (!object(QStringLiteral("variables"), &variables))
            return false;
        QCborMap op;
        op.insert(QStringLiteral("query"), query);
        if (!variables.isUndefined())
            op.insert(QStringLiteral("variables"), variables);
        const QString name = values.value(QStringLiteral("operationName")).toString();
        if (!name.isEmpty())
            op.insert(QStringLiteral("operationName"), name);
        m.insert(QStringLiteral("id"), QString::number((*nextId)++));
        m.insert(QStringLiteral("type"),
                 m_legacy ? QStringLiteral("start") : QStringLiteral("subscribe"));
        m.insert(QStringLiteral("payload"), op);
    } else if (action == QLatin1String("complete")) {
        const QString id = values.value(QStringLiteral("id")).toString().trimmed();
        if (id.isEmpty()) {
            *error = tr("id: which operation?");
            return false;
        }
        m.insert(QStringLiteral("id"), id);
        m.insert(QStringLiteral("type"),
                 m_legacy ? QStringLiteral("stop") : QStringLiteral("complete"));
    } else if (action == QLatin1String("ping") && !m_legacy) {
        m.insert(QStringLiteral("type"), QStringLiteral("ping"));
    } else if (action == QLatin1String("terminate") && m_legacy) {
        m.insert(QStringLiteral("type"), QStringLiteral("connection_terminate"));
    } else {
        *error = tr("%1 has no action \"%2\"").arg(name(), action);
        return false;
    }
    out->append({compactJson(m).toUtf8(), false});
    return true;
}

QList<LayerFrame> GraphQlWsLayer::autoReply(const LayerPacket &packet) const
{
    // graphql-transport-ws: "The Pong message must be sent in response to the Ping message."
    if (!m_legacy && packet.type == QLatin1String("ping"))
        return {{R"({"type":"pong"})", false}};
    return {};
}
