#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "match/messagematcher.h"

using Kind = MessageMatcher::Kind;

class TestMessageMatcher : public QObject
{
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void captures();
    void namedCaptures();
    void jsonValueCaptured();
    void directionAndType();
    void compileErrors_data();
    void compileErrors();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void uncompiledNeverMatches();
    void describe();
};

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

void TestMessageMatcher::matches_data()
{
    QTest::addColumn<QJsonObject>("matcher");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<bool>("expected");
    QTest::addRow("any") << object(R"({"type":"any"})") << QByteArray() << true << true;
    QTest::addRow("plain inside") << object(R"({"type":"plain","text":"lo w"})")
                                  << QByteArray("hello world") << true << true;
    QTest::addRow("plain is literal")
        << object(R"({"type":"plain","text":"a.c"})") << QByteArray("abc") << true << false;
    QTest::addRow("plain case") << object(R"({"type":"plain","text":"HELLO"})")
                                << QByteArray("hello") << true << false;
    QTest::addRow("plain any case")
        << object(R"({"type":"plain","text":"HELLO","caseSensitive":false})") << QByteArray("hello")
        << true << true;
    QTest::addRow("regex") << object(R"({"type":"regex","pattern":"^sub (\\w+)$"})")
                           << QByteArray("sub prices") << true << true;
    QTest::addRow("regex anchored miss")
        << object(R"({"type":"regex","pattern":"^sub"})") << QByteArray("unsub x") << true << false;
    QTest::addRow("regex unicode word")
        << object(R"({"type":"regex","pattern":"^\\w+$"})") << QByteArray("héllo") << true << true;
    QTest::addRow("regex over invalid UTF-8") << object(R"({"type":"regex","pattern":"abc"})")
                                              << QByteArray("\xff\xfe"
                                                            "abc",
                                                            5)
                                              << false << true;
    QTest::addRow("json equals string")
        << object(R"({"type":"jsonEquals","path":"$.type","value":"ack"})")
        << QByteArray(R"({"type":"ack","id":1})") << true << true;
    QTest::addRow("json equals, string is not number")
        << object(R"({"type":"jsonEquals","path":"$.id","value":"1"})") << QByteArray(R"({"id":1})")
        << true << false;
    QTest::addRow("json equals 1 and 1.0")
        << object(R"({"type":"jsonEquals","path":"$.id","value":1})") << QByteArray(R"({"id":1.0})")
        << true << true;
    QTest::addRow("json equals object, any member order")
        << object(R"({"type":"jsonEquals","path":"$.o","value":{"a":1,"b":[true,null]}})")
        << QByteArray(R"({"o":{"b":[true,null],"a":1}})") << true << true;
    QTest::addRow("json equals null vs missing")
        << object(R"({"type":"jsonEquals","path":"$.x","value":null})")
        << QByteArray(R"({"y":null})") << true << false;
    QTest::addRow("json equals null")
        << object(R"({"type":"jsonEquals","path":"$.x","value":null})")
        << QByteArray(R"({"x":null})") << true << true;
    QTest::addRow("json equals any of a wildcard")
        << object(R"({"type":"jsonEquals","path":"$.items[*].id","value":2})")
        << QByteArray(R"({"items":[{"id":1},{"id":2}]})") << true << true;
    QTest::addRow("json scalar message") << object(R"({"type":"jsonEquals","path":"$","value":42})")
                                         << QByteArray("42") << true << true;
    QTest::addRow("two values are not JSON")
        << object(R"({"type":"jsonEquals","path":"$","value":1})") << QByteArray("1,2") << true
        << false;
    QTest::addRow("not JSON") << object(R"({"type":"jsonEquals","path":"$.a","value":1})")
                              << QByteArray("{a:1}") << true << false;
    QTest::addRow("binary is never JSON")
        << object(R"({"type":"jsonEquals","path":"$.a","value":1})") << QByteArray(R"({"a":1})")
        << false << false;
    QTest::addRow("json matches string")
        << object(R"({"type":"jsonMatches","path":"$.user.name","pattern":"^al"})")
        << QByteArray(R"({"user":{"name":"alice"}})") << true << true;
    QTest::addRow("json matches number as text")
        << object(R"({"type":"jsonMatches","path":"$.n","pattern":"^4\\d$"})")
        << QByteArray(R"({"n":42})") << true << true;
    QTest::addRow("json matches object as compact JSON")
        << object(R"({"type":"jsonMatches","path":"$.o","pattern":"^\\{\"k\":1\\}$"})")
        << QByteArray(R"({"o": { "k" : 1 }})") << true << true;
    QTest::addRow("binary prefix") << object(R"({"type":"binaryPrefix","hex":"0a ff"})")
                                   << QByteArray("\x0a\xff\x01", 3) << false << true;
    QTest::addRow("binary prefix miss") << object(R"({"type":"binaryPrefix","hex":"0aff"})")
                                        << QByteArray("\x0a\xfe", 2) << false << false;
    QTest::addRow("binary prefix longer than payload")
        << object(R"({"type":"binaryPrefix","hex":"0a:ff:00"})") << QByteArray("\x0a\xff", 2)
        << false << false;
}

