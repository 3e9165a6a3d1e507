#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "connection/requestauth.h"
#include "session/har.h"
#include "session/redaction.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"

/// HAR files in the shapes browsers write them (tests/data/har, built by hand after Chrome's
/// and Firefox's exports): several WebSocket entries among other requests, Firefox's upgrade
/// without messages, secrets in every place a URL can be, and times to the microsecond.
class TestHar : public QObject
{
    Q_OBJECT
private slots:
    void chromeEntryIsReadWithItsTimings();
    void severalWebSocketEntriesAreListed();
    void firefoxUpgradeIsAWebSocketWithoutMessages();
    void redactionLeavesNoSecretAnywhere_data();
    void redactionLeavesNoSecretAnywhere();
    void redactText_data();
    void redactText();
    void authHelperSecretsAreRedacted_data();
    void authHelperSecretsAreRedacted();
    void entryTimeIsTheSumOfItsTimings();
    void timesSurviveARoundTripToTheMicrosecond();

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(WSPROBE_TEST_DATA_DIR "/har/") + QLatin1String(name);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject firstEntry(const QByteArray &har)
    {
        return QJsonDocument::fromJson(har)
            .object()
            .value("log")
            .toObject()
            .value("entries")
            .toArray()
            .at(0)
            .toObject();
    }
};

void TestHar::chromeEntryIsReadWithItsTimings()
{
    Session s;
    QString error;
    QVERIFY2(SessionReader::load(fixture("chrome.har"), -1, &s, &error), qPrintable(error));
    QVERIFY2(s.issues.isEmpty(), qPrintable(s.issues.value(0).message));
    QCOMPARE(s.header.request.url, QUrl("wss://app.example/socket?room=1"));
    QCOMPARE(s.header.request.subprotocols, QStringList{"chat.v2"});
    // handshake, open, four messages
    QCOMPARE(s.events.size(), 6);
    QCOMPARE(s.events.at(2).payload, QByteArray(R"({"op":"join","room":1})"));
    QCOMPARE(s.events.at(3).payload, QByteArray(R"({"op":"joined","users":["é","😀"]})"));
    QCOMPARE(s.events.at(4).payload, QByteArray::fromBase64("AP8Q"));
    QVERIFY(s.header.timings);
    QCOMPARE(s.header.timings->blocked, 1235);
    QCOMPARE(s.header.timings->wait, 44444);
    QCOMPARE(s.header.timings->dns, -1);
    // The 101 came when the request's phases were over: 45.679 ms after the start.
    QCOMPARE(s.events.at(1).timeMs - s.header.createdMs, 45);
}

