#pragma once

#include <QByteArray>

/// What a rule with the reply mode "script" hands a client's message to: the rules file's
/// script (docs/serve-rules.md), one JavaScript runtime for the whole serve session. It is
/// implemented by wsprobe_script (ServeScriptSession), which this folder cannot include: the
/// core stays free of Qt Qml, so the runtime is attached to ServeRules::scriptRunner by the
/// program that loads the rules (`wsprobe-cli serve`). The script answers by itself, through
/// the ServeController it was given, whenever it likes (after a sleep, to every client).
class ServeScript
{
public:
    virtual ~ServeScript();
    virtual void clientConnected(int client) = 0;
    virtual void clientMessage(int client, const QByteArray &payload, bool isText) = 0;
    /// The client closed, was closed, or left: called once per client.
    virtual void clientGone(int client) = 0;
};
