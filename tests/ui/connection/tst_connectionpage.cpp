// A connection tab's messages belong to the connection they are about: the composer's error
// from a dropped connection goes when the next connection starts, and "Not connected" goes
// once the tab is connected.
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "common/rawpeer.h"
#include "compose/sendbox.h"
#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/connectionpage.h"
#include "connection/connectionpanel.h"
#include "demo/demoserver.h"
#include "session/sessionlibrary.h"

class TestConnectionPage : public QObject
{
    Q_OBJECT
private slots:
    void composerForgetsTheLastConnectionsError();
    void notConnectedGoesOnceConnected();

private:
    static void connectTo(ConnectionPage *page, const QUrl &url)
    {
        page->panel()->setUrlText(url.toString());
        page->connectToServer();
    }
    /// A port on 127.0.0.1 where nothing listens.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }
};

void TestConnectionPage::composerForgetsTheLastConnectionsError()
{
    SystemClock clock;
    QTemporaryDir dir;
    SessionLibrary library(dir.path());
    ConnectionPage page(clock, library);
    page.show();
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // The server drops TCP while the tab is open: the composer says so.
    auto dropOnce = [&page] {
        auto *peer = new RawPeer(&page);
        QVERIFY(peer->listen());
        peer->acceptUpgrade({}, true);
        connectTo(&page, peer->url());
        QTRY_VERIFY(!page.sendBox()->errorText().isEmpty());
        QVERIFY2(page.sendBox()->errorText().contains("without a closing handshake"),
                 qPrintable(page.sendBox()->errorText()));
        QTRY_COMPARE(page.connection()->readyState(), ReadyState::Closed);
    };
    dropOnce();
    if (QTest::currentTestFailed())
        return;
    // A new connection that opens: the old error is gone.
    connectTo(&page, server.url("/echo"));
    QTRY_COMPARE(page.connection()->readyState(), ReadyState::Open);
    QCOMPARE(page.sendBox()->errorText(), QString());
    page.disconnectFromServer();
    QTRY_COMPARE(page.connection()->readyState(), ReadyState::Closed);

    // A new connection that fails: its own error (in the request panel), not the old one.
    dropOnce();
    if (QTest::currentTestFailed())
        return;
    connectTo(&page, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    QTRY_COMPARE(page.connection()->readyState(), ReadyState::Closed);
    QTRY_VERIFY(page.panel()->hasError());
    QCOMPARE(page.sendBox()->errorText(), QString());
}

void TestConnectionPage::notConnectedGoesOnceConnected()
{
    SystemClock clock;
    QTemporaryDir dir;
    SessionLibrary library(dir.path());
    ConnectionPage page(clock, library);
    page.show();
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!page.sendBox()->submit());
    QVERIFY(page.sendBox()->errorText().startsWith("Not connected"));
    connectTo(&page, server.url("/echo"));
    QTRY_COMPARE(page.connection()->readyState(), ReadyState::Open);
    QCOMPARE(page.sendBox()->errorText(), QString());
}

QTEST_MAIN(TestConnectionPage)
#include "tst_connectionpage.moc"