void TestHar::severalWebSocketEntriesAreListed()
{
    QList<Har::EntryInfo> entries;
    QString error;
    QVERIFY2(Har::listFile(fixture("two-websockets.har"), &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    // Numbered among all five entries of the file, as --entry takes them.
    QCOMPARE(entries[0].index, 1);
    QCOMPARE(entries[0].url, QUrl("wss://app.example/feed"));
    QCOMPARE(entries[0].received, 2);
    QCOMPARE(entries[1].index, 3);
    QCOMPARE(entries[1].url, QUrl("wss://app.example/chat?room=7"));
    QCOMPARE(entries[1].sent + entries[1].received, 3);
    QVERIFY(entries[1].hasMessages);

    Session second;
    QVERIFY2(SessionReader::load(fixture("two-websockets.har"), 3, &second, &error),
             qPrintable(error));
    QCOMPARE(second.header.request.url, QUrl("wss://app.example/chat?room=7"));
    QCOMPARE(second.events.messageCount(Direction::Out), 2);
    // A request that is not a WebSocket is refused by number, naming the ones that are.
    QVERIFY(!SessionReader::load(fixture("two-websockets.har"), 2, &second, &error));
    QVERIFY2(error.contains("1, 3"), qPrintable(error));
}

void TestHar::firefoxUpgradeIsAWebSocketWithoutMessages()
{
    QList<Har::EntryInfo> entries;
    QString error;
    QVERIFY2(Har::listFile(fixture("firefox.har"), &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].index, 1);
    QVERIFY(!entries[0].hasMessages);
    // Firefox lists the upgrade as https; it is the wss connection.
    QCOMPARE(entries[0].url, QUrl("wss://app.example/socket?room=1"));

    Session s;
    QVERIFY2(SessionReader::load(fixture("firefox.har"), -1, &s, &error), qPrintable(error));
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(int(s.events.at(0).kind), int(EventKind::Handshake));
    const HandshakeRecord &hs = *s.events.at(0).handshake;
    QCOMPARE(hs.status, 101);
    QVERIFY(
        hs.requestHeaders.contains(HeaderField{"Sec-WebSocket-Key", "x3JJHMbDL1EzLkh9GBhXDw=="}));
    QVERIFY(hs.responseHeaders.contains(
        HeaderField{"Sec-WebSocket-Accept", "HSmrc0sMlYUkAGmm5OPpG2HaGWk="}));
    QCOMPARE(int(s.events.at(1).kind), int(EventKind::Open));
    QCOMPARE(s.events.at(1).protocol, QString("chat.v2"));
    QCOMPARE(s.header.request.origin, QString("https://app.example"));
    // Startedat 04:05:06.789+01:00 is 03:05:06.789 UTC.
    QCOMPARE(s.header.createdMs, 1767323106789);
    // Said plainly, not left for the user to wonder why the log is empty.
    QCOMPARE(s.issues.size(), 1);
    QVERIFY2(s.issues[0].message.contains("none of its messages"), qPrintable(s.issues[0].message));
}

void TestHar::redactionLeavesNoSecretAnywhere_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("jsonl") << "out.wsprobe.jsonl";
    QTest::addRow("har") << "out.har";
    QTest::addRow("transcript") << "out.txt";
}

void TestHar::redactionLeavesNoSecretAnywhere()
{
    QFETCH(QString, name);
    // secrets.har has S01… to S13… in the page title, the request URL (password, query and
    // fragment), queryString, _initiator URLs, Referer, Authorization, Cookie, Location and
    // Set-Cookie, and in a document request.
    const QByteArray input = readAll(fixture("secrets.har"));
    const QRegularExpression secret("S\\d\\d[a-z]+");
    QSet<QString> planted;
    for (auto it = secret.globalMatch(QString::fromUtf8(input)); it.hasNext();)
        planted << it.next().captured();
    QCOMPARE(planted.size(), 12);
    Session s;
    QString error;
    QVERIFY2(SessionReader::load(fixture("secrets.har"), -1, &s, &error), qPrintable(error));
    // The title quotes the URL as it was.
    QVERIFY(s.header.title.contains("S02url"));
    // Errors quote URLs too.
    s.events.append(Event::error(s.header.createdMs + 9,
                                 "The server redirects (HTTP 302) to "
                                 "https://app.example/login?next=1&token=S14error"));
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    QVERIFY2(SessionWriter::write(out, SessionWriter::formatForPath(out), s.header, s.events, {},
                                  &error),
             qPrintable(error));
    const QString text = QString::fromUtf8(readAll(out));
    const QRegularExpressionMatch left = secret.match(text);
    QVERIFY2(!left.hasMatch(), qPrintable(left.captured() + " in " + text));
    QVERIFY(text.contains("redacted"));
    // What is not secret stays: the room, the host, the message.
    QVERIFY(text.contains("room=1"));
    QVERIFY(text.contains("hello"));
    if (name.endsWith(".jsonl")) {
        QVERIFY(text.contains("app.example/page?session_token="));
        QVERIFY(text.contains("x=1"));
    }
}

void TestHar::authHelperSecretsAreRedacted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("keepSecrets");
    for (const char *file : {"out.wsprobe.jsonl", "out.har", "out.txt"}) {
        QTest::addRow("%s", file) << QString(file) << false;
        QTest::addRow("%s kept", file) << QString(file) << true;
    }
}

void TestHar::authHelperSecretsAreRedacted()
{
    // API keys under names no built-in rule knows (X-Client, sig): the request's auth marker
    // says which they are, in the session header and in the recorded handshake.
    QFETCH(QString, name);
    QFETCH(bool, keepSecrets);
    Session s;
    s.header.createdMs = 1767323106000;
    s.header.request.url = QUrl("ws://127.0.0.1:9/chat?room=1");
    RequestAuth header;
    header.kind = RequestAuth::Kind::ApiKeyHeader;
    header.keyName = "X-Client";
    header.keyValue = "HDRSECRET";
    ConnectionRequest withHeader = s.header.request;
    header.applyTo(&withHeader);
    RequestAuth query = header;
    query.kind = RequestAuth::Kind::ApiKeyQuery;
    query.keyName = "sig";
    query.keyValue = "QUERYSECRET";
    ConnectionRequest withQuery = s.header.request;
    query.applyTo(&withQuery);
    for (const ConnectionRequest &request : {withHeader, withQuery}) {
        s.header.request = request;
        s.events.clear();
        HandshakeRecord record;
        record.requestLine =
            "GET /chat?" + request.url.query(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1";
        record.requestHeaders = request.headers;
        record.status = 101;
        s.events.append(Event::handshakeRecord(s.header.createdMs + 1, record));
        s.events.append(Event::message(s.header.createdMs + 2, Direction::In, true, "hi"));
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        ExportOptions options;
        options.keepSecrets = keepSecrets;
        QString error;
        QVERIFY2(SessionWriter::write(out, SessionWriter::formatForPath(out), s.header, s.events,
                                      options, &error),
                 qPrintable(error));
        const QString text = QString::fromUtf8(readAll(out));
        const bool secretThere = text.contains("HDRSECRET") || text.contains("QUERYSECRET");
        QVERIFY2(secretThere == keepSecrets, qPrintable(text));
        QVERIFY(text.contains("room=1"));
        if (!name.endsWith(".txt") && !keepSecrets) // a transcript has no request headers
            QVERIFY2(text.contains("redacted"), qPrintable(text));
    }
}

void TestHar::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString r = "<redacted>";
    QTest::addRow("title") << "HAR entry 1: wss://h/s?api_key=abc&room=1"
                           << "HAR entry 1: wss://h/s?api_key=" + r + "&room=1";
    QTest::addRow("fragment") << "https://h/#access_token=x.y-z&state=1"
                              << "https://h/#access_token=" + r + "&state=1";
    QTest::addRow("base64 padding") << "https://h/?token=YWJj==&a=b"
                                    << "https://h/?token=" + r + "&a=b";
    QTest::addRow("password") << "proxy at http://me:pa55@proxy:3128/ failed"
                              << "proxy at http://me:" + r + "@proxy:3128/ failed";
    QTest::addRow("percent-encoded name") << "/?api%5Fkey=1"
                                          << "/?api%5Fkey=" + r;
    QTest::addRow("harmless") << "wss://h/chat?room=1&user=me#top"
                              << "wss://h/chat?room=1&user=me#top";
    QTest::addRow("no url") << "a = b, c=d"
                            << "a = b, c=d";
    QTest::addRow("empty value") << "/?token=&a=1"
                                 << "/?token=&a=1";
}

