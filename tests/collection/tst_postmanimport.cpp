// PostmanImport: a Postman v2.1 collection's WebSocket requests and a Postman environment.
#include <QTest>

#include "collection/collectionfile.h"
#include "collection/postmanimport.h"

class TestPostmanImport : public QObject
{
    Q_OBJECT
private slots:
    void collection();
    void skippedAreNamed();
    void environment();
    void refusesOtherSchemas();
    void wsprobeFileIsNotPostman();
};

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(WSPROBE_TEST_DATA_DIR "/postman/") + QString::fromLatin1(name);
}

CollectionDocument importFixture(const char *name)
{
    CollectionDocument doc;
    QString error;
    if (!CollectionFile::importFile(fixture(name), &doc, &error))
        qWarning("%s", qPrintable(error));
    return doc;
}
} // namespace

void TestPostmanImport::collection()
{
    const CollectionDocument doc = importFixture("market-feeds.postman_collection.json");
    QCOMPARE(doc.name, QStringLiteral("Market Feeds"));
    QCOMPARE(doc.items.size(), 1);
    const CollectionItem &root = doc.items[0];
    QVERIFY(root.folder);
    QCOMPARE(root.name, QStringLiteral("Market Feeds"));
    // "REST" held HTTP requests only: no empty folder is made for it.
    QCOMPARE(root.children.size(), 2);
    QCOMPARE(root.children[0].name, QStringLiteral("Streaming"));
    QCOMPARE(root.connectionCount(), 3);

    const SavedConnection quotes = root.children[0].children[0].connection;
    QCOMPARE(quotes.name, QStringLiteral("Quotes stream"));
    QCOMPARE(quotes.url, QStringLiteral("wss://{{host}}/v2/quotes?symbols=ACME,INIT"));
    QCOMPARE(quotes.request.subprotocols, (QStringList{"quotes.v2", "quotes.v1"}));
    QCOMPARE(quotes.request.origin, QStringLiteral("https://app.example.com"));
    // The disabled X-Debug and the handshake's own Sec-WebSocket-Key are left out; the
    // collection's bearer auth is inherited.
    const HeaderList expected{{"X-Client", "wsprobe-import-test"},
                              {"Authorization", "Bearer {{token}}"}};
    QCOMPARE(quotes.request.headers, expected);
    QCOMPARE(quotes.templates.size(), 2);
    QCOMPARE(quotes.templates[0].name, QStringLiteral("Subscribe"));
    QCOMPARE(quotes.templates[0].message.mode, OutgoingMessage::Mode::Json);
    QVERIFY(quotes.templates[0].message.body.contains(QLatin1String("{{$counter}}")));
    QCOMPARE(quotes.templates[1].message.mode, OutgoingMessage::Mode::Text);
    QCOMPARE(quotes.templates[1].message.body, QStringLiteral("ping"));
    // Collection variables travel with each connection.
    const Variables::Table vars{{"host", "stream.example.com"}, {"apiKey", "demo-key"}};
    QCOMPARE(quotes.variables, vars);

    // URL from its parts, an API key as a query parameter, a binary message as base64.
    const SavedConnection orders = root.children[0].children[1].connection;
    QCOMPARE(orders.url, QStringLiteral("ws://localhost:9001/orders?api_key={{apiKey}}"));
    QCOMPARE(orders.request.headers, HeaderList{});
    QCOMPARE(orders.templates.size(), 1);
    QCOMPARE(orders.templates[0].message.mode, OutgoingMessage::Mode::Base64);

    const SavedConnection echo = root.children[1].connection;
    QCOMPARE(echo.name, QStringLiteral("Echo"));
    QCOMPARE(echo.url, QStringLiteral("ws://127.0.0.1:8765/echo"));
}

void TestPostmanImport::skippedAreNamed()
{
    const CollectionDocument doc = importFixture("market-feeds.postman_collection.json");
    const QString all = doc.skipped.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("List symbols: not a WebSocket request (GET https://")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Sec-WebSocket-Key")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("scripts")), qPrintable(all));
    QCOMPARE(doc.skipped.size(), 3);
}

void TestPostmanImport::environment()
{
    const CollectionDocument doc = importFixture("staging.postman_environment.json");
    QVERIFY(doc.items.isEmpty());
    QVERIFY(doc.hasEnvironments);
    const Environment *e = doc.environments.find(QStringLiteral("Staging"));
    QVERIFY(e);
    QCOMPARE(e->variables.size(), 2); // the disabled one is left out
    QCOMPARE(e->variables[1].name, QStringLiteral("token"));
    QVERIFY(e->variables[1].secret);
    QVERIFY(!e->variables[0].secret);
}

void TestPostmanImport::refusesOtherSchemas()
{
    CollectionDocument doc;
    QString error;
    const QByteArray v1 =
        R"({"info": {"name": "old", "schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"}, "item": []})";
    QVERIFY(PostmanImport::looksLikePostman(v1));
    QVERIFY(!PostmanImport::parse(v1, &doc, &error));
    QVERIFY2(error.contains(QLatin1String("v2.1")), qPrintable(error));
    QVERIFY(!PostmanImport::parse("{\"info\": ", &doc, &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
}

void TestPostmanImport::wsprobeFileIsNotPostman()
{
    QVERIFY(!PostmanImport::looksLikePostman(CollectionFile::serialize({}, nullptr, false)));
}

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
