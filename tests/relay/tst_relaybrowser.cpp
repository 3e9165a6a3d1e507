// A real browser through the relay: Debian's Chromium, headless, opens a local page whose own
// `new WebSocket(...)` talks through the relay to a Python websockets server and back; the
// page sends its result through the same socket, so the server's report is the evidence; it
// closes only once that result's echo is back, so every count below is fixed.
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "connection/clock.h"
#include "relay/relaycontroller.h"
#include "relay/relayconversation.h"
#include "relaypeer.h"

namespace {

const char *const Page = R"(<!doctype html>
<meta charset="utf-8"><title>relay</title>
<script>
const url = new URLSearchParams(location.search).get('ws');
const ws = new WebSocket(url, ['chat']);
ws.binaryType = 'arraybuffer';
const got = [];
ws.onopen = () => { ws.send('browser says héllo'); ws.send(new Uint8Array([1, 2, 3, 255])); };
ws.onmessage = (e) => {
  got.push(typeof e.data === 'string' ? e.data : Array.from(new Uint8Array(e.data)).join(','));
  if (got.length === 2)
    ws.send('result:' + JSON.stringify({ got, protocol: ws.protocol, extensions: ws.extensions }));
  else if (got.length === 3)
    ws.close(4000, 'browser done'); // after the result's echo, so the count does not race the close

};
</script>
)";

} // namespace

class TestRelayBrowser : public QObject
{
    Q_OBJECT
private slots:
    void chromiumThroughTheRelay()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (scripts/setup-debian.sh installs it)");
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {}, &error), qPrintable(error));
        SystemClock clock;
        RelayController relay(clock);
        RelayConfig config;
        config.upstream.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
        QVERIFY2(relay.start(config, &error), qPrintable(error));
        QList<RelayRecord> records;
        connect(&relay, &RelayController::conversationStarted, this,
                [&records](int, RelayConversation *c, const QString &) {
                    connect(c, &RelayConversation::recordAdded, c,
                            [&records](const RelayRecord &r) { records << r; });
                });

        QTemporaryDir dir;
        QFile page(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(Page);
        page.close();
        QUrl url = QUrl::fromLocalFile(page.fileName());
        url.setQuery(QStringLiteral("ws=ws://127.0.0.1:%1/browser").arg(relay.port()));
        QProcess browser;
        browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                 QStringLiteral("--user-data-dir=") + dir.filePath("profile"),
                                 url.toString()});
        QVERIFY(browser.waitForStarted(20000));
        auto closedSeen = [&server] {
            for (const QJsonObject &o : server.lines()) {
                if (o.value(QLatin1String("event")).toString() == QLatin1String("closed"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedSeen(), 60000);
        browser.kill();
        browser.waitForFinished(5000);

        QJsonObject result;
        QJsonObject closed;
        QJsonObject open;
        for (const QJsonObject &o : server.lines()) {
            const QString event = o.value(QLatin1String("event")).toString();
            const QString data = o.value(QLatin1String("data")).toString();
            if (event == QLatin1String("message") && data.startsWith(QLatin1String("result:")))
                result = QJsonDocument::fromJson(data.mid(7).toUtf8()).object();
            else if (event == QLatin1String("closed"))
                closed = o;
            else if (event == QLatin1String("open"))
                open = o;
        }
        // The browser's messages reached the server and its echoes the browser, unchanged.
        QCOMPARE(result.value(QLatin1String("got")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("browser says héllo"), QStringLiteral("1,2,3,255")}));
        QCOMPARE(result.value(QLatin1String("protocol")).toString(), QStringLiteral("chat"));
        QCOMPARE(open.value(QLatin1String("subprotocol")).toString(), QStringLiteral("chat"));
        QVERIFY(open.value(QLatin1String("headers"))
                    .toObject()
                    .value(QLatin1String("user-agent"))
                    .toString()
                    .contains(QLatin1String("Chrome")));
        QCOMPARE(closed.value(QLatin1String("code")).toInt(), 4000);
        QCOMPARE(closed.value(QLatin1String("reason")).toString(), QStringLiteral("browser done"));
        // Each message was recorded once, with where it went.
        int toServer = 0, toBrowser = 0;
        for (const RelayRecord &r : std::as_const(records)) {
            if (!r.isMessage())
                continue;
            toServer += r.left == RelayRoute::WsprobeToServer;
            toBrowser += r.left == RelayRoute::WsprobeToClient;
        }
        QCOMPARE(toServer, 3);
        QCOMPARE(toBrowser, 3);
    }
};

QTEST_GUILESS_MAIN(TestRelayBrowser)
#include "tst_relaybrowser.moc"
