#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "serve/serverules.h"

class TestServeRules : public QObject
{
    Q_OBJECT
private slots:
    void documentedExampleLoads();
    void roundTrip();
    void shorthands();
    void malformed_data();
    void malformed();
    void fileErrors();
    void describe();
};

namespace {

QByteArray docsExample()
{
    QFile f(QStringLiteral(WSPROBE_TEST_DATA_DIR "/../../docs/serve-rules.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = f.readAll();
    const qsizetype marker = text.indexOf("serve-rules-example");
    const qsizetype start = text.indexOf("```json\n", marker) + 8;
    const qsizetype end = text.indexOf("```", start);
    return marker < 0 || end < 0 ? QByteArray() : text.mid(start, end - start);
}

QByteArray file(const char *rules, const char *extra = "")
{
    return QByteArray(R"({"format":"wsprobe-serve-rules","version":1,)") + extra + R"("rules":)"
           + rules + "}";
}

} // namespace

void TestServeRules::documentedExampleLoads()
{
    const QByteArray json = docsExample();
    QVERIFY(!json.isEmpty());
    ServeRules rules;
    QString error;
    QVERIFY2(ServeRules::fromJson(json, &rules, &error), qPrintable(error));
    QCOMPARE(rules.rules.size(), 11);
    QCOMPARE(rules.rules.at(0).trigger, ServeRule::Trigger::Connect);
    // A body written as a JSON value is kept as compact text, its members in key order.
    QCOMPARE(rules.rules.at(0).reply.body, R"({"server":"wsprobe","type":"hello"})");
    QCOMPARE(rules.rules.at(1).delayMs, 50);
    QCOMPARE(rules.rules.at(3).times, 1);
    QCOMPARE(rules.rules.at(6).target, ServeRule::Target::All);
    QCOMPARE(rules.rules.at(7).closeCode, 4000);
    QCOMPARE(rules.rules.at(8).everyMs, 1000);
    QVERIFY(rules.rules.at(9).continueAfter);
    QVERIFY(rules.rules.at(10).echo);
}

void TestServeRules::roundTrip()
{
    ServeRules rules;
    QString error;
    QVERIFY2(ServeRules::fromJson(docsExample(), &rules, &error), qPrintable(error));
    rules.faults = {15, 3, 4};
    rules.rules[2].enabled = false;
    ServeRules again;
    QVERIFY2(ServeRules::fromJson(rules.toJson(), &again, &error), qPrintable(error));
    QVERIFY(again == rules);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(rules.save(path, &error));
    ServeRules loaded;
    QVERIFY2(ServeRules::load(path, &loaded, &error), qPrintable(error));
    QVERIFY(loaded == rules);
    QCOMPARE(loaded.faults.dropEvery, 3);
}

void TestServeRules::shorthands()
{
    ServeRules rules;
    QString error;
    // A byte order mark, a rule without "on" and "match": every message, answered in text.
    QVERIFY2(ServeRules::fromJson("\xEF\xBB\xBF" + file(R"([{"reply":"pong"}])"), &rules, &error),
             qPrintable(error));
    const ServeRule &r = rules.rules.at(0);
    QCOMPARE(r.trigger, ServeRule::Trigger::Message);
    QCOMPARE(r.match.kind(), MessageMatcher::Kind::Any);
    QVERIFY(r.match.isCompiled());
    QCOMPARE(r.reply, OutgoingMessage::text(QStringLiteral("pong")));
    QVERIFY(ServeRules::fromJson(file("[]"), &rules, &error));
    QVERIFY(rules.rules.isEmpty());
}

void TestServeRules::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addRow("not JSON") << QByteArray("{\n  \"format\": \"x\"\n  \"rules\": []}")
                              << "line 3, column 3: expected ',' or '}'";
    QTest::addRow("not an object") << QByteArray("[]")
                                   << "not a rules file: the top level must be an object with "
                                      "\"format\": \"wsprobe-serve-rules\"";
    QTest::addRow("wrong format") << QByteArray(R"({"format":"x","rules":[]})")
                                  << R"("format": must be "wsprobe-serve-rules")";
    QTest::addRow("newer") << QByteArray(
        R"({"format":"wsprobe-serve-rules","version":2,"rules":[]})")
                           << R"("version": 2 was written by a newer Wsprobe (this one reads 1))";
    QTest::addRow("bad version") << QByteArray(
        R"({"format":"wsprobe-serve-rules","version":1.5,"rules":[]})")
                                 << R"("version": must be a whole number from 1)";
    QTest::addRow("unknown top key") << file("[]", R"("rule":[],)")
                                     << R"("rule": not a key of a rules file (format, version, )"
                                        "faults, rules, script)";
    QTest::addRow("no rules") << QByteArray(R"({"format":"wsprobe-serve-rules"})")
                              << R"("rules": missing (a list of rules, maybe empty))";
    QTest::addRow("rules not a list") << file("{}") << R"("rules": must be a list)";
    QTest::addRow("rule not object") << file("[3]") << "rule 1: must be an object";
    QTest::addRow("unknown rule key")
        << file(R"([{"name":"a","reply":"x","dealy":3}])")
        << R"(rule 1 ("a"): "dealy": not a key of a rule (name, enabled, on, match, everyMs, )"
           "reply, to, delayMs, times, close, continue)";
    QTest::addRow("bad trigger") << file(R"([{"on":"open"}])")
                                 << R"(rule 1: "on": must be "message", "connect" or "interval")";
    QTest::addRow("bad regex, second rule")
        << file(R"([{"reply":"a"},{"name":"sub","match":{"type":"regex","pattern":"a(b"}}])")
        << R"(rule 2 ("sub"): "match": "pattern": Regex error at character 4: missing closing )"
           "parenthesis";
    QTest::addRow("bad path") << file(R"([{"match":{"type":"jsonEquals","path":"a","value":1}}])")
                              << R"(rule 1: "match": "path": JSON path, character 1: a path )"
                                 "starts with '$'";
    QTest::addRow("match not object") << file(R"([{"match":"ping"}])")
                                      << R"(rule 1: "match": must be an object such as )"
                                         R"({"type": "plain", "text": "ping"})";
    QTest::addRow("match on connect") << file(R"([{"on":"connect","match":{"type":"any"}}])")
                                      << R"(rule 1: "match": only a rule "on": "message" matches )"
                                         "messages";
    QTest::addRow("interval without period")
        << file(R"([{"on":"interval","reply":"t"}])")
        << R"(rule 1: "everyMs": missing (an interval rule needs its period in milliseconds))";
    QTest::addRow("interval of 0") << file(R"([{"on":"interval","everyMs":0,"reply":"t"}])")
                                   << R"(rule 1: "everyMs": must be a whole number of )"
                                      "milliseconds from 1 to 86400000";
    QTest::addRow("period on message") << file(R"([{"everyMs":5}])")
                                       << R"(rule 1: "everyMs": only a rule "on": "interval" )"
                                          "has a period";
    QTest::addRow("connect without reply") << file(R"([{"on":"connect"}])")
                                           << R"(rule 1: "reply": missing (a connect or )"
                                              "interval rule must send or close)";
    QTest::addRow("echo on connect") << file(R"([{"on":"connect","reply":{"mode":"echo"}}])")
                                     << R"(rule 1: "reply": "mode": echo answers a message; a )"
                                        "connect rule has none";
    QTest::addRow("reply number") << file(R"([{"reply":3}])")
                                  << R"(rule 1: "reply": must be a string or an object such as )"
                                     R"({"mode": "json", "body": …})";
    QTest::addRow("reply bad mode") << file(R"([{"reply":{"mode":"xml","body":"x"}}])")
                                    << R"(rule 1: "reply": "mode": must be text, json, hex, )"
                                       "base64, file, echo or script";
    QTest::addRow("reply bad key") << file(R"([{"reply":{"mode":"text","text":"x"}}])")
                                   << R"(rule 1: "reply": "text" is not a key of a reply (mode, )"
                                      "body)";
    QTest::addRow("reply body number") << file(R"([{"reply":{"mode":"text","body":3}}])")
                                       << R"(rule 1: "reply": "body": must be a string)";
    QTest::addRow("reply bad hex")
        << file(R"([{"reply":{"mode":"hex","body":"0g"}}])") << R"(rule 1: "reply": "body": )";
    QTest::addRow("reply bad json") << file(R"([{"reply":{"mode":"json","body":"{\"a\":}"}}])")
                                    << R"(rule 1: "reply": "body": )";
    QTest::addRow("bad target") << file(R"([{"reply":"x","to":"others"}])")
                                << R"(rule 1: "to": must be "sender" or "all")";
    QTest::addRow("negative delay") << file(R"([{"reply":"x","delayMs":-1}])")
                                    << R"(rule 1: "delayMs": must be a whole number of )"
                                       "milliseconds from 0 to 86400000";
    QTest::addRow("times fraction") << file(R"([{"reply":"x","times":1.5}])")
                                    << R"(rule 1: "times": must be a whole number from 0 (0: )"
                                       "without end)";
    QTest::addRow("close code") << file(R"([{"close":{"code":70000}}])")
                                << R"(rule 1: "close": must be an object with a "code" from )"
                                   R"(1000 to 4999 (and a "reason"))";
    QTest::addRow("close code not a number") << file(R"([{"close":{"code":"1000"}}])")
                                             << R"(rule 1: "close": must be an object with a )"
                                                R"("code" from 1000 to 4999 (and a "reason"))";
    // Codes RFC 6455 §7.4 keeps off the wire: the server would send them as given.
    const QString offWire = R"( may not be sent on the wire (RFC 6455 §7.4: 1000–1003, )"
                            "1007–1014 or 3000–4999); codes a server must not send are in the "
                            "tab's Faults menu";
    for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999}) {
        QTest::addRow("close %d", code)
            << file(QByteArray(R"([{"name":"bye","close":{"code":)" + QByteArray::number(code)
                               + "}}]")
                        .constData())
            << QString(R"(rule 1 ("bye"): "close": "code": %1)").arg(code) + offWire;
    }
    QTest::addRow("close reason long")
        << file(("[{\"close\":{\"code\":1000,\"reason\":\"" + QByteArray(124, 'r') + "\"}}]")
                    .constData())
        << R"(rule 1: "close": "reason": longer than the 123 bytes a Close frame holds)";
    QTest::addRow("continue not bool")
        << file(R"([{"continue":1}])") << R"(rule 1: "continue": must be true or false)";
    QTest::addRow("enabled not bool")
        << file(R"([{"enabled":"no"}])") << R"(rule 1: "enabled": must be true or false)";
    QTest::addRow("faults not object")
        << file("[]", R"("faults":[],)") << R"("faults": must be an object)";
    QTest::addRow("faults unknown") << file("[]", R"("faults":{"loss":1},)")
                                    << R"("faults": "loss": not a fault (delayMs, dropEvery, )"
                                       "duplicateEvery)";
    QTest::addRow("faults negative") << file("[]", R"("faults":{"dropEvery":-2},)")
                                     << R"("faults": "dropEvery": must be a whole number from 0 )"
                                        "(0: never)";
}

