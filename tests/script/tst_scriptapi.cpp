// The editor's list of the script API (ScriptApi) against the runtime it describes: every
// name offered exists in a started ScriptRuntime's prelude, and every public name the
// prelude defines is offered, so that the list cannot drift from the API. Then which names
// each place in a line offers.
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "connection/clock.h"
#include "script/scriptapi.h"
#include "script/scriptcommon.h"
#include "script/scriptruntime.h"
#include "workbench/connectionworkbench.h"

namespace {

QSet<QString> toSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &n : v.toArray())
        out.insert(n.toString());
    return out;
}

QSet<QString> names(ScriptApi::Kind kind, const QString &owner = {})
{
    QSet<QString> out;
    for (const ScriptApi::Entry &e : ScriptApi::entries(kind, owner))
        out.insert(e.name);
    return out;
}

QStringList offered(const QString &line, bool requested = false, QString *prefix = nullptr)
{
    const ScriptApi::Completion c = ScriptApi::complete(line, requested);
    if (prefix)
        *prefix = c.prefix;
    QStringList out;
    for (const ScriptApi::Entry &e : c.entries)
        out << e.name;
    return out;
}

} // namespace

class TestScriptApi : public QObject
{
    Q_OBJECT
private slots:
    void everyNameOfferedExistsAndEveryPublicNameIsOffered();
    void eventsAndHooksAreThePreludes();
    void contexts();
};

void TestScriptApi::everyNameOfferedExistsAndEveryPublicNameIsOffered()
{
    // Qt's compiler reports what it dislikes in the prelude on standard error, where every
    // `wsprobe-cli run` printed it ("Variable "__state" is used before its declaration").
    QTest::failOnWarning(QRegularExpression(QStringLiteral("prelude")));
    // The names the prelude adds are those of its global object that a bare engine lacks.
    QJSEngine bare;
    QSet<QString> builtins;
    const QJSValue list = bare.evaluate(QStringLiteral("Object.getOwnPropertyNames(this)"));
    for (int i = 0, n = list.property(QStringLiteral("length")).toInt(); i < n; ++i)
        builtins.insert(list.property(quint32(i)).toString());
    QVERIFY(builtins.contains(QStringLiteral("Object")));

    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    ScriptRuntime runtime(workbench, clock);
    runtime.setAutoConnect(false);
    QStringList logs;
    connect(&runtime, &ScriptRuntime::logged, this, [&logs](const QString &t) { logs << t; });
    QSignalSpy finished(&runtime, &ScriptRuntime::finished);
    QVERIFY(runtime.start(QStringLiteral(
        "log(JSON.stringify({"
        "  globals: Object.getOwnPropertyNames(globalThis),"
        "  ws: Object.getOwnPropertyNames(ws), vars: Object.getOwnPropertyNames(vars),"
        "  http: Object.getOwnPropertyNames(http), console: Object.getOwnPropertyNames(console),"
        "  matchers: Object.getOwnPropertyNames(expect(1))}));")));
    QVERIFY(!runtime.isRunning() || finished.wait(15000));
    QCOMPARE(runtime.outcome().status, ScriptOutcome::Status::Passed);
    QCOMPARE(logs.size(), 1);
    const QJsonObject scope = QJsonDocument::fromJson(logs.first().toUtf8()).object();

    QSet<QString> publicGlobals;
    for (const QString &n : toSet(scope.value(QStringLiteral("globals")))) {
        if (!n.startsWith(QLatin1String("__")) && !builtins.contains(n))
            publicGlobals.insert(n);
    }
    QVERIFY(publicGlobals.contains(QStringLiteral("expectMessage")));
    QSet<QString> globals = names(ScriptApi::Kind::Global);
    // globalThis is a built-in of newer engines; Qt 6.4's gets it from the prelude.
    if (builtins.contains(QStringLiteral("globalThis")))
        globals.remove(QStringLiteral("globalThis"));
    QCOMPARE(globals - publicGlobals, QSet<QString>()); // offered but not there
    QCOMPARE(publicGlobals - globals, QSet<QString>()); // there but not offered
    for (const char *owner : {"ws", "vars", "http", "console"}) {
        const QSet<QString> there = toSet(scope.value(QLatin1String(owner)));
        const QSet<QString> offer = names(ScriptApi::Kind::Member, QLatin1String(owner));
        QVERIFY2(!there.isEmpty(), owner);
        QCOMPARE(offer - there, QSet<QString>());
        QCOMPARE(there - offer, QSet<QString>());
    }
    const QSet<QString> matchers = toSet(scope.value(QStringLiteral("matchers")));
    QCOMPARE(names(ScriptApi::Kind::Matcher) - matchers, QSet<QString>());
    QCOMPARE(matchers - names(ScriptApi::Kind::Matcher), QSet<QString>());
}

