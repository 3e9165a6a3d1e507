#include "script/scriptapi.h"

#include <QRegularExpression>

namespace {

using Kind = ScriptApi::Kind;

QList<ScriptApi::Entry> build()
{
    QList<ScriptApi::Entry> list;
    const auto add = [&list](Kind kind, const char *owner, const char *name, const char *sig) {
        // UTF-8: the signatures use "…" (read as Latin-1 it showed as "â€¦").
        list.append(
            {QString::fromUtf8(name), QString::fromUtf8(sig), kind, QString::fromUtf8(owner)});
    };
    // Globals, in the order of docs/scripting.md.
    add(Kind::Global, "", "ws", "ws: the tab's connection");
    add(Kind::Global, "", "on", "on(event, fn)");
    add(Kind::Global, "", "vars", "vars: tab variables and environment");
    add(Kind::Global, "", "log", "log(...values)");
    add(Kind::Global, "", "console", "console: log, info, warn, error");
    add(Kind::Global, "", "expect", "expect(actual, label?)");
    add(Kind::Global, "", "expectMessage",
        "await expectMessage(matcher, {within, count, direction})");
    add(Kind::Global, "", "expectNoMessage", "await expectNoMessage(matcher, {for, direction})");
    add(Kind::Global, "", "expectClose", "await expectClose({code, within})");
    add(Kind::Global, "", "expectReplayMatches",
        "await expectReplayMatches(session, {ignoreKeys, ignoreRegex, decode})");
    add(Kind::Global, "", "json", "json(path, value?)");
    add(Kind::Global, "", "decoded", "decoded(path, value?)");
    add(Kind::Global, "", "assert", "assert(condition, message?)");
    add(Kind::Global, "", "sleep", "await sleep(ms)");
    add(Kind::Global, "", "setTimeout", "setTimeout(fn, ms)");
    add(Kind::Global, "", "clearTimeout", "clearTimeout(id)");
    add(Kind::Global, "", "http", "http: get, post");
    add(Kind::Global, "", "AssertionError", "AssertionError(message)");
    add(Kind::Global, "", "globalThis", "globalThis");
    add(Kind::Member, "ws", "send", "send(text | ArrayBuffer)");
    add(Kind::Member, "ws", "close", "close(code = 1000, reason = '')");
    add(Kind::Member, "ws", "ping", "ping(payload = '')");
    add(Kind::Member, "ws", "readyState", "readyState: 0 CONNECTING … 3 CLOSED");
    add(Kind::Member, "ws", "bufferedAmount", "bufferedAmount: bytes not yet sent");
    add(Kind::Member, "ws", "protocol", "protocol: the negotiated subprotocol");
    add(Kind::Member, "ws", "extensions", "extensions: the negotiated extensions");
    add(Kind::Member, "ws", "url", "url");
    add(Kind::Member, "ws", "on", "on(event, fn)");
    add(Kind::Member, "ws", "off", "off(event, fn)");
    add(Kind::Member, "ws", "connect", "await connect(url?)");
    add(Kind::Member, "ws", "CONNECTING", "CONNECTING = 0");
    add(Kind::Member, "ws", "OPEN", "OPEN = 1");
    add(Kind::Member, "ws", "CLOSING", "CLOSING = 2");
    add(Kind::Member, "ws", "CLOSED", "CLOSED = 3");
    add(Kind::Member, "vars", "get", "get(name)");
    add(Kind::Member, "vars", "set", "set(name, value)");
    add(Kind::Member, "http", "get", "await get(url, {headers})");
    add(Kind::Member, "http", "post", "await post(url, body, {headers})");
    add(Kind::Member, "console", "log", "log(...values)");
    add(Kind::Member, "console", "info", "info(...values)");
    add(Kind::Member, "console", "warn", "warn(...values)");
    add(Kind::Member, "console", "error", "error(...values)");
    add(Kind::Matcher, "", "toBe", "toBe(value)");
    add(Kind::Matcher, "", "toEqual", "toEqual(value)");
    add(Kind::Matcher, "", "toMatch", "toMatch(regexp)");
    add(Kind::Matcher, "", "toContain", "toContain(value)");
    add(Kind::Matcher, "", "toBeTruthy", "toBeTruthy()");
    add(Kind::Matcher, "", "toBeFalsy", "toBeFalsy()");
    add(Kind::Matcher, "", "toBeDefined", "toBeDefined()");
    add(Kind::Matcher, "", "toBeGreaterThan", "toBeGreaterThan(value)");
    add(Kind::Matcher, "", "toBeLessThan", "toBeLessThan(value)");
    add(Kind::Matcher, "", "toHaveType", "toHaveType(typeName)");
    add(Kind::Event, "", "open", "'open': {protocol, extensions}");
    add(Kind::Event, "", "message", "'message': msg");
    add(Kind::Event, "", "close", "'close': {code, reason, wasClean}");
    add(Kind::Event, "", "error", "'error': {message}");
    add(Kind::Event, "", "ping", "'ping': {data}");
    add(Kind::Event, "", "pong", "'pong': {data, rtt}");
    add(Kind::Hook, "", "beforeConnect", "function beforeConnect(request)");
    add(Kind::Hook, "", "onMessage", "function onMessage(msg)");
    add(Kind::Hook, "", "beforeSend", "function beforeSend(msg)");
    return list;
}

QList<ScriptApi::Entry> startingWith(QList<ScriptApi::Entry> list, const QString &prefix)
{
    list.removeIf([&prefix](const ScriptApi::Entry &e) { return !e.name.startsWith(prefix); });
    return list;
}

} // namespace

