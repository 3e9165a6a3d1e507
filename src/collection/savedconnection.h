#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "compose/templatelibrary.h"
#include "compose/variables.h"
#include "connection/backoff.h"
#include "protocol/connectionrequest.h"

/// A named, saved request: everything a connection tab needs to start over — the URL as
/// typed (it may hold `{{variables}}`), the rest of the request (subprotocols, headers,
/// Origin, TLS, proxy, engine, limits), the tab's variables, the On Open messages, the
/// templates that go with it, reconnecting, the environment it is pinned to and its script.
struct SavedConnection
{
    QString name;
    QString url;
    ConnectionRequest request; ///< request.url is ignored: url is the truth
    Variables::Table variables;
    QStringList onOpen;
    QList<MessageTemplate> templates; ///< folder ignored; filed under the connection's name
    QString environment;              ///< "": follows the window's environment
    bool reconnect = false;
    Backoff backoff;
    /// The Script tab's JavaScript (docs/scripting.md); "" when the tab has none.
    QString script;

    friend bool operator==(const SavedConnection &a, const SavedConnection &b);

    /// The object of docs/collections.md ("type": "connection").
    QJsonObject toJson() const;
    static SavedConnection fromJson(const QJsonObject &object);

    /// From and to the map a connection tab saves and restores (ConnectionWorkbench and
    /// ConnectionPage::saveState): the keys are theirs, so a tab and a saved connection stay
    /// one description of a connection.
    static SavedConnection fromTabState(const QVariantMap &state, const QString &name);
    QVariantMap toTabState() const;

    /// A name for a connection saved from url: "host/path", or "New Connection".
    static QString nameFor(const QString &url);
};

/// One node of a collection: a folder with children, or a saved connection.
struct CollectionItem
{
    bool folder = false;
    QString name; ///< the folder's name (a connection's is connection.name)
    QList<CollectionItem> children;
    SavedConnection connection;

    static CollectionItem makeFolder(const QString &name,
                                     const QList<CollectionItem> &children = {});
    static CollectionItem makeConnection(const SavedConnection &connection);
    QString displayName() const { return folder ? name : connection.name; }
    /// How many connections this item holds, itself included.
    int connectionCount() const;

    friend bool operator==(const CollectionItem &, const CollectionItem &) = default;
};
