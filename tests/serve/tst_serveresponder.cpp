#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "compose/variables.h"
#include "connection/clock.h"
#include "connection/event.h"
#include "log/eventstore.h"
#include "match/messagematcher.h"
#include "serve/serverecording.h"
#include "serve/serveresponder.h"
#include "session/session.h"

namespace {

struct Sent
{
    qint64 at;
    int client;
    QByteArray payload; ///< "close CODE reason" for a close
    bool isText;
};

class FakeTarget : public ServeTarget
{
public:
    explicit FakeTarget(const ManualClock &clock)
        : m_clock(clock)
    {
    }
    void serveSend(int client, const QByteArray &payload, bool isText) override
    {
        sent.push_back({m_clock.nowMs(), client, payload, isText});
    }
    void serveClose(int client, int code, const QString &reason) override
    {
        sent.push_back({m_clock.nowMs(), client,
                        "close " + QByteArray::number(code) + ' ' + reason.toUtf8(), true});
    }
    void serveProblem(int client, const QString &message) override
    {
        problems << QString::number(client) + QLatin1String(": ") + message;
    }
    /// "client@time:payload" lines, for short comparisons.
    QStringList lines() const
    {
        QStringList out;
        for (const Sent &s : sent)
            out << QStringLiteral("%1@%2:%3")
                       .arg(s.client)
                       .arg(s.at)
                       .arg(QString::fromUtf8(s.isText ? s.payload : s.payload.toHex()));
        return out;
    }
    std::vector<Sent> sent;
    QStringList problems;

private:
    const ManualClock &m_clock;
};

ServeRules rulesFrom(const char *json)
{
    ServeRules rules;
    QString error;
    const QByteArray file = QByteArray(R"({"format":"wsprobe-serve-rules","rules":)") + json + "}";
    if (!ServeRules::fromJson(file, &rules, &error))
        qFatal("bad rules in the test: %s", qPrintable(error));
    return rules;
}

/// Runs the responder until nowMs + ms on the manual clock, polling when it asks to.
void runFor(ServeResponder &responder, ManualClock &clock, FakeTarget &target, qint64 ms)
{
    const qint64 end = clock.nowMs() + ms;
    for (int guard = 0; guard < 100000; ++guard) {
        const qint64 wait = responder.poll(clock.nowMs(), target);
        if (wait == ServeResponder::Idle || clock.nowMs() + wait > end) {
            clock.set(end);
            responder.poll(clock.nowMs(), target);
            return;
        }
        clock.advance(wait);
    }
    QFAIL("the responder never settled");
}

} // namespace

class TestServeResponder : public QObject
{
    Q_OBJECT
private slots:
    void firstMatchAnswersWithCaptures();
    void continueLetsLaterRulesLook();
    void delayAndTimes();
    void greetAndTickPerClient();
    void tickToAllHasOneTimer();
    void latePollSendsOneTick();
    void toAll();
    void echoKeepsTypeAndBytes();
    void closeAfterReply();
    void faults();
    void templateProblemIsReported();
    void variablesExpand();
    void expandCaptures_data();
    void expandCaptures();
    void clientGoneDropsPending();
    void disabledRuleIsSkipped();
    void recording();
    void recordingSpeed();
    void recordingAfterRules();
    void recordingFromHar();
};

void TestServeResponder::firstMatchAnswersWithCaptures()
{
    ManualClock clock(1000);
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([
        {"name":"sub","match":{"type":"regex","pattern":"^sub (?<topic>\\w+) (\\d+)$"},
         "reply":"ok {{$topic}} #{{$2}} ({{$0}})"},
        {"name":"all","reply":"fallback"}])x"));
    r.start(clock.nowMs());
    r.clientConnected(1, clock.nowMs());
    r.clientMessage(1, "sub prices 7", true, clock.nowMs());
    r.clientMessage(1, "other", true, clock.nowMs());
    runFor(r, clock, target, 10);
    QCOMPARE(target.lines(),
             (QStringList{"1@1000:ok prices #7 (sub prices 7)", "1@1000:fallback"}));
    QCOMPARE(r.firedCount(0), 1);
    QCOMPARE(r.firedCount(1), 1);
    QCOMPARE(r.unanswered(), 0);
}

void TestServeResponder::continueLetsLaterRulesLook()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([
        {"match":{"type":"plain","text":"a"},"reply":"one","continue":true},
        {"match":{"type":"plain","text":"a"},"reply":"two"},
        {"match":{"type":"plain","text":"a"},"reply":"three"}])x"));
    r.clientConnected(1, 0);
    r.clientMessage(1, "a", true, 0);
    r.clientMessage(1, "b", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), (QStringList{"1@0:one", "1@0:two"}));
    QCOMPARE(r.unanswered(), 1);
}