const QList<ScriptApi::Entry> &ScriptApi::entries()
{
    static const QList<Entry> list = build();
    return list;
}

QList<ScriptApi::Entry> ScriptApi::entries(Kind kind, const QString &owner)
{
    QList<Entry> out;
    for (const Entry &e : entries()) {
        if (e.kind == kind && (kind != Kind::Member || e.owner == owner))
            out.append(e);
    }
    return out;
}

ScriptApi::Completion ScriptApi::complete(const QString &line, bool requested)
{
    // An event name inside on(' or ws.on(' / ws.off('.
    static const QRegularExpression event(
        QStringLiteral("(?:^|[^\\w$.]|\\bws\\.)(?:on|off)\\(\\s*['\"]([A-Za-z]*)$"));
    // A member of one of the API's objects.
    static const QRegularExpression member(
        QStringLiteral("(?:^|[^\\w$.])(ws|vars|http|console)\\.([A-Za-z_$]*)$"));
    // What expect(…) returns; one level of parentheses inside is enough for expect(m.json('$.a')).
    static const QRegularExpression matcher(
        QStringLiteral("(?:^|[^\\w$.])expect\\((?:[^()]|\\([^()]*\\))*\\)\\.([A-Za-z]*)$"));
    static const QRegularExpression word(QStringLiteral("(?:^|[^\\w$.])([A-Za-z_$][\\w$]*)?$"));

    QRegularExpressionMatch m = event.match(line);
    if (m.hasMatch())
        return {m.captured(1), startingWith(entries(Kind::Event), m.captured(1))};
    m = member.match(line);
    if (m.hasMatch())
        return {m.captured(2), startingWith(entries(Kind::Member, m.captured(1)), m.captured(2))};
    m = matcher.match(line);
    if (m.hasMatch())
        return {m.captured(1), startingWith(entries(Kind::Matcher), m.captured(1))};
    if (!requested)
        return {};
    m = word.match(line);
    if (!m.hasMatch())
        return {};
    const QString prefix = m.captured(1);
    return {prefix, startingWith(entries(Kind::Global) + entries(Kind::Hook), prefix), true};
}
