#pragma once

#include <QStringList>
#include <QVariantMap>

#include "relay/relaycontroller.h"

/// What a Relay tab keeps across restarts (in the workspace, docs/workspace.md): where and how
/// it listens, the upstream request with its client options, the client headers it removes and
/// its breakpoints as the user wrote them. Conversations and logs are not kept; neither is a
/// key's passphrase.
struct RelaySettings
{
    /// The map's "kind", which tells a relay tab from a connection tab in the workspace.
    static constexpr const char *Kind = "relay";

    RelayConfig config; ///< config.breakpoints is not used: breakpointRules are
    QStringList breakpointRules;
    QString title; ///< a name the user gave the tab; empty: the default

    QVariantMap toMap() const;
    /// Missing keys keep their defaults; a rule that no longer parses is left out and named
    /// in *problems.
    static RelaySettings fromMap(const QVariantMap &map, QStringList *problems = nullptr);
    static bool isRelayTab(const QVariantMap &map);
    /// config with the breakpoints parsed from breakpointRules and the upstream's headers as
    /// the headers to set (RelayHeaderRules::set), as RelayController::start takes it.
    RelayConfig effectiveConfig() const;
};
