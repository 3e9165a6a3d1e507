#include "relay/relayrecord.h"

bool RelayRecord::fromSide(RelaySide *side) const
{
    if (arrived == RelayRoute::ClientToWsprobe)
        *side = RelaySide::Client;
    else if (arrived == RelayRoute::ServerToWsprobe)
        *side = RelaySide::Server;
    else
        return false;
    return true;
}

bool RelayRecord::toSide(RelaySide *side) const
{
    if (left == RelayRoute::WsprobeToClient)
        *side = RelaySide::Client;
    else if (left == RelayRoute::WsprobeToServer)
        *side = RelaySide::Server;
    else
        return false;
    return true;
}

QString RelayRecord::routeId(RelayRoute route)
{
    switch (route) {
    case RelayRoute::None:
        return QStringLiteral("none");
    case RelayRoute::ClientToWsprobe:
        return QStringLiteral("client>wsprobe");
    case RelayRoute::WsprobeToServer:
        return QStringLiteral("wsprobe>server");
    case RelayRoute::ServerToWsprobe:
        return QStringLiteral("server>wsprobe");
    case RelayRoute::WsprobeToClient:
        return QStringLiteral("wsprobe>client");
    }
    return {};
}

QString RelayRecord::fateId(Fate fate)
{
    switch (fate) {
    case Fate::Paused:
        return QStringLiteral("paused");
    case Fate::Queued:
        return QStringLiteral("queued");
    case Fate::Forwarded:
        return QStringLiteral("forwarded");
    case Fate::Edited:
        return QStringLiteral("edited");
    case Fate::Dropped:
        return QStringLiteral("dropped");
    case Fate::Answered:
        return QStringLiteral("answered");
    case Fate::Injected:
        return QStringLiteral("injected");
    case Fate::Undeliverable:
        return QStringLiteral("undeliverable");
    case Fate::Mirrored:
        return QStringLiteral("mirrored");
    }
    return {};
}

QString RelayRecord::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Message:
        return QStringLiteral("message");
    case Kind::Ping:
        return QStringLiteral("ping");
    case Kind::Pong:
        return QStringLiteral("pong");
    case Kind::Close:
        return QStringLiteral("close");
    }
    return {};
}

QString RelayRecord::routeLabel(RelayRoute route)
{
    switch (route) {
    case RelayRoute::None:
        return QString();
    case RelayRoute::ClientToWsprobe:
        return tr("client → Wsprobe");
    case RelayRoute::WsprobeToServer:
        return tr("Wsprobe → server");
    case RelayRoute::ServerToWsprobe:
        return tr("server → Wsprobe");
    case RelayRoute::WsprobeToClient:
        return tr("Wsprobe → client");
    }
    return {};
}

QString RelayRecord::fateLabel(Fate fate)
{
    switch (fate) {
    case Fate::Paused:
        return tr("paused");
    case Fate::Queued:
        return tr("queued");
    case Fate::Forwarded:
        return tr("forwarded");
    case Fate::Edited:
        return tr("edited");
    case Fate::Dropped:
        return tr("dropped");
    case Fate::Answered:
        return tr("answered locally");
    case Fate::Injected:
        return tr("injected");
    case Fate::Undeliverable:
        return tr("undeliverable");
    case Fate::Mirrored:
        return tr("mirrored");
    }
    return {};
}

QString RelayRecord::pathLabel() const
{
    const QString from = arrived == RelayRoute::ClientToWsprobe   ? tr("client")
                         : arrived == RelayRoute::ServerToWsprobe ? tr("server")
                                                                  : QString();
    const QString to = left == RelayRoute::WsprobeToClient   ? tr("client")
                       : left == RelayRoute::WsprobeToServer ? tr("server")
                                                             : QString();
    if (from.isEmpty())
        return tr("Wsprobe → %1").arg(to);
    if (to.isEmpty())
        return tr("%1 → Wsprobe ✕").arg(from);
    return tr("%1 → Wsprobe → %2").arg(from, to);
}

QString RelayRecord::framingLabel() const
{
    if (fragments.isEmpty())
        return {};
    const int n = int(fragments.size());
    switch (framing) {
    case Framing::Kept:
        return tr("%n frames, passed on as they came", nullptr, n);
    case Framing::JoinedEdited:
        return tr("%n frames, sent as one: edited", nullptr, n);
    case Framing::JoinedDeflate:
        return tr("%n frames, sent as one: permessage-deflate on a leg", nullptr, n);
    }
    return {};
}

QString RelayRecord::framingId(Framing framing)
{
    switch (framing) {
    case Framing::Kept:
        return QStringLiteral("kept");
    case Framing::JoinedEdited:
        return QStringLiteral("joined-edited");
    case Framing::JoinedDeflate:
        return QStringLiteral("joined-deflate");
    }
    return {};
}
