// The Relay tab offscreen, with a real client (Wsprobe's own engine) and a Python websockets
// server: the client list, the log's four directions, a breakpoint, the paused-message panel
// (edit and forward), injecting, and the File menu's entry.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/connectionpanel.h"
#include "relay/relaylogmodel.h"
#include "relay/relaymessageeditor.h"
#include "relay/relaypage.h"
#include "relay/relaypeer.h"
#include "relay/relayui.h"

class TestRelayPage : public QObject
{
    Q_OBJECT
private slots:
    void relayThroughTheTab()
    {
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {}, &error), qPrintable(error));
        SystemClock clock;
        RelayPage page(clock);
        page.resize(1100, 700);
        page.show();
        page.upstreamPanel()->setUrlText(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
        page.portBox()->setValue(0);
        QVERIFY(page.start());
        QVERIFY(page.statusLabel()->text().contains(QLatin1String("Listening")));
        QVERIFY(page.addBreakpoint(QStringLiteral("client:text:hold")));
        QVERIFY(!page.addBreakpoint(QStringLiteral("regex:(")));
        QCOMPARE(page.breakpointList()->count(), 1);

        Connection client(clock);
        QList<QByteArray> received;
        connect(&client, &Connection::messageReceived, this,
                [&received](const QByteArray &p, bool) { received << p; });
        ConnectionRequest request;
        request.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/tab").arg(page.controller().port()));
        QVERIFY(client.open(request));
        QTRY_COMPARE_WITH_TIMEOUT(client.readyState(), ReadyState::Open, 10000);
        QTRY_COMPARE(page.clientList()->count(), 1);
        QCOMPARE(page.currentConversation(), 1);

        client.sendText("plain");
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        RelayLogModel *model = page.logModel(1);
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RelayLogModel::PathColumn).data().toString(),
                 QStringLiteral("client → Wsprobe → server"));
        QCOMPARE(model->index(1, RelayLogModel::PathColumn).data().toString(),
                 QStringLiteral("server → Wsprobe → client"));
        QCOMPARE(page.logTable()->model(), model);

        client.sendText("hold this");
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.pausedLabel()->text().contains(QStringLiteral("client → Wsprobe")),
            qPrintable(
                page.pausedLabel()->text() + QLatin1Char(' ') + QString::number(model->rowCount())
                + QLatin1Char(' ')
                + model->index(model->rowCount() - 1, RelayLogModel::FateColumn).data().toString()),
            10000);
        QVERIFY(page.clientList()->item(0)->text().contains(QLatin1String("paused")));
        QCOMPARE(page.pausedEditor()->editor()->toPlainText(), QStringLiteral("hold this"));
        page.pausedEditor()->editor()->setPlainText(QStringLiteral("changed"));
        page.forwardEdited();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
        QCOMPARE(received[1], QByteArray("changed"));
        QCOMPARE(page.pausedLabel()->text(), QStringLiteral("Nothing is paused."));

        page.injectTarget()->setCurrentIndex(page.injectTarget()->findData(int(RelaySide::Client)));
        page.injectEditor()->setMessage(OutgoingMessage::hex(QStringLiteral("01 02")));
        page.inject();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
        QCOMPARE(received[2], QByteArray("\x01\x02", 2));

        QVERIFY(client.close(1000));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.clientList()->item(0)->text().contains(QLatin1String("closed")), 10000);
        page.stop();
        QVERIFY(!page.controller().isListening());
    }

    void fileMenuOpensARelayTab()
    {
        SystemClock clock;
        QMenu menu;
        QAction *first = menu.addAction(QStringLiteral("New Connection Tab"));
        QAction *last = menu.addAction(QStringLiteral("Close Tab"));
        QTabWidget tabs;
        RelayUi relayUi(clock, &menu, first, &tabs, nullptr);
        QCOMPARE(menu.actions().indexOf(relayUi.newTabAction()), 1);
        QCOMPARE(menu.actions().indexOf(last), 2);
        relayUi.newTabAction()->trigger();
        QCOMPARE(tabs.count(), 1);
        QVERIFY(qobject_cast<RelayPage *>(tabs.currentWidget()));
        QCOMPARE(tabs.tabText(0), QStringLiteral("Relay"));
    }
};

QTEST_MAIN(TestRelayPage)
#include "tst_relaypage.moc"