void TestServeResponder::delayAndTimes()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([
        {"match":{"type":"plain","text":"x"},"reply":"first","delayMs":250,"times":2},
        {"match":{"type":"plain","text":"x"},"reply":"later"}])x"));
    r.clientConnected(1, 0);
    r.clientConnected(2, 0);
    for (int i = 0; i < 3; ++i)
        r.clientMessage(1, "x", true, 0);
    r.clientMessage(2, "x", true, 0); // the count is per client
    QCOMPARE(r.poll(0, target), 250); // "later" was due now, "first" in 250 ms
    QCOMPARE(target.lines(), QStringList{"1@0:later"});
    QCOMPARE(r.poll(249, target), 1);
    QCOMPARE(target.sent.size(), size_t(1));
    clock.set(250);
    QCOMPARE(r.poll(250, target), ServeResponder::Idle);
    QCOMPARE(target.lines(),
             (QStringList{"1@0:later", "1@250:first", "1@250:first", "2@250:first"}));
    QCOMPARE(r.firedCount(0), 3);
}

void TestServeResponder::greetAndTickPerClient()
{
    ManualClock clock;
    FakeTarget target(clock);
    Variables variables(clock);
    ServeResponder r(&variables);
    r.setRules(rulesFrom(R"x([
        {"on":"connect","reply":{"mode":"json","body":{"hello":"{{$counter}}"}}},
        {"on":"interval","everyMs":100,"reply":"tick","times":2}])x"));
    r.start(0);
    r.clientConnected(1, 0);
    runFor(r, clock, target, 50);
    r.clientConnected(2, clock.nowMs());
    runFor(r, clock, target, 500);
    QCOMPARE(target.lines(), (QStringList{R"(1@0:{"hello":"1"})", R"(2@50:{"hello":"2"})",
                                          "1@100:tick", "2@150:tick", "1@200:tick", "2@250:tick"}));
}

void TestServeResponder::tickToAllHasOneTimer()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(
        rulesFrom(R"x([{"on":"interval","everyMs":100,"reply":"t","to":"all","times":3}])x"));
    r.start(0);
    runFor(r, clock, target, 150); // a tick with nobody connected still counts
    r.clientConnected(1, 150);
    r.clientConnected(2, 150);
    runFor(r, clock, target, 1000);
    QCOMPARE(target.lines(), (QStringList{"1@200:t", "2@200:t", "1@300:t", "2@300:t"}));
    QCOMPARE(r.firedCount(0), 3);
    QCOMPARE(r.poll(clock.nowMs(), target), ServeResponder::Idle); // spent: nothing to wait for
}

void TestServeResponder::latePollSendsOneTick()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([{"on":"interval","everyMs":10,"reply":"t"}])x"));
    r.clientConnected(1, 0);
    QCOMPARE(r.poll(0, target), 10);
    QCOMPARE(r.poll(1000, target), 10);
    QCOMPARE(target.lines(), QStringList{"1@0:t"}); // the clock did not move: "at" is 0
}

void TestServeResponder::toAll()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([{"match":{"type":"any"},"reply":"news: {{$0}}","to":"all"}])x"));
    for (int c : {1, 2, 3})
        r.clientConnected(c, 0);
    r.clientMessage(2, "hi", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), (QStringList{"1@0:news: hi", "2@0:news: hi", "3@0:news: hi"}));
}

void TestServeResponder::echoKeepsTypeAndBytes()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(ServeRules::echoRules());
    r.clientConnected(1, 0);
    r.clientMessage(1, QByteArray("\x00\xff", 2), false, 0);
    r.clientMessage(1, "héllo", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.sent.size(), size_t(2));
    QCOMPARE(target.sent[0].payload, QByteArray("\x00\xff", 2));
    QVERIFY(!target.sent[0].isText);
    QCOMPARE(target.sent[1].payload, QByteArray("héllo"));
    QVERIFY(target.sent[1].isText);
}

void TestServeResponder::closeAfterReply()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    ServeRules rules = rulesFrom(R"x([
        {"match":{"type":"plain","text":"bye"},"reply":"see you","close":{"code":4001,"reason":"done"}},
        {"on":"interval","everyMs":5,"reply":"tick"}])x");
    rules.faults.delayMs = 30;
    r.setRules(rules);
    r.clientConnected(1, 0);
    r.clientMessage(1, "bye", true, 0);
    runFor(r, clock, target, 100);
    // The close waits for its delayed reply; ticks already due before it still go, none after.
    QCOMPARE(target.lines().last(), "1@30:close 4001 done");
    QCOMPARE(target.lines().at(target.lines().size() - 2), "1@30:see you");
}