void TestServeRules::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ServeRules rules;
    rules.faults.delayMs = 99;
    QString got;
    QVERIFY(!ServeRules::fromJson(json, &rules, &got));
    if (error.endsWith(QLatin1String(": "))) // the composer's own wording follows
        QVERIFY2(got.startsWith(error) && got.size() > error.size() + 5, qPrintable(got));
    else
        QCOMPARE(got, error);
    QCOMPARE(rules.faults.delayMs, 99); // untouched
}

void TestServeRules::fileErrors()
{
    QTemporaryDir dir;
    ServeRules rules;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!ServeRules::load(missing, &rules, &error));
    QVERIFY2(error.startsWith(missing + QStringLiteral(": ")), qPrintable(error));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file(R"([{"on":"interval","reply":"t"}])"));
    f.close();
    QVERIFY(!ServeRules::load(bad, &rules, &error));
    QCOMPARE(error, bad
                        + QStringLiteral(": rule 1: \"everyMs\": missing (an interval rule "
                                         "needs its period in milliseconds)"));
    QVERIFY(!rules.save(dir.filePath(QStringLiteral("no/such/folder/r.json")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/folder")));
}

void TestServeRules::describe()
{
    ServeRules rules;
    QString error;
    QVERIFY(ServeRules::fromJson(file(R"([
        {"match":{"type":"regex","pattern":"^sub"},"reply":"ok","delayMs":100,"times":1},
        {"on":"interval","everyMs":500,"reply":"t","to":"all"},
        {"on":"connect","close":{"code":4000}}])"),
                                 &rules, &error));
    QCOMPARE(rules.rules.at(0).describe(), "on /^sub/ → reply after 100 ms, 1×");
    QCOMPARE(rules.rules.at(1).describe(), "every 500 ms → send to all");
    QCOMPARE(rules.rules.at(2).describe(), "on connect → close 4000");
}

QTEST_GUILESS_MAIN(TestServeRules)
#include "tst_serverules.moc"
