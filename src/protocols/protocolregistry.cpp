#include "protocols/protocolregistry.h"

#include "protocols/graphqlwslayer.h"
#include "protocols/mqttlayer.h"
#include "protocols/signalrlayer.h"
#include "protocols/socketiolayer.h"
#include "protocols/sockjsframing.h"
#include "protocols/stomplayer.h"

QStringList ProtocolRegistry::names()
{
    return {QStringLiteral("socketio"),    QStringLiteral("graphql-transport-ws"),
            QStringLiteral("graphql-ws"),  QStringLiteral("stomp"),
            QStringLiteral("signalr"),     QStringLiteral("mqtt"),
            QStringLiteral("stomp-sockjs")};
}

std::shared_ptr<const ProtocolLayer> ProtocolRegistry::create(const QString &name, const QUrl &url)
{
    if (name == QLatin1String("socketio"))
        return std::make_shared<SocketIoLayer>(SocketIoLayer::eioOf(url) == 3 ? 3 : 4);
    if (name == QLatin1String("graphql-transport-ws"))
        return std::make_shared<GraphQlWsLayer>(false);
    if (name == QLatin1String("graphql-ws"))
        return std::make_shared<GraphQlWsLayer>(true);
    // STOMP at a SockJS transport URL is framed by SockJS, whichever of the two was named.
    if (name == QLatin1String("stomp") || name == QLatin1String("stomp-sockjs"))
        return std::make_shared<StompLayer>(name == QLatin1String("stomp-sockjs")
                                            || SockJsFraming::isTransportUrl(url));
    if (name == QLatin1String("signalr"))
        return std::make_shared<SignalRLayer>();
    if (name == QLatin1String("mqtt"))
        return std::make_shared<MqttLayer>();
    return nullptr;
}

QString ProtocolRegistry::detect(const QUrl &url, const QString &subprotocol)
{
    const QString sub = subprotocol.toLower();
    if (sub == QLatin1String("graphql-transport-ws") || sub == QLatin1String("graphql-ws"))
        return sub;
    if (sub == QLatin1String("mqtt") || sub == QLatin1String("mqttv3.1"))
        return QStringLiteral("mqtt");
    if (sub.startsWith(QLatin1String("v10.stomp")) || sub.startsWith(QLatin1String("v11.stomp"))
        || sub.startsWith(QLatin1String("v12.stomp")) || sub == QLatin1String("stomp"))
        return QStringLiteral("stomp");
    // SockJS's transport URL (/<prefix>/<server>/<session>/websocket) negotiates no
    // subprotocol; what runs over SockJS's WebSocket transport is STOMP, as Spring's
    // endpoints are.
    if (SockJsFraming::isTransportUrl(url))
        return QStringLiteral("stomp-sockjs");
    const QString path = url.path().toLower();
    if (path.contains(QLatin1String("/socket.io")) || SocketIoLayer::eioOf(url) > 0)
        return QStringLiteral("socketio");
    if (path.endsWith(QLatin1String("/stomp")) || path.contains(QLatin1String("/stomp/")))
        return QStringLiteral("stomp");
    if (path.endsWith(QLatin1String("/mqtt")))
        return QStringLiteral("mqtt");
    if (path.endsWith(QLatin1String("/graphql")))
        return QStringLiteral("graphql-transport-ws");
    // ASP.NET Core maps hubs as /something-hub or /somethinghub and adds ?id=TOKEN.
    if (path.endsWith(QLatin1String("hub")) && url.query().contains(QLatin1String("id=")))
        return QStringLiteral("signalr");
    return {};
}

std::shared_ptr<const ProtocolLayer> ProtocolRegistry::resolve(const QString &choice,
                                                               const QUrl &url,
                                                               const QString &subprotocol,
                                                               QString *error)
{
    if (choice.isEmpty())
        return nullptr;
    if (choice == QLatin1String("auto"))
        return create(detect(url, subprotocol), url);
    auto layer = create(choice, url);
    if (!layer && error)
        *error = tr("no protocol layer \"%1\" (known: auto, %2)")
                     .arg(choice, names().join(QStringLiteral(", ")));
    return layer;
}

bool ProtocolRegistry::isValidChoice(const QString &choice)
{
    return choice.isEmpty() || choice == QLatin1String("auto") || names().contains(choice);
}
