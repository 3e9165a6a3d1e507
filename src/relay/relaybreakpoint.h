#pragma once

#include <functional>

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "relay/relayleg.h"

/// Pauses the messages of one direction that match a rule. The test is a function so that
/// any matcher (plain, regex, JSON path, binary prefix) can stand behind it; rule is how the
/// user wrote it, for lists and files.
struct RelayBreakpoint
{
    RelaySide from = RelaySide::Client;
    QString rule;
    bool enabled = true;
    /// Empty: every message of that direction.
    std::function<bool(QByteArrayView payload, bool isText)> test;

    bool matches(RelaySide side, QByteArrayView payload, bool isText) const
    {
        return enabled && side == from && (!test || test(payload, isText));
    }
};
using RelayBreakpoints = QList<RelayBreakpoint>;
