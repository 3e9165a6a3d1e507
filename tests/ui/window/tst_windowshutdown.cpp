// Quitting or closing a Serve or Relay tab tells every peer with a Close frame (1001) and
// waits for the closing handshakes, as connection tabs always did: a client of a Serve tab,
// or both ends of a relayed conversation, used to see the TCP connection drop (1006).
#include <QAction>
#include <QElapsedTimer>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "common/windowfixture.h"
#include "connection/connectionpanel.h"
#include "connection/tabkind.h"
#include "relay/relaypage.h"
#include "serve/servepage.h"
#include "window/mainwindow.h"
#include "workbench/connectionworkbench.h"
#include "workbench/workspacesaver.h"

class TestWindowShutdown : public QObject, protected WindowFixture
{
    Q_OBJECT
private slots:
    void init() { initWindowFixture(); }
    void cleanup() { cleanupWindowFixture(); }
    void quittingClosesServeClients();
    void closingAServeTabClosesItsClientsFirst();
    void quittingClosesBothEndsOfARelay();

private:
    ServePage *startServeTab(MainWindow *w);
};

ServePage *TestWindowShutdown::startServeTab(MainWindow *w)
{
    child<QAction>(w, "actionNewServeTab")->trigger();
    auto *page = qobject_cast<ServePage *>(child<QTabWidget>(w, "pageTabs")->currentWidget());
    if (!page)
        return nullptr;
    page->portBox()->setValue(0);
    return page->start() ? page : nullptr;
}

void TestWindowShutdown::quittingClosesServeClients()
{
    MainWindow *w = makeWindow();
    ServePage *page = startServeTab(w);
    QVERIFY(page);
    QWebSocket a, b;
    a.open(page->controller().url(QStringLiteral("/a")));
    b.open(page->controller().url(QStringLiteral("/b")));
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);

    QVERIFY(w->workspaceSaver()->saveNow()); // the close's own save finds nothing new
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w->close());
    // close() waited for the closing handshakes, not for its limit.
    QVERIFY2(timer.elapsed() < ConnectionWorkbench::ShutdownWaitMs,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(page->controller().openClientCount(), 0);
    QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(a.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QCOMPARE(b.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

void TestWindowShutdown::closingAServeTabClosesItsClientsFirst()
{
    MainWindow *w = makeWindow();
    auto *tabs = child<QTabWidget>(w, "pageTabs");
    QPointer<ServePage> page = startServeTab(w);
    QVERIFY(page);
    QWebSocket client;
    client.open(page->controller().url(QStringLiteral("/")));
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

    w->closeTab(tabs->indexOf(page));
    QCOMPARE(tabs->indexOf(page), -1);
    QVERIFY(page); // kept out of sight while its client closes
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), TabKind::ClosingLimitMs);
}

void TestWindowShutdown::quittingClosesBothEndsOfARelay()
{
    QWebSocketServer upstream(QStringLiteral("upstream"), QWebSocketServer::NonSecureMode);
    QVERIFY(upstream.listen(QHostAddress::LocalHost));
    QPointer<QWebSocket> serverSide;
    connect(&upstream, &QWebSocketServer::newConnection, this,
            [&] { serverSide = upstream.nextPendingConnection(); });

    MainWindow *w = makeWindow();
    child<QAction>(w, "actionNewRelayTab")->trigger();
    auto *page = qobject_cast<RelayPage *>(child<QTabWidget>(w, "pageTabs")->currentWidget());
    QVERIFY(page);
    page->upstreamPanel()->setUrlText(
        QStringLiteral("ws://127.0.0.1:%1").arg(upstream.serverPort()));
    page->portBox()->setValue(0);
    QVERIFY(page->start());

    QWebSocket client;
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(page->controller().port())));
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY(serverSide);
    QTRY_COMPARE(serverSide->state(), QAbstractSocket::ConnectedState);

    QVERIFY(w->close());
    QCOMPARE(page->controller().liveCount(), 0);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(serverSide->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(serverSide->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

QTEST_MAIN(TestWindowShutdown)
#include "tst_windowshutdown.moc"
