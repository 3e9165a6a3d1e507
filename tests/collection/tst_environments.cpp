// Environments: the order `{{name}}` resolves in (tab, environment, globals), pins, and the
// request expanded with them against a real server on 127.0.0.1.
#include <QSignalSpy>
#include <QTest>

#include "collection/environments.h"
#include "collection/requestexpander.h"
#include "compose/outgoingmessage.h"
#include "connection/clock.h"
#include "demo/demoserver.h"
#include "workbench/connectionworkbench.h"

class TestEnvironments : public QObject
{
    Q_OBJECT
private slots:
    void resolutionOrder_data();
    void resolutionOrder();
    void pinAndActive();
    void messagesUseTheEnvironment();
    void expandRequest();
    void expandRequestNamesUnknowns();
    void connectsWhereTheEnvironmentSays();
};

namespace {
EnvironmentSet sampleSet()
{
    EnvironmentSet set;
    set.setEnvironments({{QStringLiteral("local"),
                          {{"host", "127.0.0.1:8080", false}, {"token", "local-token", true}}},
                         {QStringLiteral("staging"),
                          {{"host", "staging.example.com", false}, {"region", "eu", false}}}});
    set.setGlobals(
        {{"host", "global.example.com", false}, {"region", "us", false}, {"user", "ana", false}});
    set.setActive(QStringLiteral("local"));
    return set;
}
} // namespace

void TestEnvironments::resolutionOrder_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<Variables::Table>("tab");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("environment over globals") << "" << Variables::Table{} << "{{host}}"
                                              << "127.0.0.1:8080";
    QTest::addRow("tab over environment")
        << "" << Variables::Table{{"host", "tab.example"}} << "{{host}}"
        << "tab.example";
    QTest::addRow("globals when the environment lacks it")
        << "" << Variables::Table{} << "{{region}}/{{user}}"
        << "us/ana";
    QTest::addRow("pinned environment") << "staging" << Variables::Table{} << "{{host}} {{region}}"
                                        << "staging.example.com eu";
    QTest::addRow("pin to a missing one follows the window")
        << "gone" << Variables::Table{} << "{{host}}"
        << "127.0.0.1:8080";
    QTest::addRow("built-ins untouched")
        << "" << Variables::Table{{"$counter", "x"}} << "{{$counter}}"
        << "1";
}

void TestEnvironments::resolutionOrder()
{
    QFETCH(QString, pin);
    QFETCH(Variables::Table, tab);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    ManualClock clock(1767323045678);
    Variables v(clock);
    v.setTable(tab);
    sampleSet().apply(v, pin);
    QString out, error;
    QVERIFY2(v.expand(text, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestEnvironments::pinAndActive()
{
    EnvironmentSet set = sampleSet();
    QCOMPARE(set.effective({}), QStringLiteral("local"));
    QCOMPARE(set.effective(QStringLiteral("staging")), QStringLiteral("staging"));
    set.setActive(QStringLiteral("nope"));
    QCOMPARE(set.effective({}), QString());
    ManualClock clock(0);
    Variables v(clock);
    set.apply(v, {});
    QString out, error;
    QVERIFY(v.expand(QStringLiteral("{{host}}"), &out, &error));
    QCOMPARE(out, QStringLiteral("global.example.com")); // no environment: globals only
    QVERIFY(!v.expand(QStringLiteral("{{token}}"), &out, &error));
    QVERIFY2(error.contains(QLatin1String("{{token}}")), qPrintable(error));
}

void TestEnvironments::messagesUseTheEnvironment()
{
    ManualClock clock(0);
    Variables v(clock);
    sampleSet().apply(v, QStringLiteral("staging"));
    OutgoingMessage::Payload payload;
    QString error;
    const OutgoingMessage json{OutgoingMessage::Mode::Json,
                               QStringLiteral("{\"r\": \"{{region}}\"}")};
    QVERIFY(json.build(&v, &payload, &error));
    QCOMPARE(payload.bytes, QByteArray("{\"r\": \"eu\"}"));
}

void TestEnvironments::expandRequest()
{
    ManualClock clock(0);
    Variables v(clock);
    v.setTable({{"path", "feed"}});
    sampleSet().apply(v, {});
    ConnectionRequest raw;
    raw.headers = {{"Authorization", "Bearer {{token}}"}, {"X-{{region}}", "plain"}};
    raw.origin = QStringLiteral("https://{{host}}");
    raw.subprotocols = {QStringLiteral("v1.{{user}}")};
    ConnectionRequest out;
    QString error;
    QVERIFY2(RequestExpander::expand(raw, QStringLiteral(" ws://{{host}}/{{path}}?u={{user}} "), v,
                                     &out, &error),
             qPrintable(error));
    QCOMPARE(out.url, QUrl(QStringLiteral("ws://127.0.0.1:8080/feed?u=ana")));
    const HeaderList headers{{"Authorization", "Bearer local-token"}, {"X-us", "plain"}};
    QCOMPARE(out.headers, headers);
    QCOMPARE(out.origin, QStringLiteral("https://127.0.0.1:8080"));
    QCOMPARE(out.subprotocols, QStringList{QStringLiteral("v1.ana")});
}

void TestEnvironments::expandRequestNamesUnknowns()
{
    ManualClock clock(0);
    Variables v(clock);
    ConnectionRequest raw;
    raw.headers = {{"X-Key", "{{apiKey}}"}};
    ConnectionRequest out;
    QString error;
    QVERIFY(!RequestExpander::expand(raw, QStringLiteral("ws://{{host}}/"), v, &out, &error));
    QCOMPARE(error, QStringLiteral("Not connected: unknown variable(s) {{host}}, {{apiKey}} in "
                                   "the URL, header X-Key. Define them in the tab's Variables, in "
                                   "an environment or in the globals."));
}

void TestEnvironments::connectsWhereTheEnvironmentSays()
{
    // Two real servers; switching the environment switches which one `{{host}}` reaches.
    DemoServer first, second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    EnvironmentSet set;
    set.setEnvironments({{QStringLiteral("one"),
                          {{"host", QStringLiteral("127.0.0.1:%1").arg(first.port()), false}}},
                         {QStringLiteral("two"),
                          {{"host", QStringLiteral("127.0.0.1:%1").arg(second.port()), false}}}});
    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    for (const QString &env : {QStringLiteral("one"), QStringLiteral("two")}) {
        set.setActive(env);
        set.apply(workbench.variables(), workbench.environment());
        ConnectionRequest request;
        QString error;
        QVERIFY2(RequestExpander::expand({}, QStringLiteral("ws://{{host}}/echo"),
                                         workbench.variables(), &request, &error),
                 qPrintable(error));
        workbench.setRequest(request);
        DemoServer &expected = env == QLatin1String("one") ? first : second;
        QSignalSpy reached(&expected, &DemoServer::clientCountChanged);
        QSignalSpy opened(&workbench.connection(), &Connection::opened);
        QVERIFY(workbench.open());
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!reached.isEmpty()); // the server itself saw the client
        QCOMPARE(workbench.connection().url().port(), int(expected.port()));
        QSignalSpy closed(&workbench.connection(), &Connection::closed);
        workbench.close();
        QVERIFY(closed.wait(10000));
    }
}

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