void TestServeResponder::faults()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    ServeRules rules = rulesFrom(R"x([{"match":{"type":"any"},"reply":"r{{$0}}"}])x");
    rules.faults = {20, 3, 2};
    r.setRules(rules);
    r.clientConnected(1, 0);
    for (int i = 1; i <= 6; ++i)
        r.clientMessage(1, QByteArray::number(i), true, 0);
    QCOMPARE(r.poll(0, target), 20);
    runFor(r, clock, target, 20);
    // 3rd and 6th dropped; 2nd and 4th doubled (the 6th would be, but is dropped first).
    QCOMPARE(target.lines(),
             (QStringList{"1@20:r1", "1@20:r2", "1@20:r2", "1@20:r4", "1@20:r4", "1@20:r5"}));
    QCOMPARE(r.droppedByFaults(), 2);
    QCOMPARE(r.duplicatedByFaults(), 2);
}

void TestServeResponder::templateProblemIsReported()
{
    ManualClock clock;
    FakeTarget target(clock);
    Variables variables(clock);
    ServeResponder r(&variables);
    r.setRules(rulesFrom(R"x([{"name":"bad","match":{"type":"regex","pattern":"(.*)"},
                             "reply":{"mode":"json","body":"{\"n\": {{$1}}}"}},
                            {"name":"hex","match":{"type":"any"},
                             "reply":"{{nobody}}"}])x"));
    r.clientConnected(7, 0);
    r.clientMessage(7, "not a number", true, 0); // a capture outside a string must be JSON
    r.clientMessage(7, "12", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), QStringList{R"(7@0:{"n": 12})"});
    QCOMPARE(target.problems.size(), 1);
    QVERIFY2(target.problems.at(0).startsWith(QLatin1String("7: rule \"bad\" could not reply: ")),
             qPrintable(target.problems.at(0)));
}

void TestServeResponder::variablesExpand()
{
    ManualClock clock(1700000000000);
    FakeTarget target(clock);
    Variables variables(clock);
    variables.setTable({{"user", "ann"}});
    ServeResponder r(&variables);
    r.setRules(rulesFrom(R"x([{"match":{"type":"any"},
                             "reply":"{{user}} {{$timestamp}} {{$counter}} \\{{$0}} {{$0}}"}])x"));
    r.clientConnected(1, 0);
    r.clientMessage(1, "m", true, 0);
    r.clientMessage(1, "m", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), (QStringList{"1@1700000000000:ann 1700000000 1 {{$0}} m",
                                          "1@1700000000000:ann 1700000000 2 {{$0}} m"}));
}

void TestServeResponder::expandCaptures_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("text") << "a {{$1}} {{$who}} {{$9}} {{$timestamp}}" << false
                          << "a x\"y {{$who}} {{$9}} {{$timestamp}}";
    QTest::addRow("json string") << R"({"v":"{{$1}}","w":"\"{{$1}}"})" << true
                                 << R"({"v":"x\"y","w":"\"x\"y"})";
    QTest::addRow("json value") << R"({"v":{{$2}}})" << true << R"({"v":42})";
    QTest::addRow("escaped") << R"(\{{$1}})" << false << R"(\{{$1}})";
}

void TestServeResponder::expandCaptures()
{
    QFETCH(QString, body);
    QFETCH(bool, json);
    QFETCH(QString, expected);
    MatchCaptures captures;
    captures.groups = {"x\"y 42", "x\"y", "42"};
    QCOMPARE(ServeResponder::expandCaptures(body, json, captures), expected);
}

void TestServeResponder::clientGoneDropsPending()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([{"match":{"type":"any"},"reply":"late","delayMs":100},
                            {"on":"interval","everyMs":10,"reply":"t"}])x"));
    r.clientConnected(1, 0);
    r.clientMessage(1, "x", true, 0);
    QCOMPARE(r.pendingCount(), 1);
    r.clientGone(1);
    QCOMPARE(r.pendingCount(), 0);
    QCOMPARE(r.poll(0, target), ServeResponder::Idle);
    runFor(r, clock, target, 500);
    QVERIFY(target.sent.empty());
}

void TestServeResponder::disabledRuleIsSkipped()
{
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRules(rulesFrom(R"x([{"match":{"type":"any"},"reply":"off","enabled":false},
                            {"match":{"type":"any"},"reply":"on"}])x"));
    r.clientConnected(1, 0);
    r.clientMessage(1, "x", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), QStringList{"1@0:on"});
}

