#pragma once

#include <memory>

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class ProtocolLayer;

/// The protocol layers Wsprobe knows, by name, and which one a connection speaks: chosen,
/// or guessed from the negotiated subprotocol and then the URL.
class ProtocolRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRegistry)
public:
    /// "socketio", "graphql-transport-ws", "graphql-ws", "stomp", "signalr", "mqtt",
    /// "stomp-sockjs" (added last: the fuzz target's corpus picks layers by index).
    static QStringList names();
    /// A layer for a connection to url (Socket.IO reads the EIO version from it); null for
    /// an unknown name.
    static std::shared_ptr<const ProtocolLayer> create(const QString &name, const QUrl &url = {});
    /// The layer a connection speaks by its subprotocol (the server's answer), else its URL;
    /// "" when neither says.
    static QString detect(const QUrl &url, const QString &subprotocol);
    /// A choice as the tab and the console take it: "" (none), "auto" or a name. Resolved
    /// with the connection's URL and subprotocol; null when none applies. *error is set
    /// for an unknown name.
    static std::shared_ptr<const ProtocolLayer> resolve(const QString &choice, const QUrl &url,
                                                        const QString &subprotocol,
                                                        QString *error = nullptr);
    /// Whether choice is "", "auto" or a known name.
    static bool isValidChoice(const QString &choice);
};
