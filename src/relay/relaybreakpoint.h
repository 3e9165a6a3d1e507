#pragma once

#include <functional>

#include <QByteArrayView>
#include <QCoreApplication>
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

class MessageMatcher;

/// The breakpoints' text form, as `wsprobe-cli relay --break` takes it.
namespace RelayBreakpointText {
/// "[client:|server:]MATCH", MATCH one of `any`, `text:STR`, `regex:RE`, `json:PATH=JSON`,
/// `json:PATH~RE`, `hex:PREFIX`, or any other text (contained, as `text:`). Without a side,
/// one breakpoint for each. False with *error saying what is wrong.
bool parse(const QString &text, RelayBreakpoints *out, QString *error);
/// A breakpoint on messages from a side that a matcher accepts.
RelayBreakpoint fromMatcher(RelaySide from, const MessageMatcher &matcher, const QString &rule);
} // namespace RelayBreakpointText