void TestScriptApi::eventsAndHooksAreThePreludes()
{
    // Events and hooks are strings in the prelude, not globals: read them from its text, both
    // ways (what the runtime fires and looks up is what the editor offers).
    const QString prelude = preludeSource(scriptPreludeFiles());
    QVERIFY(!prelude.isEmpty());
    QSet<QString> hooks, fired;
    static const QRegularExpression hook(QStringLiteral("__hook\\('(\\w+)'\\)"));
    for (auto it = hook.globalMatch(prelude); it.hasNext();)
        hooks.insert(it.next().captured(1));
    QCOMPARE(hooks, names(ScriptApi::Kind::Hook));
    static const QRegularExpression fire(QStringLiteral("__fire\\('(\\w+)'"));
    for (auto it = fire.globalMatch(prelude); it.hasNext();)
        fired.insert(it.next().captured(1));
    // ping and pong are fired under the event's own kind, which the prelude tests for.
    static const QRegularExpression control(
        QStringLiteral("e\\.kind === '(\\w+)' \\|\\| e\\.kind "
                       "=== '(\\w+)'\\)\\s*\\{?\\s*if \\(e\\."
                       "direction === 'in'\\)\\s*__fire\\(e\\.kind"));
    const QRegularExpressionMatch m = control.match(prelude);
    QVERIFY2(m.hasMatch(), "the prelude fires ping and pong some other way now");
    fired << m.captured(1) << m.captured(2);
    QCOMPARE(fired, names(ScriptApi::Kind::Event));
}

void TestScriptApi::contexts()
{
    QString prefix;
    // Members of the API's objects, whatever is typed after the dot.
    QStringList ws = offered(QStringLiteral("    ws."), false, &prefix);
    QVERIFY(prefix.isEmpty());
    for (const char *n : {"send", "close", "ping", "readyState", "bufferedAmount", "protocol"})
        QVERIFY2(ws.contains(QLatin1String(n)), n);
    // Signatures are UTF-8 ("…" showed as "â€¦" when read as Latin-1).
    for (const ScriptApi::Entry &e : ScriptApi::entries(ScriptApi::Kind::Member, "ws"))
        if (e.name == QLatin1String("readyState"))
            QVERIFY2(e.signature.contains(QChar(0x2026)), qPrintable(e.signature));
    QCOMPARE(offered(QStringLiteral("ws.se"), false, &prefix), QStringList{"send"});
    QCOMPARE(prefix, QStringLiteral("se"));
    QCOMPARE(offered(QStringLiteral("x = vars.")), (QStringList{"get", "set"}));
    QCOMPARE(offered(QStringLiteral("await http.p")), QStringList{"post"});
    // Event names inside on(' and ws.on(", not inside a method that happens to end in "on".
    QCOMPARE(offered(QStringLiteral("on('")),
             (QStringList{"open", "message", "close", "error", "ping", "pong"}));
    QCOMPARE(offered(QStringLiteral("ws.on(\"me"), false, &prefix), QStringList{"message"});
    QCOMPARE(prefix, QStringLiteral("me"));
    QCOMPARE(offered(QStringLiteral("ws.off('c")), QStringList{"close"});
    QVERIFY(offered(QStringLiteral("button('")).isEmpty());
    QVERIFY(offered(QStringLiteral("myws.")).isEmpty());
    // What expect(…) returns, with a call inside the parentheses.
    QVERIFY(offered(QStringLiteral("expect(m.json('$.a')).")).contains("toEqual"));
    QCOMPARE(offered(QStringLiteral("expect(x).toBeG")), QStringList{"toBeGreaterThan"});
    // A bare word: only when asked (Ctrl+Space), globals and hooks.
    QVERIFY(offered(QStringLiteral("expectM")).isEmpty());
    QCOMPARE(offered(QStringLiteral("await expectM"), true, &prefix), QStringList{"expectMessage"});
    QCOMPARE(prefix, QStringLiteral("expectM"));
    QCOMPARE(offered(QStringLiteral("function onM"), true), QStringList{"onMessage"});
    QCOMPARE(offered(QStringLiteral("js"), true), QStringList{"json"});
    QCOMPARE(offered(QStringLiteral(""), true).size(),
             ScriptApi::entries(ScriptApi::Kind::Global).size()
                 + ScriptApi::entries(ScriptApi::Kind::Hook).size());
    // Nothing after a member of something else, or inside a word that is not a name.
    QVERIFY(offered(QStringLiteral("foo.ba"), true).isEmpty());
}

QTEST_GUILESS_MAIN(TestScriptApi)
#include "tst_scriptapi.moc"