void TestMessageMatcher::matches()
{
    QFETCH(QJsonObject, matcher);
    QFETCH(QByteArray, payload);
    QFETCH(bool, isText);
    QFETCH(bool, expected);
    MessageMatcher m;
    QString error;
    QVERIFY2(MessageMatcher::fromJson(matcher, &m, &error), qPrintable(error));
    QCOMPARE(m.matches(MatchSubject(payload, isText)), expected);
}

void TestMessageMatcher::captures()
{
    MessageMatcher m = MessageMatcher::regex(QStringLiteral("^sub (\\w+)(?: (\\d+))?(x)?$"));
    QVERIFY(m.compile(nullptr));
    MatchCaptures c;
    QVERIFY(m.matches(MatchSubject("sub prices 15", true), &c));
    QCOMPARE(c.groups, (QStringList{"sub prices 15", "prices", "15", QString()}));
    QString v;
    QVERIFY(c.lookup(u"1", &v));
    QCOMPARE(v, "prices");
    QVERIFY(c.lookup(u"3", &v));
    QCOMPARE(v, QString());
    QVERIFY(!c.lookup(u"4", &v));
    QVERIFY(!c.lookup(u"-1", &v));
    MessageMatcher any = MessageMatcher::any();
    QVERIFY(any.compile(nullptr));
    MatchCaptures whole;
    QVERIFY(any.matches(MatchSubject("héllo", true), &whole));
    QCOMPARE(whole.groups, QStringList{"héllo"});
    // A later match replaces the captures wholesale.
    QVERIFY(m.matches(MatchSubject("sub x", true), &c));
    QCOMPARE(c.groups, (QStringList{"sub x", "x", QString(), QString()}));
}

void TestMessageMatcher::namedCaptures()
{
    MessageMatcher m = MessageMatcher::regex(QStringLiteral("id=(?<id>\\d+);(?<who>\\w+)"));
    QVERIFY(m.compile(nullptr));
    MatchCaptures c;
    QVERIFY(m.matches(MatchSubject("x id=7;bob y", true), &c));
    QString v;
    QVERIFY(c.lookup(u"id", &v));
    QCOMPARE(v, "7");
    QVERIFY(c.lookup(u"who", &v));
    QCOMPARE(v, "bob");
    QVERIFY(c.lookup(u"2", &v));
    QCOMPARE(v, "bob");
    QVERIFY(!c.lookup(u"nobody", &v));
    QVERIFY(!c.lookup(u"", &v));
}