void TestHar::redactText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redactText(text), expected);
    // Keeping secrets keeps them.
    Redaction::Rules none;
    none.builtIn = false;
    QCOMPARE(Redaction::redactText(text, none), text);
}

void TestHar::entryTimeIsTheSumOfItsTimings()
{
    // A recording: the wait for the 101.
    SessionHeader header;
    header.createdMs = 1767323045678;
    header.request.url = QUrl("ws://127.0.0.1:9/");
    EventStore events;
    events.append(Event::open(header.createdMs + 37, {}, {}));
    events.append(Event::message(header.createdMs + 40, Direction::Out, true, "x"));
    events.append(Event::close(header.createdMs + 5000, 1000, {}, true));
    QByteArray har;
    QVERIFY(Har::write(header, events, {}, &har, [](QByteArray *) { return true; }));
    QJsonObject entry = firstEntry(har);
    QCOMPARE(entry.value("time").toDouble(), 37.0);
    QCOMPARE(entry.value("timings").toObject().value("wait").toDouble(), 37.0);

    // Imported timings: every phase that applies, "ssl" within "connect" as HAR 1.2 says.
    Session chrome;
    QString error;
    QVERIFY(SessionReader::load(fixture("firefox.har"), -1, &chrome, &error));
    chrome.header.timings = RequestTimings{1500, -1, 8250, 4000, 125, 30001, 3};
    har.clear();
    QVERIFY(Har::write(chrome.header, chrome.events, {}, &har, [](QByteArray *) { return true; }));
    entry = firstEntry(har);
    const QJsonObject timings = entry.value("timings").toObject();
    double sum = 0;
    for (const char *phase : {"blocked", "dns", "connect", "send", "wait", "receive"})
        sum += qMax(0.0, timings.value(phase).toDouble());
    QCOMPARE(timings.value("ssl").toDouble(), 4.0);
    QCOMPARE(timings.value("dns").toDouble(), -1.0);
    QCOMPARE(entry.value("time").toDouble(), sum);
    QVERIFY(har.contains(R"("time":39.879,)"));
}

void TestHar::timesSurviveARoundTripToTheMicrosecond()
{
    // Chrome's file → Wsprobe's HAR → read → HAR again: the second and third are the same
    // bytes, times included, and the sub-millisecond timings are those of the first.
    QTemporaryDir dir;
    Session first;
    QString error;
    QVERIFY(SessionReader::load(fixture("chrome.har"), -1, &first, &error));
    ExportOptions keep;
    keep.keepSecrets = true;
    const QString a = dir.filePath("a.har"), b = dir.filePath("b.har");
    QVERIFY2(SessionWriter::write(a, SessionWriter::Format::Har, first.header, first.events, keep,
                                  &error),
             qPrintable(error));
    const QByteArray written = readAll(a);
    QVERIFY2(written.contains(R"("time":45.679,)"), written.constData());
    QVERIFY(written.contains(R"("blocked":1.235,)"));
    QVERIFY(written.contains(R"("wait":44.444,)"));
    Session second;
    QVERIFY(SessionReader::load(a, -1, &second, &error));
    QVERIFY(SessionWriter::write(b, SessionWriter::Format::Har, second.header, second.events, keep,
                                 &error));
    QCOMPARE(readAll(b), written);
    QCOMPARE(second.events.at(1).timeMs, first.events.at(1).timeMs);
}

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