namespace {
/// A client's recording: open at 1000, a greeting, three exchanges.
void fillRecording(EventStore *store)
{
    store->append(Event::open(1000, {}, {}));
    store->append(Event::message(1040, Direction::In, true, "welcome"));
    store->append(Event::message(1100, Direction::Out, true, "login"));
    store->append(Event::message(1150, Direction::In, true, "token"));
    store->append(Event::message(1400, Direction::In, false, QByteArray("\x01\x02", 2)));
    store->append(Event::message(2000, Direction::Out, true, "list"));
    store->append(Event::message(2010, Direction::In, true, "[1,2]"));
    store->append(Event::message(3000, Direction::Out, true, "quit"));
    store->append(Event::close(3001, 1000, {}, true));
}
} // namespace

void TestServeResponder::recording()
{
    EventStore store;
    fillRecording(&store);
    auto rec = std::make_shared<ServeRecording>(store);
    QCOMPARE(rec->greeting().size(), size_t(1));
    QCOMPARE(rec->greeting()[0].afterMs, 40);
    QCOMPARE(rec->exchanges().size(), size_t(3));
    QCOMPARE(rec->exchanges()[0].replies.size(), size_t(2));
    QCOMPARE(rec->exchanges()[0].replies[1].afterMs, 300);
    QVERIFY(rec->exchanges()[2].replies.empty());
    // find(): same bytes from the cursor, then before it, then the next in order.
    QCOMPARE(rec->find("list", true, 0), 1);
    QCOMPARE(rec->find("login", true, 2), 0);
    QCOMPARE(rec->find("login", false, 2), 2); // a binary "login" is another message
    QCOMPARE(rec->find("something else", true, 1), 1);
    QCOMPARE(rec->find("something else", true, 3), -1);

    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRecording(rec);
    r.clientConnected(1, 0);
    runFor(r, clock, target, 100);
    r.clientMessage(1, "login-with-another-id", true, clock.nowMs());
    runFor(r, clock, target, 1000);
    r.clientMessage(1, "list", true, clock.nowMs());
    r.clientMessage(2, "list", true, clock.nowMs()); // not connected: nothing goes to it
    runFor(r, clock, target, 100);
    QCOMPARE(target.lines(),
             (QStringList{"1@40:welcome", "1@150:token", "1@400:0102", "1@1110:[1,2]"}));
    r.clientMessage(1, "quit", true, clock.nowMs());
    r.clientMessage(1, "more", true, clock.nowMs());
    QCOMPARE(r.unanswered(), 1); // "more", after the end of the recording
}

void TestServeResponder::recordingSpeed()
{
    EventStore store;
    fillRecording(&store);
    auto rec = std::make_shared<ServeRecording>(store);
    for (double speed : {2.0, 0.0}) {
        ManualClock clock;
        FakeTarget target(clock);
        ServeResponder r;
        r.setRecording(rec, speed);
        r.clientConnected(1, 0);
        r.clientMessage(1, "login", true, 0);
        runFor(r, clock, target, 1000);
        if (speed > 0)
            QCOMPARE(target.lines(), (QStringList{"1@20:welcome", "1@25:token", "1@150:0102"}));
        else
            QCOMPARE(target.lines(), (QStringList{"1@0:welcome", "1@0:token", "1@0:0102"}));
    }
}

void TestServeResponder::recordingAfterRules()
{
    EventStore store;
    fillRecording(&store);
    ManualClock clock;
    FakeTarget target(clock);
    ServeResponder r;
    r.setRecording(std::make_shared<ServeRecording>(store), 0);
    r.setRules(rulesFrom(R"x([{"match":{"type":"plain","text":"list"},"reply":"mocked"}])x"));
    r.clientConnected(1, 0);
    r.clientMessage(1, "list", true, 0);
    r.clientMessage(1, "quit", true, 0);
    runFor(r, clock, target, 1);
    QCOMPARE(target.lines(), (QStringList{"1@0:welcome", "1@0:mocked"}));
}

void TestServeResponder::recordingFromHar()
{
    ServeRecording rec;
    QString error;
    QVERIFY2(rec.load(QStringLiteral(WSPROBE_TEST_DATA_DIR "/har/chrome.har"), &error),
             qPrintable(error));
    QVERIFY(!rec.isEmpty());
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.wsprobe.jsonl"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    SessionHeader header;
    header.request.url = QUrl(QStringLiteral("ws://127.0.0.1/"));
    f.write(header.toLine() + '\n');
    f.write(R"({"type":"open","elapsedMs":0})"
            "\n");
    f.close();
    ServeRecording none;
    QVERIFY(!none.load(empty, &error));
    QCOMPARE(error, empty + QStringLiteral(" holds no message to serve"));
    QVERIFY(!none.load(dir.filePath(QStringLiteral("missing.har")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestServeResponder)
#include "tst_serveresponder.moc"