void TestMessageMatcher::jsonValueCaptured()
{
    MessageMatcher eq =
        MessageMatcher::jsonEquals(QStringLiteral("$.o"), QJsonObject{{"a", QJsonArray{1, "x"}}});
    QVERIFY(eq.compile(nullptr));
    MatchCaptures c;
    QVERIFY(eq.matches(MatchSubject(R"({"o":{"a":[1,"x"]}})", true), &c));
    QCOMPARE(c.groups, QStringList{R"({"a":[1,"x"]})"});
    MessageMatcher re =
        MessageMatcher::jsonMatches(QStringLiteral("$.items[*].name"), QStringLiteral("^b(.)"));
    QVERIFY(re.compile(nullptr));
    QVERIFY(re.matches(MatchSubject(R"({"items":[{"name":"al"},{"name":"bob"}]})", true), &c));
    QCOMPARE(c.groups, (QStringList{"bo", "o"}));
}

void TestMessageMatcher::directionAndType()
{
    MessageMatcher m;
    QVERIFY(MessageMatcher::fromJson(
        object(R"({"type":"plain","text":"x","direction":"out","messageType":"binary"})"), &m,
        nullptr));
    QCOMPARE(m.direction(), Direction::Out);
    QVERIFY(m.matches(MatchSubject("x", false, Direction::Out)));
    QVERIFY(!m.matches(MatchSubject("x", false, Direction::In)));
    QVERIFY(!m.matches(MatchSubject("x", true, Direction::Out)));
    m.setDirection(Direction::None);
    m.setMessageType(MessageMatcher::MessageType::Text);
    QVERIFY(m.matches(MatchSubject("x", true, Direction::In)));
    QVERIFY(!m.matches(MatchSubject("x", false, Direction::In)));
}

