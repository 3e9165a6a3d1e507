// SavedConnection: its JSON form, and the map a connection tab saves and restores.
#include <QJsonDocument>
#include <QTest>

#include "collection/savedconnection.h"
#include "connection/clock.h"
#include "workbench/connectionworkbench.h"

class TestSavedConnection : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void jsonKeepsNoPassphrase();
    void tabStateRoundTrip();
    void nameFor_data();
    void nameFor();
};

namespace {
SavedConnection sample()
{
    SavedConnection c;
    c.name = QStringLiteral("Quotes (staging)");
    c.url = QStringLiteral("wss://{{host}}/v2/quotes");
    c.request.subprotocols = {QStringLiteral("quotes.v2"), QStringLiteral("quotes.v1")};
    c.request.headers = {{"Authorization", "Bearer {{token}}"}, {"X-Trace", "on"}};
    c.request.origin = QStringLiteral("https://app.example.com");
    c.request.engine = EngineKind::QtWebSockets;
    c.request.proxy = QStringLiteral("socks5://127.0.0.1:1080");
    c.request.caFile = QStringLiteral("/etc/ssl/staging-ca.pem");
    c.request.ignoreTlsErrors = true;
    c.request.keepAliveMs = 15000;
    c.variables = {{"room", "lobby"}};
    c.onOpen = {QStringLiteral("{\"op\":\"hello\"}"), QStringLiteral("ready")};
    c.templates = {{QString(),
                    QStringLiteral("Subscribe"),
                    {OutgoingMessage::Mode::Json, QStringLiteral("{\"op\":1}")}}};
    c.environment = QStringLiteral("staging");
    c.reconnect = true;
    c.backoff.maxAttempts = 3;
    c.backoff.initialMs = 250;
    c.backoff.maxMs = 4000;
    return c;
}
} // namespace

void TestSavedConnection::jsonRoundTrip()
{
    const SavedConnection c = sample();
    const QJsonObject o = c.toJson();
    // Through text, as it goes to disk.
    const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
    const SavedConnection read = SavedConnection::fromJson(back);
    QCOMPARE(read.url, c.url);
    QCOMPARE(read.request.headers, c.request.headers);
    QCOMPARE(read.request.subprotocols, c.request.subprotocols);
    QCOMPARE(read.request.engine, EngineKind::QtWebSockets);
    QCOMPARE(read.request.proxy, c.request.proxy);
    QCOMPARE(read.request.keepAliveMs, 15000);
    QCOMPARE(read.templates, c.templates);
    QCOMPARE(read.backoff.initialMs, 250);
    QVERIFY(read == c);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("connection"));
    QVERIFY(!o.value(QStringLiteral("request")).toObject().contains(QStringLiteral("url")));
}

void TestSavedConnection::jsonKeepsNoPassphrase()
{
    SavedConnection c = sample();
    c.request.keyPassphrase = QStringLiteral("hunter2");
    QVERIFY(!QJsonDocument(c.toJson()).toJson().contains("hunter2"));
}

void TestSavedConnection::tabStateRoundTrip()
{
    // The map goes through a real workbench, so a key the workbench renames breaks this test
    // rather than the Connections sidebar.
    const SavedConnection c = sample();
    SystemClock clock;
    ConnectionWorkbench workbench(clock);
    workbench.restoreState(c.toTabState());
    QCOMPARE(workbench.environment(), QStringLiteral("staging"));
    QCOMPARE(workbench.onOpenMessages(), c.onOpen);
    QVERIFY(workbench.reconnectEnabled());
    QVariantMap state = workbench.saveState();
    state.insert(QStringLiteral("urlText"), c.url); // the page adds the URL as typed
    SavedConnection back = SavedConnection::fromTabState(state, c.name);
    back.templates = c.templates; // a tab does not own templates
    QCOMPARE(back.url, c.url);
    QCOMPARE(back.variables, c.variables);
    QCOMPARE(back.request.headers, c.request.headers);
    QCOMPARE(back.backoff.maxAttempts, 3);
    QVERIFY(back == c);
}

void TestSavedConnection::nameFor_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addRow("host and path") << "ws://example.com/chat"
                                   << "example.com/chat";
    QTest::addRow("port") << "ws://127.0.0.1:8080/echo?x=1"
                          << "127.0.0.1:8080/echo";
    QTest::addRow("root") << "wss://example.com/"
                          << "example.com";
    QTest::addRow("variable host") << "ws://{{host}}/feed?a=b"
                                   << "{{host}}/feed";
    QTest::addRow("nothing") << ""
                             << "New Connection";
}

void TestSavedConnection::nameFor()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QCOMPARE(SavedConnection::nameFor(url), name);
}

QTEST_GUILESS_MAIN(TestSavedConnection)
#include "tst_savedconnection.moc"
