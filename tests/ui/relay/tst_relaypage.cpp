// The Relay tab offscreen, with a real client (Wsprobe's own engine) and a Python websockets
// server: the client list, the log's four directions, a breakpoint, the paused-message panel
// (edit and forward), injecting, recording to a folder with replay and serve offered, both
// legs' handshakes, the bound on finished conversations, and the File menu's entry.
#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "connection/clock.h"
#include "connection/connection.h"
#include "connection/connectionpanel.h"
#include "log/tablefindbar.h"
#include "relay/clientleg.h"
#include "relay/relayclientlist.h"
#include "relay/relayconversation.h"
#include "relay/relaylogmodel.h"
#include "relay/relaymessageeditor.h"
#include "relay/relaypage.h"
#include "relay/relaypeer.h"
#include "relay/relayui.h"
#include "relay/upstreamleg.h"

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

        // The find bar over the log: what was sent after an edit, then wrapping around.
        page.findBar()->edit()->setText(QStringLiteral("CHANGED"));
        QVERIFY(page.findBar()->findNext());
        const int edited = page.logTable()->currentIndex().row();
        QCOMPARE(model->at(edited).sentPayload, QByteArray("changed"));
        QVERIFY(page.findBar()->findNext()); // its echo
        QVERIFY(page.logTable()->currentIndex().row() > edited);
        QVERIFY(page.findBar()->findNext());
        QCOMPARE(page.logTable()->currentIndex().row(), edited);
        page.findBar()->edit()->setText(QStringLiteral("nowhere"));
        QVERIFY(!page.findBar()->findNext());
        QCOMPARE(page.findBar()->resultLabel()->text(), QStringLiteral("not found"));

        QVERIFY(client.close(1000));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.clientList()->item(0)->text().contains(QLatin1String("closed")), 10000);
        page.stop();
        QVERIFY(!page.controller().isListening());
    }

    void finishedConversationsAreRecordedAndBounded()
    {
        RelayPeer server;
        QString error;
        QVERIFY2(server.startServer(RelayPeer::Library::Python, {}, &error), qPrintable(error));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        SystemClock clock;
        QMenu menu;
        QTabWidget tabs;
        RelayUi relayUi(clock, &menu, nullptr, &tabs, nullptr);
        RelayPage *page = relayUi.addRelayTab({});
        page->upstreamPanel()->setUrlText(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
        page->portBox()->setValue(0);
        // A folder that is not one: a clear error, not listening, the tab keeps working.
        page->recordFolderEdit()->setText(folder.filePath(QStringLiteral("missing")));
        QVERIFY(!page->start());
        QVERIFY2(page->statusLabel()->text().contains(QLatin1String("Cannot record")),
                 qPrintable(page->statusLabel()->text()));
        page->recordFolderEdit()->setText(folder.path());
        QVERIFY(page->start());
        page->clients()->setFinishedKept(2);

        constexpr int Conversations = 4;
        for (int i = 1; i <= Conversations; ++i) {
            Connection client(clock);
            QList<QByteArray> received;
            connect(&client, &Connection::messageReceived, this,
                    [&received](const QByteArray &p, bool) { received << p; });
            ConnectionRequest request;
            request.url =
                QUrl(QStringLiteral("ws://127.0.0.1:%1/rec").arg(page->controller().port()));
            QVERIFY(client.open(request));
            QTRY_COMPARE_WITH_TIMEOUT(client.readyState(), ReadyState::Open, 10000);
            client.sendText(QByteArray("hello ") + QByteArray::number(i));
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
            QVERIFY(client.close(1000));
            QTRY_COMPARE_WITH_TIMEOUT(client.readyState(), ReadyState::Closed, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(page->controller().liveCount(), 0, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(page->clients()->finishedCount(), std::min(i, 2), 10000);
        }
        // The engines and legs went with each conversation; the page keeps two finished
        // rows, the one shown (the first) and the newest.
        QTRY_COMPARE_WITH_TIMEOUT(RelayConversation::liveInstances(), 0, 10000);
        QCOMPARE(ClientLeg::liveInstances(), 0);
        QCOMPARE(UpstreamLeg::liveInstances(), 0);
        QCOMPARE(page->clientList()->count(), 2);
        QVERIFY(page->logModel(1));
        QVERIFY(!page->logModel(2));
        QVERIFY(!page->logModel(3));
        QVERIFY(page->logModel(Conversations));

        // Both legs' handshakes are shown.
        const QString handshakes = page->handshakeView()->toPlainText();
        QCOMPARE(handshakes.count(QLatin1String("GET /rec")), 2);
        QCOMPARE(handshakes.count(QLatin1String("HTTP/1.1 101")), 2);

        // The newest conversation's server leg was recorded and is offered.
        const QString recording = page->clients()->recording(Conversations);
        QVERIFY(QFileInfo::exists(recording));
        QVERIFY(QFileInfo::exists(recording.chopped(14) + QLatin1String(".client.wsprobe.jsonl")));
        page->clientList()->setCurrentRow(1);
        QCOMPARE(page->currentConversation(), Conversations);
        QVERIFY(page->clients()->replayButton()->isEnabled());
        // The tab forwards both offers to the window, which opens the replay or a Serve tab.
        QSignalSpy replay(&relayUi, &RelayUi::replayRequested);
        QSignalSpy serve(&relayUi, &RelayUi::serveRecordingRequested);
        page->clients()->replayButton()->click();
        page->clients()->serveButton()->click();
        QCOMPARE(replay.size(), 1);
        QCOMPARE(replay[0][0].toString(), recording);
        QCOMPARE(serve.size(), 1);
        QCOMPARE(serve[0][0].toString(), recording);
        page->stop();
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