void TestMessageMatcher::compileErrors_data()
{
    QTest::addColumn<QJsonObject>("matcher");
    QTest::addColumn<QString>("error");
    QTest::addRow("regex")
        << object(R"({"type":"regex","pattern":"ab(c"})")
        << R"("pattern": Regex error at character 5: missing closing parenthesis)";
    QTest::addRow("regex position counts characters")
        << object(R"({"type":"regex","pattern":"éé["})")
        << R"("pattern": Regex error at character 4: missing terminating ] for character class)";
    QTest::addRow("json matches regex")
        << object(R"({"type":"jsonMatches","path":"$.a","pattern":"*"})")
        << R"("pattern": Regex error at character 1: quantifier does not follow a repeatable item)";
    QTest::addRow("json path")
        << object(R"({"type":"jsonEquals","path":"$..a","value":1})")
        << R"("path": JSON path, character 2: recursive descent ('..') is not supported)";
    QTest::addRow("hex") << object(R"({"type":"binaryPrefix","hex":"0g"})") << "\"hex\": ";
}

void TestMessageMatcher::compileErrors()
{
    QFETCH(QJsonObject, matcher);
    QFETCH(QString, error);
    MessageMatcher m;
    QString got;
    QVERIFY(!MessageMatcher::fromJson(matcher, &m, &got));
    if (error.endsWith(QLatin1String(": "))) // HexCodec's own wording follows
        QVERIFY2(got.startsWith(error) && got.size() > error.size() + 5, qPrintable(got));
    else
        QCOMPARE(got, error);
}

void TestMessageMatcher::jsonRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("matcher");
    QTest::addRow("any") << object(R"({"type":"any"})");
    QTest::addRow("plain") << object(R"({"type":"plain","text":"hi","caseSensitive":false})");
    QTest::addRow("regex") << object(R"({"type":"regex","pattern":"^a","direction":"in"})");
    QTest::addRow("json equals") << object(R"({"type":"jsonEquals","path":"$.a","value":[1,{}]})");
    QTest::addRow("json equals null") << object(R"({"type":"jsonEquals","path":"$","value":null})");
    QTest::addRow("json matches") << object(
        R"({"type":"jsonMatches","path":"$['x y']","pattern":"z","messageType":"text"})");
    QTest::addRow("binary") << object(R"({"type":"binaryPrefix","hex":"00 01","direction":"out"})");
}

void TestMessageMatcher::jsonRoundTrip()
{
    QFETCH(QJsonObject, matcher);
    MessageMatcher m;
    QString error;
    QVERIFY2(MessageMatcher::fromJson(matcher, &m, &error), qPrintable(error));
    QCOMPARE(m.toJson(), matcher);
    MessageMatcher again;
    QVERIFY(MessageMatcher::fromJson(m.toJson(), &again, &error));
    QVERIFY(again == m);
    QVERIFY(again.isCompiled());
}

void TestMessageMatcher::fromJsonErrors_data()
{
    QTest::addColumn<QJsonObject>("matcher");
    QTest::addColumn<QString>("error");
    QTest::addRow("no type") << object(R"({"pattern":"x"})")
                             << R"("type": missing; one of any, plain, regex, jsonEquals, )"
                                "jsonMatches, binaryPrefix";
    QTest::addRow("type not string") << object(R"({"type":3})") << R"("type": must be a string)";
    QTest::addRow("unknown type")
        << object(R"({"type":"glob"})")
        << R"("type": unknown matcher type "glob"; one of any, plain, regex, jsonEquals, )"
           "jsonMatches, binaryPrefix";
    QTest::addRow("missing text") << object(R"({"type":"plain"})")
                                  << R"("text": missing (a plain matcher needs it))";
    QTest::addRow("text not string")
        << object(R"({"type":"plain","text":1})") << R"("text": must be a string)";
    QTest::addRow("missing value")
        << object(R"({"type":"jsonEquals","path":"$.a"})")
        << R"("value": missing (the JSON value to compare with: "ack", 3, true, null…))";
    QTest::addRow("missing path") << object(R"({"type":"jsonMatches","pattern":"a"})")
                                  << R"("path": missing (a jsonMatches matcher needs it))";
    QTest::addRow("wrong key for the type")
        << object(R"({"type":"plain","text":"a","pattern":"b"})")
        << R"("pattern": not a key of a plain matcher)";
    QTest::addRow("case on binary") << object(R"({"type":"binaryPrefix","hex":"00",)"
                                              R"("caseSensitive":true})")
                                    << R"("caseSensitive": not a key of a binaryPrefix matcher)";
    QTest::addRow("case not bool") << object(R"({"type":"regex","pattern":"a",)"
                                             R"("caseSensitive":"no"})")
                                   << R"("caseSensitive": must be true or false)";
    QTest::addRow("direction") << object(R"({"type":"any","direction":"up"})")
                               << R"("direction": must be "in", "out" or "any")";
    QTest::addRow("message type") << object(R"({"type":"any","messageType":"json"})")
                                  << R"("messageType": must be "text", "binary" or "any")";
}

void TestMessageMatcher::fromJsonErrors()
{
    QFETCH(QJsonObject, matcher);
    QFETCH(QString, error);
    MessageMatcher m = MessageMatcher::plain(QStringLiteral("kept"));
    QString got;
    QVERIFY(!MessageMatcher::fromJson(matcher, &m, &got));
    QCOMPARE(got, error);
    QCOMPARE(m.pattern(), "kept"); // untouched on failure
}

void TestMessageMatcher::uncompiledNeverMatches()
{
    MessageMatcher m = MessageMatcher::plain(QStringLiteral("a"));
    QVERIFY(!m.isCompiled());
    QVERIFY(!m.matches(MatchSubject("a", true)));
    MessageMatcher bad = MessageMatcher::regex(QStringLiteral("("));
    QVERIFY(!bad.compile(nullptr));
    QVERIFY(!bad.matches(MatchSubject("(", true)));
}

void TestMessageMatcher::describe()
{
    QCOMPARE(MessageMatcher::jsonEquals("$.type", QJsonValue("ack")).describe(),
             R"($.type == "ack")");
    MessageMatcher m = MessageMatcher::regex("^a", false);
    m.setDirection(Direction::In);
    QCOMPARE(m.describe(), "in: /^a/ (any case)");
    QCOMPARE(MessageMatcher::binaryPrefix("0a ff").describe(), "starts with 0a ff");
}

QTEST_GUILESS_MAIN(TestMessageMatcher)
#include "tst_messagematcher.moc"
